package org.kbsite.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.kbsite.TestPaths;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Real article pages of the sample, read by hand against their source. */
class ArticlePageTest {
  private static Document page(int id) throws IOException {
    return Jsoup.parse(CorpusSite.out().resolve(String.format("kb/%03d/Q%d/index.html", id / 1000, id)).toFile(), "UTF-8");
  }

  @Test
  void aProductReadFromTheKeywordsShowsTheHeadersOwnWordsBesideIt() throws IOException {
    // Q50693: "Product(s): See article", listed under its library (keyword mspl13_basic).
    assertEquals(List.of("Programmer's Library: BASIC", "(the page says: See article)"),
        page(50693).select("dl.fields dt:contains(Product) + dd li").eachText());
    assertEquals("/products/programmers-library-basic/",
        page(50693).selectFirst("dl.fields dt:contains(Product) + dd a").attr("href"));
    // A product as written has nothing beside it.
    assertEquals(List.of("Microsoft Exchange"), page(158279).select("dl.fields dt:contains(Product) + dd li").eachText());
  }

  @Test
  void anOlderHeaderIsAFieldOfItsLinesNotAnUnlabelledBlock() throws IOException {
    // Q89215 (read by hand): "3.00 3.10 4.00 | 3.50 3.51" / "WINDOWS        | WINDOWS NT" /
    // "kbgraphic" under Last Modified; Q258237's beta notice in the same place is text.
    Document p = page(89215);
    Element older = p.selectFirst("dl.fields dt:containsOwn(Older header) + dd ul.values.lines");
    assertNotNull(older);
    assertEquals(List.of("3.00 3.10 4.00 | 3.50 3.51", "WINDOWS | WINDOWS NT", "kbgraphic"), older.select("li").eachText());
    assertEquals(0, p.select("header.kb-head > pre").size());
    Document beta = page(258237);
    assertEquals(0, beta.select("dt:containsOwn(Older header)").size());
    assertTrue(beta.select("header.kb-head > p").text().contains("Beta test product"), beta.select("header.kb-head").text());
  }

  @Test
  void aSupportCaseIsShownBesideTheKeywordsNotLinkedAsOne() throws IOException {
    // Q39193: "Keyword(s): ENDUSER | SR# S881205-37 | mspl13_basic".
    Document p = page(39193);
    assertEquals(List.of("ENDUSER", "mspl13_basic"), p.select("dl.fields dt:contains(Keyword) + dd li").eachText());
    assertEquals(List.of("S881205-37"), p.select("dl.fields dt:contains(Service request) + dd li").eachText());
    assertTrue(p.select("dl.fields dt:contains(Service request) + dd a").isEmpty());
    assertTrue(p.select("a[href^=/keywords/s881205]").isEmpty());
  }

  @Test
  void anArticleLinksTheArticlesNumberedNextBeforeAndAfterItAndItsFolder() throws IOException {
    // helper-63's review: nothing led from an article to the next in the archive's order.
    List<Integer> numbers;
    try (var folders = Files.list(TestPaths.corpus().resolve("kb"))) {
      numbers = folders.flatMap(f -> {
        try {
          return Files.list(f).toList().stream();
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }).map(p -> Integer.parseInt(p.getFileName().toString().substring(1))).sorted().toList();
    }
    int at = numbers.indexOf(158279);
    List<String> expected = List.of("\u2190 Q" + numbers.get(at - 1), "Q" + numbers.get(at + 1) + " \u2192", "kb/158/");
    assertEquals(expected, page(158279).select("dl.fields dt:contains(By number) + dd a").eachText());
    assertEquals(String.format("/kb/%03d/Q%d/", numbers.get(at + 1) / 1000, numbers.get(at + 1)),
        page(158279).select("dl.fields dt:contains(By number) + dd a").get(1).attr("href"));
    // The first article has no article before it.
    assertEquals(List.of("Q" + numbers.get(1) + " \u2192", String.format("kb/%03d/", numbers.get(0) / 1000)),
        page(numbers.get(0)).select("dl.fields dt:contains(By number) + dd a").eachText());
  }

  @Test
  void sectionsAreHeadingsWithAnchorsListedOnThePage() throws IOException {
    Document p = page(158279);
    assertEquals(List.of("symptoms", "workaround"), p.select("main h2[id]").eachAttr("id").subList(0, 2));
    assertEquals(List.of("#symptoms", "#workaround"), p.select("nav.toc a").eachAttr("href").subList(0, 2));
    // Each heading links to itself, for a reader to copy; its text is the heading's alone.
    for (Element h : p.select("main section.kb-section > h2, main h3[id]")) {
      assertEquals("#" + h.id(), h.selectFirst("a.self").attr("href"), h.text());
      assertEquals("", h.selectFirst("a.self").text());
    }
    assertEquals("SYMPTOMS", p.selectFirst("h2#symptoms").text());
    assertEquals("#more-information-1-1-setup-requirements",
        page(156063).selectFirst("h3#more-information-1-1-setup-requirements > a.self").attr("href"));
    assertEquals(List.of("Article", "By number", "Title tag(s)", "Product(s)", "Version(s)", "Keyword(s)", "Last Modified", "Catalog record"),
        p.select("dl.fields dt").eachText());
    assertEquals("/products/microsoft-exchange/", p.selectFirst("dl.fields dt:contains(Product) + dd a").attr("href"));
    assertEquals("1999-04-09", p.selectFirst("dl.fields time").attr("datetime"));
    assertEquals(List.of("Microsoft Exchange Server, version 4.0"), p.select(".applies-to li").eachText());
    Element pre = p.selectFirst("#symptoms ~ pre");
    assertTrue(pre.wholeText().startsWith("  Event ID 289\n  A connection to\n"), pre.wholeText());
    // Under the products, as a version's page is: Home › Products › Microsoft Exchange.
    assertEquals(List.of("Home", "Products", "Microsoft Exchange", "Q158279"), p.select("nav.crumbs li").eachText());
    assertEquals(List.of("/", "/products/", "/products/microsoft-exchange/"), p.select("nav.crumbs a").eachAttr("href"));
  }

  /**
   * Q156063, the Exchange 5.0 readme, has 183 numbered sub-headings under MORE INFORMATION: they are
   * folded under a summary that counts them, so that the sections after are in view; Q109504's 19 are not.
   */
  @Test
  void aLongListOfSubHeadingsIsFoldedOnThePage() throws IOException {
    Document p = page(156063);
    Element more = p.selectFirst("nav.toc a[href=#more-information]").parent();
    List<String> subs = more.select("details > ol > li > a").eachAttr("href");
    assertEquals(subs.size() + " sub-headings", more.selectFirst("details > summary").text());
    assertTrue(subs.size() > 100, "" + subs.size());
    assertEquals("1.0 Installing Microsoft Exchange Server Version 5.0", more.selectFirst("details li > a").text());
    subs.forEach(href -> assertNotNull(p.getElementById(href.substring(1)), href));
    assertEquals(1, p.select("nav.toc details").size());
    Document shorter = page(109504);
    assertEquals(0, shorter.select("nav.toc details").size());
    assertEquals(19, shorter.select("nav.toc ol ol > li").size());
  }

  @Test
  void aCommandToTypeIsCode() throws IOException {
    // Q177785, step 3: "expand spoolss.dl_ %SystemRoot%\system32\spoolss.dll" (without the quotation marks).
    Document p = page(177785);
    assertEquals(List.of("expand spoolss.dl_ %SystemRoot%\\system32\\spoolss.dll", "expand spoolss.ex_ %SystemRoot%\\system32\\spoolss.exe", "exit"),
        p.select("#resolution ~ ol code").eachText());
  }

  @Test
  void additionalQueryWordsAreShownOnlyWhenTheLineHasSome() throws IOException {
    // Q272407's line has words; Q272714's is the label alone (read by hand), as in 1,083 sample pages.
    assertEquals(List.of("Additional query words: Mssnapr snap-in snap in list pads"), page(272407).select("p.query-words").eachText());
    assertTrue(page(272714).select("p.query-words").isEmpty());
  }

  @Test
  void aTrailerFieldLeftEmptyIsNotShown() throws IOException {
    // Q126724's trailer: "Keywords          :" with nothing after it, then Technology and Version (read by hand).
    assertEquals(List.of("Technology", "Version"), page(126724).select("dl.trailer dt").eachText());
  }

  @Test
  void aStackTraceAtTheMarginKeepsItsLines() throws IOException {
    // Q225157's frames ("04c2fed4 ... EMSMTA!oppsscnc+0x7c", one a line) and Q126724's second
    // debugger session (a frame's addresses over its name) as written (read by hand); they had
    // been run together into paragraphs.
    Element trace = page(225157).selectFirst("pre:contains(FramePtr RetAddr)");
    assertNotNull(trace);
    assertTrue(trace.wholeText().contains("Function Name\n04c2fed4 00552d7c 00000014 04c2fef8 0413d940 EMSMTA!oppsscnc+0x7c\n04c2ff08"),
        trace.wholeText());
    Element session = page(126724).selectFirst("pre:contains(!kv)");
    assertNotNull(session);
    assertTrue(session.wholeText().contains("for 0x748b1824\nChildEBP RetAddr  Args to Child\nf3bcdf5c f1583515 f4b374e8 00000000 f3bcdfa8\n"
        + "tcpip!_FreeARPBuffer+0x10\n"), session.wholeText());
  }

  @Test
  void anEventsCodeIsShownOnceInItsRow() throws IOException {
    // Q158279's entry: "... could not be opened. [MTA XFER-IN 19 26] (12)" (read by hand).
    Element row = page(158279).selectFirst("table.events tr:has(a[href=/events/289/])");
    assertTrue(row.text().endsWith("[MTA XFER-IN 19 26] (12)"), row.text());
    assertEquals(1, row.text().split("\\[MTA XFER-IN 19 26\\]", -1).length - 1, row.text());
  }

  @Test
  void citationsInTheTextLinkOrSayTheArticleIsMissing() throws IOException {
    Document p = page(155222);
    // "ARTICLE-ID: Q139333" is in the archive; Q119467 is not. Each over its "TITLE :" line: a
    // list of citations, each its number and title.
    Element held = p.selectFirst("#more-information ~ ul.cites a[href=/kb/139/Q139333/]");
    assertNotNull(held);
    assertEquals("Q139333 Creating Alternate Boot Selections on AXP Machines", held.parent().text());
    Element missing = p.selectFirst("#more-information ~ ul.cites a:contains(Q119467)");
    assertEquals("missing", missing.className());
    assertEquals("Not in this archive", missing.attr("title"));
    assertTrue(missing.attr("href").startsWith("/missing/"), missing.attr("href"));
    // The ones the archive lacks go by the TITLE lines' titles.
    assertEquals(List.of("Q102873 Boot.ini and ARC Path Naming Conventions and Usage not in this archive",
        "Q119467 Creating a Boot Disk for an NTFS or FAT Partition not in this archive",
        "Q130921 Creating an FT Boot Disk With SCSI() and Multi() Identifiers not in this archive",
        "Q139333 Creating Alternate Boot Selections on AXP Machines"), p.select("#cites ~ ul li").eachText());
    // And Q139333 names Q155222 among the articles that refer to it.
    assertTrue(page(139333).select("#cited-by ~ ul a").eachText().contains("Q155222"));
  }

  @Test
  void numberedStepsAreAnOrderedListWithCodeInside() throws IOException {
    Document p = page(10837);
    Element first = p.selectFirst(".kb-body ol > li");
    assertEquals("1.", first.selectFirst(".marker").text());
    assertTrue(first.ownText().startsWith("During its initialization, GDI calls an internal function"), first.ownText());
    assertEquals("     fixedfon.fon=vgafix.fon\n     oemfonts.fon=vgaoem.fon\n     fonts.fon=vgasys.fon",
        first.selectFirst("pre").wholeText());
  }

  @Test
  void aDescriptionLeavesOutRulesAndTables() throws IOException {
    // Q108594's summary (read by hand): a sentence, then a table drawn with +---+ and | borders.
    assertEquals("The following is a summary of functional maximums for the Weather Generation option in Flight Simulator 5.0:",
        page(108594).selectFirst("meta[name=description]").attr("content"));
    // Q165681's summary starts with a sub-heading underlined with dashes: the text under it describes.
    String description = page(165681).selectFirst("meta[property=og:description]").attr("content");
    assertTrue(description.startsWith("Reducing the Size of Header Files for Faster Builds Several Project System"), description);
    assertTrue(!description.contains("Build Issues") && !description.contains("---"), description);
  }
}
