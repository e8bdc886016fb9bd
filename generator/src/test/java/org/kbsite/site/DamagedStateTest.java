package org.kbsite.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kbsite.TestPaths;
import org.kbsite.incremental.Hash;
import org.kbsite.model.Interner;

/**
 * A build's state files are a cache: damaged bytes must make the next build a clean one, never
 * stop it. Every byte of the states of this repository's sample content is set in turn to a few
 * values that stand for a damaged file (0, the largest positive byte, the smallest negative one,
 * all ones), and the file is cut short at every length; each result must read as a state or as
 * none, without an exception escaping.
 */
class DamagedStateTest {
  private static final byte[] DAMAGE = {0x00, 0x7f, (byte) 0x80, (byte) 0xff};

  private static byte[] state;
  private static byte[] search;
  private static Hash key;

  @BeforeAll
  static void build() throws IOException {
    Path site = TestPaths.scratch("damaged-state/site");
    CorpusSite.deleteTree(site);
    new SiteBuilder(new BuildOptions(TestPaths.repoRoot().resolve("content"), site,
        TestPaths.repoRoot().resolve("templates"), "/"), (n, t) -> {}).build();
    state = Files.readAllBytes(site.resolve(BuildState.FILE));
    search = Files.readAllBytes(site.resolve(SearchState.FILE));
    key = BuildState.read(state, new Interner()).key;
  }

  @Test
  void aDamagedBuildStateReadsAsNoneOrAsAState() {
    int none = damageEveryByte(state, bytes -> BuildState.read(bytes, new Interner()));
    assertTrue(none > state.length, none + " of " + state.length * DAMAGE.length + " damaged states read as none");
  }

  @Test
  void aDamagedSearchStateReadsAsNoneOrAsAState() {
    assertNotNull(SearchState.read(search, key), "the undamaged search state");
    int none = damageEveryByte(search, bytes -> SearchState.read(bytes, key));
    assertTrue(none > search.length, none + " of " + search.length * DAMAGE.length + " damaged states read as none");
  }

  /** Reads every damaged copy of {@code bytes}; returns how many read as no state. */
  private static int damageEveryByte(byte[] bytes, Function<byte[], Object> read) {
    int none = 0;
    for (int i = 0; i < bytes.length; i++) {
      for (byte value : DAMAGE) {
        if (bytes[i] == value) {
          continue;
        }
        byte[] damaged = bytes.clone();
        damaged[i] = value;
        if (read.apply(damaged) == null) {
          none++;
        }
      }
    }
    for (int length = 0; length < bytes.length; length++) {
      assertEquals(null, read.apply(Arrays.copyOf(bytes, length)), "cut short at " + length + " bytes");
    }
    return none;
  }
}
