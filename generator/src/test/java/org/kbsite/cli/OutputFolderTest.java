package org.kbsite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kbsite.TestPaths;
import org.kbsite.TestTrees;
import org.kbsite.site.CorpusSite;

/**
 * The output folder is replaced as a whole or not at all, never overlaps the content folder, and
 * never replaces files that kbsite did not make. Exit codes as the README documents them.
 */
class OutputFolderTest {
  private static final Path PAGES = TestPaths.repoRoot().resolve("generator/src/test/resources/fixtures/hostile");

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  private Path work;
  private Path content;

  @BeforeEach
  void setUp(TestInfo info) throws IOException {
    work = TestPaths.scratch("output-folder/" + info.getTestMethod().orElseThrow().getName());
    CorpusSite.deleteTree(work);
    content = work.resolve("content");
    for (String page : List.of("kb/900/Q900101/README.md", "kb/900/Q900102/README.md")) {
      Files.createDirectories(content.resolve(page).getParent());
      Files.copy(PAGES.resolve(page), content.resolve(page));
    }
  }

  private int build(Path outDir, String... more) {
    out.getBuffer().setLength(0);
    err.getBuffer().setLength(0);
    String[] args = Stream.concat(Stream.of("build", "--quiet", "--content", content.toString(),
        "--out", outDir.toString()), Stream.of(more)).toArray(String[]::new);
    return Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
  }

  private void assertRefused(Path outDir, String message, String... more) {
    Map<String, String> before = TestTrees.snapshot(work);
    assertEquals(Main.IO_ERROR, build(outDir, more), err.toString());
    assertEquals("kbsite: cannot build: " + message, err.toString().strip(), "one line naming the problem");
    assertEquals(before, TestTrees.snapshot(work), "nothing written");
  }

  @Test
  void outputFolderThatIsTheContentFolderIsRefused() {
    assertRefused(content, "the output folder is the content folder: " + content);
  }

  @Test
  void outputFolderInsideTheContentFolderIsRefused() {
    Path inside = content.resolve("site");
    assertRefused(inside, "the output folder " + inside + " is inside the content folder " + content);
  }

  @Test
  void outputFolderThatContainsTheContentFolderIsRefused() {
    assertRefused(work, "the output folder " + work + " contains the content folder " + content);
  }

  @Test
  void outputFolderReachedThroughALinkIntoTheContentIsRefused() throws IOException {
    Path link = Files.createSymbolicLink(work.resolve("site"), content.resolve("kb"));
    assertRefused(link, "the output folder " + link + " is inside the content folder " + content);
  }

  @Test
  void outputFolderHoldingOtherFilesIsNotReplaced() throws IOException {
    Path site = Files.createDirectories(work.resolve("site"));
    Files.writeString(site.resolve("thesis.tex"), "years of work");
    assertRefused(site, "the output folder " + site
        + " is not empty and holds no kbsite build (no build-report.json of kbsite's): not replacing it");
    // Another tool's report of that name, or an empty one, is no kbsite build's.
    for (String report : List.of("{}", "", "{\"inputs\": 3}")) {
      Files.writeString(site.resolve("build-report.json"), report);
      assertRefused(site, "the output folder " + site
          + " is not empty and holds no kbsite build (no build-report.json of kbsite's): not replacing it");
    }
  }

  @Test
  void aCleanBuildKeepsWhatTheSitesTopHeldThatNoBuildMakes() throws IOException {
    // An archivist's CNAME, .htaccess and verification page, beside a page the content no longer has.
    Path site = work.resolve("site");
    assertEquals(Main.OK, build(site));
    Files.writeString(site.resolve("CNAME"), "kb.example.org");
    Files.writeString(site.resolve(".htaccess"), "ErrorDocument 404 /404.html");
    Files.createDirectories(site.resolve("verify")).resolve("google1.html").toFile().createNewFile();
    CorpusSite.deleteTree(content.resolve("kb/900/Q900102"));
    assertEquals(Main.OK, build(site, "--clean"));
    assertEquals("kb.example.org", Files.readString(site.resolve("CNAME")));
    assertEquals("ErrorDocument 404 /404.html", Files.readString(site.resolve(".htaccess")));
    assertTrue(Files.isRegularFile(site.resolve("verify/google1.html")));
    assertTrue(Files.notExists(site.resolve("kb/900/Q900102")), "a page of the previous build does not linger");
    assertTrue(err.toString().contains("kept what the output folder held at its top that this build does not make:"
        + " .htaccess, CNAME, verify"), err.toString());
  }

  @Test
  void aCleanBuildKeepsNoSitemapOfABuildBefore() throws IOException {
    // Sitemaps come with --site-url: a clean build without it has none, as an incremental one.
    Path site = work.resolve("site");
    assertEquals(Main.OK, build(site, "--site-url", "https://kb.example.org"));
    Files.writeString(site.resolve("sitemap-1.xml"), "<urlset/>");
    assertTrue(Files.isRegularFile(site.resolve("sitemap.xml")));
    assertEquals(Main.OK, build(site, "--clean"));
    try (Stream<Path> top = Files.list(site)) {
      assertEquals(List.of(), top.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("sitemap")).toList());
    }
  }

  @Test
  void outputPathThatIsAFileIsRefused() throws IOException {
    Path file = Files.writeString(work.resolve("site"), "a file");
    assertRefused(file, "the output path is not a folder: " + file);
  }

  @Test
  void templatesInsideTheOutputFolderAreRefused() throws IOException {
    Path site = work.resolve("site");
    assertEquals(Main.OK, build(site));
    Path templates = site.resolve("my-templates");
    TestTrees.copy(TestPaths.repoRoot().resolve("templates"), templates);
    assertRefused(site, "the templates folder " + templates + " is inside the output folder " + site
        + ", which a build replaces", "--templates", templates.toString());
  }

  /**
   * A template that does not compile, whether pages use it or not: the whole folder is compiled
   * as the build starts.
   */
  @ParameterizedTest
  @ValueSource(strings = {"article.mustache", "terms.mustache", "unused.mustache"})
  void failedBuildLeavesThePreviousSiteUntouched(String template) throws IOException {
    Path site = work.resolve("site");
    assertEquals(Main.OK, build(site), err.toString());
    Map<String, String> before = TestTrees.snapshot(work);

    Path broken = work.resolve("broken-templates");
    TestTrees.copy(TestPaths.repoRoot().resolve("templates"), broken);
    Files.writeString(broken.resolve(template), "{{#sections}} never closed");
    Files.writeString(content.resolve("new.md"), Files.readString(PAGES.resolve("dup-a.md")));
    before.put("content/new.md", TestTrees.snapshot(content).get("new.md"));
    before.putAll(prefixed("broken-templates/", TestTrees.snapshot(broken)));

    assertEquals(Main.IO_ERROR, build(site, "--templates", broken.toString()));
    assertTrue(err.toString().startsWith("kbsite: cannot build: template error: "), err.toString());
    assertEquals(1, err.toString().strip().lines().count(), err.toString());
    assertEquals(before, TestTrees.snapshot(work), "the previous site as it was, no staging folder left");
  }

  /**
   * An index page's template that compiles but fails as it runs (a partial that includes itself):
   * it fails on the index pages' thread while the article files are being made.
   */
  @Test
  void templateFailingWhileTheArticlesAreMadeLeavesThePreviousSiteUntouched() throws IOException {
    Path site = work.resolve("site");
    assertEquals(Main.OK, build(site), err.toString());
    Map<String, String> before = TestTrees.snapshot(work);

    Path broken = work.resolve("broken-templates");
    TestTrees.copy(TestPaths.repoRoot().resolve("templates"), broken);
    Files.writeString(broken.resolve("terms.mustache"), "{{>terms}}");
    before.putAll(prefixed("broken-templates/", TestTrees.snapshot(broken)));

    assertEquals(Main.IO_ERROR, build(site, "--templates", broken.toString()));
    assertTrue(err.toString().startsWith("kbsite: cannot build: template error: "), err.toString());
    assertEquals(before, TestTrees.snapshot(work), "the previous site as it was, no staging folder left");
  }

  private static Map<String, String> prefixed(String prefix, Map<String, String> tree) {
    Map<String, String> out = new java.util.TreeMap<>();
    tree.forEach((k, v) -> out.put(prefix + (k.equals("/") ? "" : k), v));
    return out;
  }

  @Test
  void rebuildReplacesTheSiteAndLeavesNoCopyBehind() throws IOException {
    Path site = work.resolve("site");
    assertEquals(Main.OK, build(site));
    assertTrue(Files.isRegularFile(site.resolve("kb/900/Q900102/index.html")));
    CorpusSite.deleteTree(content.resolve("kb/900/Q900102"));
    assertEquals(Main.OK, build(site));
    assertTrue(Files.isRegularFile(site.resolve("kb/900/Q900101/index.html")));
    assertTrue(Files.notExists(site.resolve("kb/900/Q900102")), "a page of the previous build does not linger");
    try (Stream<Path> beside = Files.list(work)) {
      assertEquals(List.of("content", "site"), beside.map(p -> p.getFileName().toString()).sorted().toList());
    }
  }

  /**
   * A build that is killed leaves its staging folder beside the site (up to a whole site); the next
   * build removes it and says so, and leaves the folders of running processes alone.
   */
  @Test
  void whatAKilledBuildLeftBesideTheSiteIsRemovedByTheNextBuild() throws Exception {
    Path site = work.resolve("site");
    assertEquals(Main.OK, build(site), err.toString());
    // The sample's 5,028 pages take long enough to kill the build while it writes its staging folder.
    String java = ProcessHandle.current().info().command().orElse("java");
    Process killed = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
        "build", "--quiet", "--no-server", "--clean", "--content", TestPaths.corpus().toString(), "--out", site.toString())
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    Path staging = work.resolve(".site.kbsite-staging-" + killed.pid());
    try {
      for (int i = 0; i < 600 && !Files.isDirectory(staging.resolve("kb")) && killed.isAlive(); i++) {
        Thread.sleep(50);
      }
      assertTrue(Files.isDirectory(staging.resolve("kb")), "the build was writing its staging folder");
    } finally {
      killed.destroyForcibly().waitFor();
    }
    assertTrue(Files.isDirectory(staging), "a killed build leaves its staging folder");
    Process alive = new ProcessBuilder("sleep", "60").start();
    Path another = Files.createDirectory(work.resolve(".site.kbsite-staging-" + alive.pid()));
    try {
      assertEquals(Main.OK, build(site), err.toString());
      assertEquals("kbsite: note: removed .site.kbsite-staging-" + killed.pid()
          + " from beside the output folder: a build that was stopped had left it there", err.toString().strip());
      assertTrue(Files.isDirectory(another), "the folder of a process still running stays");
      try (Stream<Path> beside = Files.list(work)) {
        assertEquals(List.of(".site.kbsite-staging-" + alive.pid(), "content", "site"),
            beside.map(p -> p.getFileName().toString()).sorted().toList());
      }
      assertTrue(Files.isRegularFile(site.resolve("kb/900/Q900101/index.html")), "the site is this content's");
    } finally {
      alive.destroyForcibly().waitFor();
      CorpusSite.deleteTree(another);
    }
  }

  /**
   * A clean build killed between its two renames leaves no site at OUT and the previous one
   * beside it: the next build puts it back before anything else, so that it survives even when
   * that build fails too.
   */
  @Test
  void thePreviousSiteAKilledCleanBuildLeftAsideIsPutBack() throws Exception {
    Path site = work.resolve("site");
    assertEquals(Main.OK, build(site), err.toString());
    Map<String, String> published = TestTrees.snapshot(site);
    Process gone = new ProcessBuilder("true").start();
    gone.waitFor();
    Path aside = work.resolve(".site.kbsite-old-" + gone.pid());
    Files.move(site, aside);

    Path broken = work.resolve("broken-templates");
    TestTrees.copy(TestPaths.repoRoot().resolve("templates"), broken);
    Files.writeString(broken.resolve("article.mustache"), "{{#sections}} never closed");
    Files.writeString(content.resolve("new.md"), Files.readString(PAGES.resolve("dup-a.md")));
    assertEquals(Main.IO_ERROR, build(site, "--templates", broken.toString()));
    List<String> lines = err.toString().strip().lines().toList();
    assertEquals("kbsite: note: put the previous site back in place from " + aside.getFileName()
        + ", where a clean build that was stopped had left it", lines.get(0), err.toString());
    assertTrue(lines.get(1).startsWith("kbsite: cannot build: template error: "), err.toString());
    assertEquals(published, TestTrees.snapshot(site), "the previous site in place, as it was");
    try (Stream<Path> beside = Files.list(work)) {
      assertEquals(List.of("broken-templates", "content", "site"), beside.map(p -> p.getFileName().toString()).sorted().toList());
    }
  }

  @Test
  void rejectedPagesFailTheBuildOnlyUnderStrict() throws IOException {
    Files.copy(PAGES.resolve("raw-unclosed.md"), content.resolve("raw-unclosed.md"));
    Path site = work.resolve("site");
    assertEquals(Main.OK, build(site));
    String summary = "kbsite: 2 articles, \\d+ pages, 1 rejected, 0 ignored, [\\d.]+ s \\((clean|incremental): \\d+ files written, \\d+ unchanged, \\d+ deleted\\)";
    assertTrue(out.toString().strip().matches(summary), out.toString());
    assertEquals(Main.REJECTED_STRICT, build(site, "--strict"));
    assertTrue(out.toString().strip().matches(summary), "the site is still built: " + out);
    CorpusSite.deleteTree(content.resolve("raw-unclosed.md"));
    assertEquals(Main.OK, build(site, "--strict"));
  }

  @Test
  void baseUrlThatIsNotAPathIsABadArgument() {
    for (String base : List.of("//evil.example/", "https://evil.example/", "/a/../b/", "/x\"onload=y/", "/a b/")) {
      assertEquals(Main.USAGE, build(work.resolve("site"), "--base-url", base), base);
      assertEquals("kbsite: the base URL must be a path such as /kbarchive/: " + base, err.toString().strip());
    }
    assertEquals(Main.OK, build(work.resolve("site"), "--base-url", "kbarchive/2024"));
  }
}
