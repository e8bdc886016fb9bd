package org.kbsite.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kbsite.TestPaths;
import org.kbsite.TestTrees;
import org.kbsite.catalog.Json;

/**
 * Builds the folder of broken and hostile pages in {@code fixtures/hostile/} (plus the inputs too
 * large to commit and the symbolic links, made here) and checks each input's outcome against
 * {@code fixtures/hostile-expected.tsv}, then the guarantees: every input accounted for, nothing
 * written outside the output folder, no markup from content on a page.
 */
class HostileInputTest {
  private static final Path FIXTURES = TestPaths.repoRoot().resolve("generator/src/test/resources/fixtures");
  private static final Path WORK = TestPaths.scratch("hostile");
  private static final Path CONTENT = WORK.resolve("content");
  private static final Path OUTSIDE = WORK.resolve("outside");
  private static final Path OUT = WORK.resolve("site");

  record Expected(String path, String outcome, int line, String expected, String origin) {}

  private static List<Expected> expected;
  private static BuildReport report;
  private static Map<String, String> contentBefore;
  private static Map<String, String> outsideBefore;

  @BeforeAll
  static void build() throws IOException {
    CorpusSite.deleteTree(WORK);
    TestTrees.copy(FIXTURES.resolve("hostile"), CONTENT);
    makeGeneratedInputs();
    expected = readExpected();
    contentBefore = TestTrees.snapshot(CONTENT);
    outsideBefore = TestTrees.snapshot(OUTSIDE);
    report = new SiteBuilder(new BuildOptions(CONTENT, OUT, null, "/"), (done, total) -> {}).build();
  }

  /** The inputs too large to commit, and the symbolic links. */
  private static void makeGeneratedInputs() throws IOException {
    String page = Files.readString(CONTENT.resolve("kb/900/Q900101/README.md"));
    String line27 = "\tThe fixture page Q900101 renders.";
    assertTrue(page.lines().toList().get(26).equals(line27), "line 27 of the base page");

    try (OutputStream out = Files.newOutputStream(CONTENT.resolve("huge-20mb.md"))) {
      byte[] chunk = ("x".repeat(1023) + "\n").getBytes(StandardCharsets.US_ASCII);
      for (int i = 0; i < 20 * 1024; i++) {
        out.write(chunk);
      }
    }
    Files.writeString(CONTENT.resolve("long-line-5m.md"),
        page.replace(line27, "\t" + "y".repeat(4_999_999)).replace("Q900101", "Q900160"));
    Files.writeString(CONTENT.resolve("long-line-200k.md"),
        page.replace(line27, "\t" + "z".repeat(199_999)).replace("Q900101", "Q900161"));
    String markdown = ("m".repeat(99) + "\n").repeat(200);
    Files.writeString(CONTENT.resolve("markdown-too-long.md"),
        "---\nlayout: page\ntitle: \"Q900162: Long Markdown\"\npermalink: /kb/900/Q900162/\n---\n"
            + markdown + page.substring(page.indexOf("{% raw %}")).replace("Q900101", "Q900162"));
    Files.writeString(CONTENT.resolve("front-matter-huge.md"),
        "---\nnotes: " + "n".repeat(70_006) + "\n---\n" + page.substring(page.indexOf("{% raw %}")));

    Files.createDirectories(OUTSIDE.resolve("kb/900/Q900198"));
    Files.writeString(OUTSIDE.resolve("secret.md"), page.replace("Q900101", "Q900197"));
    Files.writeString(OUTSIDE.resolve("kb/900/Q900198/README.md"), page.replace("Q900101", "Q900198"));
    Files.createSymbolicLink(CONTENT.resolve("loop"), Path.of("."));
    Files.createSymbolicLink(CONTENT.resolve("inside-link.md"), Path.of("kb/900/Q900101/README.md"));
    Files.createSymbolicLink(CONTENT.resolve("outside.md"), Path.of("../outside/secret.md"));
    Files.createSymbolicLink(CONTENT.resolve("outside-dir"), Path.of("../outside"));
    Files.createSymbolicLink(CONTENT.resolve("broken-link.md"), Path.of("no/such/page.md"));
  }

  private static List<Expected> readExpected() throws IOException {
    List<Expected> rows = new ArrayList<>();
    for (String line : Files.readAllLines(FIXTURES.resolve("hostile-expected.tsv"))) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      assertEquals(5, f.length, "five columns: " + line);
      rows.add(new Expected(f[0], f[1], f[2].equals("-") ? -1 : Integer.parseInt(f[2]), f[3], f[4]));
    }
    return rows;
  }

  private List<Expected> rows(String outcome) {
    return expected.stream().filter(e -> e.outcome.equals(outcome)).toList();
  }

  @Test
  void everyFixtureIsInTheTableAndEveryRowHasItsFile() throws IOException {
    Set<String> listed = expected.stream().map(Expected::path).collect(Collectors.toCollection(TreeSet::new));
    assertEquals(listed, inputsAsTheBuildSeesThem(CONTENT), "the table lists exactly the fixture folder's inputs");
    for (Expected e : expected) {
      boolean committed = Files.exists(FIXTURES.resolve("hostile").resolve(e.path), LinkOption.NOFOLLOW_LINKS);
      assertEquals(e.origin.equals("file"), committed, e.path + " has origin " + e.origin);
    }
  }

  /** Files and links (a link to a folder with a trailing /), and hidden folders as one entry. */
  private static Set<String> inputsAsTheBuildSeesThem(Path root) throws IOException {
    Set<String> out = new TreeSet<>();
    Files.walkFileTree(root, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
        if (!dir.equals(root) && dir.getFileName().toString().startsWith(".")) {
          out.add(root.relativize(dir) + "/");
          return FileVisitResult.SKIP_SUBTREE;
        }
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
        out.add(root.relativize(file) + (attrs.isSymbolicLink() && Files.isDirectory(file) ? "/" : ""));
        return FileVisitResult.CONTINUE;
      }
    });
    return out;
  }

  @Test
  void rejectedInputsHaveTheirLineAndReason() {
    assertSameProblems(rows("rejected"), report.rejected(), "rejected");
  }

  @Test
  void notesSayWhatWasChangedOrIgnoredInPagesThatBuilt() {
    assertSameProblems(rows("note"), report.notes(), "notes");
  }

  @Test
  void ignoredEntriesHaveTheirReason() {
    List<String> actual = report.ignored().stream().map(i -> i.path() + "\t" + i.reason()).toList();
    assertEquals(rows("ignored").size(), actual.size(), String.join("\n", actual));
    for (Expected e : rows("ignored")) {
      assertTrue(report.ignored().stream().anyMatch(i -> i.path().equals(e.path) && i.reason().contains(e.expected)),
          e.path + " ignored with '" + e.expected + "'; got:\n" + String.join("\n", actual));
    }
  }

  private static void assertSameProblems(List<Expected> rows, List<BuildReport.Problem> actual, String what) {
    String got = actual.stream().map(p -> p.path() + "\t" + p.line() + "\t" + p.reason()).collect(Collectors.joining("\n"));
    assertEquals(rows.size(), actual.size(), what + ":\n" + got);
    for (Expected e : rows) {
      assertTrue(actual.stream().anyMatch(p -> p.path().equals(e.path) && p.line() == e.line && p.reason().contains(e.expected)),
          e.path + " line " + e.line + ": '" + e.expected + "' in " + what + ":\n" + got);
    }
  }

  @Test
  void articlesAreBuiltUnderTheirArticleIdAtTheCanonicalPath() throws IOException {
    JsonNode catalog = Json.MAPPER.readTree(OUT.resolve("api/catalog.json").toFile());
    Set<String> ids = new TreeSet<>();
    catalog.forEach(r -> ids.add(r.get("id").asText()));
    Set<String> expectedIds = rows("article").stream().map(Expected::expected).collect(Collectors.toCollection(TreeSet::new));
    assertEquals(expectedIds, ids);
    for (String id : ids) {
      int n = Integer.parseInt(id.substring(1));
      assertTrue(Files.isRegularFile(OUT.resolve(String.format("kb/%03d/%s/index.html", n / 1000, id))), id);
      assertTrue(Files.isRegularFile(OUT.resolve("api/kb/" + id + ".json")), id);
    }
    assertEquals("First of Two Pages That Claim Q900103", title("Q900103"), "the first in path order wins");
    assertEquals("Sample Article for Robustness Tests", title("Q900102"), "the page at the archive's path wins");
  }

  private static String title(String id) throws IOException {
    return Json.MAPPER.readTree(OUT.resolve("api/kb/" + id + ".json").toFile()).get("title").asText();
  }

  @Test
  void countsAddUpAndEveryInputIsAccountedFor() throws IOException {
    assertEquals(report.inputs(), report.articles() + report.rejected().size() + report.ignored().size());
    assertEquals(rows("article").size(), report.articles());
    assertEquals(expected.stream().map(Expected::path).distinct().count(), report.inputs());
    JsonNode written = Json.MAPPER.readTree(OUT.resolve("build-report.json").toFile());
    assertEquals(report.inputs(), written.get("inputs").asInt());
    assertEquals(report.rejected().size(), written.get("rejected").size());
  }

  @Test
  void nothingIsWrittenOutsideTheOutputFolder() throws IOException {
    assertEquals(contentBefore, TestTrees.snapshot(CONTENT), "the content folder is unchanged");
    assertEquals(outsideBefore, TestTrees.snapshot(OUTSIDE), "the folder a link points to is unchanged");
    try (Stream<Path> beside = Files.list(WORK)) {
      assertEquals(List.of("content", "outside", "site"),
          beside.map(p -> p.getFileName().toString()).sorted().toList(), "no staging folder is left");
    }
    for (String path : TestTrees.snapshot(OUT).keySet()) {
      for (String fromAPermalink : List.of("pwned", "evil", "cron.d", "System32", "<", "|", "javascript")) {
        assertFalse(path.contains(fromAPermalink), "a permalink placed " + path);
      }
    }
  }

  @Test
  void noMarkupFromContentReachesAPage() throws IOException {
    List<Path> pages;
    try (Stream<Path> walk = Files.walk(OUT)) {
      pages = walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
    }
    assertTrue(pages.size() > rows("article").size());
    for (Path page : pages) {
      Document doc = Jsoup.parse(page.toFile(), "UTF-8");
      Element csp = doc.selectFirst("head > meta[http-equiv=Content-Security-Policy]");
      assertNotNull(csp, page + " has a Content-Security-Policy");
      assertTrue(csp.attr("content").startsWith("default-src 'self';"), csp.attr("content"));
      assertTrue(doc.select("script:not([src]):not([type=application/ld+json]), iframe, object, embed, style, base")
          .isEmpty(), page.toString());
      for (Element ld : doc.select("script[type=application/ld+json]")) {
        // Data only: markup characters in values are JSON-escaped, so the block cannot end early.
        assertFalse(ld.data().contains("<") || ld.data().contains(">"), page + ": " + ld.data());
        Json.MAPPER.readTree(ld.data());
      }
      for (String src : doc.select("script[src]").eachAttr("src")) {
        assertTrue(src.startsWith("/") && !src.startsWith("//"), "only the site's own scripts: " + src);
      }
      for (Element e : doc.getAllElements()) {
        for (Attribute a : e.attributes()) {
          assertFalse(a.getKey().toLowerCase().startsWith("on"), page + ": " + a);
          String v = a.getValue().strip().toLowerCase();
          assertFalse(v.startsWith("javascript:") || v.startsWith("data:") || v.startsWith("//"), page + ": " + a);
        }
      }
    }
    Document doc = Jsoup.parse(OUT.resolve("kb/900/Q900130/index.html").toFile(), "UTF-8");
    String main = doc.select("main").text();
    assertEquals("Q900130 <script>alert('title')</script> \"quoted\" & <b onmouseover=alert(1)>bold</b>",
        doc.select("h1").text());
    for (String shown : List.of("</pre><script>alert('pre')</script><pre>", "\"><script>alert('product')</script>",
        "</dd><script>alert('versions')</script>", "<svg onload=alert('keywords')>",
        "\" onmouseover=\"alert(1)\" x=' y='", "{{page.title}} {{{content}}}", "<script>alert('md')</script>",
        "<SCRIPT>alert('heading')</SCRIPT>", "<script>alert('words')</script>")) {
      assertTrue(main.contains(shown), "shown as text: " + shown);
    }
    Elements markdownLinks = doc.select("main p a");
    assertEquals(List.of("another", "encoded"), markdownLinks.eachText(), "Flexmark shows the lower-case one as text");
    assertTrue(markdownLinks.stream().noneMatch(a -> a.hasAttr("href")), "javascript: URLs are dropped");
    Document product = Jsoup.parse(OUT.resolve("products/script-alert-product-script/index.html").toFile(), "UTF-8");
    assertEquals("\"><script>alert('product')</script>", product.select("main h1").text());
  }

  @Test
  void windows1252TextKeepsEveryCharacter() throws IOException {
    Document doc = Jsoup.parse(OUT.resolve("kb/900/Q900120/index.html").toFile(), "UTF-8");
    String main = doc.select("main").text();
    assertTrue(main.contains("The caf\u00e9 said \u201cquoted\u201d \u2013 twice."), main);
    assertTrue(main.contains("Undefined byte: [\u0081]."), "the byte Windows-1252 leaves undefined is kept");
  }

  @Test
  void theSamePagesWinOnEveryRun() throws IOException {
    Path again = TestPaths.scratch("hostile-again");
    CorpusSite.deleteTree(again);
    BuildReport second = new SiteBuilder(new BuildOptions(CONTENT, again, null, "/"), (done, total) -> {}).build();
    assertEquals(report.rejected(), second.rejected());
    assertEquals(report.notes(), second.notes());
    assertEquals(report.ignored(), second.ignored());
    for (String file : List.of("api/catalog.json", "kb/900/Q900103/index.html", "kb/900/Q900101/index.html")) {
      assertTrue(Arrays.equals(Files.readAllBytes(OUT.resolve(file)), Files.readAllBytes(again.resolve(file))), file);
    }
  }
}
