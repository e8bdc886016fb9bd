package org.kbsite.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.kbsite.TestPaths;

/**
 * How an incremental build's staged files are moved into the output folder: a publish that stops
 * part-way says that the site was partly updated and leaves no state vouching for it; a file of
 * 8 MB or more (the catalog's) is moved in after its old copy is moved aside, which waits in the
 * staging folder until the cleanup, as a small file's does.
 */
class PublishChangesTest {
  /**
   * The options of a build into an output folder that holds an earlier build's report, with the
   * fields that make it one, from an empty content folder: both in a scratch folder of this name.
   */
  private static BuildOptions publishedSite(String name) throws IOException {
    Path root = TestPaths.scratch(name);
    CorpusSite.deleteTree(root);
    Path content = Files.createDirectories(root.resolve("content"));
    Path out = Files.createDirectories(root.resolve("out"));
    Files.writeString(out.resolve(StagedSite.MARKER),
        "{\"inputs\": 0, \"articles\": 0, \"pagesWritten\": 0, \"rejected\": [], \"changes\": {}}");
    return new BuildOptions(content, out, null, "/");
  }

  @Test
  void aPublishCutShortSaysTheSiteWasPartlyUpdated() throws Exception {
    BuildOptions options = publishedSite("partial-publish");
    Path out = options.out();
    Files.createDirectories(out.resolve(".kbsite"));
    Files.writeString(out.resolve(BuildState.FILE), "old state");
    try (StagedSite site = StagedSite.open(options, () -> {})) {
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

  @Test
  void aLargeFileReplacesItsOldCopyWhichWaitsForTheCleanup() throws Exception {
    BuildOptions options = publishedSite("large-file-publish");
    Path out = options.out();
    Files.createDirectories(out.resolve("api"));
    Files.writeString(out.resolve("api/catalog.ndjson"), "old catalog\n");
    Files.writeString(out.resolve("index.html"), "old page");
    byte[] large = new byte[9 << 20];
    Arrays.fill(large, (byte) 'x');
    try (StagedSite site = StagedSite.open(options, () -> {})) {
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
          } catch (IOException e) {
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
