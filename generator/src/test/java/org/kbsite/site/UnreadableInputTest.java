package org.kbsite.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kbsite.TestPaths;
import org.kbsite.TestTrees;
import org.kbsite.catalog.Json;

/**
 * A page and a folder that cannot be read are rejected with the reason, and the rest builds. As
 * root, permissions do not stop reading, so the build then runs in a child process without the
 * capabilities that bypass them ({@code setpriv}, from util-linux).
 */
class UnreadableInputTest {
  private static final Path PAGES = TestPaths.repoRoot().resolve("generator/src/test/resources/fixtures/hostile");

  @Test
  void unreadablePageAndFolderAreRejectedAndTheRestBuilds() throws Exception {
    Path work = TestPaths.scratch("unreadable");
    CorpusSite.deleteTree(work);
    Path content = work.resolve("content");
    Path out = work.resolve("site");
    Files.createDirectories(content.resolve("locked-folder"));
    Files.copy(PAGES.resolve("kb/900/Q900101/README.md"), content.resolve("readable.md"));
    Files.copy(PAGES.resolve("kb/900/Q900102/README.md"), content.resolve("locked.md"));
    Files.copy(PAGES.resolve("dup-a.md"), content.resolve("locked-folder/page.md"));
    Files.setPosixFilePermissions(content.resolve("locked.md"), PosixFilePermissions.fromString("---------"));
    Files.setPosixFilePermissions(content.resolve("locked-folder"), PosixFilePermissions.fromString("---------"));
    try {
      JsonNode report = Files.isReadable(content.resolve("locked.md"))
          ? buildWithoutPermissionBypass(content, out)
          : Json.MAPPER.valueToTree(new SiteBuilder(new BuildOptions(content, out, null, "/"), (done, total) -> {}).build());
      assertEquals(3, report.get("inputs").asInt());
      assertEquals(1, report.get("articles").asInt());
      List<String> rejected = new ArrayList<>();
      report.get("rejected").forEach(p -> rejected.add(p.get("path").asText() + " " + p.get("line").asInt()
          + " " + p.get("reason").asText()));
      assertEquals(List.of("locked-folder/ 0 cannot be read: permission denied",
          "locked.md 0 cannot be read: permission denied"), rejected);
      assertTrue(Files.isRegularFile(out.resolve("kb/900/Q900101/index.html")));
    } finally {
      Files.setPosixFilePermissions(content.resolve("locked.md"), PosixFilePermissions.fromString("rw-------"));
      Files.setPosixFilePermissions(content.resolve("locked-folder"), PosixFilePermissions.fromString("rwx------"));
    }
  }

  /** Runs the CLI as this user but without CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH. */
  private static JsonNode buildWithoutPermissionBypass(Path content, Path out) throws Exception {
    Path setpriv = Path.of("/usr/bin/setpriv");
    assertTrue(Files.isExecutable(setpriv), "running as root: this test needs setpriv (Debian package util-linux)");
    Process p = new ProcessBuilder(setpriv.toString(), "--bounding-set=-dac_override,-dac_read_search",
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), "org.kbsite.cli.Main",
        "build", "--quiet", "--content", content.toString(), "--out", out.toString())
        .redirectErrorStream(true)
        .start();
    String output = new String(p.getInputStream().readAllBytes());
    assertEquals(0, p.waitFor(), output);
    return Json.MAPPER.readTree(out.resolve("build-report.json").toFile());
  }
}
