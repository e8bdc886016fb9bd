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
 * Every doc's packed terms ({@link DocTerms}), kept off the heap: appended to a
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
  private final byte[] buffer = new byte[1 << 20];
  private int buffered;
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

  /**
   * Stores a doc's terms. Thread-safe; not once reading has begun. Terms are gathered in a
   * buffer and written a megabyte at a time: a rebuild stores every unchanged article's terms,
   * and one system call each would cost more than the rest of its work.
   */
  synchronized void put(int doc, DocTerms terms) {
    if (!maps.isEmpty()) {
      throw new IllegalStateException("terms stored after reading began");
    }
    byte[] packed = terms.packed();
    if (end / SEGMENT != (end + packed.length) / SEGMENT) {
      flush();
      end = (end / SEGMENT + 1) * SEGMENT;
    }
    if (packed.length > buffer.length - buffered) {
      flush();
    }
    if (packed.length > buffer.length) {
      write(ByteBuffer.wrap(packed), end);
    } else {
      System.arraycopy(packed, 0, buffer, buffered, packed.length);
      buffered += packed.length;
    }
    offsets[doc] = end;
    sizes[doc] = packed.length;
    counts[doc] = terms.count();
    lengths[doc] = terms.length();
    end += packed.length;
  }

  /** Writes the buffer, which holds the bytes just before {@code end}. */
  private void flush() {
    if (buffered > 0) {
      write(ByteBuffer.wrap(buffer, 0, buffered), end - buffered);
      buffered = 0;
    }
  }

  private void write(ByteBuffer b, long at) {
    try {
      long position = at;
      while (b.hasRemaining()) {
        position += channel.write(b, position);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The text length of a doc's terms, in words. */
  synchronized int length(int doc) {
    return lengths[doc];
  }

  synchronized boolean has(int doc) {
    return offsets[doc] >= 0;
  }

  /** A doc's terms. */
  synchronized DocTerms get(int doc) {
    if (maps.isEmpty() && end > 0) {
      flush();
      map();
    }
    long at = offsets[doc];
    if (at < 0) {
      throw new IllegalStateException("no terms stored for doc " + doc);
    }
    byte[] packed = new byte[sizes[doc]];
    maps.get((int) (at / SEGMENT)).get((int) (at % SEGMENT), packed);
    return new DocTerms(packed, counts[doc], lengths[doc]);
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
