package org.kbsite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.kbsite.TestPaths;
import org.kbsite.catalog.Json;
import org.kbsite.site.CorpusSite;
import org.junit.jupiter.api.Test;

/** The command line as a user runs it, on the repository's own content/. */
class MainTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
  }

  @Test
  void buildsTheSampleContentAndPrintsOneSummaryLine() throws Exception {
    Path site = TestPaths.scratch("cli-content");
    CorpusSite.deleteTree(site);
    int code = run("build", "--content", TestPaths.repoRoot().resolve("content").toString(),
        "--out", site.toString(), "--templates", TestPaths.repoRoot().resolve("templates").toString());
    assertEquals(0, code, err.toString());
    String summary = out.toString().strip();
    assertEquals(1, summary.lines().count(), summary);
    assertTrue(summary.matches("kbsite: \\d+ articles, \\d+ pages, 0 rejected, \\d+ ignored, [\\d.]+ s \\((clean|incremental): \\d+ files written, \\d+ unchanged, \\d+ deleted\\)"), summary);

    JsonNode catalog = Json.MAPPER.readTree(site.resolve("api/catalog.json").toFile());
    assertTrue(catalog.size() >= 12, "about a dozen sample articles");
    // No --site-url: the API's index has no origin to give.
    assertTrue(Json.MAPPER.readTree(site.resolve("api/index.json").toFile()).get("site").isNull());
    JsonNode first = catalog.get(0);
    for (String field : new String[] {"id", "title", "url", "products", "versionsRaw", "os",
        "keywords", "lastModified", "sections"}) {
      assertTrue(first.has(field), "catalog record has " + field);
    }
    String id = first.get("id").asText();
    JsonNode record = Json.MAPPER.readTree(site.resolve("api/kb/" + id + ".json").toFile());
    assertTrue(record.get("sections").isArray());
    Document home = Jsoup.parse(site.resolve("index.html").toFile(), "UTF-8");
    assertTrue(home.select("main a[href^=/products/]").size() >= 4, "home lists products");
    assertTrue(Files.isRegularFile(site.resolve("build-report.json")));
  }

  @Test
  void aTemplatesFolderWithoutSomeAssetsGetsTheBuiltInOnes() throws Exception {
    // The templates copied without their assets, but for a stylesheet of the user's own.
    Path work = TestPaths.scratch("cli-templates-without-assets");
    CorpusSite.deleteTree(work);
    Path templates = Files.createDirectories(work.resolve("templates/assets"));
    Path repoTemplates = TestPaths.repoRoot().resolve("templates");
    try (var files = Files.list(repoTemplates)) {
      for (Path f : files.filter(f -> f.toString().endsWith(".mustache")).toList()) {
        Files.copy(f, work.resolve("templates").resolve(f.getFileName()));
      }
    }
    Files.writeString(templates.resolve("style.css"), "body { color: black; }");
    Path site = work.resolve("site");
    assertEquals(0, run("build", "--quiet", "--content", TestPaths.repoRoot().resolve("content").toString(),
        "--out", site.toString(), "--templates", work.resolve("templates").toString()), err.toString());
    assertEquals("body { color: black; }", Files.readString(site.resolve("assets/style.css")));
    for (String asset : new String[] {"search-index.js", "search-rank.js", "search.js", "notfound.js", "favicon.svg"}) {
      assertEquals(Files.readString(repoTemplates.resolve("assets").resolve(asset)), Files.readString(site.resolve("assets").resolve(asset)),
          asset);
    }
  }

  @Test
  void entityTitleIsEscapedExactlyOnce() throws Exception {
    Path site = TestPaths.scratch("cli-entities");
    CorpusSite.deleteTree(site);
    assertEquals(0, run("build", "--quiet", "--content", TestPaths.repoRoot().resolve("content").toString(),
        "--out", site.toString()));
    String html = Files.readString(site.resolve("kb/900/Q900010/index.html"));
    assertTrue(html.contains("Err Msg: &quot;Cannot Open C:\\TEMP&quot; &amp; Setup Stops"), "escaped once");
    assertTrue(!html.contains("&amp;quot;") && !html.contains("&amp;amp;"), "not escaped twice");
    Document doc = Jsoup.parse(html);
    assertEquals("Q900010 Err Msg: \"Cannot Open C:\\TEMP\" & Setup Stops", doc.select("h1").text());
  }

  @Test
  void missingContentFolderExitsThreeWithOneLine() {
    int code = run("build", "--content", "/nonexistent/kb", "--out", TestPaths.scratch("x").toString());
    assertEquals(3, code);
    assertEquals("kbsite: content folder not found: /nonexistent/kb", err.toString().strip());
  }

  @Test
  void anEmptyContentFolderDoesNotTakeTheArticlesOffAPublishedSite() throws Exception {
    Path site = TestPaths.scratch("cli-emptied");
    CorpusSite.deleteTree(site);
    Path empty = TestPaths.scratch("cli-empty-content");
    CorpusSite.deleteTree(empty);
    Files.createDirectories(empty);
    assertEquals(0, run("build", "--quiet", "--content", TestPaths.repoRoot().resolve("content").toString(),
        "--out", site.toString()));
    // As an unmounted share would: nothing to read, and the site is left as it was.
    assertEquals(3, run("build", "--quiet", "--content", empty.toString(), "--out", site.toString()));
    assertTrue(err.toString().startsWith("kbsite: cannot build: the content folder " + empty + " holds no pages, and the site in "),
        err.toString());
    assertTrue(Files.isRegularFile(site.resolve("kb/900/Q900001/index.html")));
    // Into an empty folder, an empty site is what was asked for.
    Path fresh = TestPaths.scratch("cli-empty-site");
    CorpusSite.deleteTree(fresh);
    assertEquals(0, run("build", "--quiet", "--content", empty.toString(), "--out", fresh.toString()));
  }

  @Test
  void aRejectedPageIsNamedWithItsLineEvenWhenQuiet() throws Exception {
    Path content = TestPaths.scratch("cli-rejected-content");
    CorpusSite.deleteTree(content);
    Path page = content.resolve("kb/900/Q900001/README.md");
    Files.createDirectories(page.getParent());
    Files.copy(TestPaths.repoRoot().resolve("content/kb/900/Q900001/README.md"), page);
    Path broken = content.resolve("kb/900/Q900099/README.md");
    Files.createDirectories(broken.getParent());
    Files.writeString(broken, "---\nlayout: page\ntitle: [unclosed\n---\n\n{% raw %}\n\tArticle: Q900099\n{% endraw %}\n");
    Path site = TestPaths.scratch("cli-rejected-site");
    CorpusSite.deleteTree(site);
    assertEquals(1, run("build", "--quiet", "--strict", "--content", content.toString(), "--out", site.toString()));
    assertTrue(err.toString().startsWith("kbsite: rejected kb/900/Q900099/README.md:"), err.toString());
    assertTrue(err.toString().contains("invalid YAML"), err.toString());
    assertTrue(out.toString().contains("1 rejected"), out.toString());
  }

  @Test
  void badArgumentsExitTwo() {
    assertEquals(2, run("build", "--content"));
    assertEquals(2, run("build", "--bogus"));
    assertTrue(err.toString().startsWith("kbsite: "));
  }
}
