package org.kbsite.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kbsite.TestPaths;
import org.kbsite.catalog.Json;
import org.kbsite.content.ContentScanner;

/**
 * A folder whose name the system's file-name encoding cannot read (bytes that are not UTF-8,
 * from an archive copied off an old Windows share; any non-ASCII name under LANG=C): it is
 * rejected with a reason that says so, and the rest is built.
 */
class NonUtf8PathTest {
  private static final Path PAGE = TestPaths.repoRoot().resolve("content/kb/900/Q900001/README.md");
  private static final Path OTHER = TestPaths.repoRoot().resolve("content/kb/900/Q900002/README.md");

  /** A content folder with one good page and {@code Q900002} under a folder the shell names {@code folder} (printf syntax). */
  private static Path content(String work, String folder) throws Exception {
    Path dir = TestPaths.scratch(work);
    CorpusSite.deleteTree(dir);
    Path content = dir.resolve("content");
    Files.createDirectories(content.resolve("kb/900/Q900001"));
    Files.copy(PAGE, content.resolve("kb/900/Q900001/README.md"));
    // Java cannot name such a folder: the shell makes it from its bytes.
    Process p = new ProcessBuilder("sh", "-c", "d=\"$0/kb/$(printf '" + folder + "')/Q900002\" && mkdir -p \"$d\" && cp \"$1\" \"$d/README.md\"",
        content.toString(), OTHER.toString()).inheritIO().start();
    assertEquals(0, p.waitFor());
    return content;
  }

  @Test
  void aFolderWhoseNameIsNotUtf8IsRejectedSayingSo() throws Exception {
    Path content = content("non-utf8", "bad\\377");
    BuildReport report = new SiteBuilder(new BuildOptions(content, content.resolveSibling("site"), null, "/"), (done, total) -> {}).build();
    assertEquals(1, report.articles());
    List<BuildReport.Problem> rejected = report.rejected();
    assertEquals(List.of(new BuildReport.Problem("kb/bad\uFFFD/", 0, "cannot be read: " + ContentScanner.UNNAMEABLE)), rejected);
    assertTrue(ContentScanner.UNNAMEABLE.contains("file-name encoding"), ContentScanner.UNNAMEABLE);
  }

  /** Under LANG=C Java reads file names as ASCII: a UTF-8 name (café) is rejected, not a crash. */
  @Test
  void underTheCLocaleANonAsciiNameIsRejectedNotACrash() throws Exception {
    Path content = content("c-locale", "caf\\303\\251");
    Path site = content.resolveSibling("site");
    ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), "org.kbsite.cli.Main",
        "build", "--no-server", "--quiet", "--content", content.toString(), "--out", site.toString());
    pb.environment().put("LANG", "C");
    pb.environment().put("LC_ALL", "C");
    pb.redirectErrorStream(true);
    Process p = pb.start();
    String output = new String(p.getInputStream().readAllBytes());
    assertEquals(0, p.waitFor(), output);
    JsonNode report = Json.MAPPER.readTree(site.resolve("build-report.json").toFile());
    assertEquals(1, report.get("articles").asInt(), output);
    JsonNode rejected = report.get("rejected");
    assertEquals(1, rejected.size(), rejected.toString());
    assertTrue(rejected.get(0).get("path").asText().startsWith("kb/caf"), rejected.toString());
    assertTrue(rejected.get(0).get("reason").asText().startsWith("cannot be read: its name is not in this system's file-name encoding"),
        rejected.toString());
  }
}
