package org.kbsite.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.kbsite.TestPaths;

/**
 * A file of 8 MB or more (the catalog's) is published by moving the old copy aside and the new one
 * in: the site gets the new bytes, the old ones wait in the staging folder until the cleanup, as a
 * small file's do.
 */
class LargeFilePublishTest {
  @Test
  void aLargeFileReplacesItsOldCopyWhichWaitsForTheCleanup() throws Exception {
    Path root = TestPaths.scratch("large-file-publish");
    CorpusSite.deleteTree(root);
    Path content = Files.createDirectories(root.resolve("content"));
    Path out = Files.createDirectories(root.resolve("out"));
    // An earlier build's report, with the fields that make it one.
    Files.writeString(out.resolve(StagedSite.MARKER),
        "{\"inputs\": 0, \"articles\": 0, \"pagesWritten\": 0, \"rejected\": [], \"changes\": {}}");
    Files.createDirectories(out.resolve("api"));
    Files.writeString(out.resolve("api/catalog.ndjson"), "old catalog\n");
    Files.writeString(out.resolve("index.html"), "old page");
    byte[] large = new byte[9 << 20];
    Arrays.fill(large, (byte) 'x');
    try (StagedSite site = StagedSite.open(new BuildOptions(content, out, null, "/"), () -> {})) {
      Files.createDirectories(site.staging().resolve("api"));
      Files.write(site.staging().resolve("api/catalog.ndjson"), large);
      Files.writeString(site.staging().resolve("index.html"), "new page");
      site.publishChanges(List.of("api/catalog.ndjson", "index.html"), List.of(), List.of(), List.of());
      assertArrayEquals(large, Files.readAllBytes(out.resolve("api/catalog.ndjson")));
      assertEquals("new page", Files.readString(out.resolve("index.html")));
      List<String> aside;
      try (Stream<Path> files = Files.walk(site.staging())) {
        aside = files.filter(Files::isRegularFile).map(f -> {
          try {
            return Files.readString(f);
          } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        }).sorted().toList();
      }
      assertEquals(List.of("old catalog\n", "old page"), aside, "the replaced files, kept until the cleanup");
      site.removeLeftovers();
      assertFalse(Files.exists(site.staging()));
    }
    assertTrue(Files.isRegularFile(out.resolve("api/catalog.ndjson")));
  }
}
