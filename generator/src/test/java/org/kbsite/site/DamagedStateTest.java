package org.kbsite.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

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
 * A build's state files are a cache: damaged bytes must make the next build a clean one, neither
 * stop it nor feed it wrong values. Every byte of the three state files of this repository's
 * sample content is set in turn to a few values that stand for damage (0, the largest positive
 * byte, the smallest negative one, all ones), and each file is cut short at every length: every
 * such copy must read as no state, without an exception escaping (the files end with a CRC-32 of
 * their bytes).
 */
class DamagedStateTest {
  private static final byte[] DAMAGE = {0x00, 0x7f, (byte) 0x80, (byte) 0xff};

  private static byte[] state;
  private static byte[] search;
  private static byte[] listings;
  private static Hash key;
  private static Path content;

  @BeforeAll
  static void build() throws IOException {
    Path site = TestPaths.scratch("damaged-state/site");
    CorpusSite.deleteTree(site);
    content = TestPaths.repoRoot().resolve("content").toRealPath();
    new SiteBuilder(new BuildOptions(content, site, TestPaths.repoRoot().resolve("templates"), "/"), (n, t) -> {}).build();
    state = Files.readAllBytes(site.resolve(BuildState.FILE));
    search = Files.readAllBytes(site.resolve(SearchState.FILE));
    listings = Files.readAllBytes(site.resolve(ListingState.FILE));
    key = BuildState.read(state, new Interner()).key;
  }

  @Test
  void aDamagedBuildStateReadsAsNone() {
    damageEveryByte(state, bytes -> BuildState.read(bytes, new Interner()), null);
  }

  @Test
  void aDamagedSearchStateReadsAsNone() {
    damageEveryByte(search, bytes -> SearchState.read(bytes, key), null);
  }

  @Test
  void damagedListingsReadAsNone() {
    damageEveryByte(listings, bytes -> ListingState.read(bytes, content), ListingState.NONE);
  }

  /** Every damaged copy of {@code bytes} reads as {@code none}; the undamaged bytes do not. */
  private static void damageEveryByte(byte[] bytes, Function<byte[], Object> read, Object none) {
    Object undamaged = read.apply(bytes);
    assertNotNull(undamaged, "the undamaged file");
    assertNotEquals(none, undamaged, "the undamaged file");
    for (int i = 0; i < bytes.length; i++) {
      for (byte value : DAMAGE) {
        if (bytes[i] != value) {
          byte[] damaged = bytes.clone();
          damaged[i] = value;
          assertEquals(none, read.apply(damaged), "byte " + i + " set to " + value);
        }
      }
    }
    for (int length = 0; length < bytes.length; length++) {
      assertEquals(none, read.apply(Arrays.copyOf(bytes, length)), "cut short at " + length + " bytes");
    }
  }
}
