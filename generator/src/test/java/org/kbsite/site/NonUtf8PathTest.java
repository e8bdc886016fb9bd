package org.kbsite.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kbsite.TestPaths;

/**
 * A folder whose name is not UTF-8 (an archive copied from an old Windows share): its pages are
 * rejected with a reason that says so, not "no such file", and the rest is built.
 */
class NonUtf8PathTest {
  @Test
  void aPageUnderANameThatIsNotUtf8IsRejectedSayingSo() throws Exception {
    Path work = TestPaths.scratch("non-utf8");
    CorpusSite.deleteTree(work);
    Path content = work.resolve("content");
    Path page = TestPaths.repoRoot().resolve("content/kb/900/Q900001/README.md");
    Files.createDirectories(content.resolve("kb/900/Q900001"));
    Files.copy(page, content.resolve("kb/900/Q900001/README.md"));
    // Java cannot name such a folder: the shell makes it, byte 0xFF in its name.
    Process p = new ProcessBuilder("sh", "-c", "mkdir -p \"$0/kb/bad$(printf '\\377')/Q900002\" && cp \"$1\" \"$0/kb/bad$(printf '\\377')/Q900002/README.md\"",
        content.toString(), TestPaths.repoRoot().resolve("content/kb/900/Q900002/README.md").toString()).inheritIO().start();
    assertEquals(0, p.waitFor());
    BuildReport report = new SiteBuilder(new BuildOptions(content, work.resolve("site"), null, "/"), (done, total) -> {}).build();
    assertEquals(1, report.articles());
    List<BuildReport.Problem> rejected = report.rejected();
    assertEquals(1, rejected.size(), rejected.toString());
    assertTrue(rejected.get(0).path().startsWith("kb/bad"), rejected.get(0).path());
    assertEquals("cannot be read: its path is not valid UTF-8 (shown with \uFFFD), so it cannot be opened: rename it",
        rejected.get(0).reason());
  }
}
