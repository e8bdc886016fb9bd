package org.kbsite.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Event sources as the sample's articles write them (event 7000: four articles one way, one the other). */
class SpellingsTest {
  @Test
  void spellingsOfOneNameAreCountedTogetherUnderTheArchivesCommonest() {
    Spellings archive = Spellings.of(Arrays.asList("Service Control Manager", "Service control manager", null,
        "Service Control Manager", " ", "MSEXCHANGEIS", "MSExchangeIS", "MSExchangeIS", "Print"));
    // One event's sources: the two spellings of MSExchangeIS tie here, and the archive's decides.
    List<String> event = Arrays.asList("MSEXCHANGEIS", "Service control manager", "MSExchangeIS", null, "Print");
    assertEquals(Map.of("MSExchangeIS", 2, "Service Control Manager", 1, "Print", 1), archive.count(event));
    assertEquals(List.of("MSExchangeIS", "Print", "Service Control Manager"), List.copyOf(archive.count(event).keySet()));
    assertEquals("Service Control Manager", archive.shown("service control  MANAGER"));
    assertEquals("Unseen Source", archive.shown(" Unseen Source "));
    // Ties are alphabetical whatever the case (event 11's sources in the sample: aic78xx and Serial).
    assertEquals(List.of("aic78xx", "Serial"), List.copyOf(Spellings.of(List.of()).count(List.of("Serial", "aic78xx")).keySet()));
  }

  @Test
  void aNamesKeyIgnoresCaseAndSpaces() {
    assertEquals(Spellings.key("MSExchangeIS Private"), Spellings.key("MSexchangeIS  Private"));
    assertEquals(Spellings.key("ms exchange migds"), Spellings.key("MSExchangeMIGDS"));
    assertEquals("", Spellings.key(null));
  }
}
