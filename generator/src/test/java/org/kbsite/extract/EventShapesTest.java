package org.kbsite.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.kbsite.model.Event;
import org.junit.jupiter.api.Test;

/**
 * Event-log entries in shapes of KB-FORMAT.md §9 and beyond it, and the message of each: all its
 * lines, and none for a mention inside a sentence. Expected values read off the pages by hand.
 */
class EventShapesTest {
  private static Event event(int article, int id) throws Exception {
    return ArticleFieldsTest.corpusArticle(article).events().stream().filter(e -> e.id() == id).findFirst().orElseThrow();
  }

  @Test
  void aDescriptionGoesOnOverTheLinesBelowItsLabel() throws Exception {
    assertEquals("The following boot-start or system-start driver(s) failed to load: AHA154x",
        event(131617, 7026).description());
    assertEquals("[MTA MAIN BASE (1) Proc 15] Free ASB at index 2001 This leaves 1 CB's remaining (4)",
        event(161946, 316).description());
  }

  @Test
  void aWordBrokenAfterItsHyphenAtTheEndOfALineIsJoinedAsWritten() throws Exception {
    // Q197146: "... database file dns\<zone-" / "file-name>."; Q184681: "A non-" / "delivery report".
    assertEquals("DNS Server could not find or open database file dns\\<zone-file-name>.", event(197146, 1004).description());
    assertTrue(event(184681, 2025).description().contains(" A non-delivery report is being sent"),
        event(184681, 2025).description());
    // Q184681's 290: "...L=MICROSOFT-DOGHOUSE-" / "00000287." (its 270 writes the name on one line).
    assertTrue(event(184681, 290).description().contains("L=MICROSOFT-DOGHOUSE-00000287."), event(184681, 290).description());
  }

  @Test
  void aDescriptionLabelInAParagraphOfItsOwnIsFollowedByTheMessage() throws Exception {
    assertEquals("WINS got a packet that has the wrong format (for example, a label may be more than 63 octets).",
        event(155701, 4119).description());
  }

  @Test
  void fieldsOnTheIdLineAreNotPartOfTheMessage() throws Exception {
    Event e = event(152624, 9297);
    assertEquals("MS Exchange MTA", e.source());
    assertEquals("The user /o=ORGanization /ou=SITE1 /cn=Configuration /cn=Servers /cn=SERVER1 /cn=Microsoft"
        + " Private MDB has caused a security violation. Locality table (LTAB) index: 5. Windows NT error code: 0."
        + " [BASE IL MAIN BASE 1 237] (14)", e.description());
    assertEquals("[BASE IL MAIN BASE 1 237] (14)", e.code());
    Event dcom = event(259615, 10004);
    assertEquals("DCOM", dcom.source());
    assertEquals("DCOM got error \"Logon failure: unknown user name or bad password. \" and was unable to logon"
        + " redmond\\comstud in order to run the server: {5e9ddec7-5767-11cf-beab-00aa006c3606}", dcom.description());
  }

  @Test
  void eventViewersMissingDescriptionIsKeptWhole() throws Exception {
    assertEquals("The description for Event ID (5002) in Source (IbmTok) could not be found.",
        event(139170, 5002).description());
  }

  @Test
  void aMessageInParenthesesEndsWhereTheyClose() throws Exception {
    // Q162769: "... by line number (DNS event ID 203: DNS / server could not parse database file x
    // line number y), BIND to Windows NT zone transfer does not generate an error, ..."
    assertEquals("DNS server could not parse database file x line number y", event(162769, 203).description());
  }

  @Test
  void aMentionInsideASentenceHasNoDescription() throws Exception {
    // "XFOR: Event ID 14005 and Event ID 59 ..." (a quoted message set off by a comma is one, below)
    assertNull(event(233164, 14005).description());
    // "... note any previous event ID 1326. The earlier\n event ID 1326 identifies the attribute ..."
    assertNull(event(255291, 1326).description());
  }

  @Test
  void anEventLabelWithoutIdHeadingABlockOfFieldsIsAnEntry() throws Exception {
    // Q178911: "Event:1160" / "Source:MSExchangeIS" / "Type:Error" / "Category:General" / "Description:" ...
    assertEquals(new Event(1160, "MSExchangeIS", "Error", "General",
        "Database resource failure error -1011 occurred in function JTAB_BASE::EcPrepareUpdate while accessing the database.",
        null), event(178911, 1160));
    assertEquals(List.of(6015, 8229, 6016, 8262, 8243, 511),
        ArticleFieldsTest.corpusArticle(221429).events().stream().map(Event::id).toList());
    // Without fields below it, "Event: 5" is a number in prose.
    assertEquals(List.of(), EventExtractor.extract(List.of("  Event: 5", "  was the last one we saw.")));
  }

  @Test
  void aSentenceThatQuotesOrIntroducesTheMessageGivesIt() throws Exception {
    // 'An Event ID 2009 "Number of sessions exceeds 2048" may be recorded ...'
    assertEquals("Number of sessions exceeds 2048", event(149532, 2009).description());
    // 'the event ID 210 "Content' / 'conversion error: Database server read failure" appears.'
    assertEquals("Content conversion error: Database server read failure", event(232388, 210).description());
    // '... logged as Event ID 642: User Account Changed, and the' / 'record indicates ...'
    assertEquals("User Account Changed", event(173059, 642).description());
    // '... will generate an event ID 5004 containing' / 'the following text:', then the indented message.
    assertEquals("Generation of the Offline Address Book is complete. Results: The MAPI call failed. 80004005.",
        event(169673, 5004).description());
    // 'Event ID 4088 is written to the application event log on the Migration Wizard server.'
    assertNull(event(200250, 4088).description());
    // '  Event ID 5719 netlogon' / '  No Windows NT Domain Controller is available ...': the source
    // word is not the message (aNameAloneOnTheLineNextToAnIdAloneOnItsLineIsTheSource).
    assertTrue(event(244991, 5719).description().startsWith("No Windows NT Domain Controller is available"));
  }

  @Test
  void anEventNamedInTheTitleOfAnArticleCitedInASentenceIsNoEntry() {
    // KB-FORMAT.md §9 counts 290 event IDs inside cited articles' titles; §10 1,341 citations in
    // prose, a title quoted after the number, wrapped or not, and Q186674's "Titled:" line.
    List<String> text = List.of(
        "For more information, see Q122248, \"Event Id 2000 Errors In System Log.\"",
        "This is described in article Q149387 titled \"XFOR: MSMI Terminating Unexpectedly,",
        "Event ID 23\", and the server then logs Event ID 9405 with source MSExchangeMTA.",
        "  Q122249",
        "  Titled: Event ID 2001 Errors");
    assertEquals(List.of(new Event(9405, "MSExchangeMTA", null, null, null, null)),
        EventExtractor.events(text, "Server Logs Errors"));
  }

  @Test
  void aTypeIsWrittenAsEventViewerWritesIt() {
    // KB-FORMAT.md §9: Informational 12 times beside Information 112, and types in any case.
    List<Event> events = EventExtractor.extract(List.of(
        "  Event ID: 1001",
        "  Source: Userenv",
        "  Type: Informational",
        "",
        "  Event ID: 1002",
        "  Source: Userenv",
        "  Type: SUCCESS AUDIT"));
    assertEquals(List.of("Information", "Success Audit"), events.stream().map(Event::type).toList());
  }

  @Test
  void aRowOfEventViewersListIsAnEntry() {
    // Q169117 (read by hand); Windows 2000's list puts the type first; a directory listing's
    // date and time are no event's.
    List<Event> events = EventExtractor.extract(List.of(
        "  5/22/97 12:55:53 PM  MSExchangeMSMI  Warning    NDR 2371   N/A  TRADE",
        "  Invalid recipient(s) found in CA/TCAHQPO/00000C9D.",
        "",
        "  Error  3/14/2000  9:02:11 AM  Service Control Manager  None  7000  N/A  SERVER1",
        "",
        "  09/16/99  12:40PM              322KB   asp.dll       x86"));
    assertEquals(List.of(
        new Event(2371, "MSExchangeMSMI", "Warning", "NDR", null, null),
        new Event(7000, "Service Control Manager", "Error", "None", null, null)), events);
  }

  @Test
  void aTableRowGivesItsSourceAndCategoryColumns() {
    // KB-FORMAT.md §9's table row: Event ID <n>   <Source>   <Category>. One cell after the gap
    // is the "ID then text" shape's message, as is text set off by a dash.
    List<Event> events = EventExtractor.extract(List.of(
        "  Event ID 1000     MSExchangeIS     General",
        "  Event ID 1001     MSExchangeIS Private",
        "  Event ID 5719  -  NETLOGON could not find a domain controller",
        "  Event ID:2050   Source:MSExchangeMTA"));
    assertEquals(List.of(
        new Event(1000, "MSExchangeIS", null, "General", null, null),
        new Event(1001, null, null, null, "MSExchangeIS Private", null),
        new Event(5719, null, null, null, "NETLOGON could not find a domain controller", null),
        new Event(2050, "MSExchangeMTA", null, null, null, null)), events);
  }

  @Test
  void aSourceLabelOverAMessageOrWithItsTypeIsReadAsWhatItIs() throws Exception {
    // Q248057 (read by hand): "Source: Workstation <computername> is not a valid computer name."
    // and "Source: Service Control Manager Error" over the message, no Type: label.
    assertEquals(new Event(3870, null, null, null, "Workstation <computername> is not a valid computer name.", null),
        event(248057, 3870));
    Event scm = event(248057, 7023);
    assertEquals("Service Control Manager", scm.source());
    assertEquals("Error", scm.type());
    // A name of one word and a type is a source's whole name; a type given apart leaves the name.
    List<Event> events = EventExtractor.extract(List.of(
        "  Event ID: 1000", "  Source: Application Error", "",
        "  Event ID: 1001", "  Source: Print Spooler Error", "  Type: Warning"));
    assertEquals(List.of("Application Error", "Print Spooler Error"), events.stream().map(Event::source).toList());
    assertEquals(Arrays.asList(null, "Warning"), events.stream().map(Event::type).toList());
  }

  @Test
  void inlineFieldsAreFieldsNotTheMessage() {
    // KB-FORMAT.md §9's key=value and inline shapes, and a number wrapped in prose.
    List<Event> events = EventExtractor.extract(List.of(
        "  event id= 1234 source=MSExchangeMTA type=Error", "",
        "  Event ID: 1111, Source: MSExchangeDS, Type: Warning", "",
        "The error is logged as event ID",
        "7777 in the system log."));
    assertEquals(List.of(
        new Event(1234, "MSExchangeMTA", "Error", null, null, null),
        new Event(1111, "MSExchangeDS", "Warning", null, null, null),
        new Event(7777, null, null, null, null, null)), events);
  }

  @Test
  void aLabelWrappedBetweenEventAndIdIsStillALabel() {
    // Q265186: "... may receive an error message about Event" / "ID 3120 from the MTA."
    assertEquals(List.of(new Event(3120, null, null, null, null, null)), EventExtractor.extract(List.of(
        "If you do, you may receive an error message about Event", "ID 3120 from the MTA.")));
    // "Event" then a line that starts with another ID, or with no number, is no label.
    assertEquals(List.of(), EventExtractor.extract(List.of("Look in the log for the event", "identified by the time.")));
    assertEquals(List.of(), EventExtractor.extract(List.of("the following Event", "ID: is not shown")));
  }

  @Test
  void aLabelGluedToTheValueBeforeItIsStillAField() throws Exception {
    // Q167248's table, its cells run together: "Event ID:5512Log: System" / "Source:NetLogonType: Error".
    List<Event> events = EventExtractor.extract(List.of(
        "  Component:NET", "  Event ID:5512Log: System", "  Source:NetLogonType: Error"));
    assertEquals(List.of(new Event(5512, "NetLogon", "Error", null, null, null)), events);
    // On the page a sentence introduces that table ("you may receive event ID 5512:"): the table
    // is the entry, not the sentence's message, and it gives no message.
    Event onThePage = event(167248, 5512);
    assertEquals(new Event(5512, "NetLogon", "Error", null, null, null), onThePage);
    // Inside a value, a label's name after a letter is part of the value.
    assertEquals("MSExchangeDataSource", EventExtractor.extract(List.of(
        "  Event ID: 1100, Source: MSExchangeDataSource")).get(0).source());
  }

  @Test
  void aDescriptionOnTheIdLineGoesOnOverTheLinesBelowIt() throws Exception {
    // Q147452: "Event ID: 12035 Description: Volume information for "<volume name>"" / "could not be loaded. ..."
    assertEquals("Volume information for \"<volume name>\" could not be loaded. Setting defaults.",
        event(147452, 12035).description());
  }

  @Test
  void aMessageEndingInAColonGoesOnWithTheIndentedParagraphItIntroduces() throws Exception {
    assertEquals("The following boot-start or system-start driver(s) failed to load: 4mmdat.sys",
        event(152346, 7026).description());
    // Q191865: a block of fields, the message in the paragraph below it, and its text in the next.
    assertEquals("(401) COM Transaction Integrator Received SNA-defined Error Log Data text: DFHAC2206 14:19:08"
        + " <Remote APPC LU> Transaction <tttt> failed with abend <aaaa>. Updates to local recoverable resources"
        + " backed out.", event(191865, 401).description());
  }

  @Test
  void quotationMarksAroundTheWholeMessageAreNotPartOfIt() throws Exception {
    assertEquals("Error -1911 has occurred. Internal ID 2030148", event(240789, 1166).description());
    // Q240152: "Description: "Information store with unlimited capacity started"<BR/>"
    assertEquals("Information store with unlimited capacity started", event(240152, 1217).description());
    assertEquals("\"Logon\" failed for \"guest\"", EventExtractor.extract(List.of(
        "  Event ID: 529", "  Description: \"Logon\" failed for \"guest\"")).get(0).description());
  }

  @Test
  void aQuotedMessageAfterTheIdAndACommaIsItsMessage() throws Exception {
    // Q178930: "... are Event ID 11," / ""Database engine stopped", and Event ID 10, "Database engine started"."
    assertEquals("Database engine stopped", event(178930, 11).description());
    assertEquals("Database engine started", event(178930, 10).description());
  }

  @Test
  void anExplanationBelowTheMessageIsNotPartOfIt() throws Exception {
    // Q275709: "Description : (B45) Message Routing Error" / "Explanation : This is an SNA Server internal ..."
    assertEquals("(B45) Message Routing Error", event(275709, 108).description());
  }

  @Test
  void anIndentedLineStartingWithEventAndANumberIsAnEntry() throws Exception {
    // Q243759: "  Event 9405:" over its indented message; Q248354: "  Event 630 - Type:Warning".
    Event e = event(243759, 9405);
    assertEquals("[BASE XFER-OUT 20] (16)", e.code());
    assertTrue(e.description().startsWith("An unexpected error has occurred which may cause the MTA"), e.description());
    assertEquals("Warning", event(248354, 630).type());
    assertEquals("Password Change DLL was unable to open the RPC connection.", event(248354, 670).description());
    // Q167248: "  Event 7024 Source Service Control Manager The Net Logon service terminated ..."
    Event scm = event(167248, 7024);
    assertEquals("Service Control Manager", scm.source());
    assertEquals("The Net Logon service terminated with service-specific error 3097.", scm.description());
    assertEquals("Netlogon", event(167248, 3097).source());
    // In unindented prose, or as a range, it is not.
    assertEquals(List.of(), EventExtractor.extract(List.of(
        "Event 25 occurs because the paper source is not set.", "", "  Event 100-110 are reserved.")));
  }

  @Test
  void aNameAloneOnTheLineNextToAnIdAloneOnItsLineIsTheSource() throws Exception {
    // Q252830: "  MSExchangeCOCO" / "  EventID: 2002" / "  Error {WIN32:5 ...}"; Q196690:
    // "  Event ID 722" / "  MSExchangeMCA" / "  Description:" / "  Failed to traverse ...".
    assertEquals("MSExchangeCOCO", event(252830, 2002).source());
    assertEquals("MSExchangeMCA", event(196690, 722).source());
    assertTrue(event(196690, 722).description().startsWith("Failed to traverse"));
    // Q244991: "  Event ID 5719 netlogon" over the message's lines.
    assertEquals("netlogon", event(244991, 5719).source());
    // A type's word is no source, nor a name under the ID that a message, not a label, follows.
    List<Event> events = EventExtractor.extract(List.of(
        "  Error", "  Event ID: 1001", "", "  Event ID: 1002", "  Netlogon", "  The session failed.", "",
        "  Event ID 1003 occurred"));
    assertNull(events.get(0).source());
    assertNull(events.get(1).source());
    assertNull(events.get(2).source());
  }

  @Test
  void aHexadecimalCodeOrAnOverlongNumberIsNoEventId() {
    assertEquals(List.of(), EventExtractor.extract(List.of("  Event ID: 0xC0000005", "", "  Event ID 12345678901")));
    assertEquals(List.of(123456789), EventExtractor.extract(List.of("  Event ID 123456789")).stream().map(Event::id).toList());
  }

  @Test
  void anEventsDataIsNotItsMessage() {
    List<Event> events = EventExtractor.extract(List.of(
        "  Event ID: 1004",
        "  Source: DNS",
        "  Description: DNS Server could not find or open database file",
        "  dns\\zone.dns.",
        "  Data: 0000: 02 00 00 00"));
    assertEquals(1, events.size());
    assertEquals("DNS Server could not find or open database file dns\\zone.dns.", events.get(0).description());
  }

  @Test
  void theSentenceThatNamesAnIdCanNameItsSourceTypeAndCategory() throws Exception {
    // Q307788: "the event log may show event ID 2009 with a source of Srv. This"
    assertEquals("Srv", event(307788, 2009).source());
    // Q165546: "multiple Event Id 54's" / "coming from source SNA Host Security may be present."
    assertEquals("SNA Host Security", event(165546, 54).source());
    // Q140448: "log message SOURCE will be the MSExchangeIS Public, the EVENT ID will be 3089," /
    // "the CATEGORY will be Replication and Type will be Warning. The description will"
    Event e = event(140448, 3089);
    assertEquals(List.of("MSExchangeIS Public", "Warning", "Replication"), List.of(e.source(), e.type(), e.category()));
  }

  @Test
  void proseGivesANameOnlyWithinTheIdsSentence() {
    List<String> text = List.of("The source of the problem is unknown. Event ID 7 is logged",
        "with the source of the error. The Source is Disk.");
    ProseFields.Found f = ProseFields.of("The source of the problem is unknown. ", " is logged", text, 0);
    assertEquals(new ProseFields.Found(null, null, null), f);
    // "type is" takes an event type only; a name ends at the first lower-case word.
    f = ProseFields.of("", " from source Disk Manager on drive C, type is Strange", List.of("x"), 0);
    assertEquals(new ProseFields.Found("Disk Manager", null, null), f);
    // A type is its type words only.
    f = ProseFields.of("", " with a type of Success Audit Then Windows", List.of("x"), 0);
    assertEquals(new ProseFields.Found(null, "Success Audit", null), f);
  }

  @Test
  void aNameUnderTheTypeLabelOfAnEntryWithoutASourceIsTheSource() throws Exception {
    // Q324025: "Event ID: 13003" / "Event Type: MSExchangePOP3" / "Event Source:" / "Event Category: Authentication"
    Event e = event(324025, 13003);
    assertEquals("MSExchangePOP3", e.source());
    assertNull(e.type());
    assertEquals("Authentication", e.category());
    // Q248354's "Event 630 - Type:Warning", no source: a type word stays the type.
    assertEquals("Warning", event(248354, 630).type());
    assertNull(event(248354, 630).source());
  }

  @Test
  void aMessageBelowABlockOfFieldsGoesOnOverTheParagraphsAtItsIndent() throws Exception {
    // Q167648: the fields of 1029, a blank line, its message in two indented paragraphs, then 1027.
    assertEquals("Unable to find the MS Mail user MS:NETWORK/PONAME/USERNAME the Microsoft Exchange Address Book."
        + " This address is not defined in the Recipients container. Synchronize your MS Mail Postoffice addresses"
        + " or create a custom recipient entry for this address.", event(167648, 1029).description());
    assertEquals("Unable to import the Microsoft Schedule+ data for MS:NETWORK/PONAME/ USERNAME."
        + " Ensure that this recipient is defined in the Address Book.", event(167648, 1027).description());
    // Q165396: "Description:" alone, then the message, then deeper-indented paragraphs of it.
    assertEquals("Non delivery report generated. From: <network>/<PO>/<User ID> Subject: <Some Subject>"
        + " [030] Message contains duplicated Email address. Mail item was not delivered to: <network>/<PO>/<User ID>",
        event(165396, 2117).description());
  }

  @Test
  void aMessageStopsAtAnotherEntryOrAtCommentary() throws Exception {
    // Q248354: "Event 630 - Type:Warning" over its message; the next paragraph is "Event 670 - Type:Error".
    assertTrue(event(248354, 630).description().endsWith("is not privileged to send messages to the remote end."),
        event(248354, 630).description());
    // Q237867: the message of 116, then "EXPLANATION" alone on its line over the reference's comment.
    assertEquals("(116) The Resynchronization Service failed to handle an exchange log name request from a Remote Environment.",
        event(237867, 116).description());
  }

  @Test
  void aParagraphAMessageGoesOnOverIsTakenOnce() {
    // Hand-made: fields, the message over two paragraphs, the second ending in a colon, then what it
    // introduces, less indented (not a paragraph the message goes on over, but one it introduces).
    List<String> text = List.of(
        "  Event ID: 7026",
        "  Source: Service Control Manager",
        "",
        "     The following boot-start or system-start driver(s)",
        "",
        "     failed to load:",
        "",
        "  4mmdat.sys",
        "",
        "This happens when ...");
    assertEquals("The following boot-start or system-start driver(s) failed to load: 4mmdat.sys",
        EventExtractor.extract(text).get(0).description());
  }

  @Test
  void proseFieldsBelongToTheNearestIdAndANameStopsAtAFunctionWord() {
    // Two IDs in one sentence: each takes the source written after it, never one across the other.
    String line = "Event ID 5 is logged from source Disk and event ID 7 is logged from source Cdrom.";
    List<String> text = List.of(line);
    assertEquals("Disk", ProseFields.of("", " is logged from source Disk and event ID 7 is logged from source Cdrom.", text, 0).source());
    assertEquals("Cdrom", ProseFields.of("Event ID 5 is logged from source Disk and ", " is logged from source Cdrom.", text, 0).source());
    assertNull(ProseFields.of("Event ID 5 is logged from source Disk and ", " is logged.", text, 0).source());
    // "In", "This": a capitalised word that ends a name.
    assertEquals("Application Error",
        ProseFields.of("", " with a source of Application Error In Windows NT 4.0 is logged", List.of("x"), 0).source());
    assertEquals("Disk", ProseFields.of("", " from the source Disk This occurs", List.of("x"), 0).source());
  }

  @Test
  void aNameUnderTheTypeLabelIsTheSourceOnlyUnderAnEmptySourceLabel() {
    // Without an empty "Source:" label a value under "Type:" stays the type, whatever it is.
    Event e = EventExtractor.extract(List.of("  Event ID: 12", "  Type: REG_DWORD", "  Description: x")).get(0);
    assertEquals("REG_DWORD", e.type());
    assertNull(e.source());
    // Under an empty one, an event type stays the type; one name is the source.
    e = EventExtractor.extract(List.of("  Event ID: 12", "  Type: Critical", "  Source:")).get(0);
    assertEquals("Critical", e.type());
    assertNull(e.source());
    e = EventExtractor.extract(List.of("  Event ID: 12", "  Type: Error.", "  Source:")).get(0);
    assertNull(e.source());
  }

  @Test
  void aMessageDoesNotGoOnOverTheArticlesOwnNote() {
    List<String> text = List.of(
        "  Event ID: 7000",
        "  Source: Service Control Manager",
        "",
        "  The Foo service failed to start.",
        "",
        "  NOTE: This applies only to Service Pack 3.");
    assertEquals("The Foo service failed to start.", EventExtractor.extract(text).get(0).description());
  }

  @Test
  void aWordOpeningASentenceBeforeTheLabelIsNoSource() {
    // KB-FORMAT.md §9's source prefix is "<Source> Event ID: <n>": a colon after the label or its
    // number. In prose the word before the label opens the sentence.
    List<Event> events = EventExtractor.extract(List.of(
        "If Event ID 4001 appears again, restart the service.", "",
        "When Event ID 4002 is logged, ignore it.", "",
        "If Event ID: 4003 appears again, call your support provider.", "",
        "Netlogon Event ID 4004 is logged at startup.", "",
        "  RAS Event ID: 4005", "",
        "  (DNS event ID 4006: DNS could not read the zone file)", "",
        "  MSExchangeMTA Event ID:", "  4007 is logged."));
    assertEquals(Arrays.asList(null, null, null, null, "RAS", "DNS", "MSExchangeMTA"),
        events.stream().map(Event::source).toList());
  }

  @Test
  void anInlineTypeIsTheTypesWordsNotTheRestOfTheSentence() {
    List<Event> events = EventExtractor.extract(List.of(
        "When this happens, Event ID: 6008, Source: Srv, Type: Error is logged in the", "system log.", "",
        "  Event ID: 6003, Source: MSExchangeIS Private, Type: Error.", "",
        "  Event ID 6009 (Source: Userenv, Type: Warning) is logged.", "",
        "  Event ID: 6010, Source: Security, Type: Failure Audit", "",
        "  Event ID: 6011", "  Type: Custom value", "",
        "  Event ID: 6012", "  Type: ERROR", "", "  Event ID: 6013", "  Type: success audit"));
    // Event Viewer's types in its spelling, so that a program finds every Error by that name.
    assertEquals(List.of("Error", "Error", "Warning", "Failure Audit", "Custom value", "Error", "Success Audit"),
        events.stream().map(Event::type).toList());
  }

  @Test
  void twoMessagesOfOneEventAreTwoEntriesAndAMentionJoinsTheFirst() {
    // Q147551 logs event 22 from Serial twice, for two drivers (read in the source).
    List<Event> events = EventExtractor.extract(List.of(
        "  Event ID: 22", "  Source: Serial", "  Description: Driver ccntdrv claimed a port.", "",
        "  Event ID: 22", "  Source: Serial", "  Description: Driver Serial claimed a port.", "",
        "The Event ID 22 entries above are harmless.", "",
        "  Event ID: 22", "  Source: Serial", "  Description: Driver ccntdrv claimed a port."));
    assertEquals(List.of("Driver ccntdrv claimed a port.", "Driver Serial claimed a port."),
        events.stream().map(Event::description).toList());
  }

  @Test
  void anIdInTheWrappedTitleOfAReferencedArticleIsNoEntry() {
    // KB-FORMAT.md §10: a referenced article's title wraps onto the next line, at its indent when
    // the line ran to the margin. The IDs in it name that article's events, not this one's.
    List<String> text = List.of(
        "For more information, see the following articles:", "",
        "   Q170011 XADM: Information Store Does Not Start After Reinstalling and Logs",
        "   Event ID 1081 When Restoring", "",
        "   Q170014 XADM: Information Store Does Not Start After Reinstalling and Logs",
        "   Event ID: 1085", "",
        "   Q170016 XADM: Store Fails",
        "   Event ID 1089 is logged by the store at startup.");
    assertEquals(List.of(1089), EventExtractor.extract(text).stream().map(Event::id).toList());
    // A sentence that starts with a number is no title: the line below it is read.
    assertEquals(List.of(3), EventExtractor.extract(List.of(
        "Q171781 explains the problem in more detail. When the DNS server starts,",
        "event ID 3 is logged in the system log.")).stream().map(Event::id).toList());
  }
}
