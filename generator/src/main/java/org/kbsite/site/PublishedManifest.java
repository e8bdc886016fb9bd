package org.kbsite.site;

import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import org.kbsite.incremental.Hash;

/**
 * The files of the published site and their hashes, as its build state lists them: paths in
 * {@link Manifest#PATH_ORDER}, each with an index, and the hashes in one array of longs rather
 * than two objects a file (185,000 files at 60,000 articles).
 */
final class PublishedManifest implements Manifest {
  private final String[] paths;
  /** Four longs a file: its inputs hash, then its bytes hash. */
  private final long[] hashes;
  /** A bit a hash: 1 when the inputs hash is known, 2 when the bytes hash is. */
  private final byte[] known;
  private final Map<String, Integer> index;
  private int size;

  PublishedManifest(int capacity) {
    paths = new String[capacity];
    hashes = new long[capacity * 4];
    known = new byte[capacity];
    index = new HashMap<>(capacity * 2);
  }

  /** Adds the next file; paths come in order. */
  void add(String path, Hash inputs, Hash bytes) {
    if (size > 0 && PATH_ORDER.compare(paths[size - 1], path) >= 0) {
      throw new IllegalArgumentException("output paths out of order at " + path);
    }
    paths[size] = path;
    index.put(path, size);
    if (inputs != null) {
      hashes[size * 4] = inputs.hi();
      hashes[size * 4 + 1] = inputs.lo();
      known[size] |= 1;
    }
    if (bytes != null) {
      hashes[size * 4 + 2] = bytes.hi();
      hashes[size * 4 + 3] = bytes.lo();
      known[size] |= 2;
    }
    size++;
  }

  /** The file's index, or -1 when the site has no such file. */
  int indexOf(String path) {
    Integer i = index.get(path);
    return i == null ? -1 : i;
  }

  String path(int i) {
    return paths[i];
  }

  Hash inputs(int i) {
    return (known[i] & 1) == 0 ? null : new Hash(hashes[i * 4], hashes[i * 4 + 1]);
  }

  Hash bytes(int i) {
    return (known[i] & 2) == 0 ? null : new Hash(hashes[i * 4 + 2], hashes[i * 4 + 3]);
  }

  /** True when the file was made from these inputs (already combined with the build key). */
  boolean madeFrom(int i, Hash inputs) {
    return (known[i] & 1) != 0 && hashes[i * 4] == inputs.hi() && hashes[i * 4 + 1] == inputs.lo();
  }

  BuildState.Output output(int i) {
    return new BuildState.Output(inputs(i), bytes(i));
  }

  /** The paths, in order; not to be changed. */
  String[] paths() {
    return paths.length == size ? paths : java.util.Arrays.copyOf(paths, size);
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public void forEachSorted(BiConsumer<String, BuildState.Output> action) {
    for (int i = 0; i < size; i++) {
      action.accept(paths[i], output(i));
    }
  }
}
