package org.kbsite.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import org.kbsite.TestPaths;
import org.kbsite.model.AppliesTo;
import org.kbsite.model.Article;
import org.kbsite.model.KbId;
import org.kbsite.model.SectionKind;
import org.kbsite.model.Trailer;
import org.kbsite.model.Version;
import org.kbsite.parse.PageException;
import org.kbsite.parse.PageParser;
import org.junit.jupiter.api.Test;

/** Header fields of real archive pages, with values read off the pages by hand. */
class ArticleFieldsTest {
  static Article corpusArticle(int number) throws IOException, PageException {
    String text = Files.readString(TestPaths.corpusPage(number));
    return ArticleExtractor.extract(PageParser.parse("kb/Q" + number, text));
  }

  @Test
  void exchangeArticleWithEventsAndWorkaround() throws Exception {
    Article a = corpusArticle(158279);
    assertEquals(new KbId(158279), a.id());
    assertEquals("XCON: Dynamic RAS Connector Cannot Deliver Mail", a.title());
    assertEquals(List.of("XCON"), a.tags());
    assertEquals(List.of("Microsoft Exchange"), a.products());
    assertEquals("winnt:4.0", a.versionsRaw());
    // The platform in its one spelling; the header as written in versionsRaw.
    assertEquals(List.of(new Version("WINNT", "4.0")), a.versions());
    assertEquals(List.of(), a.os());
    assertEquals(List.of("kbusage"), a.keywords());
    assertEquals(LocalDate.of(1999, 4, 9), a.lastModified());
    assertEquals(List.of(new AppliesTo("Microsoft Exchange Server, version 4.0", 0)), a.appliesTo());
    assertEquals(List.of("SYMPTOMS", "WORKAROUND"),
        a.body().sections().stream().map(s -> s.heading()).toList());
    assertEquals("Use the same MTA name as the Microsoft Exchange Server name.",
        a.section(SectionKind.WORKAROUND).text());
    assertEquals("Tradchin", a.additionalQueryWords());
    assertEquals(List.of("kbExchangeSearch", "kbExchange400", "kbZNotKeyword2"), a.trailer().technology());
    assertEquals("/kb/158/Q158279/", a.permalink());
  }

  @Test
  void programmersLibraryPageHasOsAndPipeGroupsAndNoSections() throws Exception {
    Article a = corpusArticle(47226);
    assertEquals("_makepath() and _splitpath Examples Are Incomplete", a.title());
    // "Product(s): See article"; the keyword mspl13_c names the library.
    assertEquals(List.of("Programmer's Library: C"), a.products());
    assertEquals("5.00 5.10 | 5.00 5.10", a.versionsRaw());
    // Each pipe group is the versions of the system in the same place of the OS field.
    assertEquals(List.of(new Version("MS-DOS", "5.00"), new Version("MS-DOS", "5.10"), new Version("OS/2", "5.00"),
        new Version("OS/2", "5.10")), a.versions());
    assertEquals(List.of("MS-DOS", "OS/2"), a.os());
    // Q39976: "4.00 5.x | 5.10" over "MS-DOS | OS/2"; Q40868: "6.00 6.00b 7.00" over "OS/2".
    assertEquals(List.of(new Version("MS-DOS", "4.00"), new Version("MS-DOS", "5.x"), new Version("OS/2", "5.10")),
        corpusArticle(39976).versions());
    assertEquals(List.of(new Version("OS/2", "6.00"), new Version("OS/2", "6.00b"), new Version("OS/2", "7.00")),
        corpusArticle(40868).versions());
    // Q98434's groups with no systems written stay without.
    assertEquals(new Version(null, "2.00"), corpusArticle(98434).versions().get(0));
    assertEquals(List.of("ENDUSER", "docerr", "S_QuickC", "mspl13_c"), a.keywords());
    assertEquals(LocalDate.of(1989, 8, 17), a.lastModified());
    assertEquals(List.of(), a.body().sections());
    assertEquals(List.of(), a.appliesTo());
    assertNull(a.appliesToIntro());
    assertNull(a.additionalQueryWords());
    assertEquals(List.of(), a.trailer().technology());
  }

  @Test
  void entitiesInTitleAreDecodedOnce() throws Exception {
    Article a = corpusArticle(126058);
    assertEquals("Err Msg: Cannot Create C:\\AUTOMAP\\USERDATA\\USA.MAP", a.title());
    assertEquals(List.of("Err Msg"), a.tags());
    assertEquals("", a.versionsRaw());
    assertEquals(List.of(), a.versions());
    assertEquals(List.of(), a.keywords(), "trailer Keywords is empty, header too");
    assertEquals(LocalDate.of(1999, 8, 21), a.lastModified());
  }

  private static List<String> headings(Article a) {
    return a.body().sections().stream().map(s -> s.heading()).toList();
  }

  private static void assertSectionStarts(Article a, SectionKind kind, String start) {
    String text = a.section(kind).text();
    assertTrue(text.startsWith(start), text);
  }

  @Test
  void aStandardSectionNameInCapitalsWithoutItsUnderlineStillStartsTheSection() throws Exception {
    Article a = corpusArticle(175653);
    assertEquals(List.of("SYMPTOM", "CAUSE", "RESOLUTION", "MORE INFORMATION"), headings(a));
    assertSectionStarts(a, SectionKind.SYMPTOMS, "When you start Windows NT, you may receive");
  }

  @Test
  void aStandardSectionNameInCapitalsUnderlinedWithDashesIsASection() throws Exception {
    Article a = corpusArticle(126724);
    assertEquals(List.of("SYMPTOMS", "CAUSE", "RESOLUTION", "STATUS"), headings(a));
    assertSectionStarts(a, SectionKind.STATUS, "Microsoft has confirmed this to be a problem in Windows NT version 3.5.");
    assertSectionStarts(a, SectionKind.CAUSE, "NDIS set up a send request");
  }

  @Test
  void theSameNamesInMixedCaseHeadPartsOfAnotherSection() throws Exception {
    // Q176093 describes a problem under MORE INFORMATION with "Symptoms", "Resolution" and
    // "Status" over dashes: parts of that section, not the article's own.
    assertEquals(List.of("SUMMARY", "MORE INFORMATION"), headings(corpusArticle(176093)));
  }

  @Test
  void aHeadingThatWrappedBeforeItsRuleOfEqualsIsOneSection() throws Exception {
    // Q172540 (read by hand): "To edit security properties of printers or NTFS-file objects on
    // computers" / "running Windows NT" over 73 "=", between "To use User Manager for Domains" and
    // "To share FPNW volumes and manage shared volumes".
    Article a = corpusArticle(172540);
    List<String> headings = headings(a);
    int at = headings.indexOf("To edit security properties of printers or NTFS-file objects on computers running Windows NT");
    assertEquals(List.of("To use User Manager for Domains",
        "To edit security properties of printers or NTFS-file objects on computers running Windows NT",
        "To share FPNW volumes and manage shared volumes"), headings.subList(at - 1, at + 2));
    assertTrue(a.body().sections().get(at - 1).text().endsWith("click Select Domain on the User \n  menu."),
        a.body().sections().get(at - 1).text());
    assertTrue(a.body().sections().get(at).text().startsWith("1. Double-click Network Neighborhood"),
        a.body().sections().get(at).text());
  }

  @Test
  void aHeadingWhoseRuleWasTypedALittleShortOrLongIsASection() throws Exception {
    // Read by hand: Q83502's "General Setup Notes" over 20 "=" after MORE INFORMATION's opening
    // paragraphs; Q131948's "RUNNING IN LOW MEMORY OR RUNNING SLOWLY" (39) over 44, after
    // MORE INFORMATION and before CD-ROM PROBLEMS.
    Article setup = corpusArticle(83502);
    assertEquals(List.of("SUMMARY", "MORE INFORMATION", "General Setup Notes"), headings(setup));
    assertTrue(setup.body().sections().get(2).text().startsWith("This section includes notes on specific system"),
        setup.body().sections().get(2).text());
    List<String> dogs = headings(corpusArticle(131948));
    assertEquals(List.of("MORE INFORMATION", "RUNNING IN LOW MEMORY OR RUNNING SLOWLY", "CD-ROM PROBLEMS"),
        dogs.subList(dogs.indexOf("MORE INFORMATION"), dogs.indexOf("MORE INFORMATION") + 3));
  }

  @Test
  void aSentenceOrALineRightUnderTextOverANearRuleIsNoHeading() throws Exception {
    String page = """
        ---
        title: "Q900991: Rules"
        ---
        {% raw %}

        \tArticle: Q900991
        \tLast Modified: 01-JAN-1999

        \tSYMPTOMS
        \t========

        \tThe report ends with its total.
        \t=================================

        \tThe figures follow, by region:
        \tTotals by region
        \t=================

        \tNotes
        \t=============
        {% endraw %}
        """;
    Article a = ArticleExtractor.extract(PageParser.parse("kb/900/Q900991/README.md", page));
    assertEquals(List.of("SYMPTOMS"), headings(a));
  }

  @Test
  void aCapitalisedNameWithTextRightAboveOrBelowItIsNotAHeading() throws Exception {
    String page = """
        ---
        layout: page
        title: "Q900990: Status Line"
        permalink: /kb/900/Q900990/
        ---

        ## Q900990: Status Line

        {% raw %}

        \tArticle: Q900990
        \tLast Modified: 01-JAN-1999

        \tSYMPTOMS
        \t========

        \tThe program prints two words:
        \tSTATUS
        \tCAUSE

        \tthen stops.

        \tWORKAROUND
        \tThe word above opens a sentence here.
        {% endraw %}
        """;
    Article a = ArticleExtractor.extract(PageParser.parse("kb/900/Q900990/README.md", page));
    assertEquals(List.of("SYMPTOMS"), headings(a));
  }

  @Test
  void theLoneRuleClosingAPageWithoutATrailerIsNotText() throws Exception {
    // Q69537 has no trailer; its text ends "Microsoft Mouse" over 77 "=", the page's closing rule.
    Article a = corpusArticle(69537);
    assertEquals(Trailer.NONE, a.trailer());
    List<String> intro = a.body().intro();
    assertEquals("Microsoft Mouse", intro.get(intro.size() - 1).strip());
  }

  @Test
  void theOlderFormatsCategoryLinesGiveKeywords() throws Exception {
    // Q82094: "KBCategory: kbsetup kbhw kbdocerr" / "KBSubcategory: Win30 Win31 WinDrvr WinComm" at
    // the end of MORE INFORMATION; its trailer's Keywords is empty.
    Article a = corpusArticle(82094);
    assertEquals(List.of("kbsetup", "kbhw", "kbdocerr", "Win30", "Win31", "WinDrvr", "WinComm"), a.keywords());
    // Q158279's trailer has its keywords and the text no category line: nothing added.
    assertEquals(List.of("kbusage"), corpusArticle(158279).keywords());
  }

  @Test
  void aKeywordWrittenTwiceIsListedOnce() throws Exception {
    // Q248466: "Keywords          : _IK kbSSExplorer _IK kbGrpDSSSafe" in its trailer, as in its header.
    assertEquals(List.of("_IK", "kbSSExplorer", "kbGrpDSSSafe"), corpusArticle(248466).keywords());
  }

  @Test
  void theTagsStopAfterOneThatSaysAnErrorMessageFollows() throws Exception {
    // Q246768: "XCLN: Err Msg: VBScript: Team Folders: 424: There Has Been..." — the rest is the message.
    assertEquals(List.of("XCLN", "Err Msg"), corpusArticle(246768).tags());
    assertEquals(List.of("Err Msg"), TitleParser.tags("Err Msg: STOP: 0xC0000143 After Uninstalling Procomm Plus 32"));
    assertEquals(List.of("PC Adm", "Windows Err Msg"), TitleParser.tags("PC Adm: Windows Err Msg: Foo: Bar"));
    // The number of the event or error a title is about is no tag, nor what follows it (the
    // sample's Q194333, Q254717, Q161658, Q48839, read by hand).
    assertEquals(List.of(), TitleParser.tags("Event ID 2510: Unable to Map Error Code 1909"));
    assertEquals(List.of("XADM"), TitleParser.tags("XADM: Event 1171: Exception e0010002 Has Occurred..."));
    assertEquals(List.of("XCLN"), TitleParser.tags("XCLN: Run-Time Error 424: Object Required Form Error"));
    assertEquals(List.of(), TitleParser.tags("Warning L4014: /PACKDATA: Option Ignored for Real Mode"));
    assertEquals(List.of("Win95", "WD97"), TitleParser.tags("Win95: WD97: Error in Saving"));
    assertEquals(List.of("PRB", "Mail"), TitleParser.tags("PRB: Mail: Messages Stay in the Outbox"));
    // The tag's other spellings: a platform with digits before it, a dot, a last word "Error".
    assertEquals(List.of("Win95 Error Message"), corpusArticle(138719).tags());
    assertEquals(List.of("MemMaker Error"), corpusArticle(97026).tags());
    assertEquals(List.of("XIMS", "Err Mss"), TitleParser.tags("XIMS: Err Mss: Unable to Bind: Port 25"));
  }

  @Test
  void aTitlesOpeningPhraseIsNoTag() throws Exception {
    // Q44126 "Finding the COM1: Serial Port on a PC/XT/AT Machine", Q102608 "Differences in
    // Security: Windows NT and LAN Manager", Q146095 "STOP: 0x0000000A or STOP: 0x0000001E in
    // Tcpip.sys" (read by hand): a phrase with "the", "in", "or" in it, not a tag.
    assertEquals(List.of(), corpusArticle(44126).tags());
    assertEquals(List.of(), corpusArticle(102608).tags());
    assertEquals(List.of("STOP"), corpusArticle(146095).tags());
    // Title-cased: Q184545 "XADM: Error Using From: Field When Replying to Public Folder".
    assertEquals(List.of("XADM"), corpusArticle(184545).tags());
    assertEquals(List.of("HOW TO"), corpusArticle(245225).tags());
    // The archive spells the HOWTO tag "How To" too (KB-FORMAT); the sample has none so spelled.
    assertEquals(List.of("How To"), TitleParser.tags("How To: Use the WNetUseConnection API"));
    // Products' names with "of", "and", "for" in them are tags (Q174850, Q245055, Q99859).
    assertEquals(List.of("Age of Empires"), corpusArticle(174850).tags());
    assertEquals(List.of("Streets and Trips"), corpusArticle(245055).tags());
    assertEquals(List.of("Windows for Workgroups"), corpusArticle(99859).tags());
  }

  @Test
  void aPlatformHasOneSpellingHoweverTheHeaderWritesIt() {
    // The sample's headers write Windows NT as winnt, WinNT, WINNT, Winnt and WINDOWS NT, and
    // MS-DOS as MS- DOS and MSDOS; a catalog query for one name should find them all.
    for (String written : List.of("winnt", "WinNT", "WINNT", "Winnt", "WINDOWS NT", "Windows NT")) {
      assertEquals("WINNT", VersionParser.platform(written), written);
    }
    assertEquals("MS-DOS", VersionParser.platform("MS- DOS"));
    assertEquals("MS-DOS", VersionParser.platform("MSDOS"));
    assertEquals("MACINTOSH", VersionParser.platform("MACINTOS"));
    assertEquals("MACINTOSH", VersionParser.platform("macintosh"));
    assertEquals("WINDOWS", VersionParser.platform("Windows"));
    assertEquals("WIN95", VersionParser.platform("Win95"));
    assertEquals("OS/2", VersionParser.platform("OS/2"));
    // A service pack written alone after its version goes with it (Q250334's "6.0,6.0 sp1, sp2, sp3").
    assertEquals(List.of(new Version(null, "6.0"), new Version(null, "6.0 SP2")), VersionParser.parse("6.0,SP2"));
    assertEquals(List.of(new Version(null, "6.0"), new Version(null, "6.0 sp1"), new Version(null, "6.0 sp2")),
        VersionParser.parse("6.0,6.0 sp1, sp2"));
    assertEquals(List.of(new Version("WINDOWS", "SP1")), VersionParser.parse("WINDOWS:SP1"));
    // KB-FORMAT's three groups separated only by spaces: the last is a platform with no versions.
    assertEquals(List.of(new Version("WINNT", "3.5"), new Version("WINNT", "3.51"), new Version("WFW", "3.11"),
        new Version("WIN95", null)), VersionParser.parse("WinNT:3.5,3.51 WFW:3.11 Win95"));
    assertEquals(List.of(new Version("WINDOWS", "95"), new Version("WINDOWS", "98 Second Edition")),
        VersionParser.parse("WINDOWS:95,98 Second Edition"));
    // Rare shapes of the sample: a platform alone in a group (Q250984) or glued to its version
    // (Q171403); a group cut off by a stray ";" goes on with its platform (Q133721); what the
    // header's cut at 87 characters left of a version is none (Q97637's "2.", Q163197's ".0").
    assertEquals(List.of(new Version("WINDOWS", null), new Version("MACINTOSH", "1.0")),
        VersionParser.parse("WINDOWS|MACINTOS:1.0"));
    assertEquals(List.of(new Version("WINDOWS", "4.0")), VersionParser.parse("Windows4.0"));
    assertEquals(List.of(new Version("WINDOWS", "2.11 SP1"), new Version("WINDOWS", "2.11 SP2"), new Version("WINDOWS", "4.0")),
        VersionParser.parse("WINDOWS:2.11 SP1;2.11 SP2,4.0"));
    assertEquals(List.of(new Version(null, "2.60a"), new Version(null, "2.50x")), VersionParser.parse("2.60a | 2.50x 2."));
    assertEquals(List.of(new Version("WINNT", null)), VersionParser.parse("WINNT:.0"));
    // But a name is no broken version, and words after a stray ";" are no versions of its platform.
    assertEquals(List.of(new Version("WINDOWS", ".NET")), VersionParser.parse("WINDOWS:.NET"));
    assertEquals(List.of(new Version("MS-DOS", "6.22"), new Version(null, "Win 3.1")), VersionParser.parse("MS-DOS:6.22; Win 3.1"));
    assertEquals(List.of(new Version("WINDOWS", null), new Version(null, "1996 edition")),
        VersionParser.parse("WINDOWS:; :1996 edition"));
    // A service pack glued to its version is spaced as the archive mostly writes it (Q222942's 4.0SP1).
    assertEquals(List.of(new Version("WINDOWS", "4.0"), new Version("WINDOWS", "4.0 SP1"), new Version("WINDOWS", "97 sp2")),
        VersionParser.parse("WINDOWS:4.0,4.0SP1,97sp2"));
    // One version written under two spellings is one version.
    assertEquals(List.of(new Version("WINNT", "4.0"), new Version("WINDOWS", "95")),
        VersionParser.parse("winnt:4.0; WINDOWS:95; WinNT:4.0"));
  }

  @Test
  void versionsWrittenWhereTheOperatingSystemsGoAreVersions() throws Exception {
    // Q46919: "Version(s): " then "Operating System(s): 5.00 5.10 5.10a | 5.00 5.10 5.10a".
    Article a = corpusArticle(46919);
    // Its operating systems then are in "Keyword(s): MS-DOS | OS/2 | mspl13_masm".
    assertEquals(List.of("MS-DOS", "OS/2"), a.os());
    assertEquals(List.of("mspl13_masm"), a.keywords());
    assertEquals(List.of(new Version("MS-DOS", "5.00"), new Version("MS-DOS", "5.10"), new Version("MS-DOS", "5.10a"),
        new Version("OS/2", "5.00"), new Version("OS/2", "5.10"), new Version("OS/2", "5.10a")), a.versions());
    assertEquals("", a.versionsRaw());
    // Operating systems with versions written are as written (Q47226's MS-DOS | OS/2).
    assertEquals(List.of("MS-DOS", "OS/2"), corpusArticle(47226).os());
  }

  @Test
  void aStrayRuleBeforeTheBoxIsNoPreamble() throws Exception {
    // KB-FORMAT.md §11: "A stray dash rule before the box."
    String page = """
        ---
        title: "Q900993: Rule"
        ---
        {% raw %}

        \tArticle: Q900993
        \tLast Modified: 01-JAN-1999
        \t
        \t-----------------------------------------------------------------------
        \t
        \t-------------------------------------------------------------------------------
        \tThe information in this article applies to:
        \t
        \t- Microsoft Windows NT Server version 4.0
        \t-------------------------------------------------------------------------------

        \tThe text.
        {% endraw %}
        """;
    Article a = ArticleExtractor.extract(PageParser.parse("kb/900/Q900993/README.md", page));
    assertEquals(List.of(), a.body().preBox());
    assertEquals(List.of(new AppliesTo("Microsoft Windows NT Server version 4.0", 0)), a.appliesTo());
  }

  @Test
  void aStrayRuleWithNoBoxUnderItIsNoText() throws Exception {
    // KB-FORMAT.md §11: 2 pages have a stray dash rule with no "applies to" line; one has no box.
    String page = """
        ---
        title: "Q900994: Rule"
        ---
        {% raw %}

        \tArticle: Q900994
        \tLast Modified: 01-JAN-1999
        \t
        \t-------------------------------------------------------------------------------
        \t
        \tThe text under the rule.
        \t
        \tSYMPTOMS
        \t========
        \t
        \tIt hangs.
        {% endraw %}
        """;
    Article a = ArticleExtractor.extract(PageParser.parse("kb/900/Q900994/README.md", page));
    assertEquals(List.of("The text under the rule."), a.body().intro().stream().filter(l -> !l.isBlank()).toList());
    assertEquals(List.of(), a.appliesTo());
    assertEquals("It hangs.", a.section(SectionKind.SYMPTOMS).text());
  }

  @Test
  void theOlderFormatsUnlabelledBlockAboveTheBoxGivesKeywords() throws Exception {
    // Q45936: "Keyword(s): " empty, then "2.x 3.00 3.00a 3.10 3.11" / "WINDOWS" / "kbtool kbdisplay kbinterop".
    Article a = corpusArticle(45936);
    assertEquals(List.of("kbtool", "kbdisplay", "kbinterop"), a.keywords());
    assertEquals(List.of("2.x 3.00 3.00a 3.10 3.11", "WINDOWS", "kbtool kbdisplay kbinterop"),
        a.body().preBox().stream().map(String::strip).filter(l -> !l.isEmpty()).toList());
    // Q136685: "2.0a" / "Windows 95" / "KBENV"; Q10837 adds "kbprg" to its trailer's keywords.
    assertEquals(List.of("KBENV"), corpusArticle(136685).keywords());
    assertEquals(List.of("kb16bitonly", "_IK", "kbSDKWin16", "kbprg"), corpusArticle(10837).keywords());
    // A beta notice there (Q258237) gives none; nor does a line of lower-case words alone.
    assertEquals(List.of("kbenv"), corpusArticle(258237).keywords());
    assertEquals(List.of(), CategoryLines.blockKeywords(List.of("\tthis is only a test", "\t")));
    assertEquals(List.of(), CategoryLines.blockKeywords(List.of("\tdraft")));
    assertEquals(List.of("kbusage"), CategoryLines.blockKeywords(List.of("\tkbusage")));
    assertEquals(List.of(), CategoryLines.blockKeywords(List.of("This information in this article applies to:",
        "- Microsoft TrueType Font Pack 2 for Windows", "- Microsoft Windows operating system, versions 3.1, 3.11")));
  }

  @Test
  void aSupportCaseNamedInTheKeywordsIsNoKeyword() throws Exception {
    // Q39193: "Keyword(s): ENDUSER | SR# S881205-37 | mspl13_basic"; Q38714: "ENDUSER | SR# G881019-4906 -ND ...".
    Article a = corpusArticle(39193);
    assertEquals(List.of("ENDUSER", "mspl13_basic"), a.keywords());
    assertEquals(List.of("S881205-37"), a.serviceRequests());
    Article b = corpusArticle(38714);
    assertEquals(List.of("ENDUSER", "-ND", "SINGLE", "S_LINK", "mspl13_c"), b.keywords());
    assertEquals(List.of("G881019-4906"), b.serviceRequests());
    assertEquals(List.of(), corpusArticle(158279).serviceRequests());
    // A TAR number, as written: Q32226 "ENDUSER | tar75933 | mspl13_basic", Q25365 "ENDUSER | TAR65183 buglist2.00 | ...".
    assertEquals(List.of("tar75933"), corpusArticle(32226).serviceRequests());
    assertEquals(List.of("ENDUSER", "mspl13_basic"), corpusArticle(32226).keywords());
    assertEquals(List.of("TAR65183"), corpusArticle(25365).serviceRequests());
    assertEquals(List.of("ENDUSER", "buglist2.00", "mspl13_basic"), corpusArticle(25365).keywords());
    // Two cases, and a label with no case number after it, which stays.
    String page = """
        ---
        title: "Q900992: Cases"
        ---
        {% raw %}

        \tArticle: Q900992
        \tProduct(s): See article
        \tKeyword(s): ENDUSER | SR# S890101-1 SR# G890102-22 SR# | mspl13_c
        \tLast Modified: 01-JAN-1989

        \tThe text.
        {% endraw %}
        """;
    Article c = ArticleExtractor.extract(PageParser.parse("kb/900/Q900992/README.md", page));
    assertEquals(List.of("S890101-1", "G890102-22"), c.serviceRequests());
    assertEquals(List.of("ENDUSER", "SR#", "mspl13_c"), c.keywords());
    assertEquals(List.of("Programmer's Library: C"), c.products());
  }

  @Test
  void versionsCutOffInTheHeaderAreReadFromTheTrailer() throws Exception {
    // Q43971's header stops at 87 characters, "WINDOWS NT:1.0,2."; its trailer goes on "2.0,4.0,5.0".
    Article a = corpusArticle(43971);
    assertTrue(a.versionsRaw().endsWith("WINDOWS NT:1.0,2."), a.versionsRaw());
    // WINDOWS NT is spelled WINNT, as the archive mostly writes it.
    List<Version> nt = a.versions().stream().filter(v -> "WINNT".equals(v.platform())).toList();
    assertEquals(List.of(new Version("WINNT", "1.0"), new Version("WINNT", "2.0"),
        new Version("WINNT", "4.0"), new Version("WINNT", "5.0")), nt);
    // Q106664's ends "1997 edition"; its trailer goes on ",Fall 1993 edition".
    List<Version> editions = corpusArticle(106664).versions();
    assertEquals(new Version(null, "Fall 1993 edition"), editions.get(editions.size() - 1));
  }

  @Test
  void aCutOffHeaderWithoutPlatformIsReadFromTheTrailerThatKeepsTheEmptyOne() throws Exception {
    // KB-FORMAT.md §2: the header drops the empty platform the trailer keeps (":5.1" for "5.1").
    String versions = "1.0,1992 edition,1993 edition,1994 edition,1995 edition,1996 edition,1997 edition,Fall";
    String page = """
        ---
        title: "Q900991: Editions"
        ---
        {% raw %}

        	Article: Q900991
        	Version(s): VERSIONS
        	Last Modified: 01-JAN-1999

        	The text.

        	======================================================================
        	Keywords          : kbother
        	Version           : :VERSIONS 1993 edition

        	=============================================================================
        {% endraw %}
        """.replace("VERSIONS", versions);
    List<Version> read = ArticleExtractor.extract(PageParser.parse("kb/900/Q900991/README.md", page)).versions();
    assertEquals(8, read.size(), read::toString);
    assertEquals(new Version(null, "Fall 1993 edition"), read.get(7));
  }

  @Test
  void aTagTypedWithoutTheSpaceAfterItsColonIsATag() throws Exception {
    // Q129941: "PRB:Unexpected Results When Raise Method Propogates OLE Errors".
    assertEquals(List.of("PRB"), corpusArticle(129941).tags());
    assertEquals(List.of("FIX"), TitleParser.tags("FIX:_VFP.Eval() Only Accepts Strings of 255 Characters"));
    assertEquals(List.of("WD97"), TitleParser.tags("WD97:Creating Template with First Page Header"));
    assertEquals(List.of("XFOR", "Err Msg"), TitleParser.tags("XFOR:Err Msg: Unable to Start: Foo"));
    // A colon inside a word, or between words that are no tag, makes none.
    assertEquals(List.of(), TitleParser.tags("Customize Dirsynced cc:Mail Display and Alias Names"));
    assertEquals(List.of(), TitleParser.tags("STL Sample for deque::operator[] and deque::at Functions"));
    assertEquals(List.of(), TitleParser.tags("Everyone:read Access Is Not Required"));
    assertEquals(List.of(), TitleParser.tags("http://www.example.com Cannot Be Reached"));
  }

  @Test
  void theProgrammersLibraryPagesAreListedUnderTheirLibrary() throws Exception {
    // Q50693: "Product(s): See article", "Keyword(s): ENDUSER | | mspl13_basic".
    assertEquals(List.of("Programmer's Library: BASIC"), corpusArticle(50693).products());
    // Q46919's shifted header: "Keyword(s): MS-DOS | OS/2 | mspl13_masm".
    assertEquals(List.of("Programmer's Library: MASM"), corpusArticle(46919).products());
    assertEquals(List.of("Programmer's Library: C", "Programmer's Library: BASIC"),
        Products.of("See article", List.of("ENDUSER", "MSPL13_C", "mspl13_basic", "mspl13_c")));
    // No library named: the header's words, as written; any other product is as written too.
    assertEquals(List.of("See article"), Products.of("See article", List.of("ENDUSER", "mspl")));
    assertEquals(List.of("Microsoft Windows NT"), Products.of("Microsoft Windows NT", List.of("mspl13_c")));
    assertEquals(List.of(), Products.of("", List.of("mspl13_c")));
  }
}
