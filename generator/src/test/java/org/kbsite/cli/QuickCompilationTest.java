package org.kbsite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The directive that keeps C2 out of a rebuild is in place for the short run and gone after it. */
class QuickCompilationTest {
  @Test
  void theDirectiveIsAddedForAShortRunAndRemovedAfter() throws Exception {
    String before = directives();
    QuickCompilation quick = new QuickCompilation();
    try {
      quick.shortRun();
      assertTrue(quick.added(), "this JDK has the diagnostic command MBean");
      String during = directives();
      assertEquals(count(before, "Directive:") + 2, count(during, "Directive:"), during);
      // The newest directives are printed first: the JDK's SHA code left to C2, all else kept from it.
      String[] directives = during.split("Directive:");
      assertTrue(directives[1].contains("matching: sun/security/provider/*.*") && c2(directives[1]).contains("Exclude:false"),
          directives[1]);
      assertTrue(directives[2].contains("matching: *.*") && c2(directives[2]).contains("Exclude:true"), directives[2]);
      assertTrue(c1(directives[2]).contains("Exclude:false"), "C1 left as it is: " + directives[2]);
    } finally {
      // Not left excluding C2 for the tests after this one, whatever failed.
      quick.longRun();
    }
    assertEquals(before, directives(), "the directives as they were");
    quick.longRun();
    assertEquals(before, directives(), "a second longRun removes nothing more");
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
