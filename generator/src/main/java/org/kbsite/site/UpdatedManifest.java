package org.kbsite.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.BiConsumer;

/**
 * An incremental build's files: the published site's ({@link PublishedManifest}), each kept as it
 * was, replaced or gone, and the files it adds. A kept file is a mark at its index, not a copy of
 * its entry, so that the build state can copy its bytes from the state before. Safe to fill from
 * many threads.
 */
final class UpdatedManifest implements Manifest {
  /** The mark of a file kept as the published site has it. */
  static final BuildState.Output KEPT = new BuildState.Output(null, null);

  final PublishedManifest base;
  private final AtomicReferenceArray<BuildState.Output> now;
  private final Map<String, BuildState.Output> added = new ConcurrentHashMap<>();

  UpdatedManifest(PublishedManifest base) {
    this.base = base;
    this.now = new AtomicReferenceArray<>(base.size());
  }

  /** Records the published file at index {@code i} ({@code o} {@link #KEPT} to keep it as it was), or a new one at -1. */
  void put(int i, String path, BuildState.Output o) {
    boolean twice = i < 0 ? added.putIfAbsent(path, o) != null : !now.compareAndSet(i, null, o);
    if (twice) {
      throw new IllegalStateException("two outputs at one path: " + path);
    }
  }

  /** The published files this build did not make, in path order. */
  List<String> deleted() {
    List<String> gone = new ArrayList<>();
    for (int i = 0; i < now.length(); i++) {
      if (now.get(i) == null) {
        gone.add(base.path(i));
      }
    }
    return gone;
  }

  @Override
  public int size() {
    int n = added.size();
    for (int i = 0; i < now.length(); i++) {
      if (now.get(i) != null) {
        n++;
      }
    }
    return n;
  }

  /**
   * Visits every file in path order, with its index in the published manifest (-1 for an added
   * file); a kept file's value is {@link #KEPT}.
   */
  void visit(SortedMerge.Visitor<BuildState.Output> visitor) {
    SortedMerge.visit(base.paths(), now::get, added.keySet().toArray(new String[0]), added::get, PATH_ORDER, visitor);
  }

  @Override
  public void forEachSorted(BiConsumer<String, BuildState.Output> action) {
    visit((path, o, i) -> action.accept(path, o == KEPT ? base.output(i) : o));
  }
}
