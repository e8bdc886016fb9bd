package org.kbsite.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.kbsite.TestPaths;

/** The index of a facet's terms on the sample: the most used first on a long one, then all of them. */
class TermIndexPageTest {
  private static Document page(String path) throws IOException {
    return Jsoup.parse(CorpusSite.out().resolve(path).toFile(), "UTF-8");
  }

  /** Label to count, as a list of the page shows them. */
  private static Map<String, Integer> counts(List<Element> items) {
    Map<String, Integer> counts = new HashMap<>();
    for (Element li : items) {
      counts.put(li.selectFirst("a").text(), Integer.parseInt(li.selectFirst(".count").text()));
    }
    return counts;
  }

  @Test
  void aLongIndexOpensWithItsMostUsedTerms() throws IOException {
    Document first = page("tags/index.html");
    List<Element> most = first.select("ol.most-used li");
    assertEquals(20, most.size());
    List<Integer> shown = most.stream().map(li -> Integer.parseInt(li.selectFirst(".count").text())).toList();
    List<Integer> sorted = new ArrayList<>(shown);
    sorted.sort((a, b) -> b - a);
    assertEquals(sorted, shown, "most used first");
    // The same counts as the full list, which runs over the index's pages.
    Map<String, Integer> all = new HashMap<>();
    for (String p : List.of("tags/index.html", "tags/page/2/index.html", "tags/page/3/index.html")) {
      all.putAll(counts(page(p).select("ul.terms li")));
    }
    Map<String, Integer> top = counts(most);
    top.forEach((tag, n) -> assertEquals(all.get(tag), n, tag));
    int twentieth = shown.get(19);
    all.forEach((tag, n) -> assertTrue(top.containsKey(tag) || n <= twentieth, tag + " " + n + " is not among the most used"));
    // Counted here from the pages' titles: PRB is the commonest tag of the sample.
    assertEquals("PRB", most.get(0).selectFirst("a").text());
    assertTrue(shown.get(0) >= titlesTagged("PRB"), shown.get(0) + " against " + titlesTagged("PRB"));
    assertEquals(0, page("tags/page/2/index.html").select("ol.most-used").size(), "only on the first page");
  }

  @Test
  void aShortIndexIsOneList() throws IOException {
    Document years = page("years/index.html");
    assertEquals(0, years.select("ol.most-used").size());
    assertTrue(years.select("ul.terms li").size() > 5);
  }

  /**
   * An article's address cut back to its folder ({@code /kb/100/}) lists the folder's articles, and
   * {@code /kb/} every folder: counted here from the sample's folders, not from the site.
   */
  @Test
  void theArchiveFoldersListTheirArticles() throws IOException {
    Map<String, List<String>> folders = new java.util.TreeMap<>();
    try (Stream<Path> pages = Files.walk(TestPaths.corpus().resolve("kb"), 3)) {
      pages.filter(p -> p.getFileName().toString().equals("README.md")).forEach(p ->
          folders.computeIfAbsent(p.getParent().getParent().getFileName().toString(), f -> new ArrayList<>())
              .add(p.getParent().getFileName().toString()));
    }
    Map<String, String> ranges = new java.util.LinkedHashMap<>();
    Map<String, Integer> counts = new HashMap<>();
    for (String p : List.of("kb/index.html", "kb/page/2/index.html")) {
      for (Element li : page(p).select("ul.terms li")) {
        String href = li.selectFirst("a").attr("href");
        ranges.put(href, li.selectFirst("a").text());
        counts.put(href, Integer.parseInt(li.selectFirst(".count").text()));
      }
    }
    assertEquals(folders.keySet().stream().map(f -> "/kb/" + f + "/").toList(), List.copyOf(ranges.keySet()),
        "every folder, in number order");
    folders.forEach((f, ids) -> assertEquals(ids.size(), counts.get("/kb/" + f + "/"), f));
    assertEquals("Q100000\u2013Q100999", ranges.get("/kb/100/"));
    assertEquals("Q10000\u2013Q10999", ranges.get("/kb/010/"));

    Document hundred = page("kb/100/index.html");
    assertEquals("Articles Q100000 to Q100999", hundred.selectFirst("main h1").text());
    List<String> listed = hundred.select("main table.articles td:first-child a").eachText();
    List<String> held = folders.get("100").stream().sorted(java.util.Comparator.comparingInt(q -> Integer.parseInt(q.substring(1)))).toList();
    assertEquals(held, listed);
    assertEquals(List.of("Home", "Number ranges", "Q100000\u2013Q100999"), hundred.select("nav.crumbs li").eachText());
  }

  /**
   * A folder's page links the folders before and after it, as the sample has them (counted from
   * its folders, not from the site): a reader walks the archive by number. A year's page does the
   * same with the years the index lists.
   */
  @Test
  void aRangeOrYearLinksTheOnesBesideIt() throws IOException {
    List<String> folders;
    try (Stream<Path> dirs = Files.list(TestPaths.corpus().resolve("kb"))) {
      folders = dirs.map(d -> d.getFileName().toString()).sorted().toList();
    }
    List<String> folderPages = folders.stream().map(f -> "/kb/" + f + "/").toList();
    assertBesideEachOther(folderPages);
    assertEquals(List.of("Previous range: Q99000\u2013Q99999", "Next range: Q101000\u2013Q101999"),
        page("kb/100/index.html").select("main nav.neighbors li").eachText());

    List<String> years = page("years/index.html").select("main ul.terms li a").eachAttr("href");
    assertTrue(years.contains("/years/1991/") && years.contains("/years/1999/"), years.toString());
    assertBesideEachOther(years);
  }

  /** Each page of {@code pages} (paths in order) links the one before it and the one after it, and no others. */
  private static void assertBesideEachOther(List<String> pages) throws IOException {
    for (int i = 0; i < pages.size(); i++) {
      Document d = page(pages.get(i).substring(1) + "index.html");
      List<String> expected = new ArrayList<>();
      if (i > 0) {
        expected.add("prev " + pages.get(i - 1));
      }
      if (i + 1 < pages.size()) {
        expected.add("next " + pages.get(i + 1));
      }
      assertEquals(expected, d.select("main nav.neighbors li").stream()
          .map(li -> li.className() + " " + li.selectFirst("a").attr("href")).toList(), pages.get(i));
    }
  }

  /**
   * A product's first page counts its articles by the year last modified, each year linking to the
   * search page that lists them: counted here from the dates in the product's own rows.
   */
  @Test
  void aProductPageCountsItsArticlesByYear() throws IOException {
    Map<String, Integer> byYear = new java.util.TreeMap<>();
    Path product = CorpusSite.out().resolve("products/microsoft-foxpro");
    for (int n = 1; Files.exists(product.resolve(n == 1 ? "index.html" : "page/" + n + "/index.html")); n++) {
      Document p = Jsoup.parse(product.resolve(n == 1 ? "index.html" : "page/" + n + "/index.html").toFile(), "UTF-8");
      assertEquals(n == 1 ? 1 : 0, p.select("ul.terms.years").size(), "on the first page only");
      p.select("table.articles td.date").forEach(td -> byYear.merge(td.text().substring(0, 4), 1, Integer::sum));
    }
    Document first = page("products/microsoft-foxpro/index.html");
    List<Element> years = first.select("ul.terms.years li");
    assertEquals(byYear, new java.util.TreeMap<>(counts(years)));
    assertEquals(List.copyOf(byYear.keySet()), years.stream().map(li -> li.selectFirst("a").text()).toList(), "in year order");
    assertEquals("/search/?product=Microsoft+FoxPro&year=1999", first.selectFirst("ul.terms.years a").attr("href"));
    assertEquals(List.of("Versions", "Last modified", "Articles"), first.select("main h2").eachText());
    // Every product has it, whether or not it has versions.
    try (Stream<Path> products = Files.list(CorpusSite.out().resolve("products"))) {
      products.filter(d -> Files.exists(d.resolve("index.html"))).forEach(d -> {
        try {
          assertEquals(1, Jsoup.parse(d.resolve("index.html").toFile(), "UTF-8").select("ul.terms.years").size(), d.toString());
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      });
    }
  }

  /** Titles of the sample whose first tag is {@code tag} ("Q123: PRB: ..."). */
  private static long titlesTagged(String tag) throws IOException {
    Pattern title = Pattern.compile("(?m)^title: \"?Q\\d+: " + Pattern.quote(tag) + ": ");
    try (Stream<Path> pages = Files.walk(TestPaths.corpus().resolve("kb"))) {
      return pages.filter(p -> p.getFileName().toString().equals("README.md")).filter(p -> {
        try {
          Matcher m = title.matcher(Files.readString(p));
          return m.find();
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }).count();
    }
  }
}
