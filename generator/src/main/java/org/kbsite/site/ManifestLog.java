package org.kbsite.site;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiConsumer;
import org.kbsite.incremental.Hash;

/**
 * A clean build's manifest: an append-only log of (path, hashes) entries in 1 MB pages, sorted
 * once, when the build state is written. About 60 bytes a file, where a map of strings and hash
 * objects takes some 180: at a million articles the site has three million files. Safe to call
 * from many threads.
 */
final class ManifestLog implements Manifest {
  private static final int PAGE_BITS = 20;
  private static final int PAGE = 1 << PAGE_BITS;
  private static final int INPUTS = 1;
  private static final int BYTES = 2;

  private final List<byte[]> pages = new ArrayList<>();
  private byte[] page;
  private int used;
  /** Where each entry starts: its page, then its offset in the page. */
  private int[] entries = new int[1 << 12];
  private int size;

  synchronized void add(String path, BuildState.Output o) {
    byte[] p = path.getBytes(StandardCharsets.UTF_8);
    if (p.length > Short.MAX_VALUE) {
      throw new IllegalArgumentException("output path too long: " + path);
    }
    int need = 3 + p.length + (o.inputs() == null ? 0 : 16) + (o.bytes() == null ? 0 : 16);
    if (page == null || used + need > PAGE) {
      page = new byte[PAGE];
      pages.add(page);
      used = 0;
    }
    ByteBuffer b = ByteBuffer.wrap(page, used, need);
    b.put((byte) ((o.inputs() == null ? 0 : INPUTS) | (o.bytes() == null ? 0 : BYTES)));
    b.putShort((short) p.length);
    b.put(p);
    hash(b, o.inputs());
    hash(b, o.bytes());
    if (size == entries.length) {
      entries = Arrays.copyOf(entries, size * 2);
    }
    entries[size++] = (pages.size() - 1) << PAGE_BITS | used;
    used += need;
  }

  private static void hash(ByteBuffer b, Hash h) {
    if (h != null) {
      b.putLong(h.hi()).putLong(h.lo());
    }
  }

  @Override
  public synchronized int size() {
    return size;
  }

  /**
   * Every file in the order of its path's UTF-8 bytes (unsigned); fails on a path given twice,
   * which would be a bug in the build.
   */
  @Override
  public synchronized void forEachSorted(BiConsumer<String, BuildState.Output> action) {
    Integer[] order = new Integer[size];
    for (int i = 0; i < size; i++) {
      order[i] = entries[i];
    }
    Arrays.parallelSort(order, this::compare);
    String last = null;
    for (int entry : order) {
      ByteBuffer b = at(entry);
      int flags = b.get();
      byte[] p = new byte[b.getShort()];
      b.get(p);
      String path = new String(p, StandardCharsets.UTF_8);
      if (path.equals(last)) {
        throw new IllegalStateException("two outputs at one path: " + path);
      }
      Hash inputs = (flags & INPUTS) != 0 ? new Hash(b.getLong(), b.getLong()) : null;
      Hash bytes = (flags & BYTES) != 0 ? new Hash(b.getLong(), b.getLong()) : null;
      action.accept(path, new BuildState.Output(inputs, bytes));
      last = path;
    }
  }

  private ByteBuffer at(int entry) {
    return ByteBuffer.wrap(pages.get(entry >>> PAGE_BITS)).position(entry & (PAGE - 1));
  }

  private int compare(int x, int y) {
    byte[] a = pages.get(x >>> PAGE_BITS);
    byte[] b = pages.get(y >>> PAGE_BITS);
    int i = (x & (PAGE - 1)) + 3;
    int j = (y & (PAGE - 1)) + 3;
    return Arrays.compareUnsigned(a, i, i + length(a, i - 3), b, j, j + length(b, j - 3));
  }

  private static int length(byte[] page, int entry) {
    return (page[entry + 1] & 0xFF) << 8 | page[entry + 2] & 0xFF;
  }
}
