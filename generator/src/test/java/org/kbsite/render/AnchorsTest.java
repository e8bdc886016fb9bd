package org.kbsite.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AnchorsTest {
  @Test
  void slugsJoinLettersAndDigitsWithSingleDashes() {
    assertEquals("microsoft-exchange", Anchors.slug("Microsoft Exchange"));
    assertEquals("microsoft-windows-95-x-retail-product", Anchors.slug("Microsoft Windows 95.x Retail Product"));
    assertEquals("x", Anchors.slug("!?"));
  }

  @Test
  void anApostropheJoinsAWordRatherThanSplittingIt() {
    assertEquals("programmers-library-basic", Anchors.slug("Programmer's Library: BASIC"));
    assertEquals("dont-panic", Anchors.slug("Don\u2019t 'panic'"));
  }
}
