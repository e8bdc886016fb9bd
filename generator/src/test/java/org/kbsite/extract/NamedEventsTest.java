package org.kbsite.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kbsite.model.Event;

/** The event IDs a title or a sentence names, in the shapes of the archive. */
class NamedEventsTest {
  @Test
  void aTitleNamesEventsWithOrWithoutTheWordId() {
    assertEquals(List.of(1020), NamedEvents.ids("DHCP Event 1020"));
    assertEquals(List.of(2568), NamedEvents.ids("XCON: MSExchangeMSMI NDR Error EventID 2568"));
    assertEquals(List.of(30030), NamedEvents.ids("Routing and Remote Access Event ID: 30030"));
    assertEquals(List.of(1015), NamedEvents.ids("Cluster Service Issues Event 1015 Every 4 Hours with SP5"));
    assertEquals(List.of(0), NamedEvents.ids("Event 0 Source 0: ExIfStart Registry Key for Server Not Found"));
  }

  @Test
  void listsAfterTheLabelAreRead() {
    assertEquals(List.of(7003, 7024), NamedEvents.ids("Service Control Manager Event 7003 and 7024 (2105)"));
    assertEquals(List.of(43, 86, 85), NamedEvents.ids("XFOR:Event IDs 43, 86,  and  85  When Starting cc:Mail Connector"));
    assertEquals(List.of(1000, 1004), NamedEvents.ids("DNS Fails to Start w/ Event 1000 and 1004 and SCM 7023"));
    assertEquals(List.of(14005, 59), NamedEvents.ids("XFOR: Event ID 14005 and Event ID 59 During cc:Mail Dirsync"));
    // Numbers after a space follow a plural label only.
    assertEquals(List.of(5004, 5012), NamedEvents.ids("Generating the OAB Yields Error c1031662 Events 5004 5012"));
    assertEquals(List.of(18), NamedEvents.ids("APPC Session Activation Failures Event 18 10 Times"));
  }

  @Test
  void otherNumbersRangesAndCodesAreNone() {
    assertEquals(List.of(5072), NamedEvents.ids("Event ID 5072 and Error 5216 Appear When You Restart Cluster Ser"));
    assertEquals(List.of(), NamedEvents.ids("Event IDs 1000-1010 Logged at Startup"));
    assertEquals(List.of(), NamedEvents.ids("Event IDs 1000 through 1010 Logged at Startup"));
    assertEquals(List.of(), NamedEvents.ids("Event ID 0xC0000005 in Event Viewer"));
    assertEquals(List.of(), NamedEvents.ids("Event Viewer Shows 2000 Entries"));
    assertEquals(List.of(), NamedEvents.ids("PRB: Windows 2000 Event Log Is Full"));
  }

  @Test
  void anIdTheBodyLacksIsAddedWithNoFieldsAfterTheBodysEntries() {
    Event body = new Event(5004, "MSExchangeDS", "Error", null, "The OAB ...", null);
    List<Event> events = NamedEvents.withNamed(List.of(body), List.of(), "Generating the OAB Yields Events 5004 5012");
    assertEquals(List.of(body, new Event(5012, null, null, null, null, null)), events);
    List<Event> same = List.of(body);
    assertSame(same, NamedEvents.withNamed(same, List.of(), "OAB Yields Event 5004"));
    assertSame(same, NamedEvents.withNamed(same, List.of(), "No event named here"));
  }

  @Test
  void idsASentenceNamesComeBeforeTheTitlesWithNoFields() {
    // Q177006: "may fail repeatedly. The Event Log will typically show events 2051 and 9405 for";
    // Q106524: "logs an Event 631 in the Application Log"; Q188054's list wraps after "and one".
    List<String> text = List.of(
        "may fail repeatedly. The Event Log will typically show events 2051 and 9405 for",
        "logs an Event 631 in the Application Log when it receives an invalid NewPipe",
        "the Windows NT event log every five seconds -- one for event 1001 and one",
        "for event 1002.",
        "Windows NT Event 4.0 is no event, nor is Event ID 0xC0000005, nor Event IDs 1000-1010.",
        "In the event 2 servers fail at once, or a user logged event 5 times in an hour, nothing is named.",
        "Q123456 XCON: Event ID 1294 in a referenced article's title");
    Event entry = new Event(631, "NewPipe", null, null, null, null);
    // As EventExtractor.events gives it: the cited article's title blanked.
    List<Event> events = NamedEvents.withNamed(List.of(entry), EventExtractor.withoutReferenceTitles(text),
        "Event 7000 When Starting");
    assertEquals(List.of(631, 2051, 9405, 1001, 1002, 7000), events.stream().map(Event::id).toList());
    assertEquals(entry, events.get(0), "the entry keeps its fields");
    assertEquals(new Event(2051, null, null, null, null, null), events.get(1));
  }

  @Test
  void aSentenceThatNamesAnEventGivesItTheSourceItNames() {
    // Q223397 (read by hand): "... an Event 7000 with source of Service Control Manager will be
    // logged"; Q157815: "Event Viewer shows a Service Control Manager event number 7003".
    List<String> text = List.of(
        "If the service fails to start, an Event 7000 with source of Service Control Manager will be",
        "logged in the System log.",
        "Event Viewer shows a Service Control Manager event number 7003 when the",
        "dependency is missing. Events 5 and 6 come from the source Disk. Event 7 is rare.");
    List<Event> events = NamedEvents.withNamed(List.of(), text, "Event 7003 and 7024");
    assertEquals(List.of(
        new Event(7000, "Service Control Manager", null, null, null, null),
        new Event(7003, null, null, null, null, null),
        new Event(5, "Disk", null, null, null, null),
        new Event(6, "Disk", null, null, null, null),
        new Event(7, null, null, null, null, null),
        new Event(7024, null, null, null, null, null)), events);
  }
}
