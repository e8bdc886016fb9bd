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

  /** A clean build's log and an incremental build's map write their paths in the same order. */
  @Test
  void theLogAndTheMapSortPathsAlike() {
    // U+FFFD sorts before U+1F600 by code point (and UTF-8), after it by UTF-16 unit.
    List<String> paths = List.of("b.html", "a\uFFFD.html", "a\uD83D\uDE00.html", "a.html", "\u00E9.html", "A.html");
    ManifestLog log = new ManifestLog();
    java.util.Map<String, BuildState.Output> map = new java.util.HashMap<>();
    for (String p : paths) {
      BuildState.Output o = new BuildState.Output(null, new Hash(p.length(), p.hashCode()));
      log.add(p, o);
      map.put(p, o);
    }
    List<String> fromLog = new ArrayList<>();
    log.forEachSorted((p, o) -> fromLog.add(p));
    List<String> fromMap = new ArrayList<>();
    new Manifest.Mapped(map).forEachSorted((p, o) -> fromMap.add(p));
    assertEquals(List.of("A.html", "a.html", "a\uFFFD.html", "a\uD83D\uDE00.html", "b.html", "\u00E9.html"), fromLog);
    assertEquals(fromLog, fromMap);
  }

  /**
   * An incremental build's map, whose paths are merged with the order of the manifest before it,
   * gives the order of sorting them all: paths deleted, and added before, between and after.
   */
  @Test
  void aMapMergedWithTheOrderBeforeItSortsAsAFreshOne() {
    List<String> before = List.of("A.html", "a.html", "a\uFFFD.html", "a\uD83D\uDE00.html", "b.html", "\u00E9.html");
    java.util.Map<String, BuildState.Output> old = new java.util.HashMap<>();
    before.forEach(p -> old.put(p, new BuildState.Output(null, new Hash(1, p.hashCode()))));
    Manifest.Mapped base = new Manifest.Mapped(old, before.toArray(new String[0]), null);
    java.util.Map<String, BuildState.Output> now = new java.util.HashMap<>(old);
    now.remove("a.html");
    now.remove("\u00E9.html");
    for (String p : List.of("0.html", "a\uD83D\uDE01.html", "a\uFFFE.html", "ab.html", "\uD83D\uDE00.html")) {
      now.put(p, new BuildState.Output(null, new Hash(2, p.hashCode())));
    }
    List<String> merged = new ArrayList<>();
    new Manifest.Mapped(now, null, base).forEachSorted((p, o) -> {
      assertEquals(now.get(p), o);
      merged.add(p);
    });
    List<String> fresh = new ArrayList<>();
    new Manifest.Mapped(now).forEachSorted((p, o) -> fresh.add(p));
    assertEquals(List.of("0.html", "A.html", "ab.html", "a\uFFFD.html", "a\uFFFE.html", "a\uD83D\uDE00.html",
        "a\uD83D\uDE01.html", "b.html", "\uD83D\uDE00.html"), fresh);
    assertEquals(fresh, merged);
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
