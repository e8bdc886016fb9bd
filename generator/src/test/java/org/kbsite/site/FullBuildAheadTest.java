package org.kbsite.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.kbsite.TestPaths;
import org.kbsite.TestTrees;

/**
 * What a build server asks before it takes a build: whether the build will make every page of a
 * large archive, from the output folder's build state alone. The sample content (14 articles) is
 * "large" here when the threshold is at most 14.
 */
class FullBuildAheadTest {
  private final Path work = TestPaths.scratch("full-build-ahead");

  @Test
  void aFullBuildIsSeenBeforeItStarts() throws IOException {
    CorpusSite.deleteTree(work);
    Path content = work.resolve("content");
    TestTrees.copy(TestPaths.repoRoot().resolve("content"), content);
    BuildOptions options = new BuildOptions(content, work.resolve("site"), null, "/");
    assertTrue(SiteBuilder.fullBuildAhead(options, 1), "no state yet: a first build");
    assertTrue(SiteBuilder.fullBuildAhead(options, 14), "of as many page folders as kb/NNN/QNNNNN/ holds");
    assertFalse(SiteBuilder.fullBuildAhead(options, 1000), "a first build of a small archive is a short run");

    assertEquals("clean", new SiteBuilder(options, (n, t) -> {}).build().changes().build());
    BuildState.Head head = BuildState.head(options.out());
    assertEquals(BuildState.load(options.out()).key, head.key(), "the head holds the state's key");
    assertEquals(14, head.sources(), "and the number of pages read");

    assertFalse(SiteBuilder.fullBuildAhead(options, 1), "a rebuild with the same key");
    assertTrue(SiteBuilder.fullBuildAhead(withClean(options), 1), "--clean");
    assertTrue(SiteBuilder.fullBuildAhead(new BuildOptions(content, options.out(), null, "/other/"), 1),
        "another base URL: another key");
    assertFalse(SiteBuilder.fullBuildAhead(withClean(options), 15), "an archive too small for a long run");
    try (ProcessLock held = ProcessLock.exclusive(ProcessLock.forOutput(options.out().toRealPath()), () -> {})) {
      assertFalse(SiteBuilder.fullBuildAhead(withClean(options), 1), "another build holds the folder: no guess");
    }
    assertTrue(SiteBuilder.fullBuildAhead(withClean(options), 1), "and once it is done, --clean again");

    // The head of a large archive's state, whose entries do not fit in the bytes read: its count as written.
    Path large = work.resolve("large");
    Files.createDirectories(large.resolve(".kbsite"));
    byte[] state = Files.readAllBytes(options.out().resolve(BuildState.FILE));
    java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(state);
    StateCodec.header(b, "kbsite-build-state", b.getInt(4 + "kbsite-build-state".length()));
    for (int i = 0; i < 3; i++) {
      StateCodec.hash(b);
    }
    b.getLong();
    b.putInt(60_000);
    Files.write(large.resolve(BuildState.FILE), java.util.Arrays.copyOf(state, b.position() + 100));
    assertEquals(60_000, BuildState.head(large).sources());

    Files.write(options.out().resolve(BuildState.FILE), new byte[] {1, 2, 3});
    assertTrue(SiteBuilder.fullBuildAhead(options, 14), "a state that cannot be read: a full build, sized by the content");
    assertFalse(SiteBuilder.fullBuildAhead(options, 1000), "of a small archive");
  }

  private static BuildOptions withClean(BuildOptions o) {
    return new BuildOptions(o.content(), o.out(), o.templates(), o.baseUrl(), o.siteUrl(), true);
  }
}
