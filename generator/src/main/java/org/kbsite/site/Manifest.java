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

  /** Every file, in path order: the same order for the same files. */
  void forEachSorted(BiConsumer<String, BuildState.Output> action);

  /** A manifest held as a map. */
  record Mapped(Map<String, BuildState.Output> map) implements Manifest {
    @Override
    public int size() {
      return map.size();
    }

    @Override
    public void forEachSorted(BiConsumer<String, BuildState.Output> action) {
      String[] paths = map.keySet().toArray(new String[0]);
      java.util.Arrays.parallelSort(paths);
      for (String path : paths) {
        action.accept(path, map.get(path));
      }
    }
  }
}
