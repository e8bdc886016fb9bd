package org.kbsite.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Event sources as the sample's articles write them (event 7000: four articles one way, one the other). */
class SpellingsTest {
  @Test
  void spellingsOfOneNameAreCountedTogetherUnderTheMostFrequent() {
    List<String> sources = Arrays.asList("Service Control Manager", "Service control manager", null,
        "Service Control Manager", " ", "MSEXCHANGEIS", "Service Control Manager", "MSExchangeIS",
        "Service Control Manager", "Print");
    assertEquals(Map.of("Service Control Manager", 5, "MSEXCHANGEIS", 2, "Print", 1), Spellings.count(sources));
    assertEquals(List.of("Service Control Manager", "MSEXCHANGEIS", "Print"), List.copyOf(Spellings.count(sources).keySet()));
  }

  @Test
  void aNamesKeyIgnoresCaseAndSpaces() {
    assertEquals(Spellings.key("MSExchangeIS Private"), Spellings.key("MSexchangeIS  Private"));
    assertEquals(Spellings.key("ms exchange migds"), Spellings.key("MSExchangeMIGDS"));
    assertEquals("", Spellings.key(null));
  }
}
