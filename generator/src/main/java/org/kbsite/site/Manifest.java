package org.kbsite.site;

import java.util.function.BiConsumer;

/**
 * The files of a site and their hashes ({@link BuildState.Output}), by path: what a build leaves
 * for the next one to compare with. A loaded state's is looked up by path ({@link
 * PublishedManifest}), an incremental build's records what became of each of those files and the
 * ones it adds ({@link UpdatedManifest}), a clean build's is a compact log ({@link ManifestLog}),
 * only ever written out.
 */
sealed interface Manifest permits PublishedManifest, UpdatedManifest, ManifestLog {
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
}
