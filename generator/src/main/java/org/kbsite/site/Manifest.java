package org.kbsite.site;

import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The files of a site and their hashes ({@link BuildState.Output}), by path: what a build leaves
 * for the next one to compare with. A loaded state's or an incremental build's is a map, looked
 * up by path; a clean build's is a compact log ({@link ManifestLog}), only ever written out.
 */
sealed interface Manifest permits Manifest.Mapped, ManifestLog {
  int size();

  /** Every file, in path order ({@link #PATH_ORDER}): the same order for the same files. */
  void forEachSorted(BiConsumer<String, BuildState.Output> action);

  /**
   * The order of paths' UTF-8 bytes, which is code point order: what a clean build's log sorts by,
   * so that both kinds of manifest write the same state. {@link String#compareTo} compares UTF-16
   * units instead, which puts characters beyond U+FFFF before U+E000 to U+FFFF.
   */
  java.util.Comparator<String> PATH_ORDER = (a, b) -> {
    int n = Math.min(a.length(), b.length());
    for (int i = 0; i < n; i++) {
      char x = a.charAt(i);
      char y = b.charAt(i);
      if (x != y) {
        return codePointRank(x) - codePointRank(y);
      }
    }
    return a.length() - b.length();
  };

  /** Surrogates after every other UTF-16 unit, as their code points come after the BMP's. */
  private static int codePointRank(char c) {
    return c < 0xD800 ? c : c >= 0xE000 ? c - 0x800 : c + 0x2000;
  }

  /**
   * A manifest held as a map. {@code sorted}: its paths in {@link #PATH_ORDER} when known, else
   * null (a loaded state's are known: it was written in that order). {@code base}: the manifest
   * of the build before, whose paths most of this one's are, or null: its order is merged with the
   * few paths it lacks rather than every path sorted again.
   */
  record Mapped(Map<String, BuildState.Output> map, String[] sorted, Mapped base) implements Manifest {
    Mapped(Map<String, BuildState.Output> map) {
      this(map, null, null);
    }

    @Override
    public int size() {
      return map.size();
    }

    @Override
    public void forEachSorted(BiConsumer<String, BuildState.Output> action) {
      if (sorted != null) {
        for (String path : sorted) {
          action.accept(path, map.get(path));
        }
      } else if (base != null && base.sorted != null) {
        SortedMerge.visit(base.sorted, base.map::containsKey, map, PATH_ORDER, (path, o, i) -> action.accept(path, o));
      } else {
        String[] paths = map.keySet().toArray(new String[0]);
        java.util.Arrays.parallelSort(paths, PATH_ORDER);
        for (String path : paths) {
          action.accept(path, map.get(path));
        }
      }
    }
  }
}
