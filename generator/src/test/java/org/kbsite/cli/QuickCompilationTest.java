package org.kbsite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The directives of a short run keep C2 off all but the JDK's SHA code, those of a long run off all
 * but the JDK's code, and a very long run has none; one run's take the place of the other's, and
 * are gone once the build ends.
 */
class QuickCompilationTest {
  @Test
  void eachRunHasItsDirectivesAndTheEndRemovesThem() throws Exception {
    String before = directives();
    QuickCompilation quick = new QuickCompilation();
    try {
      quick.shortRun();
      assertTrue(quick.added(), "this JDK has the diagnostic command MBean");
      String[] directives = added(before);
      // The newest directives are printed first: the JDK's SHA code left to C2, all else kept from it.
      assertTrue(directives[1].contains("matching: sun/security/provider/*.*") && c2(directives[1]).contains("Exclude:false"),
          directives[1]);
      assertTrue(directives[2].contains("matching: *.*") && c2(directives[2]).contains("Exclude:true"), directives[2]);
      assertTrue(c1(directives[2]).contains("Exclude:false"), "C1 left as it is: " + directives[2]);

      quick.longRun(QuickCompilation.WHOLE_C2 - 1);
      assertTrue(quick.added());
      directives = added(before);
      String matching = directives[1].lines().filter(l -> l.contains("matching:")).findFirst().orElse("");
      assertEquals(java.util.Set.of("java/*.*", "jdk/*.*", "sun/*.*"),
          java.util.Set.of(matching.substring(matching.indexOf(':') + 1).trim().split(", ")), "the JDK's code left to C2: " + directives[1]);
      assertTrue(c2(directives[1]).contains("Exclude:false"), directives[1]);
      assertTrue(directives[2].contains("matching: *.*") && c2(directives[2]).contains("Exclude:true"), directives[2]);

      quick.longRun(QuickCompilation.WHOLE_C2);
      assertEquals(before, directives(), "a run long enough for C2 to pay for itself everywhere has none");
    } finally {
      // Not left excluding C2 for the tests after this one, whatever failed.
      quick.ended();
    }
    assertEquals(before, directives(), "the directives as they were");
    quick.ended();
    assertEquals(before, directives(), "a second end removes nothing more");
  }

  /** The directives in place, checked to be two more than {@code before}, split so that the newest is [1]. */
  private static String[] added(String before) throws Exception {
    String now = directives();
    assertEquals(count(before, "Directive:") + 2, count(now, "Directive:"), now);
    return now.split("Directive:");
  }

  private static String directives() throws Exception {
    return (String) QuickCompilation.command("compilerDirectivesPrint", new Object[0], new String[0]);
  }

  private static String c1(String directive) {
    return directive.substring(directive.indexOf("c1 directives"), directive.indexOf("c2 directives"));
  }

  private static String c2(String directive) {
    return directive.substring(directive.indexOf("c2 directives"));
  }

  private static int count(String text, String word) {
    return text.split(word, -1).length - 1;
  }
}
