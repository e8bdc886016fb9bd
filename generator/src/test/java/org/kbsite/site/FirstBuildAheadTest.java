package org.kbsite.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.kbsite.TestPaths;
import org.kbsite.TestTrees;

/**
 * What a build server asks before it takes a build: whether it will be the first into its folder,
 * of a large archive. The sample content (14 page folders in {@code kb/900/}) is large here when
 * the threshold is at most 14.
 */
class FirstBuildAheadTest {
  private final Path work = TestPaths.scratch("first-build-ahead");

  @Test
  void aFirstBuildOfALargeArchiveIsSeenBeforeItStarts() throws IOException {
    CorpusSite.deleteTree(work);
    Path content = work.resolve("content");
    TestTrees.copy(TestPaths.repoRoot().resolve("content"), content);
    BuildOptions options = new BuildOptions(content, work.resolve("site"), null, "/");
    assertTrue(SiteBuilder.firstBuildAhead(options, 14), "no state yet, as many page folders as the threshold");
    assertFalse(SiteBuilder.firstBuildAhead(options, 1000), "a first build of a small archive is a short run");
    try (ProcessLock held = ProcessLock.exclusive(ProcessLock.forOutput(work.toRealPath().resolve("site")), () -> {})) {
      assertFalse(SiteBuilder.firstBuildAhead(options, 1), "another build holds the folder: its state is to come");
    }

    assertEquals("clean", new SiteBuilder(options, (n, t) -> {}).build().changes().build());
    assertFalse(SiteBuilder.firstBuildAhead(options, 1), "a rebuild");
    assertFalse(SiteBuilder.firstBuildAhead(
        new BuildOptions(content, options.out(), null, "/other/", null, true), 1), "nor --clean or another key: they replace a site");
  }
}
