package org.kbsite.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kbsite.model.KbId;

/** The titles lists of references give the articles they cite, in the archive's shapes (KB-FORMAT.md §10). */
class ReferenceTitlesTest {
  private static final KbId SELF = KbId.parse("Q100000");

  private static Map<KbId, String> titles(String... lines) {
    return ReferenceTitles.of(List.of(lines), SELF);
  }

  /** {@code lines} give one cited article, {@code id}, the title {@code title}. */
  private static void assertTitle(String id, String title, String... lines) {
    assertEquals(Map.of(KbId.parse(id), title), titles(lines));
  }

  @Test
  void listLinesGiveTheirTitles() {
    assertTitle("Q152734", "How to Obtain the Latest Windows NT 4.0 Service Pack",
        "  Q152734 How to Obtain the Latest Windows NT 4.0 Service Pack");
    assertTitle("Q101788", "Only Administrators Can View or Clear Security Logs",
        "  - Q101788: Only Administrators Can View or Clear Security Logs");
    assertTitle("Q154690", "How to troubleshoot Event 9 and 11 Error messages.",
        "Q154690 - How to troubleshoot Event 9 and 11 Error messages.");
    assertTitle("Q95513", "FIX: Neg ScaleHeight Resizes Control When Form Saved as ASCII",
        "Q95513      FIX: Neg  ScaleHeight Resizes Control When Form Saved as ASCII");
    // Q153401: the title glued to its number.
    assertTitle("Q149857", "MoveFileEx API Does Not Work After Applying SP4",
        "\tQ149857MoveFileEx API Does Not Work After Applying SP4");
    assertTitle("Q160870", "ACC: VBA Functions Break in Database with Missing References",
        "  ARTICLE-ID: Q160870", "  TITLE : ACC: VBA Functions Break in Database with Missing References");
  }

  @Test
  void anArticleIdLabelInAnyCaseGivesTheTitleUnderIt() {
    // Q158452: "Article-ID: Q158277"; Q158596: "ARTICLE ID: Q158595", a blank line, then "TITLE: ...".
    assertTitle("Q158277", "How to Configure DOS for Remoteboot on Windows NT 4.0",
        "  Article-ID: Q158277", "  TITLE : How to Configure DOS for Remoteboot on Windows NT 4.0");
    assertTitle("Q158595", "Mac Encarta 97: Read Me: Memory Use", "  ARTICLE ID: Q158595", "", "  TITLE: Mac Encarta 97: Read Me: Memory Use");
    assertTitle("Q123622", "Mixed Case Labels", "  Article ID: Q123622", "  Title: Mixed Case Labels");
    // Q154391: the title quoted, over three lines set further in.
    assertTitle("Q140445", "Troubleshooting Power Macintosh Type 11 Errors", "     ARTICLE-ID: Q140445", "",
        "     TITLE: \"Troubleshooting Power ", "            Macintosh", "            Type 11 Errors\"", "");
    // A long title ends at the next label whatever its spelling; quotes inside a title stay.
    String longTitle = "How to Configure DOS for Remoteboot on Windows NT 4.0 Server and Clients";
    assertEquals(Map.of(KbId.parse("Q158277"), longTitle, KbId.parse("Q158454"), "Short"),
        titles("  Article-ID: Q158277", "  TITLE : " + longTitle, "  Article-ID: Q158454", "  TITLE : Short"));
    assertTitle("Q123625", "\"Foo\" Error When \"Bar\"", "  ARTICLE-ID: Q123625", "  TITLE : \"Foo\" Error When \"Bar\"");
    // Lines going on past the longest title are not part of it: the title stays as far as it fits.
    assertTitle("Q123626", "Short Title " + "and more words ".repeat(9).strip(), "  ARTICLE-ID: Q123626",
        "  TITLE : Short Title", "  " + "and more words ".repeat(9).strip(), "  " + "and yet more ".repeat(6).strip());
    // Q186674: "Titled :" under the number; Q165927: the title on the number's line, wrapped.
    assertTitle("Q165748", "How to Disable a Service or Device that Prevents NT from Booting", "  Article-ID: Q165748",
        "  Titled : How to Disable a Service or Device that Prevents NT from Booting");
    assertTitle("Q176476", "OFF: Office Assistant Not Answering Visual Basic Questions",
        "  ARTICLE-ID: Q176476 OFF: Office Assistant Not Answering Visual Basic", "  Questions");
    // An "Article ID:" line over the text is the article's own, and gives no title.
    assertEquals(Map.of(), titles("Article ID: Q81342", "", "You can configure the gateway to fax."));
  }

  @Test
  void aTitleGoesOnOnTheNextLineSetFurtherInOrInLowerCase() {
    assertTitle("Q238518", "PRB: SQL Select Statement Using an Outer Join Clause Adds NULL Values to the Output",
        "  Q238518 PRB: SQL Select Statement Using an Outer Join Clause Adds NULL Values", "  to the Output");
    assertTitle("Q123456", "Long Title That Wraps Onto Its Next Line",
        "  Q123456 Long Title That Wraps", "          Onto Its Next Line", "  Q123457");
    // The next item, a new paragraph at the margin, or a line at the list's indent is no part of it.
    assertEquals(Map.of(KbId.parse("Q121317"), "TCP/IP-32 version 3.11 Does Not Include Terminal Font",
            KbId.parse("Q120051"), "DNS Reverse Name Resolution Requests Are Incorrect"),
        titles("  Q121317 TCP/IP-32 version 3.11 Does Not Include Terminal Font",
            "  Q120051 DNS Reverse Name Resolution Requests Are Incorrect", "Microsoft used the most current"));
  }

  @Test
  void aTitleThatRanToTheMarginGoesOnAtItsIndent() {
    // Q324332 (read in the source).
    assertTitle("Q247407", "XADM: Error Message Installing Exchange Server on a Computer Running Windows 2000 Server",
        "  Q247407 XADM: Error Message Installing Exchange Server on a Computer Running", "  Windows 2000 Server");
  }

  @Test
  void aTitleEndingInAWordNoTitleEndsWithGoesOnAtItsIndent() {
    // Q280058 and Q279208 (read in the source): "... When DelayPrintStart Is" over "Implemented".
    assertTitle("Q249967", "LU1 Print Job Loses the First Line When DelayPrintStart Is Implemented",
        "  Q249967 LU1 Print Job Loses the First Line When DelayPrintStart Is", "  Implemented");
    assertTitle("Q279210", "Combat Flight Simulator/Combat Flight Simulator 2: How to Troubleshoot Joystick Problems (Part 2)",
        "  Q279210 Combat Flight Simulator/Combat Flight Simulator 2: How to", "  Troubleshoot Joystick Problems (Part 2)");
  }

  @Test
  void aTablesRowGivesItsTitleAndATitleLabelIsNoPartOfIt() {
    // Q179727's table (read in the source): | Q103049 | How to Manually Remove ... | 4 |.
    assertTitle("Q103049", "How to Manually Remove Windows NT or Windows 2000",
        "| Q103049 | How to Manually Remove Windows NT or Windows 2000                    | 4     | ");
    // A cell of one word is another column; a title that wraps in its cell goes on in the next row's.
    assertEquals(Map.of(), titles("| Q103050 | Yes | 4 |"));
    assertTitle("Q123457", "How to Configure Something Long That Wraps in Its Cell",
        "| Q123457 | How to Configure Something Long That | 2 |", "|         | Wraps in Its Cell     |   |");
    assertTitle("Q167346", "FIX: GPF Occurs When Starting Visual Basic 5.0",
        "  Q167346 TITLE: FIX: GPF Occurs When Starting Visual Basic 5.0");
    // Q165516's "Q76388 Q76388 TITLE : Relationship Between ..." (read in the source).
    assertTitle("Q76388", "Relationship Between Inches, Picas, Points",
        "  Q76388 Q76388 TITLE : Relationship Between Inches, Picas, Points");
  }

  @Test
  void aMentionInASentenceTheArticleItselfAndTheFirstTitleOnly() {
    assertEquals(Map.of(), titles("For more information, see Q123456 in the Microsoft Knowledge Base."));
    // A sentence that wrapped before the number, and a file named after one.
    assertEquals(Map.of(), titles("For the procedure, see the article", "Q999990 regarding orphaned long values in the store."));
    assertEquals(Map.of(), titles("Download Q999991ENU.exe from the site. The fix is described in Q999991."));
    assertEquals(Map.of(), titles("  Q100000 This Article Itself", "  Q123456"));
    assertTitle("Q123456", "First Title", "  Q123456 First Title", "", "  Q123456 Second Title");
  }
}
