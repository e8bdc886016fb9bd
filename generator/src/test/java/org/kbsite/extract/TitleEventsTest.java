package org.kbsite.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kbsite.model.Event;

/** The event IDs a title names, in the title shapes of the archive. */
class TitleEventsTest {
  @Test
  void aTitleNamesEventsWithOrWithoutTheWordId() {
    assertEquals(List.of(1020), TitleEvents.ids("DHCP Event 1020"));
    assertEquals(List.of(2568), TitleEvents.ids("XCON: MSExchangeMSMI NDR Error EventID 2568"));
    assertEquals(List.of(30030), TitleEvents.ids("Routing and Remote Access Event ID: 30030"));
    assertEquals(List.of(1015), TitleEvents.ids("Cluster Service Issues Event 1015 Every 4 Hours with SP5"));
    assertEquals(List.of(0), TitleEvents.ids("Event 0 Source 0: ExIfStart Registry Key for Server Not Found"));
  }

  @Test
  void listsAfterTheLabelAreRead() {
    assertEquals(List.of(7003, 7024), TitleEvents.ids("Service Control Manager Event 7003 and 7024 (2105)"));
    assertEquals(List.of(43, 86, 85), TitleEvents.ids("XFOR:Event IDs 43, 86,  and  85  When Starting cc:Mail Connector"));
    assertEquals(List.of(1000, 1004), TitleEvents.ids("DNS Fails to Start w/ Event 1000 and 1004 and SCM 7023"));
    assertEquals(List.of(14005, 59), TitleEvents.ids("XFOR: Event ID 14005 and Event ID 59 During cc:Mail Dirsync"));
    // Numbers after a space follow a plural label only.
    assertEquals(List.of(5004, 5012), TitleEvents.ids("Generating the OAB Yields Error c1031662 Events 5004 5012"));
    assertEquals(List.of(18), TitleEvents.ids("APPC Session Activation Failures Event 18 10 Times"));
  }

  @Test
  void otherNumbersRangesAndCodesAreNone() {
    assertEquals(List.of(5072), TitleEvents.ids("Event ID 5072 and Error 5216 Appear When You Restart Cluster Ser"));
    assertEquals(List.of(), TitleEvents.ids("Event IDs 1000-1010 Logged at Startup"));
    assertEquals(List.of(), TitleEvents.ids("Event IDs 1000 through 1010 Logged at Startup"));
    assertEquals(List.of(), TitleEvents.ids("Event ID 0xC0000005 in Event Viewer"));
    assertEquals(List.of(), TitleEvents.ids("Event Viewer Shows 2000 Entries"));
    assertEquals(List.of(), TitleEvents.ids("PRB: Windows 2000 Event Log Is Full"));
  }

  @Test
  void anIdTheBodyLacksIsAddedWithNoFieldsAfterTheBodysEntries() {
    Event body = new Event(5004, "MSExchangeDS", "Error", null, "The OAB ...", null);
    List<Event> events = TitleEvents.withTitled(List.of(body), "Generating the OAB Yields Events 5004 5012");
    assertEquals(List.of(body, new Event(5012, null, null, null, null, null)), events);
    List<Event> same = List.of(body);
    assertSame(same, TitleEvents.withTitled(same, "OAB Yields Event 5004"));
    assertSame(same, TitleEvents.withTitled(same, "No event named here"));
  }
}
