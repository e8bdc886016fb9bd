package org.kbsite.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kbsite.TestPaths;
import org.kbsite.site.BuildOptions;
import org.kbsite.site.BuildReport;
import org.kbsite.site.CorpusSite;
import org.kbsite.site.SiteBuilder;
import org.kbsite.synth.SyntheticArchive;

/**
 * The budgets on a 60,000-article archive made from the sample (copies with fresh IDs):
 * bytes fetched per query after the page has loaded, at most 100 kB for an exact look-up and
 * 300 kB for a word or phrase query; the index at most a third of the HTML's size. Prints the
 * figures (and the time to first results, which is reported, not asserted).
 */
class SearchBudgetTest {
  private static final int ARTICLES = 60_000;
  private static final long EXACT = 100_000;
  private static final long WORDS = 300_000;

  private static Path work;
  private static Path site;
  private static StaticServer server;
  private static Browser browser;

  @BeforeAll
  static void build() throws IOException {
    work = workFolder();
    Path content = work.resolve("content");
    site = work.resolve("site");
    CorpusSite.deleteTree(work);
    assertEquals(ARTICLES, SyntheticArchive.write(TestPaths.corpus(), content, ARTICLES));
    BuildReport report = new SiteBuilder(new BuildOptions(content, site, TestPaths.repoRoot().resolve("templates"), "/"), (n, t) -> {}).build();
    assertEquals(ARTICLES, report.articles());
    CorpusSite.deleteTree(content);
    server = new StaticServer(site, "/");
    browser = new Browser();
  }

  @AfterAll
  static void stop() throws IOException {
    if (browser != null) {
      browser.close();
    }
    if (server != null) {
      server.close();
    }
    CorpusSite.deleteTree(work); // a gigabyte of files
  }

  /**
   * The archive and its site take about 1.3 GB in 190,000 files: in memory (/dev/shm) when there is
   * room, where writing and deleting them is quick, else under generator/target.
   */
  private static Path workFolder() throws IOException {
    Path shm = Path.of("/dev/shm");
    if (Files.isDirectory(shm) && Files.isWritable(shm) && Files.getFileStore(shm).getUsableSpace() > 4L << 30) {
      return Files.createTempDirectory(shm, "kbsite-search-budget-");
    }
    return TestPaths.scratch("search-budget");
  }

  @Test
  void theIndexIsAtMostAThirdOfTheHtml() throws IOException {
    long index = bytes(site.resolve("search"), "");
    long html = bytes(site, ".html");
    System.out.printf("search index %,d bytes in %,d files; HTML %,d bytes (%.1f%%)%n",
        index, count(site.resolve("search")), html, 100.0 * index / html);
    assertTrue(index * 3 <= html, "index " + index + " bytes, HTML " + html);
  }

  @Test
  void queriesStayWithinTheirByteBudgets() {
    SearchPage page = new SearchPage(browser, server);
    browser.open(server.url("search/"));
    server.reset();
    browser.open(server.url("search/"));
    browser.waitFor("search page ready", d -> !browser.all("[data-search-results][data-search-ready]").isEmpty());
    System.out.printf("search page load: %,d bytes in %d files (page, stylesheet, scripts, manifest, icon)%n",
        server.bytes(), server.requests().size());
    record Case(String query, long budget, String firstEndsWith) {}
    List<Case> cases = List.of(
        new Case("Q158279", EXACT, "/Q158279/"),
        new Case("kb158279", EXACT, "/Q158279/"),
        new Case("event 1091", EXACT, null),
        new Case("0x80004005", EXACT, null),
        new Case("2147746077", EXACT, null),
        new Case("directory replication", WORDS, null),
        new Case("microsoft windows", WORDS, null),
        new Case("invalid page fault", WORDS, null),
        new Case("\"file not found\"", WORDS, null),
        new Case("ERROR_FILE_NOT_FOUND", WORDS, null));
    System.out.printf("%-26s %8s %6s %8s %s%n", "query (60,000 articles)", "bytes", "files", "ms", "first result");
    for (Case c : cases) {
      SearchPage.Result r = page.query(c.query);
      System.out.printf("%-26s %,8d %6d %8d %s%n", c.query, r.bytes(), r.files().size(), r.millis(), r.first());
      assertEquals(List.of(), r.consoleErrors(), c.query);
      assertTrue(!r.links().isEmpty(), "no results for " + c.query);
      if (c.firstEndsWith != null) {
        assertTrue(r.first().endsWith(c.firstEndsWith), c.query + ": " + r.first());
      }
      assertTrue(r.bytes() <= c.budget, c.query + ": " + r.bytes() + " bytes > " + c.budget + "; " + r.files());
    }
  }

  private static long bytes(Path dir, String suffix) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(suffix))
          .mapToLong(p -> p.toFile().length()).sum();
    }
  }

  private static long count(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile).count();
    }
  }
}
