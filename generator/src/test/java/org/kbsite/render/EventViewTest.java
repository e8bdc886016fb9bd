package org.kbsite.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class EventViewTest {
  @Test
  void aCodeAlreadyInTheDescriptionIsNotShownTwice() {
    // Q158279's event 1294, as the article writes it.
    String code = "[1 1 0 0 PLATFORM KERNEL 22 130] (10)";
    assertNull(new EventView.Description("An association with entity ... ended abnormally. " + code,
        code, "Q158279", "/kb/158/Q158279/").separateCode());
    assertEquals(code, new EventView.Description("A block whose message has no code", code, "Q1", "/").separateCode());
    assertEquals(code, new EventView.Description(null, code, "Q1", "/").separateCode());
  }
}
