package org.kbsite.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.kbsite.incremental.Hash;

class ManifestLogTest {
  @Test
  void givesBackEveryEntryInPathOrderAcrossPages() {
    // Enough entries to fill several 1 MB pages, added from many threads in a shuffled order.
    List<String> paths = new ArrayList<>();
    for (int i = 0; i < 40_000; i++) {
      paths.add("kb/" + (i / 1000) + "/Q" + i + "/index.html");
    }
    paths.add("é/non-ascii.html");
    paths.add("search/meta.json");
    List<String> shuffled = new ArrayList<>(paths);
    Collections.shuffle(shuffled, new Random(7));
    ManifestLog log = new ManifestLog();
    IntStream.range(0, shuffled.size()).parallel().forEach(i -> {
      String p = shuffled.get(i);
      Hash inputs = p.hashCode() % 3 == 0 ? null : new Hash(p.hashCode(), p.length());
      log.add(p, new BuildState.Output(inputs, new Hash(p.length(), p.hashCode())));
    });

    List<String> seen = new ArrayList<>();
    log.forEachSorted((p, o) -> {
      seen.add(p);
      assertEquals(new Hash(p.length(), p.hashCode()), o.bytes(), p);
      assertEquals(p.hashCode() % 3 == 0 ? null : new Hash(p.hashCode(), p.length()), o.inputs(), p);
    });
    List<String> expected = new ArrayList<>(paths);
    // UTF-8 byte order: for these paths, String order with the non-ASCII one last.
    Collections.sort(expected);
    assertEquals(expected, seen);
    assertEquals(paths.size(), log.size());
  }

  /**
   * A clean build's log sorts paths in code point order, the order a published manifest reads
   * them in: it takes them in that order and refuses them in UTF-16 order.
   */
  @Test
  void theLogSortsPathsAsAPublishedManifestReadsThem() {
    // U+FFFD sorts before U+1F600 by code point (and UTF-8), after it by UTF-16 unit.
    List<String> paths = List.of("b.html", "a\uFFFD.html", "a\uD83D\uDE00.html", "a.html", "\u00E9.html", "A.html");
    ManifestLog log = new ManifestLog();
    for (String p : paths) {
      log.add(p, new BuildState.Output(null, new Hash(p.length(), p.hashCode())));
    }
    List<String> fromLog = new ArrayList<>();
    PublishedManifest published = new PublishedManifest(paths.size());
    log.forEachSorted((p, o) -> {
      fromLog.add(p);
      published.add(p, o.inputs(), o.bytes());
    });
    assertEquals(List.of("A.html", "a.html", "a\uFFFD.html", "a\uD83D\uDE00.html", "b.html", "\u00E9.html"), fromLog);
    List<String> read = new ArrayList<>();
    published.forEachSorted((p, o) -> {
      read.add(p);
      assertEquals(new BuildState.Output(null, new Hash(p.length(), p.hashCode())), o, p);
    });
    assertEquals(fromLog, read);
    PublishedManifest utf16 = new PublishedManifest(2);
    utf16.add("a\uD83D\uDE00.html", null, null);
    assertThrows(IllegalArgumentException.class, () -> utf16.add("a\uFFFD.html", null, null));
  }

  /**
   * An incremental build's manifest, the published paths kept, replaced or gone and new ones
   * merged in, gives the order of sorting them all: paths deleted, and added before, between and
   * after; a kept path with its published hashes.
   */
  @Test
  void anUpdatedManifestSortsAsAFreshOne() {
    List<String> before = List.of("A.html", "a.html", "a\uFFFD.html", "a\uD83D\uDE00.html", "b.html", "\u00E9.html");
    PublishedManifest published = new PublishedManifest(before.size());
    before.forEach(p -> published.add(p, new Hash(1, p.hashCode()), new Hash(2, p.hashCode())));
    UpdatedManifest updated = new UpdatedManifest(published);
    java.util.Map<String, BuildState.Output> now = new java.util.HashMap<>();
    for (String p : before) {
      if (p.equals("a.html") || p.equals("\u00E9.html")) {
        continue;
      }
      BuildState.Output o = p.equals("b.html") ? new BuildState.Output(null, new Hash(3, 3)) : UpdatedManifest.KEPT;
      updated.put(published.indexOf(p), p, o);
      now.put(p, o == UpdatedManifest.KEPT ? published.output(published.indexOf(p)) : o);
    }
    for (String p : List.of("0.html", "a\uD83D\uDE01.html", "a\uFFFE.html", "ab.html", "\uD83D\uDE00.html")) {
      BuildState.Output o = new BuildState.Output(null, new Hash(2, p.hashCode()));
      updated.put(-1, p, o);
      now.put(p, o);
    }
    List<String> merged = new ArrayList<>();
    updated.forEachSorted((p, o) -> {
      assertEquals(now.get(p), o, p);
      merged.add(p);
    });
    assertEquals(List.of("0.html", "A.html", "ab.html", "a\uFFFD.html", "a\uFFFE.html", "a\uD83D\uDE00.html",
        "a\uD83D\uDE01.html", "b.html", "\uD83D\uDE00.html"), merged);
    assertEquals(merged.size(), updated.size());
    assertEquals(List.of("a.html", "\u00E9.html"), updated.deleted());
    assertThrows(IllegalStateException.class, () -> updated.put(published.indexOf("A.html"), "A.html", UpdatedManifest.KEPT),
        "a path given twice");
  }

  @Test
  void aPathGivenTwiceIsABug() {
    ManifestLog log = new ManifestLog();
    BuildState.Output o = new BuildState.Output(null, new Hash(1, 2));
    log.add("a.html", o);
    log.add("b.html", o);
    log.add("a.html", o);
    assertThrows(IllegalStateException.class, () -> log.forEachSorted((p, x) -> { }));
  }
}
