package org.kbsite.search;

import static java.nio.file.StandardOpenOption.DELETE_ON_CLOSE;
import static java.nio.file.StandardOpenOption.READ;
import static java.nio.file.StandardOpenOption.WRITE;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Every doc's packed terms ({@link SearchIndexWriter.DocTerms}), kept off the heap: appended to a
 * temporary file as articles are indexed, and read back through memory maps once all are in. At
 * a million articles they come to some 400 MB, the largest thing a build would otherwise hold
 * until its end. The file is deleted when the store is closed (or when the JVM exits).
 */
final class TermStore implements AutoCloseable {
  /** A map's size; no doc's terms straddle two. */
  private static final long SEGMENT = 1L << 30;

  private final FileChannel channel;
  private final long[] offsets;
  private final int[] sizes;
  private final int[] counts;
  private final int[] lengths;
  private long end;
  private final List<MappedByteBuffer> maps = new ArrayList<>();

  TermStore(int docs) {
    try {
      Path file = Files.createTempFile("kbsite-terms-", ".bin");
      channel = FileChannel.open(file, READ, WRITE, DELETE_ON_CLOSE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    offsets = new long[docs];
    Arrays.fill(offsets, -1);
    sizes = new int[docs];
    counts = new int[docs];
    lengths = new int[docs];
  }

  /** Stores a doc's terms. Thread-safe; not once reading has begun. */
  void put(int doc, SearchIndexWriter.DocTerms terms) {
    byte[] packed = terms.packed();
    long at;
    synchronized (this) {
      if (!maps.isEmpty()) {
        throw new IllegalStateException("terms stored after reading began");
      }
      if (end / SEGMENT != (end + packed.length) / SEGMENT) {
        end = (end / SEGMENT + 1) * SEGMENT;
      }
      at = end;
      end += packed.length;
      offsets[doc] = at;
      sizes[doc] = packed.length;
      counts[doc] = terms.count();
      lengths[doc] = terms.length();
    }
    try {
      ByteBuffer b = ByteBuffer.wrap(packed);
      while (b.hasRemaining()) {
        channel.write(b, at + b.position());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  synchronized boolean has(int doc) {
    return offsets[doc] >= 0;
  }

  /** A doc's terms. */
  synchronized SearchIndexWriter.DocTerms get(int doc) {
    if (maps.isEmpty() && end > 0) {
      map();
    }
    long at = offsets[doc];
    if (at < 0) {
      throw new IllegalStateException("no terms stored for doc " + doc);
    }
    byte[] packed = new byte[sizes[doc]];
    maps.get((int) (at / SEGMENT)).get((int) (at % SEGMENT), packed);
    return new SearchIndexWriter.DocTerms(packed, counts[doc], lengths[doc]);
  }

  private void map() {
    try {
      for (long from = 0; from < end; from += SEGMENT) {
        maps.add(channel.map(FileChannel.MapMode.READ_ONLY, from, Math.min(SEGMENT, end - from)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      channel.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
