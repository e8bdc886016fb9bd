package org.kbsite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javax.management.JMException;
import org.junit.jupiter.api.Test;

/** The directive that keeps C2 out of a rebuild is in place for the short run and gone after it. */
class QuickCompilationTest {
  @Test
  void theDirectiveIsAddedForAShortRunAndRemovedAfter() throws JMException {
    String before = directives();
    QuickCompilation quick = new QuickCompilation();
    quick.shortRun();
    assertTrue(quick.added(), "this JDK has the diagnostic command MBean");
    String during = directives();
    assertEquals(count(before, "Directive:") + 1, count(during, "Directive:"), during);
    // The newest directive is printed first: C1 left as it is, C2 excluded.
    String newest = during.substring(0, during.indexOf("Directive:", during.indexOf("Directive:") + 1));
    String c1 = newest.substring(newest.indexOf("c1 directives"), newest.indexOf("c2 directives"));
    String c2 = newest.substring(newest.indexOf("c2 directives"));
    assertTrue(c1.contains("Exclude:false") && c2.contains("Exclude:true"), newest);
    quick.longRun();
    assertEquals(before, directives(), "the directives as they were");
    quick.longRun();
    assertEquals(before, directives(), "a second longRun removes nothing more");
  }

  private static String directives() throws JMException {
    return (String) QuickCompilation.command("compilerDirectivesPrint", new Object[0], new String[0]);
  }

  private static int count(String text, String word) {
    return text.split(word, -1).length - 1;
  }
}
