package org.kbsite.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.kbsite.TestPaths;
import org.junit.jupiter.api.Test;

/** Shapes of article text, written here the way the archive lays them out. */
class TextBlocksTest {
  private static List<Block> blocks(String text) {
    return TextBlocks.of(List.of(text.split("\n", -1)), Span.Linker.NONE, sub -> "s-" + Anchors.slug(sub), 3);
  }

  /** The blocks of text wrapped at {@code width} columns, as the article around it would show. */
  private static List<Block> blocks(String text, int width) {
    return TextBlocks.of(List.of(text.split("\n", -1)), new TextBlocks.Layout(width, 0), Span.Linker.NONE,
        sub -> "s-" + Anchors.slug(sub), 3);
  }

  private static String html(List<Block> blocks) {
    Templates t = Templates.load(TestPaths.repoRoot().resolve("templates"));
    StringBuilder sb = new StringBuilder();
    blocks.forEach(b -> sb.append(t.render("block", b)));
    return sb.toString();
  }

  @Test
  void plainLinesAreOneReflowedParagraph() {
    List<Block> b = blocks("This problem occurs when using the Traditional Chinese version of Windows NT\n"
        + "Server 3.51.  If you use a message transfer agent.\n\nSecond paragraph.");
    assertEquals(2, b.size());
    assertEquals("This problem occurs when using the Traditional Chinese version of Windows NT Server 3.51."
        + "  If you use a message transfer agent.", b.get(0).para().source());
    assertEquals("Second paragraph.", b.get(1).para().source());
  }

  @Test
  void aNoteSetInFromTheMarginIsAParagraphWhileAMessageSetInStaysAsWritten() {
    // Q171748 (read by hand): a NOTE two columns in, wrapped, between two paragraphs.
    List<Block> b = blocks("The following installation instructions should be used in place of the\n"
        + "instructions provided by the BackOffice Tools Help file.\n\n"
        + "  NOTE: If you have already installed a previous version of Eximwiz, you must\n"
        + "  first uninstall it (using the Add/Remove Programs icon in the Control Panel)\n"
        + "  before installing the updated version.\n\n"
        + "You receive the following error message:\n\n"
        + "  The MSDTC service failed to start due to the following error: the service\n"
        + "  did not respond to the start or control request in a timely fashion.");
    assertEquals("NOTE: If you have already installed a previous version of Eximwiz, you must first uninstall it "
        + "(using the Add/Remove Programs icon in the Control Panel) before installing the updated version.",
        b.get(1).para().source());
    assertNotNull(b.get(3).pre(), "a message quoted as Event Viewer shows it");
    // Q158957: a NOTE under a row's text in a table's second column is the table's.
    List<Block> table = blocks("Version        The version of the driver installed in your computer.\n\n"
        + "               NOTE: The version numbers for sound or video drivers do not\n"
        + "               need to match the version numbers for the DirectX components.", 80);
    assertNull(table.get(table.size() - 1).para(), html(table));
  }

  @Test
  void keysOrCallsThatStartAlikeAreSetOneUnderAnotherHoweverLong() {
    // Q244991 (read by hand): two registry keys at the margin, the second too long to have fitted
    // after the first, were run together as one wrapped paragraph.
    String keys = "HKEY_LOCAL_MACHINE\\System\\CurrentControlSet\\Services\\IAFT\n"
        + "HKEY_LOCAL_MACHINE\\System\\CurrentControlSet\\Services\\IAFTPROTOCOL";
    assertEquals(keys, blocks(keys, 80).get(0).pre().source());
    // A sentence that happens to start two lines with one name still runs on (Q186533, Q104342).
    for (String prose : List.of(
        "Normally, the OutlookEditor key exists only in HKEY_CURRENT_USER when the\n"
            + "HKEY_CURRENT_USER value is set by Word, which replaces the key each time it starts.\n"
            + "HKEY_CURRENT_USER key, erasing the user's editor choice.",
        "where the underlying data type can be represented as SQL_NUMERIC, SQL_DECIMAL,\n"
            + "SQL_TINYINT, SQL_SMALLINT, SQL_INTEGER, SQL_BIGINT, SQL_FLOAT, SQL_REAL,\n"
            + "SQL_DOUBLE, SQL_DATE, SQL_TIME, or SQL_TIMESTAMP.")) {
      List<Block> b = blocks(prose, 80);
      assertEquals(1, b.size(), prose);
      assertEquals(prose.replace("\n", " "), b.get(0).para().source());
    }
  }

  @Test
  void threeLinesThatStartWithOneNameOrAreOneLongWordAreSetOneUnderAnother() {
    // Q136327 (read by hand): an .INF section under step 3; Q290625: a certificate request (its
    // first five lines of thirteen).
    String inf = "[Install-Win-Ini-Alter-1]\n"
        + "ReplaceIniKeyValue \"Win.ini\", Winlogon, DefaultUserName, administrator\n"
        + "ReplaceIniKeyValue \"Win.ini\", Winlogon, DefaultPassword, \"\"\n"
        + "ReplaceIniKeyValue \"Win.ini\", Winlogon, AutoAdminLogon,\"1\"";
    assertEquals(inf, blocks(inf, 80).get(0).pre().source());
    String request = "  -----BEGIN NEW CERTIFICATE REQUEST-----\n"
        + "  MIICcjCCAhwCAQAwYjETMBEGA1UEAxMKcm9ic3NlcnZlcjELMAkGA1UECxMCTVMx\n"
        + "  CzAJBgNVBAoTAk1TMREwDwYDVQQHEwhCZWxsZXZ1ZTERMA8GA1UECBMIV2FzaGl0\n"
        + "  b24xCzAJBgNVBAYTAlVTMFwwDQYJKoZIhvcNAQEBBQADSwAwSAJBALYK4sYDNQ7h\n"
        + "  LmSfL0qpIvUfY7Ddw7fNCvDp3rM7z4QqoLhA2c8TkyamqWTBsV0WRHIidf/J6mU4\n"
        + "  wN4wrUzJTLUCAwEAAaCCAVMwGgYKKwYBBAGCNw0CAzEMFgo1LjAuMjE5NS4yMDUG\n"
        + "  -----END NEW CERTIFICATE REQUEST-----";
    Block.Item step = blocks("6. Select and copy the contents of the document.\n\n" + request, 80)
        .get(0).list().items().get(0);
    assertNotNull(step.children().get(0).pre(), html(List.of(Block.list(new Block.ListBlock(true, List.of(step))))));
    assertEquals(request, step.children().get(0).pre().source());
    // A sentence may start three lines with one plain word (Q101606), a list of names wrapped at
    // its commas three lines of one word each (Q156063's .csv header): both run on.
    for (String text : List.of("Microsoft has confirmed this to be a problem in versions 3.0 and 3.0a of\n"
            + "Microsoft Mail for PC Networks. This problem was corrected in version 3.2 of\n"
            + "Microsoft Mail for PC Networks.",
        "Obj-Class,Mail-Nickname,Common-Name,Target-Address,Display-Name,\n"
            + "Given-Name,Initials,Surname,Company,Department,Title,Postal-Code,\n"
            + "Physical-Delivery-Office-Name,Assistant-Name,Address,City,Country,\n"
            + "Custom Attribute 1, Custom Attribute 2")) {
      assertEquals(1, blocks(text, 80).size(), text);
      assertEquals(false, blocks(text, 80).get(0).lines(), text);
    }
  }

  @Test
  void aNoteAtTheMarginBetweenTwoStepsIsTheFirstStepsAndTheProcedureGoesOn() {
    // Q233969 (read by hand): a NOTE at the margin between steps 2 and 3 ended the list, and a
    // second list started at 3; Q245225's note wraps onto a second line.
    List<Block> b = blocks("1. Start Registry Editor (Regedt32.exe).\n\n"
        + "2. Locate the following key in the registry:\n\n"
        + "  HKEY_LOCAL_MACHINE\\System\\CurrentControlSet\\Services\\W3SVC\\Parameters\n\n"
        + "NOTE: The above registry key is one path; it has been wrapped for readability.\n\n"
        + "3. On the Edit menu, click New, and then DWORD Value.\n\n"
        + "NOTE: Make sure that the All Verbs option is selected for full functionality, and\n"
        + "that the Script Engine check box is selected.\n\n"
        + "4. Click OK.\n\n"
        + "NOTE: A note after the last step ends the procedure.", 80);
    assertEquals(2, b.size(), html(b));
    List<Block.Item> steps = b.get(0).list().items();
    assertEquals(List.of("1.", "2.", "3.", "4."), markers(steps));
    assertEquals("NOTE: The above registry key is one path; it has been wrapped for readability.",
        steps.get(1).children().get(1).para().source());
    assertEquals("NOTE: Make sure that the All Verbs option is selected for full functionality, and that the "
        + "Script Engine check box is selected.", steps.get(2).children().get(0).para().source(), html(b));
  }

  @Test
  void aLineUnderAnItemsLastSentenceThatCannotGoOnWithItStandsApart() {
    // Q123077 (read by hand): "-or-" under the first of two symptoms; Q322028: an example under
    // a field's description. Each was run into the item's sentence.
    List<Block> b = blocks("- The machine stops responding (locks up)\n  -or-\n- The machine restarts.\n\n"
        + "- Name: A \"Display Name\" that will be associated with all e-mail messages\n"
        + "  sent from that account.\n"
        + "     Example: John Doe", 80);
    List<Block.Item> items = b.get(0).list().items();
    assertEquals("The machine stops responding (locks up)", items.get(0).text().source());
    assertEquals("-or-", items.get(0).children().get(0).para().source());
    Block.Item name = items.get(items.size() - 1);
    assertEquals("Name: A \"Display Name\" that will be associated with all e-mail messages sent from that account.",
        name.text().source());
    assertEquals("     Example: John Doe", name.children().get(0).pre().source());
  }

  @Test
  void aBulletAloneOnItsLineHasTheBlocksIndentedUnderItForItsItem() {
    // Q135338 (read by hand): three commands, each under a bullet of its own line, the first
    // with its alternative below an -or-.
    List<Block> b = blocks("Assuming you want to use the utilities, use this syntax:\n\n"
        + "- \n\n  LINK -DUMP -EXPORTS C:\\VFP\\FOXTOOLS.FLL > DETAILS.TXT\n\n  -or-\n\n"
        + "     LINK /DUMP /EXPORTS C:\\VFP\\FOXTOOLS.FLL > DETAILS.TXT\n\n"
        + "- \n\n  DUMPBIN -EXPORTS C:\\VFP\\FOXTOOLS.FLL > DETAILS.TXT\n\n"
        + "-\n\n  EXEHDR C:\\FPW26\\FOXTOOLS.FLL > DETAILS.TXT\n\n"
        + "This syntax creates a text file called Details.txt.", 80);
    assertEquals(List.of("para", "list", "para"), kinds(b), html(b));
    List<Block.Item> items = b.get(1).list().items();
    assertEquals(3, items.size(), html(b));
    List<String> first = items.get(0).children().stream()
        .map(c -> c.pre() != null ? c.pre().source().strip() : c.para().source()).toList();
    assertEquals(List.of("LINK -DUMP -EXPORTS C:\\VFP\\FOXTOOLS.FLL > DETAILS.TXT", "-or-",
        "LINK /DUMP /EXPORTS C:\\VFP\\FOXTOOLS.FLL > DETAILS.TXT"), first, html(b));
    assertEquals("", items.get(2).text().source());
    assertTrue(html(b).contains("EXEHDR C:\\FPW26\\FOXTOOLS.FLL"), html(b));
    assertFalse(html(b).contains("<pre>-"), html(b));
  }

  @Test
  void aBulletAloneWithNothingUnderItMakesNoList() {
    // Q110389 (read by hand): a bullet over a sub-heading, which no item holds.
    List<Block> b = blocks("you may see any of the following messages or conditions:\n\n- \n\n"
        + "  Messages\n  --------\n\n  Rejecting request from user@server because server is not version 3.0.", 80);
    assertFalse(kinds(b).contains("list"), html(b));
    assertFalse(html(b).contains("<li></li>"), html(b));
  }

  @Test
  void aSentenceGoesOnOverABreakAfterACommaOrAWordInLowerCase() {
    // Q10837 (read by hand): a line cut short before "<file>", which would have fitted; the
    // paragraph's other breaks are wraps.
    String text = "The system font is loaded first. GDI first checks the WIN.ini file in the\n"
        + "[windows] section for the key name SystemFont=<file>, where\n"
        + "<file> is a name of a bitmap font (such as HELV.FON). If GDI finds this\n"
        + "keyname, it will attempt to load the specified file as the system font.\n"
        + "Changing this value is one method the user can use to customize the system\n"
        + "font.";
    Block p = blocks(text, 80).get(0);
    assertEquals(false, p.lines(), p.para().source());
    assertEquals(text.replace("\n", " "), p.para().source());
    // Lines alike keep their breaks (Q152346).
    String where = "where x= the scsiport number that the tape drive is attached\n"
        + "where y= the scsibus number that the tape drive is attached\n"
        + "where z= the scsi I.D. number that the tape drive is configured for.";
    Block lines = blocks(where, 80).get(0);
    assertEquals(where, (lines.pre() != null ? lines.pre() : lines.para()).source());
  }

  @Test
  void citationsInTheOlderFormANumberOverItsTitleAreAListOfCitationsToo() {
    // Q174659 (read by hand): pairs a blank line apart at the margin; Q165927: a title after the
    // number, wrapped; Q158596: a number a blank line over its title; Q154391: a number alone, its
    // title a blank line below in a column and wrapped further in, stays.
    List<Block> b = blocks("see the following articles:\n\n"
        + "ARTICLE-ID : Q165695\nTITLE : How to Add or Remove Windows Desktop Update\n\n"
        + "ARTICLE-ID : Q174265\nTITLE : How to Uninstall Internet Explorer 4.0\n\n"
        + "Then:\n\n"
        + "  ARTICLE-ID: Q176476 OFF: Office Assistant Not Answering Visual Basic\n  Questions\n\n"
        + "  query on:\n\n  ARTICLE ID: Q158595\n\n  TITLE: Mac Encarta 97: Read Me: Memory Use\n\n"
        + "  Base:\n\n  ARTICLE-ID: Q140445\n\n  TITLE: \"Troubleshooting Power\n         Macintosh\"", 80);
    assertEquals(List.of("Q165695 How to Add or Remove Windows Desktop Update", "Q174265 How to Uninstall Internet Explorer 4.0"),
        b.get(1).cites().items().stream().map(Span.Text::source).toList(), html(b));
    assertEquals(List.of("Q176476 OFF: Office Assistant Not Answering Visual Basic Questions"),
        b.get(3).cites().items().stream().map(Span.Text::source).toList(), html(b));
    assertEquals(List.of("Q158595 Mac Encarta 97: Read Me: Memory Use"),
        b.get(5).cites().items().stream().map(Span.Text::source).toList(), html(b));
    assertTrue(html(b).contains("ARTICLE-ID: Q140445\n\n  TITLE:"), html(b));
  }

  @Test
  void citationsAtTheMarginAreAListOfCitationsButASentenceThatStartsWithANumberIsNot() {
    // Q176481 (read by hand): citations a blank line apart; Q298706: each title wrapped to the
    // margin under its number; a sentence that starts with a number, and Q140341's table of
    // numbers and titles in columns, stay as they are.
    List<Block> b = blocks("Q130165 PRB: LUPDATE() Does Not Return Date of Last Update\n\n"
        + "Q113943 New and Enhanced Commands and Functions in FoxPro Ver 2.6\n\n"
        + "Q298682 MSN Explorer (MSN Version 6.1) Sign-in And Sign-up Error Messages:\n"
        + "Account Creation Or Update Errors\n"
        + "Q298698 MSN Explorer (MSN Version 6.1) Sign-in And Sign-up Error Messages:\nConnections\n\n"
        + "Q171781 explains how to set up the server.\n\n"
        + "Q95513      FIX: Neg ScaleHeight Resizes Control When Form Saved as ASCII\n"
        + "Q95830      FIX: Stack Fault When Move Makes Combo Box Width Too Small", 80);
    assertEquals(List.of("Q130165 PRB: LUPDATE() Does Not Return Date of Last Update",
        "Q113943 New and Enhanced Commands and Functions in FoxPro Ver 2.6",
        "Q298682 MSN Explorer (MSN Version 6.1) Sign-in And Sign-up Error Messages: Account Creation Or Update Errors",
        "Q298698 MSN Explorer (MSN Version 6.1) Sign-in And Sign-up Error Messages: Connections"),
        b.get(0).cites().items().stream().map(Span.Text::source).toList(), html(b));
    assertEquals("Q171781 explains how to set up the server.", b.get(1).para().source());
    assertNotNull(b.get(2).pre(), html(b));
  }

  @Test
  void aWordAloneBetweenTwoMessagesSetInIsTextBetweenThem() {
    // Q180145 (read by hand): two messages set in, "-or-" between them; Q97637: "and" between
    // two commands.
    List<Block> b = blocks("you may receive one of the following error messages:\n\n"
        + "  Not enough memory.\n\n  -or-\n\n  Insufficient memory to complete operation.\n\n"
        + "     SAVE TO <file>\n\n  and\n\n     RESTORE FROM <file>", 80);
    assertEquals(List.of("p", "pre", "p", "pre", "p", "pre"), b.stream()
        .map(x -> x.para() != null ? "p" : x.pre() != null ? "pre" : "other").toList(), html(b));
    assertEquals("-or-", b.get(2).para().source());
    // Set-in blocks a blank line apart are one, as before.
    assertEquals("  Insufficient memory to complete operation.\n\n     SAVE TO <file>", b.get(3).pre().source());
    assertEquals("and", b.get(4).para().source());
    // Q254232 (read by hand): alternatives set further in than the block's lines above and below
    // them are part of that block, which stays as set.
    String nested = "  One or more of the following:\n\n     Word flashes the Printing dialog box.\n\n     -or-\n\n"
        + "     WINWORD caused an invalid page fault in UNKNOWN.\n\n  Word cannot change printers.";
    List<Block> one = blocks("You may receive these messages:\n\n" + nested, 80);
    assertEquals(2, one.size(), html(one));
    assertEquals(nested, one.get(1).pre().source());
  }

  @Test
  void whatTheLastStepsColonIntroducesIsTheLastSteps() {
    // Q271758's shape (read by hand): the last lettered step ends with a colon, the files it
    // introduces set at the letters' margin, then the next numbered step: the files are c.'s.
    List<Block> b = blocks("1. Remove the clients:\n\n  a. Start Registry Editor.\n\n  b. Quit Registry Editor.\n\n"
        + "  c. Delete the following files from the Windows directory:\n\n  Exchutil.dll\n  Exchange.drv\n\n"
        + "2. Remove the server.", 80);
    assertEquals(List.of("list"), kinds(b), html(b));
    List<Block.Item> steps = b.get(0).list().items();
    assertEquals(2, steps.size(), html(b));
    List<Block.Item> letters = steps.get(0).children().get(0).list().items();
    assertEquals(List.of("a.", "b.", "c."), markers(letters), html(b));
    assertEquals(1, letters.get(2).children().size(), html(b));
    assertEquals("  Exchutil.dll\n  Exchange.drv", letters.get(2).children().get(0).pre().source(), html(b));
    // Q247389's: the program a blank line apart is one block, all of it the step's.
    List<Block> program = blocks("1. Save the following code as Change.vbs:\n\n  Option Explicit\n\n  Dim found\n  found = False\n\n"
        + "2. Run the script.", 80);
    assertEquals(List.of("list"), kinds(program), html(program));
    assertEquals("  Option Explicit\n\n  Dim found\n  found = False",
        program.get(0).list().items().get(0).children().get(0).pre().source(), html(program));
    // All or nothing (helper-67's review): when more follows what the colon introduces than the
    // list's end (Q238070's block for x86 computers, then a label and a block for Alpha ones;
    // Q198549's label over the next procedure), each block stays after the list with its kind.
    List<Block> twoGroups = blocks("1. Edit the key for your computer:\n\nFor x86-based computers:\n\n  Path = w32x86\n\n"
        + "For Alpha-based computers:\n\n  Path = w32alpha", 80);
    assertEquals(List.of("list", "para", "pre", "para", "pre"), kinds(twoGroups), html(twoGroups));
    // Q297774's items are labels over sections, and Q99268's code ends with its own colon: what
    // follows them at the margin is not theirs.
    List<Block> labels = blocks("1. Introduction:\n\nThe upgrade adds features to the networking components.", 80);
    assertEquals(List.of("list", "para"), kinds(labels), html(labels));
    List<Block> code = blocks("- The field does not contain a name. For example:\n\n  REQNAME=PCM:\n\n"
        + "The manual does not clearly explain the need for the name.", 80);
    assertEquals(List.of("list", "para"), kinds(code), html(code));
  }

  @Test
  void lettersGoOnAroundWhatComesBetweenThemAsNumbersDo() {
    // Q271758's and Q262622's shapes (read by hand): keys or a command at the margin of lettered
    // steps, between a. and b.; the steps are one list, what came between is a.'s. Letters that
    // do not follow (a. then a.) are two lists.
    List<Block> b = blocks("  a. Start Registry Editor, and then locate and delete the following keys:\n\n"
        + "  HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\n\n"
        + "  b. In the Open box, type the following line:\n\n"
        + "  <cd-rom>:\\setup.exe\n\n"
        + "     where <cd-rom> is the drive letter of your CD-ROM drive.\n\n"
        + "  c. Click OK.", 80);
    assertEquals(1, b.size(), html(b));
    List<Block.Item> steps = b.get(0).list().items();
    assertEquals(List.of("a.", "b.", "c."), markers(steps), html(b));
    assertEquals("  HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso", steps.get(0).children().get(0).pre().source(), html(b));
    assertEquals("  <cd-rom>:\\setup.exe", steps.get(1).children().get(0).pre().source(), html(b));
    assertEquals("where <cd-rom> is the drive letter of your CD-ROM drive.", steps.get(1).children().get(1).para().source(), html(b));
    assertEquals(3, blocks("  a. Run Setup.\n\n  HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\n\n  a. Click OK.", 80).size());
    // Q249590's label at the margin over the steps after it (helper-66's review): not d.'s, as
    // it ends the procedure; the steps from e. on are a list of their own.
    List<Block> labelled = blocks("  c. Run Setup.\n\n  d. Copy the file.\n\nOn the SQL Server:\n\n  e. Run the script.", 80);
    assertEquals(List.of("list", "para", "list"), kinds(labelled), html(labelled));
    assertEquals("On the SQL Server:", labelled.get(1).para().source());
    assertEquals(List.of(), labelled.get(0).list().items().get(1).children());
  }

  @Test
  void whatComesBetweenTwoStepsAtTheMarginIsTheFirstStepsAndTheProcedureGoesOn() {
    // Q184576 (read by hand): a key at the margin under "2. Navigate to the following key:";
    // Q129830: a paragraph on what step 6 does, at the margin, before step 7. A paragraph before
    // a list numbered from 1 again, or a heading between, ends the procedure.
    List<Block> b = blocks("1. Start Registry Editor.\n"
        + "2. Navigate to the following key:\n\n"
        + "HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\n  \\SnaPrint\\Parameters\n\n"
        + "3. Add the value.\n\n"
        + "Add a Unicode string representing the path to the driver.\n\n"
        + "4. Quit Registry Editor.\n\n"
        + "Then restart the computer.\n\n"
        + "1. Log on again.", 80);
    assertEquals(3, b.size(), html(b));
    List<Block.Item> steps = b.get(0).list().items();
    assertEquals(List.of("1.", "2.", "3.", "4."), markers(steps), html(b));
    assertTrue(steps.get(1).children().get(0).pre().source().startsWith("HKEY_LOCAL_MACHINE"), html(b));
    assertEquals("Add a Unicode string representing the path to the driver.", steps.get(2).children().get(0).para().source());
    assertEquals("Then restart the computer.", b.get(1).para().source());
    // Q255653 (helper-62's review): a sentence at the margin without its full stop, then what to
    // type, set in: the sentence is a paragraph of the step, the path its code.
    List<Block> open = blocks("1. Click Start, and then click Run.\n\n"
        + "In the Open box, type the following line, and then click OK\n\n  <drive>:\\Windows\n\n"
        + "2. Right-click the System folder.", 80);
    List<Block> under = open.get(0).list().items().get(0).children();
    assertEquals("In the Open box, type the following line, and then click OK", under.get(0).para().source(), html(open));
    assertEquals("  <drive>:\\Windows", under.get(1).pre().source());
    // Q245816 (helper-62): code set in two columns under "to:", between steps 8 and 9, is code
    // as it is at the margin, not a paragraph of step 8 (whose text starts at column 3).
    List<Block> to = blocks("8. Change the following line from\n\n  FLAGS = 1\n\nto:\n\n"
        + "  REMOTE=YES, COPYLISTS(\"WIN16:REMOTE_CONTROL_386\" = \"WINDIR\"), COMPRESS=NO,\n  FLAGS = 1\n\n"
        + "9. Save the file.", 80);
    List<Block> step8 = to.get(0).list().items().get(0).children();
    assertEquals("  REMOTE=YES, COPYLISTS(\"WIN16:REMOTE_CONTROL_386\" = \"WINDIR\"), COMPRESS=NO,\n  FLAGS = 1",
        step8.get(step8.size() - 1).pre().source(), html(to));
  }

  @Test
  void aHeadingBoxedByRulesAboveAndUnderIsAHeading() {
    // Q121035 (read by hand): the readme's parts, each boxed, the text right under the box.
    List<Block> b = blocks("-------------\n2. MEMORY USE\n-------------\n"
        + "Cinemania 94 needs a relatively large amount of your computer's memory.", 80);
    assertEquals("2. MEMORY USE", b.get(0).sub().label(), html(b));
    assertEquals("Cinemania 94 needs a relatively large amount of your computer's memory.", b.get(1).para().source());
    // Rules of other lengths draw something else: left as set.
    assertNotNull(blocks("----------------------\n2. MEMORY USE\n-------------\nx = 1", 80).get(0).pre());
  }

  @Test
  void aLineOfCodeAloneBetweenTwoPiecesOfCodeIsTheCodes() {
    // Q65645 (read by hand): "double x;" a blank line apart from the lines of code above and below
    // it; Q89482's sentence between two settings stays a sentence.
    String code = "#include <stdio.h>\n#include <math.h>\n\ndouble x;\n\nvoid main (void)\n{\n   x = sqrt(2.0);\n}";
    List<Block> b = blocks(code, 80);
    assertEquals(1, b.size(), html(b));
    assertEquals(code, b.get(0).pre().source());
    List<Block> sentence = blocks("  AutoStart=NETBEUI\n\nThis entry takes a comma-separated list; for example\n\n"
        + "  AutoStart=NETBEUI,BASIC,POPUP", 80);
    assertEquals("This entry takes a comma-separated list; for example", sentence.get(1).para().source(), html(sentence));
  }

  @Test
  void anItemThatNamesATermOverItsDescriptionKeepsThemApart() {
    // Q160270 (read by hand): each tool's name, then what it does, set under it; an item whose
    // sentence a narrow list wrapped after a few words goes on as one.
    List<Block> b = blocks("- AutoFill\n  Assists in resolving display names as you type in the Microsoft Exchange\n  client.\n"
        + "- Use the\n  Registry Editor to change the value of the setting that the program reads when\n  it starts.", 80);
    List<Block.Item> items = b.get(0).list().items();
    assertEquals("AutoFill", items.get(0).text().source(), html(b));
    assertEquals("Assists in resolving display names as you type in the Microsoft Exchange client.",
        items.get(0).children().get(0).para().source());
    assertTrue(items.get(1).text().source().startsWith("Use the Registry Editor to change"), html(b));
  }

  @Test
  void aDashThatStartsALineOnlyBecauseANameWrappedThereIsNoBullet() {
    // Q191529 (read by hand): "UPDATE - SQL" wrapped at its dash; a list of two dashes after a
    // sentence is a list.
    String text = "If you cannot use a Visual FoxPro View for some reason, the Visual FoxPro UPDATE\n"
        + "- SQL command allows you to update selected records based upon specific\n"
        + "criteria.";
    List<Block> b = blocks(text, 80);
    assertEquals(1, b.size(), html(b));
    assertEquals(text.replace("\n", " "), b.get(0).para().source());
    List<Block> list = blocks("The following files are copied\n- Setup.exe\n- Readme.txt", 80);
    assertEquals(2, list.get(list.size() - 1).list().items().size(), html(list));
  }

  @Test
  void middleDotsAreBullets() {
    // Q111743 (read by hand): two examples, each a "<B7>" bullet wrapped to the margin.
    List<Block> b = blocks("as in the following examples:\n\n"
        + "\u00b7 You are using a True Image printer that includes built-in TrueType\n"
        + "fonts that have the same name.\n\n"
        + "\u00b7 You want to print a document in Windows for Workgroups version 3.11.", 80);
    Block.ListBlock list = b.get(1).list();
    assertEquals(false, list.ordered());
    assertEquals(List.of("You are using a True Image printer that includes built-in TrueType fonts that have the same name.",
        "You want to print a document in Windows for Workgroups version 3.11."),
        list.items().stream().map(i -> i.text().source()).toList());
  }

  @Test
  void articlesCitedOneToALineAreAListOfCitationsNotCode() {
    // Q244690's list (read by hand): a title that starts with a number, one that wraps under itself;
    // Q177125: a citation alone, a blank line apart from the next.
    List<Block> b = blocks("For more information, see the following articles:\n\n"
        + "  Q236460 DNS Service Does Not Start and Event IDs May Be Displayed\n"
        + "  Q236584 128-Bit RAS Client Is Authenticated but Cannot Use Resources on the\n"
        + "  Network\n\n"
        + "  Q152734: How to Obtain the Latest Windows NT 4.0 Service Pack\n\n"
        + "Then restart.");
    assertEquals(3, b.size());
    assertEquals(List.of("Q236460 DNS Service Does Not Start and Event IDs May Be Displayed",
        "Q236584 128-Bit RAS Client Is Authenticated but Cannot Use Resources on the Network",
        "Q152734: How to Obtain the Latest Windows NT 4.0 Service Pack"),
        b.get(1).cites().items().stream().map(Span.Text::source).toList());
    assertTrue(html(b).contains("<ul class=\"cites\">\n<li>Q236460 DNS Service"), html(b));
  }

  @Test
  void fileNamesAndColumnsAfterArticleNumbersStayPreformatted() {
    // A hotfix's files are named after its article; a table sets its title in a column.
    for (String text : List.of("  Q191899.exe\n  Q191899.txt", "  Q191899    Deploy KMS Client Fixes    12/9/98",
        "  Q191899 How to Deploy Exchange 5.5 SP1 KMS Client Fixes\nOdk.inf file")) {
      List<Block> b = blocks("The files:\n\n" + text);
      assertNull(b.get(b.size() - 1).cites(), text);
    }
  }

  @Test
  void lettersMarkSubStepsAsNumbersMarkSteps() {
    // Q161344's outline: "1. Control Framework", then "  a. Binary Persistence" ... under it.
    List<Block> b = blocks("1. Control Framework\n\n  a. Binary Persistence\n\n  b. Setup Dependencies\n\n"
        + "  c. Data Bound Controls (Fixed in SP2)\n\n2. Add-Ins");
    assertEquals(1, b.size());
    List<Block.Item> steps = b.get(0).list().items();
    assertEquals(List.of("1.", "2."), markers(steps));
    Block.ListBlock sub = steps.get(0).children().get(0).list();
    assertEquals(List.of("a.", "b.", "c."), markers(sub.items()));
    assertEquals("Data Bound Controls (Fixed in SP2)", sub.items().get(2).text().source());
  }

  @Test
  void aWordBrokenAfterItsHyphenIsJoinedAsWritten() {
    // Width 0: lines this short would not be wrapped text in an article, whose width is at least 60.
    List<Block> b = blocks("In Control Panel, double-\nclick Network. Run Lsa-\nixa.exe from a 16-\nbit MS-DOS prompt --\nnot the\nother one.", 0);
    assertEquals("In Control Panel, double-click Network. Run Lsa-ixa.exe from a 16-bit MS-DOS prompt -- not the other one.",
        b.get(0).para().source());
  }

  @Test
  void aPathBrokenAtABackslashIsJoinedAsWritten() {
    // Q175110's and Q165324's shapes, each break where the text wrapped (width 0); a path that
    // only starts the next line keeps its space.
    assertEquals("Change HKEY_LOCAL_MACHINE\\System\\CurrentControlSet\\Services\\SNABase\\Parameters to 1.",
        blocks("Change HKEY_LOCAL_MACHINE\\System\\CurrentControlSet\\Services\\\nSNABase\\Parameters to 1.", 0)
            .get(0).para().source());
    assertEquals("Open HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Exchange\\Rpc_Svr_Binding_Order.",
        blocks("Open HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Exchange\n\\Rpc_Svr_Binding_Order.", 0).get(0).para().source());
    assertEquals("Copy it to the \\SMS\\Inboxes folder.", blocks("Copy it to the\n\\SMS\\Inboxes folder.", 0).get(0).para().source());
    // Q189139's: the sentence goes on after the path; a folder's name in lower case, with a space
    // in it, goes on with the path.
    assertEquals("Note that a C:\\WINCE\\Release\\ directory was created.",
        blocks("Note that a C:\\WINCE\\Release\\\ndirectory was created.", 0).get(0).para().source());
    assertEquals("Open c:\\program files\\microsoft office\\office.",
        blocks("Open c:\\program files\\\nmicrosoft office\\office.", 0).get(0).para().source());
  }

  @Test
  void aNumberThatBeginsALineBecauseTheSentenceWrappedIsNoListItem() {
    // Q154378: "... setting in Windows" / "95. This setting is ..."
    List<Block> b = blocks("The timing is based on the Double-Click Speed setting in Windows\n95. This setting is system-wide.");
    assertEquals(1, b.size());
    assertEquals("The timing is based on the Double-Click Speed setting in Windows 95. This setting is system-wide.",
        b.get(0).para().source());
    // Q158796: a registry path, then the next step of the list.
    List<Block> path = blocks("HKLM\\System\\CurrentControlSet\\Services\\MacFile\\Parameters\\Volumes\n"
        + "3. Select the volume on which you want to disable CatSearch, and then select\n  Multi String from the Edit menu.");
    assertEquals(List.of("3."), markers(path.get(1).list().items()));
    List<Block> steps = blocks("To install it, follow these steps:\n1. Configure the devices in Panel\n940. Enter the address.\n2. Click Add.");
    assertEquals(2, steps.size());
    assertEquals(List.of("1.", "2."), markers(steps.get(1).list().items()));
    assertEquals("Configure the devices in Panel 940. Enter the address.", steps.get(1).list().items().get(0).text().source());
    // Q139286: "... already have eight" / "(8) or more connections ...".
    assertEquals("This will only occur if you already have eight (8) or more connections.",
        blocks("This will only occur if you already have eight\n(8) or more connections.", 60).get(0).para().source());
  }

  @Test
  void theNextItemMayFollowTextUnderTheLastWithNoBlankLine() {
    // Q313064's IN THIS TASK box: "- SUMMARY", then a sub-item and two items with no blank line.
    List<Block> toc = blocks("- SUMMARY\n\n   - How to Create a Counter Log\n- How to Configure a Counter Log\n"
        + "- How to Choose Counters\n\n- REFERENCES", 76);
    assertEquals(1, toc.size(), toc.toString());
    List<Block.Item> items = toc.get(0).list().items();
    assertEquals(List.of("SUMMARY", "How to Configure a Counter Log", "How to Choose Counters", "REFERENCES"),
        items.stream().map(i -> i.text().source()).toList());
    assertEquals("How to Create a Counter Log", items.get(0).children().get(0).list().items().get(0).text().source());
    // Q122042: a message under each item, then the next item at once.
    List<Block> b = blocks("- In version 6.0, the error message is as follows:\n\n  fatal error C1001\n\n"
        + "  Please choose the Technical Support command on the Help menu.\n- In version 5.0, the message is as follows:\n\n"
        + "  fatal error C1001", 76);
    assertEquals(1, b.size(), b.toString());
    assertEquals(2, b.get(0).list().items().size());
  }

  @Test
  void underAnItemASentenceEndingInAColonLeadsIntoTheListBelowIt() {
    // Q193915: step 2's text, then a paragraph and its lettered steps with no blank line between.
    List<Block> b = blocks("2. Start the browser.\n\n  If you are not prompted to set the default browser, follow these steps:\n"
        + "  a. Quit the browser and any other programs that are running, and then\n     disconnect from the Internet.\n\n"
        + "  b. Use the Add/Remove Programs tool in Control Panel to remove and reinstall\n     the browser.", 80);
    List<Block> under = b.get(0).list().items().get(0).children();
    assertEquals("If you are not prompted to set the default browser, follow these steps:", under.get(0).para().source());
    assertEquals(List.of("a.", "b."), markers(under.get(1).list().items()));
  }

  @Test
  void aParagraphWithAHangingIndentIsAParagraph() {
    // Q118381's warning and Q138735's questions: the first line at the margin, the rest two in.
    List<Block> b = blocks("WARNING: Using Registry Editor incorrectly can cause serious, system-wide\n"
        + "  problems that may require you to reinstall Windows NT to correct them.", 76);
    assertEquals("WARNING: Using Registry Editor incorrectly can cause serious, system-wide problems that may require you"
        + " to reinstall Windows NT to correct them.", b.get(0).para().source());
    // A log's entry, a table's row: set so, not wrapped prose.
    for (String kept : List.of("[LOGON] SamLogon: Interactive logon of PORSCHE\\example from 928S4 (via TARGA)\n   Entered",
        "11   Executable file was invalid. Either it was not a Windows application or there was\n     an error in the .EXE image.",
        "IF x THEN\n  y = 1")) {
      assertNull(blocks(kept, 76).get(0).para(), kept);
    }
  }

  @Test
  void aPhoneNumbersAreaCodeIsNoListMarker() {
    // Q96211: "... technical support at" / "(510) 683-0300 for more information."
    List<Block> b = blocks("If you experience this problem, contact Orchid Technology technical support at\n"
        + "(510) 683-0300 for more information.", 80);
    assertEquals(1, b.size());
    assertEquals("If you experience this problem, contact Orchid Technology technical support at (510) 683-0300 for more"
        + " information.", b.get(0).para().source());
    // Q143318: an address with its phone numbers one under another, not a list.
    List<Block> address = blocks("  2600 Campus Drive\n  San Mateo, CA 94403\n\n  (800) 950-5880\n  (415) 571-5100\n"
        + "  (415) 571-5195 (fax)", 76);
    assertTrue(address.stream().allMatch(x -> x.list() == null), address.toString());
    // A list numbered in brackets still is one.
    assertEquals(List.of("(1)", "(2)"), blocks("(1) Start Setup.\n(2) Click Next.", 76).get(0).list().items().stream()
        .map(Block.Item::marker).toList());
  }

  @Test
  void aTablesHeaderRowOverItsRuleIsNoHeading() {
    // Q218473's file list.
    String table = "  Date      Time                 Size    File name     Platform\n"
        + "  -------------------------------------------------------------\n"
        + "  03/24/99  09:56p                37,328 Smss.exe      (x86)";
    List<Block> b = blocks("The files are:\n\n" + table);
    assertEquals(2, b.size());
    assertNull(b.get(1).sub());
    assertEquals(table, b.get(1).pre().source());
    assertNotNull(blocks("Installing the Update\n---------------------\n\nRun it.").get(0).sub());
    // Q86357's numbered headings, the number set off by a wide gap.
    assertEquals("9.14   Video Seven: VEGA Deluxe card",
        blocks("9.14   Video Seven: VEGA Deluxe card\n------------------------------------\n\nText.").get(0).sub().label());
  }

  @Test
  void aReadmesNumberedHeadingAloneBetweenBlankLinesIsAHeading() {
    // Q156063's "3.0  Connectors" and "3.1.1 Importing ...", and its 1.3 wrapped under its text.
    List<Block> b = blocks("The view now exists.\n\n3.0  Connectors\n\n3.1.1 Importing the Master List Manually\n\nText.");
    assertEquals("3.0 Connectors", b.get(1).sub().label());
    assertEquals("3.1.1 Importing the Master List Manually", b.get(2).sub().label());
    assertEquals("1.3 Installing a Microsoft Exchange Server 4.0 into a Microsoft Exchange Server Site After It",
        blocks("1.3  Installing a Microsoft Exchange Server 4.0 into a Microsoft Exchange\n"
            + "     Server Site After It\n\nText.").get(0).sub().label());
    // Q113641's, with its colon.
    assertEquals("1.2 Incompatible Hard Disk or Device Driver:", blocks("1.2 Incompatible Hard Disk or Device Driver:\n\nText.").get(0).sub().label());
    // Q71872's "6.2 3+Share:"; Q113641's 1.9 over three lines, a sentence.
    assertEquals("6.2 3+Share:", blocks("6.2 3+Share:\n\nText.").get(0).sub().label());
    assertEquals("1.9 Setup detects that your computer has a non-MS-DOS partition or non-MS-DOS files, and uses Windows NT",
        blocks("1.9  Setup detects that your computer has a non-MS-DOS\n    partition or non-MS-DOS files, and uses\n"
            + "    Windows NT\n\nText.").get(0).sub().label());
    // A step, a sentence, a version's line and a line of versions (the older header's) are none.
    for (String line : List.of("1. Click Start", "4.0 and 5.0 both work.", "3.51 service pack 5", "3.00 3.00a")) {
      assertNull(blocks("Text.\n\n" + line + "\n\nMore text.").get(1).sub(), line);
    }
    // Q111743: a number headed again further on is an entry of the contents, not a heading.
    List<Block> toc = blocks("1.0  Printing\n1.1  Conflicts\n\n2.0  Extended Characters\n\n1.0  Printing\n\nText.\n\n"
        + "2.0  Extended Characters\n\nMore text.");
    assertEquals(List.of("1.0 Printing", "2.0 Extended Characters"),
        toc.stream().filter(x -> x.sub() != null).map(x -> x.sub().label()).toList());
    assertNull(toc.get(1).sub());
    // A numbered line right under an underlined heading, in its chunk, is that heading's text.
    List<Block> under = blocks("1.0  Installing\n---------------\n1.1  Setup Requirements\n\nText.");
    assertEquals("1.0  Installing", under.get(0).sub().label());
    assertNull(under.get(1).sub());
  }

  @Test
  void aNumberedHeadingWrappedBackToTheMarginIsOneHeading() {
    // Q156063's 2.1.4 and 4.2, and its 5.7 whose first word is cc:Mail.
    assertEquals("2.1.4 Selecting Which Microsoft Exchange Active Server Components Templates to Use",
        blocks("Text.\n\n2.1.4  Selecting Which Microsoft Exchange Active Server Components\nTemplates to Use\n\nMore text.")
            .get(1).sub().label());
    assertEquals("4.2 Restoring the Public or Private Information Store on a Different Server",
        blocks("4.2  Restoring the Public or Private Information Store on a Different\nServer\n\nText.").get(0).sub().label());
    assertEquals("5.7 cc:Mail Migration", blocks("5.7 cc:Mail Migration\n\n5.7.1  Code Pages\n\nText.").get(0).sub().label());
    // A sentence wrapped (a word of four letters or more in lower case, or a full stop), a long
    // second line, and two entries of a contents (Q111743's 7.0 over 7.1) are none.
    for (String chunk : List.of("3.1 Microsoft Exchange Server should be installed on\nThe Primary Domain Controller",
        "3.1 Microsoft Exchange Server Installed on\nPrimary Domain Controllers.",
        "3.1 Microsoft Exchange Server Installed on\nPrimary Domain Controllers And Backup Domain Controllers Too",
        "7.0  Troubleshooting\n7.1  Troubleshooting Garbled Output")) {
      assertTrue(blocks("Text.\n\n" + chunk + "\n\nMore text.").stream().noneMatch(x -> x.sub() != null), chunk);
    }
  }

  @Test
  void indentedBlocksStayPreformattedAndKeepTheirBlankLines() {
    List<Block> b = blocks("Type the following:\n\n  Event ID 289\n  A connection to\n\n\n     dispinterface _EventSink\n");
    assertEquals(2, b.size());
    assertEquals("  Event ID 289\n  A connection to\n\n\n     dispinterface _EventSink", b.get(1).pre().source());
    assertEquals("<p>Type the following:</p>\n<pre>  Event ID 289\n  A connection to\n\n\n     dispinterface _EventSink</pre>\n",
        html(b));
  }

  @Test
  void theWordBetweenTwoAlternativeItemsIsTextNotCode() {
    // Q177119's shape: "-or-" set under an item's text, between the two items it joins.
    for (String word : List.of("-or-", "- or -", "OR", "-and-")) {
      List<Block> b = blocks("- The user name has a space in it\n\n  " + word + "\n\n- The SYSTEM account has no rights on the folder.");
      assertEquals(1, b.size(), word);
      List<Block.Item> items = b.get(0).list().items();
      assertEquals(2, items.size(), word);
      assertEquals(word, items.get(0).children().get(0).para().source());
    }
    // Any other short line under an item may be a command: it stays preformatted.
    Block.Item step = blocks("1. Type:\n\n   order\n\n2. Restart.").get(0).list().items().get(0);
    assertEquals("   order", step.children().get(0).pre().source());
  }

  @Test
  void linesSetOneUnderAnotherKeepTheirLines() {
    // Q193034's shape: file names one to a line, in text wrapped at 76 columns.
    List<Block> files = blocks("The setup program installs the following files on the computer, in the\n"
        + "system folder:\n\nASYCFILT.DLL\nCOMCAT.DLL\nMSVBVM60.DLL", 76);
    assertEquals(2, files.size());
    assertEquals("The setup program installs the following files on the computer, in the system folder:",
        files.get(0).para().source());
    assertEquals("ASYCFILT.DLL\nCOMCAT.DLL\nMSVBVM60.DLL", files.get(1).pre().source());
    // Q255653's shape: commands under a step.
    Block.Item step = blocks("1. At a command prompt, type the following lines:\n\n   cd c:\\windows\\desktop\n"
        + "   mdac_typ.exe /c /t:c:\\mdactemp\n   exit\n\n2. Restart the computer.", 76).get(0).list().items().get(0);
    assertEquals("   cd c:\\windows\\desktop\n   mdac_typ.exe /c /t:c:\\mdactemp\n   exit", step.children().get(0).pre().source());
    // Q123502's shape: an item's first line, then lines set under it.
    Block.Item ftp = blocks("- Internet (anonymous FTP)\n  ftp ftp.microsoft.com\n  Change to the Softlib/Mslfiles folder.\n"
        + "  Get FILENAME.EXE", 76).get(0).list().items().get(0);
    assertEquals("Internet (anonymous FTP)", ftp.text().source());
    assertEquals("  ftp ftp.microsoft.com\n  Change to the Softlib/Mslfiles folder.\n  Get FILENAME.EXE",
        ftp.children().get(0).pre().source());
  }

  @Test
  void aParagraphKeepsTheBreaksWhereALineWasSetUnderAnother() {
    // Q172540's shape: a label on a line of its own, then a sentence wrapped over three lines.
    String text = "Note\nIf you want to remove the folder for the Windows NT Server Tools (usually\n"
        + "C:\\Srvtools), you must do this by hand after you have removed the tools from\nthe computer.";
    List<Block> b = blocks(text, 78);
    assertEquals("Note\nIf you want to remove the folder for the Windows NT Server Tools (usually C:\\Srvtools), you"
        + " must do this by hand after you have removed the tools from the computer.", b.get(0).para().source());
    assertEquals(true, b.get(0).lines());
    assertEquals("<p class=\"lines\">" + b.get(0).para().source() + "</p>\n", html(b));
    assertEquals(false, blocks("When Setup is finished making the modifications, it restarts the\n"
        + "computer and then runs the Setup program again.", 70).get(0).lines());
    // Most lines set one under another (Q248057's fields), one long enough to look wrapped: kept as written.
    String fields = "Event ID: 7002\nSource: Service Control Manager\nThe TCP/IP NetBIOS Helper service depends on"
        + " the NetworkProvider group and\nno member of this group started.";
    assertEquals(fields, blocks(fields, 76).get(0).pre().source());
  }

  @Test
  void statementsOneUnderAnotherAreCodeThoughAsLongAsWrappedText() {
    // Q28447's BASIC and Q178253's registers (read in the source), at the width of their articles.
    String basic = "VarTable(0).offset=sadd(one$)\nVarTable(0).segment=varseg(one$)\nVarTable(1).offset=sadd(two$)";
    assertEquals(basic, blocks(basic, 60).get(0).pre().source());
    String registers = "eax=00f50000 ebx=00000207 ecx=00000000 edx=00000009 esi=00e40000 edi=00000000\n"
        + "eip=002b7879 esp=00e4fe98 ebp=001d0008 iopl=0 nv up ei pl nz na po nc";
    assertEquals(registers, blocks(registers, 78).get(0).pre().source());
    String calls = "DBSETPROP('RV_TESTTAB', 'View', 'SendUpdates', .T.)\nDBSETPROP('RV_TESTTAB', 'View', 'Tables', 'testtab')";
    assertEquals(calls, blocks(calls, 76).get(0).pre().source());
    // A line wrapped inside parentheses is one statement, not two (Q160053's).
    assertEquals("DEVICE=C:\\EXCHANGE\\SHIVA\\DIALNDIS.EXE (After the line DEVICE=...\\PROTMAN.DOS /i:C:\\LANMAN.DOS)",
        blocks("DEVICE=C:\\EXCHANGE\\SHIVA\\DIALNDIS.EXE (After the line\nDEVICE=...\\PROTMAN.DOS /i:C:\\LANMAN.DOS)", 74)
            .get(0).para().source());
    // A sentence that starts with a function's name is text (Q68574's).
    assertEquals("LineTo() essentially builds one point and calls the same internal function as Polyline().",
        blocks("LineTo() essentially builds one point and calls the same internal function as\nPolyline().", 78)
            .get(0).para().source());
  }

  @Test
  void textWrappedWhereTheNextWordDidNotFitIsJoined() {
    // A list wrapped narrower than the text around it (Q156063): one line under the item is its text.
    Block.Item four = blocks("4. Double-click Guest, and clear the Account Disabled\n   check box.", 74)
        .get(0).list().items().get(0);
    assertEquals("Double-click Guest, and clear the Account Disabled check box.", four.text().source());
    // Lines that each ran to the width, and a line broken after its hyphen, are wrapped prose.
    assertEquals("When Setup is finished making the modifications, it restarts the computer and then runs the"
        + " Setup program again.", blocks("When Setup is finished making the modifications, it restarts the\n"
        + "computer and then runs the Setup program again.", 70).get(0).para().source());
    assertEquals("Run the self-extracting file.", blocks("Run the self-\nextracting file.", 70).get(0).para().source());
    // With no width to tell by (0), every line break is taken for a wrap, as before.
    assertEquals("ASYCFILT.DLL COMCAT.DLL", blocks("ASYCFILT.DLL\nCOMCAT.DLL", 0).get(0).para().source());
  }

  @Test
  void theWidthIsWhatFourInFiveRunOnLinesDoNotExceed() {
    String line70 = "x".repeat(70);
    String line60 = "x".repeat(60);
    // Runs of lines; a rule, a trailer line wider than 80 columns, indented and last lines do not count.
    List<String> lines = List.of(line60, line70, line70, line70, line70, "-".repeat(78), "Technology : " + "kb ".repeat(30),
        "  " + "y".repeat(78), line70, "", "short last line");
    assertEquals(70, TextBlocks.width(lines));
    assertEquals(60, TextBlocks.width(List.of(line60, line60, line60, line60, line70, line70, "")));
    // Too few lines to tell by: the narrowest the archive wrapped at, so that a short page's lines
    // set one under another stay so (ARTICLE-ID: Q123661 over TITLE : ..., 812 in the archive).
    assertEquals(60, TextBlocks.width(List.of(line70, line70, line70, line70, "")), "too few lines to tell by");
    List<String> shortPage = List.of("For additional information about this issue, please see the following article in",
        "the Microsoft Knowledge Base:", "", "ARTICLE-ID: Q123661", "TITLE : Access Is Denied When the Service Starts", "");
    List<Block> cited = blocks("ARTICLE-ID: Q123661\nTITLE : Access Is Denied When the Service Starts", TextBlocks.width(shortPage));
    assertTrue(cited.stream().noneMatch(x -> x.para() != null && x.para().source().contains("Q123661 TITLE")), cited.toString());
    // An article of steps, its text indented under their markers (Q82470's): the indented lines
    // wrapped at the same margin tell the width, and its list of files is not a wrap.
    String in78 = "  " + "y".repeat(76);
    List<String> steps = List.of("3. " + "z".repeat(75), in78, in78, in78, in78, "  wave files:", "", "  DING.WAV",
        "  CHORD.WAV", "");
    assertEquals(78, TextBlocks.width(steps));
    assertEquals("  DING.WAV\n  CHORD.WAV",
        blocks("3. Check the folder for the following\n  wave files:\n\n  DING.WAV\n  CHORD.WAV", TextBlocks.width(steps))
            .get(0).list().items().get(0).children().get(0).pre().source());
    // Records at the margin (Q117421's "Model: Sonia" / "Phone: (510) 651-4823" ...) do not make
    // the width theirs: every line break would be a wrap.
    List<String> records = List.of("Model: Sonia", "Phone: (510) 651-4823", "Warranty: 1 Yr.",
        "Computer Interface: 16-bit ISA (AT) only", "IRQ's Above 7 Supported: Yes", "DMA Channels: 1, 3", "");
    assertEquals(60, TextBlocks.width(records));
    List<Block> b = blocks("Phone: (510) 651-4823\nWarranty: 1 Yr.", TextBlocks.width(records));
    assertTrue(b.stream().noneMatch(x -> x.para() != null && x.para().source().contains("4823 Warranty")), b.toString());
  }

  @Test
  void numberedStepsKeepTheirNumbersWrappedTextAndNestedBlocks() {
    List<Block> b = blocks("1. Click Start, point to Programs, and then\n"
        + "   click Command Prompt. Type:\n\n"
        + "      net stop spooler\n\n"
        + "   Then press ENTER.\n\n"
        + "2. Restart the computer.");
    assertEquals(1, b.size());
    Block.ListBlock list = b.get(0).list();
    assertEquals(true, list.ordered());
    assertEquals(2, list.items().size());
    Block.Item first = list.items().get(0);
    assertEquals("1.", first.marker());
    assertEquals("Click Start, point to Programs, and then click Command Prompt. Type:", first.text().source());
    assertEquals("      net stop spooler", first.children().get(0).pre().source());
    assertEquals("Then press ENTER.", first.children().get(1).para().source());
    assertEquals("2.", list.items().get(1).marker());
    assertEquals("Restart the computer.", list.items().get(1).text().source());
  }

  @Test
  void bulletsNestByIndent() {
    List<Block> b = blocks("Do the following:\n- Item one\n   - nested a\n   - nested b\n- Item two");
    assertEquals("Do the following:", b.get(0).para().source());
    Block.ListBlock list = b.get(1).list();
    assertEquals(false, list.ordered());
    assertEquals(List.of("Item one", "Item two"), list.items().stream().map(i -> i.text().source()).toList());
    Block.ListBlock nested = list.items().get(0).children().get(0).list();
    assertEquals(List.of("nested a", "nested b"), nested.items().stream().map(i -> i.text().source()).toList());
    assertNull(nested.items().get(0).marker());
  }

  @Test
  void aBulletListInsideANumberedItemShowsNoNumbers() {
    String html = html(blocks("1. Check these:\n\n   - cables\n   - power\n\n2. Restart."));
    assertEquals("<ol>\n<li><span class=\"marker\">1.</span> Check these:<ul>\n<li>cables</li>\n<li>power</li>\n"
        + "</ul>\n</li>\n<li><span class=\"marker\">2.</span> Restart.</li>\n</ol>\n", html);
  }

  @Test
  void unclearShapesStayPreformatted() {
    // Columns of a table, and a list whose next line falls back left of its marker.
    assertNotNull(blocks("Host        SNA Server\nALPHA       x86").get(0).pre());
    assertNotNull(blocks("   - one\n  two").get(0).pre());
    // A single indented line under an item that does not read as a sentence: a command.
    Block.Item item = blocks("- Run:\n\n  setup /a").get(0).list().items().get(0);
    assertEquals("  setup /a", item.children().get(0).pre().source());
  }

  @Test
  void dashUnderlinedLinesAreSubHeadingsWithAnchors() {
    List<Block> b = blocks("Steps to Reproduce Behavior\n---------------------------\n\n1. Start Word.");
    assertEquals("s-steps-to-reproduce-behavior", b.get(0).sub().id());
    assertEquals("Steps to Reproduce Behavior", b.get(0).sub().label());
    assertEquals("<h3 id=\"s-steps-to-reproduce-behavior\">Steps to Reproduce Behavior"
        + "<a class=\"self\" href=\"#s-steps-to-reproduce-behavior\" aria-hidden=\"true\" tabindex=\"-1\"></a></h3>\n", html(b.subList(0, 1)));
    assertNotNull(b.get(1).list());
  }

  @Test
  void anUnderlineAFewDashesOffIsStillOne() {
    // Q83502 and Q135896 typed their underlines by hand: one to three dashes too many or too few.
    assertEquals("MS-DOS Screen Savers",
        blocks("MS-DOS Screen Savers\n---------------------\n\nIf you are using one.").get(0).sub().label());
    assertEquals("Differences Between Windows NT 3.1 and 3.5x",
        blocks("Differences Between Windows NT 3.1 and 3.5x\n------------------------------------------\n\nText.")
            .get(0).sub().label());
    // Four off is a rule under a line, and a list item over dashes a list closed by a rule.
    assertNull(blocks("Compaq Aero\n---------------\n\nText.").get(0).sub());
    assertNull(blocks("- Microsoft Mail, versions 3.0 and 3.1\n----------------------------------------\n\nText.")
        .get(0).sub());
  }

  @Test
  void aHeadingThatWrappedBeforeItsUnderlineIsOneHeading() {
    // Q86357's 9.1: the rule as long as the first line.
    List<Block> b = blocks("9.1  Installing Display Adapters by Following the Manufacturer's\nInstructions\n"
        + "-".repeat(64) + "\n\nIf the manufacturer's instructions differ, follow them.");
    assertEquals("9.1 Installing Display Adapters by Following the Manufacturer's Instructions", b.get(0).sub().label());
    assertEquals("If the manufacturer's instructions differ, follow them.", b.get(1).para().source());
    // Q139508's: the rule as long as both lines; and after code, it does not join the code's block.
    b = blocks("  nmake /f sample.mak\n\nI. Clients and Servers Interoperation with\n"
        + "Screening Routers (Client knows the address)\n" + "-".repeat(86) + "\n\nText.");
    assertEquals("  nmake /f sample.mak", b.get(0).pre().source());
    assertEquals("I. Clients and Servers Interoperation with Screening Routers (Client knows the address)",
        b.get(1).sub().label());
    // A sentence over a rule is no heading, nor are labels over a drawing's rules (Q198295's).
    assertNull(blocks("This is the end of the first part of the text, which\nis now done.\n" + "-".repeat(52)
        + "\n\nText.").get(0).sub());
    assertNull(blocks("Framing Bar           \nChecksum\n-----------\n--------\n|    8").get(0).sub());
  }

  @Test
  void aRegistryOrIniFileAtTheMarginKeepsItsLines() {
    // Q190059's .reg text and Q136995's INI section, set at the margin like the prose around them.
    String reg = "[HKEY_LOCAL_MACHINE\\SOFTWARE\\ODBC\\odbc.ini\\CertSrv]\n\"Driver\"=\"C:\\\\WINNT\\\\System32\\\\odbcjt32.dll\"\n"
        + "\"DriverId\"=dword:00000019";
    List<Block> b = blocks("Save this as a .reg file:\n\n" + reg + "\n\nThen run it.");
    assertEquals(reg, b.get(1).pre().source());
    String ini = "[Application]\n\"56592553\"=1,MYDATA.DB$,,,,,,,,!READONLY,,MYDATA.DBF,,,,234738,,,,,VITAL\n"
        + "\"56592734\"=1,56600245.001,,,,,,,,!READONLY,,MYDATA.FPT,,,,727040,,,,,VITAL";
    assertEquals(ini, blocks(ini).get(0).pre().source());
    // A sentence with a bracket and an equals sign in it is a sentence.
    assertNotNull(blocks("[Optional] Set the value so that Count=5 holds\nfor every user of the program.").get(0).para());
  }

  @Test
  void aSettingAloneKeepsItsSpacing() {
    // Q86357's CONFIG.SYS line, between paragraphs: as written, its spaces kept.
    List<Block> b = blocks("Add this line:\n\ndevice=EMM386.EXE  NOEMS X=C600-C7FF\n\nThen restart.");
    assertEquals("device=EMM386.EXE  NOEMS X=C600-C7FF", b.get(1).pre().source());
    // One that goes on as a sentence is a sentence.
    assertNotNull(blocks("x=5 is the answer the program gives.").get(0).para());
    // So is a command alone with its switches (Q130874's, under an item; Q106399's), read by hand.
    List<Block> item = blocks("- The online help for each command, by typing \"/?\". For example:\n\n  NET VIEW /?\n\n"
        + "  For PING help, type the command alone.");
    assertEquals("  NET VIEW /?", item.get(0).list().items().get(0).children().get(0).pre().source(), html(item));
    assertNotNull(blocks("C:\\MASM611A\\BIN\\ML.EXE /c /Cx /coff $(InputPath)").get(0).pre());
    assertNotNull(blocks("NET VIEW /? lists the commands it takes.").get(0).para());
  }

  @Test
  void aRegistryKeyAloneIsCode() {
    // Q181022's and Q148943's shape (read by hand): a key alone on its line at the margin, between
    // the sentence that leads into it and the next, is what a reader finds in Registry Editor.
    List<Block> b = blocks("Go to the following key:\n\n\\HKLM\\SYSTEM\\CurrentControlSet\\Services\\Parallel\\Parameters\n\n"
        + "Then add a value.");
    assertEquals("\\HKLM\\SYSTEM\\CurrentControlSet\\Services\\Parallel\\Parameters", b.get(1).pre().source(), html(b));
    // A placeholder in lower case is part of the key; a key that goes on as a sentence is a sentence.
    assertNotNull(blocks("HKEY_LOCAL_MACHINE\\System\\CurrentControlSet\\Services\\<service name>").get(0).pre());
    assertNotNull(blocks("HKEY_LOCAL_MACHINE\\Cluster\\Quorum\\CheckpointInterval (default value is 4 hours).").get(0).para());
    // Q196051's and Q123791's keys, wrapped under an item and at the margin: one key each, joined, at the
    // indent of its first line as code under an item is.
    List<Block> item = blocks("1. Go to the following subkey:\n\n  HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\n"
        + "  \\NwRdr\\Parameters\n\n2. Add a value.");
    assertEquals("  HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\NwRdr\\Parameters",
        item.get(0).list().items().get(0).children().get(0).pre().source(), html(item));
    assertEquals("HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\DLC\\Parameters\\AdapterName\\UseDixOverEthernet",
        blocks("HKEY_LOCAL_MACHINE\\SYSTEM\n   \\CurrentControlSet\\Services\\DLC\\Parameters\\AdapterName\n"
            + "     \\UseDixOverEthernet").get(0).pre().source());
    // Q165324's key broken after a name with a space in it, and one broken after a backslash.
    assertEquals("HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Exchange\\Exchange Provider\\Rpc_Svr_Binding_Order.",
        blocks("HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Exchange\\Exchange Provider\n   \\Rpc_Svr_Binding_Order.").get(0).pre().source());
    assertEquals("HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft",
        blocks("HKEY_LOCAL_MACHINE\\SOFTWARE\\\n  \\Microsoft").get(0).pre().source());
    // Q235173's key broken after its backslash; Q185193's, whose " _" the article says marks a
    // line that goes on, stays as set.
    assertEquals("HKEY_LOCAL_MACHINE\\System\\CurrentControlSet\\Services\\SMS_NT_Logon_Discovery_Agent",
        blocks("HKEY_LOCAL_MACHINE\\System\\CurrentControlSet\\Services\\\nSMS_NT_Logon_Discovery_Agent").get(0).pre().source());
    assertFalse(CodeLines.wrappedKey(List.of("  HKEY_CLASSES_ROOT\\INTERFACE\\{<Server ClsId>} _",
        "  \\ProxyStubClsid\\{00020420-0000-0000-c000-00000000046}"), new boolean[] {true}));
    // Q123791's key whose next line goes on without a backslash, over a value: as set.
    assertFalse(CodeLines.wrappedKey(List.of("  HKEY_LOCAL_MACHINE\\SYSTEM",
        "  CurrentControlSet\\Services\\DLCLinkServiceName\\Parameters\\ExtraParameters", "  Frametype:REG_DWORD:number"),
        new boolean[2]));
    // A sentence that starts with the root's name is no key.
    assertNotNull(blocks("HKEY_LOCAL_MACHINE holds the settings of the computer.").get(0).para());
    // Q271758's keys, wrapped at a space inside a name where the line reached the margin: joined
    // with the space. Q123791's, broken by its writer far short of the margin: as set. Q150959's
    // with slashes for backslashes.
    List<Block> spaced = blocks("Remove the following key:\n\n"
        + "  HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\Network\n"
        + "  Associates Exchange AV Client\n\n"
        + "  HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\App\n  Paths\\AVExch32.exe", 79);
    assertEquals("  HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\Network Associates Exchange AV Client"
        + "\n\n  HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\App Paths\\AVExch32.exe",
        spaced.get(1).pre().source(), html(spaced));
    String written = "  HKEY_LOCAL_MACHINE\\SYSTEM\n  CurrentControlSet\\Services\\DLCLinkServiceName\\Parameters\\ExtraParameters";
    assertEquals(written, blocks("Add the value to this key:\n\n" + written, 79).get(1).pre().source());
    // A CLSID's key wrapped after a hyphen (helper-66's review): joined with no space.
    assertEquals("  HKEY_LOCAL_MACHINE\\SOFTWARE\\Classes\\CLSID\\{00020820-0000-0000-C000-000000000046}\\InprocServer32",
        blocks("Find this key:\n\n  HKEY_LOCAL_MACHINE\\SOFTWARE\\Classes\\CLSID\\{00020820-0000-0000-C000-\n"
            + "  000000000046}\\InprocServer32", 79).get(1).pre().source());
    assertEquals("  HKEY_LOCAL_MACHINE/SYSTEM/CurrentControlSet/Services/Snaservr/Parameters/",
        blocks("Go to:\n\n  HKEY_LOCAL_MACHINE/SYSTEM/CurrentControlSet/Services/Snaservr\n  /Parameters/", 79).get(1).pre().source());
  }

  @Test
  void starredLinesAmongCodeAreCommentsNotBullets() {
    // Q275566's and Q139626's shape: a program whose comment lines start with "*", in chunks of
    // their own between the chunks of code at the same indent.
    String code = "  * MYAPP.CFG, made by the builder\n  * for the sample project\n\n  SCREEN = OFF\n"
        + "  TITLE = Sample\n\n  * Change this to suit:\n  * TMPFILES = C:\\TEMP";
    List<Block> b = blocks("The builder writes this file:\n\n" + code);
    assertEquals(2, b.size());
    assertEquals(code, b.get(1).pre().source());
    // Q129314's: the program is under a list item. Q139626's: its comment further in than its code.
    List<Block> item = blocks("- How to send messages to the object.\n\n  * Program start.\n  * Set up the screen.\n\n"
        + "  ACTIVATE SCREEN\n  CLEAR", 76).get(0).list().items().get(0).children();
    assertEquals(1, item.size());
    assertEquals("  * Program start.\n  * Set up the screen.\n\n  ACTIVATE SCREEN\n  CLEAR", item.get(0).pre().source());
    List<Block> step = blocks("a. Enter the following code:\n\n        * The first line is already there.\n\n"
        + "     LPARAMETERS oSource", 76).get(0).list().items().get(0).children();
    assertEquals(1, step.size());
    assertEquals("        * The first line is already there.\n\n     LPARAMETERS oSource", step.get(0).pre().source());
  }

  @Test
  void starredLinesThatAreCodeThemselvesStayCode() {
    // Q177092: HTML lines an article marks with "*" as added, after a line indented further.
    String added = "     * <dl>\n     *  <dt><b><a HREF=\"00000001.htm\">Test</a></b></dt>\n     *  </dl>";
    List<Block> b = blocks("The file then reads:\n\n      <body>\n\n" + added + "\n\nAnd so on.");
    assertEquals("      <body>\n\n" + added, b.get(1).pre().source());
  }

  @Test
  void starredLinesBesideProseStayBullets() {
    List<Block> b = blocks("Try these:\n\n* Check the cable.\n* Restart the computer.\n\nIf it still fails, call us.");
    assertEquals(List.of("Check the cable.", "Restart the computer."),
        b.get(1).list().items().stream().map(i -> i.text().source()).toList());
    // Under an item, beside a paragraph of that item, and beside a list of another kind.
    List<Block> step = blocks("1. Do the following:\n\n   * Open Control Panel.\n   * Double-click Network.\n\n"
        + "   Then restart the computer and log on again as a user with the rights to\n"
        + "   change the settings.\n\n   - Another list.").get(0).list().items().get(0).children();
    assertEquals(List.of("Open Control Panel.", "Double-click Network."),
        step.get(0).list().items().stream().map(i -> i.text().source()).toList());
    assertNotNull(step.get(1).para());
  }

  @Test
  void codeUnderAnItemStaysCodeThoughItsLinesRunOn() {
    // Q193538's RTF under a step: lines as long as the text's, but braces and backslashes.
    String rtf = "    {\\stylesheet{\\s242\\tqc\\tx4320\\tqr\\tx8640 \\fs20\\lang1033\n"
        + "    \\sbasedon0\\snext242 footer;}{\\s243\\tqc\\tx4320\\tqr\\tx8640\n"
        + "    \\fs20\\lang1033 \\sbasedon0\\snext243 header;}}";
    List<Block> step = blocks("7. The following is a sample style definition in RTF format:\n\n" + rtf, 76)
        .get(0).list().items().get(0).children();
    assertEquals(rtf, step.get(0).pre().source());
    // A long path wrapped over two lines under a step is still joined.
    List<Block> path = blocks("2. Delete the following file:\n\n    <Drive>:\\Program Files\\Common Files\\Microsoft Shared\\Web Server\n"
        + "    Extensions\\50\\Bin\\Fpexedll.dll", 76).get(0).list().items().get(0).children();
    assertEquals("<Drive>:\\Program Files\\Common Files\\Microsoft Shared\\Web Server Extensions\\50\\Bin\\Fpexedll.dll",
        path.get(0).para().source());
  }

  @Test
  void unindentedCodeIsNoParagraph() {
    // Q35295's and Q28447's: code set at the margin, lines short enough to look wrapped.
    assertEquals("#include <dos.h>\n#include <stdio.h>", blocks("#include <dos.h>\n#include <stdio.h>").get(0).pre().source());
    assertEquals("one$=\"Joe\"+chr$(0)\ntwo$=\"Smith\"+chr$(0)",
        blocks("one$=\"Joe\"+chr$(0)\ntwo$=\"Smith\"+chr$(0)").get(0).pre().source());
    // One symbol is not code: a label, a sentence.
    assertEquals("CASE #1:", blocks("CASE #1:").get(0).para().source());
  }

  @Test
  void linesUnderAnItemWithATabbedOrAnOverlongLineAreNoParagraph() {
    // Q234545's: a body indented by a tab after the item's indent.
    String sub = "  Sub Main()\n  \tPrint Now\n  End Sub";
    assertEquals(sub, blocks("2. Add the following:\n\n" + sub, 76).get(0).list().items().get(0).children().get(0).pre().source());
    // Q251329's: a line wider than the text was wrapped at was never wrapped.
    String consts = "  Const SQL = \"SELECT Customers.CustomerID, Customers.CompanyName FROM Customers ORDER BY 1\"\n"
        + "  Const Other = \"SELECT Orders.OrderID FROM Orders\"";
    assertEquals(consts, blocks("3. Add the following:\n\n" + consts, 76).get(0).list().items().get(0).children().get(0).pre().source());
  }

  @Test
  void anItemsTextWrappedToTheMarginGoesOnWithTheItem() {
    // Q276355's steps: the wrapped lines start at the margin, under the number.
    List<Block> b = blocks("1. Start the Active Directory Users and Computers MMC snap-in.\n\n"
        + "2. On the View menu, make sure that a check mark appears next to the Advanced\nFeatures command.\n\n"
        + "3. Click Add.", 76);
    assertEquals(1, b.size());
    assertEquals(List.of("Start the Active Directory Users and Computers MMC snap-in.",
        "On the View menu, make sure that a check mark appears next to the Advanced Features command.", "Click Add."),
        b.get(0).list().items().stream().map(i -> i.text().source()).toList());
  }

  @Test
  void aLineAtTheMarginAfterAnItemIsNotAlwaysItsText() {
    // A number that starts a line because the sentence wrapped: prose (Q191013).
    List<Block> prose = blocks("You need all files if you want to use the Readme.htm to access Service Pack\n"
        + "1. The Readme.rtf and Readme.htm will refer to these files.", 76);
    assertNotNull(prose.get(0).para());
    // A starred comment over code that does not end as a sentence does (Q174524's).
    assertNull(blocks("* return the number of bytes read from the file that was opened\nRETURN LEN(hurl.memo)", 76).get(0).list());
    // A line that ends short of the width is not wrapped text.
    assertNull(blocks("- Close all unnecessary applications.\nThen restart the computer.", 76).get(0).list());
  }

  /** Three paragraphs set typewriter fashion, as the 1988 pages are: the second and third start indented. */
  private static final String TYPEWRITER = "The driver may fail to load when the disk organizer program is\n"
        + "started first, because both of them claim the same block of memory\n"
        + "at startup.\n"
        + "   To avoid this problem, change the order in which the two programs\n"
        + "are started so that the driver loads first. If the organizer must\n"
        + "load first, load the driver after it.\n"
        + "   This workaround has helped in most of the reported cases, but it\n"
        + "is not guaranteed to work with every version of the organizer.\n";

  @Test
  void paragraphsStartingWithAnIndentedLineAreParagraphs() {
    // The 1988 pages' typewriter layout: a paragraph's first line set in three spaces, the rest at
    // the margin, often with no blank line before it; a sentence alone at that indent is a
    // paragraph too, once the article has shown the indent twice.
    List<Block> b = blocks(TYPEWRITER
        + "\n"
        + "   The following example shows the change:\n"
        + "\n"
        + "    DEVICE=C:\\DRIVER.SYS /X");
    assertEquals(List.of("para", "para", "para", "para", "pre"), kinds(b));
    assertEquals("To avoid this problem, change the order in which the two programs are started so that the"
        + " driver loads first. If the organizer must load first, load the driver after it.", b.get(1).para().source());
    assertEquals("The following example shows the change:", b.get(3).para().source());
    assertEquals("    DEVICE=C:\\DRIVER.SYS /X", b.get(4).pre().source());
  }

  @Test
  void inAnArticleWhoseParagraphsStartIndentedAnItemsTextWrapsToTheMargin() {
    String paragraphs = TYPEWRITER + "\n";
    String list = "   1. The driver has been loaded but never started.\n"
        + "   2. The driver has been started twice by the same program.\n"
        + "   3. The driver has been started by a program outside of the block it\n"
        + "controls.";
    List<Block> b = blocks(paragraphs + list);
    Block.ListBlock items = b.get(b.size() - 1).list();
    assertNotNull(items, kinds(b).toString());
    assertEquals("The driver has been started by a program outside of the block it controls.",
        items.items().get(2).text().source());
    // Without the article's indent to go by, the line at the margin is no item's text.
    assertEquals(List.of("pre"), kinds(blocks(list, 72)));
  }

  @Test
  void aNoteAtTheMarginBetweenTwoSubStepsStaysInTheirStep() {
    // Q185058's shape: lettered steps under step 3, a note at the margin after a., then b.: the
    // note is a.'s, as one between two numbered steps is the first's, and the letters one list.
    String steps = "1. Click To.\n\n"
        + "2. Click New, and then do the following:\n\n"
        + "  a. To save the number, click Fax Address in the Entry Type box.\n\n"
        + "NOTE: For this method, you must have a Personal Address Book.\n\n"
        + "  b. To use the number once, click In This Message Only.\n\n"
        + "3. Click Send.\n";
    List<Block> b = blocks(steps, 76);
    assertEquals(List.of("list"), kinds(b));
    List<Block.Item> items = b.get(0).list().items();
    assertEquals(3, items.size());
    List<Block> under = items.get(1).children();
    assertEquals(List.of("list"), kinds(under));
    List<Block.Item> letters = under.get(0).list().items();
    assertEquals(List.of("a.", "b."), markers(letters));
    assertEquals("NOTE: For this method, you must have a Personal Address Book.",
        letters.get(0).children().get(0).para().source());
    // Lettering that starts again (a. after a.) is another list: the text between ends the first;
    // both are step 2's, as the procedure goes on with 3.
    String again = steps.replace("  b. To use", "  a. To use");
    List<Block> restarted = blocks(again, 76);
    assertEquals(List.of("list"), kinds(restarted));
    List<Block> step2 = restarted.get(0).list().items().get(1).children();
    assertEquals(List.of("list", "para", "list"), kinds(step2));
    assertEquals("a.", step2.get(2).list().items().get(0).marker());
    // A note between a step ending with a colon and the list it leads into (Q271758's WARNING).
    List<Block> led = blocks("1. Click To.\n\n"
        + "2. To remove the program, follow these steps:\n\n"
        + "WARNING: Using the raw mode incorrectly can cause serious problems.\n\n"
        + "  a. Start the Administrator program.\n\n"
        + "3. Click Send.\n", 76);
    assertEquals(List.of("list"), kinds(led));
    assertEquals(3, led.get(0).list().items().size());
    assertEquals(List.of("para", "list"), kinds(led.get(0).list().items().get(1).children()));
    // Without the colon too, as the procedure goes on with 3: what comes between is step 2's.
    List<Block> between = blocks("1. Click To.\n\n2. Remove the program.\n\nWARNING: Using the raw mode incorrectly can cause serious problems.\n\n"
        + "  a. Start the Administrator program.\n\n3. Click Send.\n", 76);
    assertEquals(List.of("list"), kinds(between));
    assertEquals(List.of("para", "list"), kinds(between.get(0).list().items().get(1).children()));
    // Without a step 3 after them, the note ends the list.
    assertEquals(List.of("list", "para", "list"),
        kinds(blocks("1. Click To.\n\n2. Remove the program.\n\nWARNING: Using the raw mode incorrectly can cause serious problems.\n\n"
            + "  a. Start the Administrator program.\n", 76)));
  }

  @Test
  void aParagraphAtTheMarginBetweenTwoBulletsEndsTheirList() {
    // A bullet has no number to say the list goes on (helper-56): a paragraph ends it, a note or
    // a single line between two bullets does not.
    String between = "- One:\n\n  - a\n\n%s\n\n  - b\n";
    assertEquals(List.of("list", "para", "list"),
        kinds(blocks(String.format(between, "This paragraph starts the next topic of the article, and it goes on to say\nmore."), 76)));
    assertEquals(List.of("list"), kinds(blocks(String.format(between, "NOTE: This applies to both, and it goes on\nfor a second line."), 76)));
    assertEquals(List.of("list"), kinds(blocks(String.format(between, "-or-"), 76)));
  }

  @Test
  void aListUnderAStepNestsWhatIsSetInUnderItsItems() {
    // Q271758's shape (helper-56's reduction): under step 1, a note, lettered steps, and bullets
    // set in under b.; the bullets are b.'s, and c. goes on with a. and b.
    List<Block> b = blocks("1. Do the following:\n\n"
        + "NOTE: Read this first.\n\n"
        + "  a. First.\n\n"
        + "  b. Stop these services:\n\n"
        + "      - Alpha\n"
        + "      - Beta\n\n"
        + "  c. Third.\n", 80);
    assertEquals(List.of("list"), kinds(b));
    List<Block> under = b.get(0).list().items().get(0).children();
    assertEquals(List.of("para", "list"), kinds(under));
    List<Block.Item> lettered = under.get(1).list().items();
    assertEquals(List.of("a.", "b.", "c."), markers(lettered));
    assertEquals(List.of("Alpha", "Beta"), lettered.get(1).children().get(0).list().items().stream()
        .map(i -> i.text().source()).toList());
  }

  @Test
  void entriesOneUnderAnotherKeepTheirLines() {
    // Q180417's values under a step: each names a value, a dash, what it must match. The second
    // is long enough that the third's first word would not have fitted after it, but no wrap.
    Block.Item item = blocks("e. Verify that the following three values match the names found above:\n\n"
        + "  Enterprise - (Must match the organization name)\n"
        + "  Site - (Must match the site in which the server is located)\n"
        + "  Server - (Must match the server to which you are connecting)\n", 72).get(0).list().items().get(0);
    assertEquals("  Enterprise - (Must match the organization name)\n  Site - (Must match the site in which the server is located)\n"
        + "  Server - (Must match the server to which you are connecting)", item.children().get(0).pre().source());
    // A sentence with a dash in it still wraps.
    assertEquals(List.of("para"), kinds(blocks("The Setup program - which is on the first disk - copies the files that the\n"
        + "server needs to the disk you choose.", 76)));
  }

  @Test
  void aSentenceSetInUnderAParagraphEndsTheArticlesTextAsAParagraph() {
    // Q32226's shape: a paragraph at the margin, then one sentence set in three spaces, the
    // article showing no indent before; the paragraph breaks where its text wrapped.
    List<Block> b = blocks("The Cancel command clears the buffer of keys typed ahead. This is a\n"
        + "feature of the editor and is not considered a problem.\n"
        + "   Cancel is mapped to the ESC key in the default keyboard setup.\n", 70);
    assertEquals(List.of("para", "para"), kinds(b));
    assertEquals("Cancel is mapped to the ESC key in the default keyboard setup.", b.get(1).para().source());
    // Under a colon, what is set in is what the line introduces; under a screen's bullet, its text.
    assertEquals(List.of("pre"), kinds(blocks("When you start the program, you receive the following message:\n"
        + "     The file cannot be found in the directory given.\n", 70)));
    assertEquals(List.of("pre"), kinds(blocks("<B7> To continue, press ENTER.\n"
        + "  Setup will attempt to detect the devices in your computer.\n", 70)));
  }

  @Test
  void anIndentedLineIsNoParagraphStartWhereCodeOrLayoutSaysOtherwise() {
    // Under a line that ends no sentence: a program's body, though it runs to the width.
    assertEquals(List.of("pre"), kinds(blocks("IF (x) THEN\n"
        + "  PRINT \"The operation failed. The error number returned is: \"; x\nELSE\n  PRINT \"Done.\"\nEND IF", 72)));
    // A line that ends as code does.
    assertEquals(List.of("pre"), kinds(blocks("The call is made as follows.\n"
        + "   result = OpenTheFileForReadingAndWriting(name, mode, share, flags)\nnext", 72)));
    // With no indent shown twice, a sentence alone at an indent stays as written.
    assertEquals(List.of("para", "pre"), kinds(blocks("This text stands at the margin.\n\n   The following example shows the change:", 72)));
  }

  @Test
  void commentLinesOfAProgramStayAsWritten() {
    // BASIC's REM lines run to the width as a sentence does (Q31170), and so do quoted comments.
    assertEquals(List.of("pre"), kinds(blocks("REM This sample shows how the error is reported when the block of\n"
        + "REM code is not closed before the end of the procedure that holds it.", 72)));
    assertEquals(List.of("pre"), kinds(blocks("'This program reads the vector table in low memory and prints the\n"
        + "'address of the interrupt handler that you ask for.", 72)));
    // Lines that start with different marks are no one comment.
    assertEquals(List.of("para"), kinds(blocks("REM is the statement that starts a comment in a BASIC program, and\n"
        + "// starts one in a C++ program.", 72)));
  }

  private static List<String> markers(List<Block.Item> items) {
    return items.stream().map(Block.Item::marker).toList();
  }

  private static List<String> kinds(List<Block> blocks) {
    return blocks.stream().map(b -> b.para() != null ? "para" : b.pre() != null ? "pre" : b.list() != null ? "list" : "other")
        .toList();
  }

  private static final Pattern COLUMN_GAP = Pattern.compile("\t|\\S {3,}\\S");
  private static final Pattern SECTION_NUMBER = Pattern.compile("^\\d+(?:\\.\\d+)*\\.?\\s+");

  /** The checks run before or instead of a regex give what the regex gave. */
  @Property(tries = 3000)
  void columnGapAndSectionNumberChecksAreTheirRegexes(@ForAll("lines") String line) {
    assertEquals(COLUMN_GAP.matcher(line).find(), TextBlocks.shaped(line));
    assertEquals(SECTION_NUMBER.matcher(line).replaceFirst(""), SubHeadings.withoutSectionNumber(line));
  }

  @Provide
  Arbitrary<String> lines() {
    return Arbitraries.oneOf(
        Arbitraries.strings().withChars("ab19. \t\n").ofMaxLength(20),
        Arbitraries.strings().all().ofMaxLength(20));
  }
}
