package org.kbsite.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.kbsite.TestPaths;
import org.kbsite.catalog.Json;
import org.junit.jupiter.api.Test;

/** The whole 5,028-page sample builds, and no word of any article is lost on its page. */
class CorpusBuildTest {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  @Test
  void buildsEveryPageOfTheSampleWithNothingRejected() throws IOException {
    BuildReport report = CorpusSite.report();
    assertEquals(5028, report.inputs());
    assertEquals(5028, report.articles());
    assertEquals(List.of(), report.rejected());
    assertEquals(List.of(), report.ignored());

    Path out = CorpusSite.out();
    try (Stream<Path> pages = Files.walk(out.resolve("kb"))) {
      // kb/NNN/QNNNNN/index.html: kb/ and kb/NNN/ have index pages of their own.
      assertEquals(5028, pages.filter(p -> p.getFileName().toString().equals("index.html")
          && p.getParent().getFileName().toString().startsWith("Q")).count());
    }
    JsonNode catalog = Json.MAPPER.readTree(out.resolve("api/catalog.json").toFile());
    assertEquals(5028, catalog.size());
    String previous = "";
    int previousNumber = 0;
    for (JsonNode rec : catalog) {
      int n = Integer.parseInt(rec.get("id").asText().substring(1));
      assertTrue(n > previousNumber, "catalog sorted by ID: " + rec.get("id") + " after " + previous);
      previousNumber = n;
      previous = rec.get("id").asText();
    }
    JsonNode report2 = Json.MAPPER.readTree(out.resolve("build-report.json").toFile());
    assertEquals(5028, report2.get("articles").asInt());
    assertTrue(Files.isRegularFile(out.resolve("api/kb/Q158279.json")));
  }

  /**
   * Every word (run of letters and digits) of each raw block after its six header lines appears,
   * in order, in the text of the page's {@code <main>}; but for the labels of fields left empty
   * ({@link #withoutEmptyFields}), which the page leaves out, the converter's escapes, which it
   * reads back, and the labels of a citation's number and title, which its list item shows.
   */
  private static final Pattern CITATION_LABEL =
      Pattern.compile("(?im)^(\\s*)(?:ARTICLE[- ]?ID\\s*:(?=\\s*Q\\d)|TITLED?\\s*:)");

  @Test
  void everyWordOfEveryArticleIsOnItsPageInOrder() throws IOException {
    Path out = CorpusSite.out();
    List<String> failures = new ArrayList<>();
    int checked = 0;
    try (Stream<Path> files = Files.walk(TestPaths.corpus().resolve("kb"))) {
      for (Path source : files.filter(p -> p.getFileName().toString().equals("README.md")).sorted().toList()) {
        String text = Files.readString(source, StandardCharsets.UTF_8);
        // The converter's <A0> and <B7> are a no-break space and a bullet, not the article's words;
        // a citation's ARTICLE-ID and TITLE labels are what its list item shows.
        List<String> expected = words(CITATION_LABEL.matcher(withoutEmptyFields(rawAfterHeader(text))).replaceAll("")
            .replace("<A0>", " ").replace("<B7>", " "));
        String id = source.getParent().getFileName().toString();
        String bucket = source.getParent().getParent().getFileName().toString();
        Path page = out.resolve("kb").resolve(bucket).resolve(id).resolve("index.html");
        String main = Jsoup.parse(page.toFile(), "UTF-8").select("main").text();
        String missing = firstMissing(expected, words(main));
        if (missing != null) {
          failures.add(id + ": '" + missing + "'");
        }
        if (main.contains("<A0>") || main.contains("<B7>")) {
          failures.add(id + ": the converter's <A0> or <B7> shown as written");
        }
        checked++;
      }
    }
    assertEquals(5028, checked);
    assertEquals(List.of(), failures.subList(0, Math.min(20, failures.size())),
        failures.size() + " articles lose words or show the converter's escapes");
  }

  @Test
  void programCommentsStartingWithAStarStayInTheirCode() throws IOException {
    // Q139626: FoxPro comments ("* Addobject adds ...") in chunks of their own between lines of code.
    var page = Jsoup.parse(CorpusSite.out().resolve("kb/139/Q139626/index.html").toFile(), "UTF-8");
    String code = page.select("main pre").stream().map(e -> e.wholeText())
        .filter(t -> t.contains("* Addobject adds an object")).findFirst().orElse("");
    assertTrue(code.contains("* nXcoord and nYcoord are absolute form coordinates.\n"
        + "        * They need to be recalculated relative to the container."), code);
    assertTrue(code.contains("this.addobject(oName,oSource.class)"), code);
    assertEquals(0, page.select("main li:containsOwn(Addobject adds)").size());
  }

  @Test
  void paragraphsWithAnIndentedFirstLineAreParagraphs() throws IOException {
    // Q31330 (1988): three paragraphs, the second and third starting "   This problem" and
    // "   Please note" on the line after the one before ends, the rest of each at the margin.
    var page = Jsoup.parse(CorpusSite.out().resolve("kb/031/Q31330/index.html").toFile(), "UTF-8");
    assertEquals(0, page.select("main .kb-body pre").size());
    var paragraphs = page.select("main .kb-body p");
    assertEquals(3, paragraphs.size());
    assertTrue(paragraphs.get(1).text().startsWith("This problem can be avoided by altering the load order of the two"
        + " programs."), paragraphs.get(1).text());
    assertTrue(paragraphs.get(2).text().startsWith("Please note that this workaround"), paragraphs.get(2).text());
  }

  @Test
  void commentLinesOfAProgramStayInItsCode() throws IOException {
    // Q31170's BASIC program opens with six REM lines that run to the width as text does.
    var page = Jsoup.parse(CorpusSite.out().resolve("kb/031/Q31170/index.html").toFile(), "UTF-8");
    String code = page.select("main pre").stream().map(e -> e.wholeText())
        .filter(t -> t.contains("REM This program executes")).findFirst().orElse("");
    assertTrue(code.contains("REM This program executes correctly and does not\nREM produce any error messages."), code);
    assertTrue(code.contains("SUB MySub"), code);
    assertEquals("The following program demonstrates the problem:",
        page.select("main .kb-body p").last().text());
  }

  @Test
  void aSectionWithNoTextGivesNoShortcut() throws IOException {
    // Q75602's MORE INFORMATION heading has only blank lines under it: the section is listed, the
    // shortcut is null, so that select(.moreInformation) in jq skips it. No record of the sample
    // has an empty shortcut.
    JsonNode q75602 = Json.MAPPER.readTree(CorpusSite.out().resolve("api/kb/Q75602.json").toFile());
    assertTrue(q75602.get("moreInformation").isNull(), q75602.get("moreInformation").toString());
    JsonNode last = q75602.get("sections").get(q75602.get("sections").size() - 1);
    assertEquals("MORE INFORMATION", last.get("heading").asText());
    assertEquals("", last.get("text").asText());
    List<String> empty = new ArrayList<>();
    for (String line : Files.readAllLines(CorpusSite.out().resolve("api/catalog.ndjson"))) {
      JsonNode rec = Json.MAPPER.readTree(line);
      for (String field : List.of("summary", "symptoms", "cause", "resolution", "status", "workaround", "moreInformation")) {
        if (rec.get(field).isTextual() && rec.get(field).asText().isBlank()) {
          empty.add(rec.get("id").asText() + " " + field);
        }
      }
    }
    assertEquals(List.of(), empty);
  }

  @Test
  void appliesToKeepsHowItsBulletsNest() throws IOException {
    // Q102636's box: "- Microsoft Video for Windows, versions 1.0, 1.1, used with:", a bullet
    // under it, then one at the margin again (read by hand).
    JsonNode rec = Json.MAPPER.readTree(CorpusSite.out().resolve("api/kb/Q102636.json").toFile());
    assertEquals("[\"Microsoft Video for Windows, versions 1.0, 1.1, used with:\","
        + "\"the operating system: Microsoft Windows NT 3.1\",\"the operating system: Microsoft Windows NT 3.1\"]",
        rec.get("appliesTo").toString());
    assertEquals("[0,1,0]", rec.get("appliesToDepth").toString());
  }

  @Test
  void indexListsAreInTheOrderOfTheirLabels() throws IOException {
    // The sample's tags include "C 5.10 MTDYNA.DOC" and "C2279", "SNA Server" and "SNAPRINT";
    // numbers go by their value, "Baseball 95" before "Baseball 2000" (each run of digits padded
    // to twenty here, so that the strings compare as the numbers do).
    for (String facet : List.of("tags", "keywords", "products")) {
      List<String> labels = new ArrayList<>();
      Path page = CorpusSite.out().resolve(facet + "/index.html");
      for (int n = 2; Files.isRegularFile(page); n++) {
        var doc = Jsoup.parse(page.toFile(), "UTF-8");
        doc.select("h2:containsOwn(All, in order) ~ ul li > a").forEach(a -> labels.add(a.text()));
        page = CorpusSite.out().resolve(facet + "/page/" + n + "/index.html");
      }
      assertTrue(labels.size() > 1, facet + ": " + labels);
      List<String> sorted = labels.stream()
          .sorted(java.util.Comparator.comparing((String l) -> Pattern.compile("\\d+").matcher(l.toLowerCase(java.util.Locale.ROOT))
                  .replaceAll(m -> "0".repeat(Math.max(0, 20 - m.group().replaceFirst("^0+(?=.)", "").length()))
                      + m.group().replaceFirst("^0+(?=.)", "")))
              .thenComparing(java.util.Comparator.naturalOrder())).toList();
      assertEquals(sorted, labels, facet);
    }
  }

  @Test
  void pagesSayWhatTheirLinksAndBlankCellsAre() throws IOException {
    // helper-63's review: the keyword index's two pagers were landmarks of one name, a missing
    // article's title cell was blank, the catalog record's link said only "JSON", and a link to a
    // missing article said so only in a title, which screen readers often skip.
    var keywords = Jsoup.parse(CorpusSite.out().resolve("keywords/index.html").toFile(), "UTF-8");
    assertEquals(List.of("Pages", "Pages, at the end of the list"), keywords.select("nav.pager").eachAttr("aria-label"));
    var missing = Jsoup.parse(CorpusSite.out().resolve("missing/page/5/index.html").toFile(), "UTF-8");
    assertEquals("no title given", missing.getElementById("Q151789").child(1).text());
    var article = Jsoup.parse(CorpusSite.out().resolve("kb/064/Q64328/index.html").toFile(), "UTF-8");
    assertEquals("Q64328.json", article.select("a[href$=/api/kb/Q64328.json]").text());
    assertEquals("Q119591, not in this archive", article.select("main a.missing[href$=#Q119591]").first().attr("aria-label"));
    // helper-64's: the event index links the sources' index.
    var events = Jsoup.parse(CorpusSite.out().resolve("events/index.html").toFile(), "UTF-8");
    assertEquals(List.of("/sources/"), events.select("main > p a").eachAttr("href"));
  }

  @Test
  void aPagersLinksNameTheFirstAndLastRowOfTheirPages() throws IOException {
    // helper-63's review: "1 2 3" said nothing of where a keyword or a missing number is.
    for (String listing : List.of("keywords/", "missing/")) {
      Path first = CorpusSite.out().resolve(listing + "index.html");
      var links = Jsoup.parse(first.toFile(), "UTF-8").select("nav.pager").first().select("li");
      assertTrue(links.size() > 1, listing);
      for (int n = 1; n <= links.size(); n++) {
        Path page = n == 1 ? first : CorpusSite.out().resolve(listing + "page/" + n + "/index.html");
        var doc = Jsoup.parse(page.toFile(), "UTF-8");
        List<String> rows = listing.equals("keywords/") ? doc.select("ul.terms > li > a").eachText()
            : doc.select("table tbody tr td:first-child").eachText();
        assertEquals(n + " " + rows.get(0) + " to " + rows.get(rows.size() - 1), links.get(n - 1).text(), listing + n);
      }
    }
  }

  @Test
  void eventsJsonListsSourcesAsTheEventsPageDoes() throws IOException {
    // Event 9: "aic78xx" (two entries) and "SNA Virtual Print Driver" (one), in that order on both.
    JsonNode events = Json.MAPPER.readTree(CorpusSite.out().resolve("api/events.json").toFile());
    var rows = new org.jsoup.select.Elements();
    Path page = CorpusSite.out().resolve("events/index.html");
    for (int n = 2; Files.isRegularFile(page); n++) {
      rows.addAll(Jsoup.parse(page.toFile(), "UTF-8").select("tbody tr"));
      page = CorpusSite.out().resolve("events/page/" + n + "/index.html");
    }
    assertEquals(events.size(), rows.size());
    for (int i = 0; i < rows.size(); i++) {
      List<String> sources = new ArrayList<>();
      events.get(i).get("sources").forEach(x -> sources.add(x.asText()));
      assertEquals(rows.get(i).child(0).text(), events.get(i).get("id").asText());
      // An event no entry names a source of says so, not a blank cell; each source links to its articles.
      var cell = rows.get(i).child(2);
      assertEquals(sources.isEmpty() ? List.of("none named") : sources,
          sources.isEmpty() ? List.of(cell.text()) : cell.select("li").eachText(), "event " + events.get(i).get("id"));
      for (var link : cell.select("a")) {
        assertTrue(Files.isRegularFile(CorpusSite.out().resolve(link.attr("href").substring(1) + "index.html")), link.toString());
      }
    }
  }

  @Test
  void aVersionWrittenWithMoreOrFewerZerosHasOnePage() throws IOException {
    // The sample's C Compiler records give version "2.0" (69 articles) and "2.00" (4), none both (jq on the catalog).
    Path versions = CorpusSite.out().resolve("versions");
    assertTrue(Files.isRegularFile(versions.resolve("microsoft-c-compiler-2-0/index.html")));
    assertTrue(!Files.exists(versions.resolve("microsoft-c-compiler-2-00")));
    var page = Jsoup.parse(versions.resolve("microsoft-c-compiler-2-0/index.html").toFile(), "UTF-8");
    assertTrue(page.select("main").text().contains("73 articles"), page.select("main").text());
  }

  @Test
  void anOperatingSystemsVersionsPageHoldsNoOtherSystemsRelease() throws IOException {
    // Q94386, an MS-DOS page, says "MS-DOS:6.0,6.2,6.22; WINDOWS:3.1,3.11": Windows 3.1 is no
    // DOS 3.1. Q195685 (Windows NT) says "WINDOWS:95; WINNT:4.0", Q142606 (Windows NT)
    // "WINDOWS:2000; winnt:4.0": Windows 2000 is an NT release.
    Path out = CorpusSite.out();
    var q94386 = Jsoup.parse(out.resolve("kb/094/Q94386/index.html").toFile(), "UTF-8");
    assertEquals(List.of("MS-DOS:6.0", "MS-DOS:6.2", "MS-DOS:6.22"), q94386.select("dd a[href*=/versions/]").eachText());
    assertTrue(q94386.select("dd li").eachText().containsAll(List.of("WINDOWS:3.1", "WINDOWS:3.11")));
    var q195685 = Jsoup.parse(out.resolve("kb/195/Q195685/index.html").toFile(), "UTF-8");
    assertEquals(List.of("WINNT:4.0"), q195685.select("dd a[href*=/versions/]").eachText());
    var nt2000 = Jsoup.parse(out.resolve("versions/microsoft-windows-nt-2000/index.html").toFile(), "UTF-8");
    assertEquals(1, nt2000.select("main td:first-child a[href$=/Q142606/]").size(), nt2000.select("main").text());
  }

  @Test
  void aProductsPageListsItsVersionsAndAVersionPageSitsUnderItsProduct() throws IOException {
    // The sample's C Compiler articles give 2.0 or 2.00 in 73 (jq on the catalog), and 1.0 before it.
    Path out = CorpusSite.out();
    var product = Jsoup.parse(out.resolve("products/microsoft-c-compiler/index.html").toFile(), "UTF-8");
    List<String> versions = product.select("main ul.terms a").eachText();
    assertTrue(versions.indexOf("1.0") >= 0 && versions.indexOf("1.0") < versions.indexOf("2.0"), versions.toString());
    var two = product.select("main ul.terms li:has(a[href=/versions/microsoft-c-compiler-2-0/])");
    assertEquals("2.0 73", two.text());
    var version = Jsoup.parse(out.resolve("versions/microsoft-c-compiler-2-0/index.html").toFile(), "UTF-8");
    assertEquals(List.of("Home", "Products", "Microsoft C Compiler", "2.0"), version.select("nav.crumbs li").eachText());
    assertEquals("/products/microsoft-c-compiler/", version.select("nav.crumbs a").get(2).attr("href"));
    // A keyword, an operating system and a title tag can be one word: their pages say which they are.
    assertEquals("Keyword: msdos", Jsoup.parse(out.resolve("keywords/msdos/index.html").toFile(), "UTF-8").select("h1").text());
    assertEquals("Operating system: MS-DOS", Jsoup.parse(out.resolve("os/ms-dos/index.html").toFile(), "UTF-8").select("h1").text());
    assertEquals("Last modified in 2001", Jsoup.parse(out.resolve("years/2001/index.html").toFile(), "UTF-8").select("h1").text());
    // The operating systems index says whose header it comes from; every page's menu leads to the versions and the title tags (PRB, BUG, XADM).
    var os = Jsoup.parse(out.resolve("os/index.html").toFile(), "UTF-8");
    assertTrue(os.select("main p").first().text().contains("Only the Programmer's Library pages"), os.select("main p").text());
    assertEquals(List.of("Products", "Versions", "Keywords", "Tags", "Event IDs", "Years"), os.select("nav.site-nav a").eachText());
    // Its footer leads to the JSON API's index, which names the catalog and the rest.
    String api = os.selectFirst("footer a:contains(JSON API)").attr("href");
    assertEquals("/api/index.json", api);
    assertTrue(Files.readString(out.resolve(api.substring(1))).contains("\"catalog.json\""));
  }

  @Test
  void theCitedButMissingListGivesEachTheTitleItsCitersGive() throws IOException {
    // grep: 114 lines of the sample give Q152734 "How to Obtain the Latest Windows NT 4.0 Service
    // Pack"; it is the most cited article the sample lacks (94 articles).
    var page = Jsoup.parse(CorpusSite.out().resolve("missing/index.html").toFile(), "UTF-8");
    assertEquals("Q152734 How to Obtain the Latest Windows NT 4.0 Service Pack cited by 94",
        page.select("ol.most-cited li").first().text());
    // An article's own list of what it cites names a missing one by the title it gives it.
    var q123617 = Jsoup.parse(CorpusSite.out().resolve("kb/123/Q123617/index.html").toFile(), "UTF-8");
    assertEquals("Q46024 DOCERR: fopen() Will Set errno Values not in this archive", q123617.select("section.links ul.cites li").first().text());
  }

  @Test
  void anInThisTaskBoxLinksToTheHeadingsItNames() throws IOException {
    // Q313064's box lists SUMMARY, its three sub-headings and REFERENCES (read in the source).
    var page = Jsoup.parse(CorpusSite.out().resolve("kb/313/Q313064/index.html").toFile(), "UTF-8");
    var box = page.select(".kb-body ul").first();
    List<String> targets = box.select("a").eachAttr("href");
    assertEquals(List.of("SUMMARY", "How to Create a Counter Log", "How to Configure a Counter Log", "How to Choose Counters",
        "REFERENCES"), box.select("a").eachText());
    for (String href : targets) {
      assertTrue(href.startsWith("#") && page.getElementById(href.substring(1)) != null, href);
      assertTrue(page.getElementById(href.substring(1)).tagName().matches("h[23]"), href);
    }
  }

  @Test
  void aGroupGoingOnFromThePageBeforeSaysSo() throws IOException {
    // The sample's versions index runs to four pages, and product groups go over its page breaks
    // (Microsoft Home Kids Products from the first to the second, read in the pages).
    List<List<String>> headings = new ArrayList<>();
    Path page = CorpusSite.out().resolve("versions/index.html");
    for (int n = 2; Files.isRegularFile(page); n++) {
      List<String> h2 = new ArrayList<>(Jsoup.parse(page.toFile(), "UTF-8").select("main h2").eachText());
      h2.removeAll(List.of("Most used", "All, in order"));
      headings.add(h2);
      page = CorpusSite.out().resolve("versions/page/" + n + "/index.html");
    }
    assertTrue(headings.size() > 1, headings.toString());
    assertTrue(headings.get(1).get(0).equals("Microsoft Home Kids Products (continued)"), headings.get(1).toString());
    int continued = 0;
    for (int n = 0; n < headings.size(); n++) {
      for (int i = 0; i < headings.get(n).size(); i++) {
        String h = headings.get(n).get(i);
        boolean goesOn = n > 0 && i == 0 && !headings.get(n - 1).isEmpty()
            && h.equals(headings.get(n - 1).get(headings.get(n - 1).size() - 1).replace(" (continued)", "") + " (continued)");
        assertEquals(goesOn, h.endsWith(" (continued)"), "page " + (n + 1) + ": " + h);
        continued += goesOn ? 1 : 0;
      }
    }
    assertTrue(continued >= 2, "groups continued: " + continued);
  }

  @Test
  void anEventEntryWithNoFieldsSaysSo() throws IOException {
    // Q165006, "DHCP Event 1020": the title names the event; the text gives it no labelled fields.
    var row = Jsoup.parse(CorpusSite.out().resolve("kb/165/Q165006/index.html").toFile(), "UTF-8")
        .select("table.events tbody tr").first();
    assertEquals("1020 No source, type or message read from the text", row.text());
  }

  @Test
  void anEventTableShowsTheColumnsItsEntriesFill() throws IOException {
    // Q165546 names event 54's source only; Q244976's entries give all four fields; Q165006's
    // one entry gives none, and its note takes the description's column.
    assertEquals(List.of("Event ID", "Source"), eventColumns(165546));
    assertEquals(List.of("Event ID", "Source", "Type", "Category", "Description"), eventColumns(244976));
    assertEquals(List.of("Event ID", "Description"), eventColumns(165006));
    var cells = Jsoup.parse(CorpusSite.out().resolve("kb/165/Q165546/index.html").toFile(), "UTF-8")
        .select("table.events tbody tr").first().select("td");
    assertEquals(List.of("54", "SNA Host Security"), cells.eachText());
  }

  private static List<String> eventColumns(int article) throws IOException {
    String folder = String.format("kb/%03d/Q%d/index.html", article / 1000, article);
    return Jsoup.parse(CorpusSite.out().resolve(folder).toFile(), "UTF-8").select("table.events thead th").eachText();
  }

  /** The raw block's lines after the six header lines. */
  static String rawAfterHeader(String page) {
    int start = page.indexOf("{% raw %}");
    int end = page.indexOf("{% endraw %}");
    String raw = page.substring(start + "{% raw %}".length(), end).strip();
    String[] lines = raw.split("\n", -1);
    StringBuilder sb = new StringBuilder();
    for (int i = 6; i < lines.length; i++) {
      sb.append(lines[i]).append('\n');
    }
    return sb.toString();
  }

  /**
   * The text without an "Additional query words:" line with no words, and without the trailer's
   * fields (the {@code Name   : value} lines under its rule of 70 {@code =}, KB-FORMAT.md §6) that
   * have no value: labels with nothing to show.
   */
  static String withoutEmptyFields(String text) {
    StringBuilder sb = new StringBuilder();
    boolean trailer = false;
    for (String line : text.split("\n", -1)) {
      String s = line.strip();
      trailer |= s.equals("=".repeat(70));
      boolean empty = s.endsWith(":") && (s.equals("Additional query words:") || trailer && s.indexOf(':') == s.length() - 1);
      if (!empty) {
        sb.append(line).append('\n');
      }
    }
    return sb.toString();
  }

  static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  /** The first expected word not found, in order, in {@code actual}; null when all are. */
  static String firstMissing(List<String> expected, List<String> actual) {
    int j = 0;
    for (String w : expected) {
      while (j < actual.size() && !actual.get(j).equals(w)) {
        j++;
      }
      if (j == actual.size()) {
        return w;
      }
      j++;
    }
    return null;
  }
}
