package org.kbsite.site;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kbsite.TestPaths;

/** A publish that stops part-way says that the site was partly updated and leaves no state vouching for it. */
class PartialPublishTest {
  @Test
  void aPublishCutShortSaysTheSiteWasPartlyUpdated() throws Exception {
    Path root = TestPaths.scratch("partial-publish");
    CorpusSite.deleteTree(root);
    Path content = Files.createDirectories(root.resolve("content"));
    Path out = Files.createDirectories(root.resolve("out"));
    // An earlier build's report, with the fields that make it one.
    Files.writeString(out.resolve(StagedSite.MARKER),
        "{\"inputs\": 0, \"articles\": 0, \"pagesWritten\": 0, \"rejected\": [], \"changes\": {}}");
    Files.createDirectories(out.resolve(".kbsite"));
    Files.writeString(out.resolve(BuildState.FILE), "old state");
    try (StagedSite site = StagedSite.open(new BuildOptions(content, out, null, "/"), () -> {})) {
      Files.writeString(site.staging().resolve("a.html"), "new");
      // The second file to move was never staged, as when the disk filled while staging it.
      IOException e = assertThrows(IOException.class,
          () -> site.publishChanges(List.of("a.html", "b.html"), List.of(), List.of(), List.of()));
      assertTrue(e.getMessage().contains("the site was partly updated, and the next build makes every file again"),
          e.getMessage());
      assertTrue(Files.isRegularFile(out.resolve("a.html")));
      assertFalse(Files.exists(out.resolve(BuildState.FILE)), "no state vouches for the files");
    }
  }
}
