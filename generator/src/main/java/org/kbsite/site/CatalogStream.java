package org.kbsite.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.kbsite.bytes.Gzip;
import org.kbsite.incremental.Hash;

/**
 * {@code api/catalog.ndjson} and its gzipped copy, written one chunk of records at a time (the
 * articles of one archive folder {@code kb/NNN/}, in ID order). Each chunk is its own gzip member:
 * a file of several members is one valid gzip stream to gunzip, zcat and Java's
 * {@code GZIPInputStream}. So an incremental build copies the byte ranges of unchanged chunks
 * from the published files and compresses only the chunks that changed. Chunks are compressed
 * and written on a thread of their own, so that one chunk's compression overlaps with rendering
 * the next.
 */
final class CatalogStream implements AutoCloseable {
  static final String PLAIN = "api/catalog.ndjson";
  static final String GZIP = PLAIN + ".gz";

  private final FileChannel plain;
  private final FileChannel gzip;
  private final FileChannel oldPlain;
  private final FileChannel oldGzip;
  private final Map<Integer, BuildState.Chunk> previous;
  private final Map<Integer, BuildState.Chunk> chunks = new TreeMap<>();
  private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "kbsite-catalog-stream");
    t.setDaemon(true);
    return t;
  });
  private Future<?> pending;

  private CatalogStream(SiteOutput out, Hash inputs, Map<Integer, BuildState.Chunk> previous) throws IOException {
    FileChannel oldP = null;
    FileChannel oldG = null;
    if (!out.clean() && !previous.isEmpty()) {
      try {
        oldP = FileChannel.open(out.site().resolve(PLAIN), StandardOpenOption.READ);
        oldG = FileChannel.open(out.site().resolve(GZIP), StandardOpenOption.READ);
      } catch (IOException e) {
        // Not there to copy from: every chunk is made again.
        close(oldP);
        oldP = null;
        previous = Map.of();
      }
    }
    this.oldPlain = oldP;
    this.oldGzip = oldG;
    this.previous = previous;
    this.plain = out.channel(PLAIN, inputs);
    this.gzip = out.channel(GZIP, inputs);
  }

  /**
   * The stream for a catalog of these inputs (the hash of every chunk's inputs), or null when the
   * published files were made from the same inputs and are kept: then {@code previous} describes
   * them still.
   */
  static CatalogStream open(SiteOutput out, Hash inputs, Map<Integer, BuildState.Chunk> previous) throws IOException {
    if (out.same(PLAIN, inputs) && out.same(GZIP, inputs)) {
      out.unchanged(PLAIN, inputs);
      out.unchanged(GZIP, inputs);
      return null;
    }
    return new CatalogStream(out, inputs, previous);
  }

  /** True when the chunk can be copied from the published files. */
  boolean reusable(int bucket, Hash inputs) {
    BuildState.Chunk c = previous.get(bucket);
    return c != null && c.inputs().equals(inputs);
  }

  /** Copies a reusable chunk from the published files. */
  void copy(int bucket) throws IOException {
    submit(() -> copyNow(bucket));
  }

  /** Writes a chunk of record lines (JSON without the line end). */
  void write(int bucket, Hash inputs, List<String> lines) throws IOException {
    submit(() -> writeNow(bucket, inputs, lines));
  }

  private interface Task {
    void run() throws IOException;
  }

  /** Runs the task after the previous one, so that at most one chunk waits in memory. */
  private void submit(Task task) throws IOException {
    await();
    pending = writer.submit(() -> {
      task.run();
      return null;
    });
  }

  private void await() throws IOException {
    if (pending == null) {
      return;
    }
    try {
      pending.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while writing the catalog", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    } finally {
      pending = null;
    }
  }

  private void copyNow(int bucket) throws IOException {
    BuildState.Chunk c = previous.get(bucket);
    long p = plain.position();
    long g = gzip.position();
    transfer(oldPlain, c.plainOffset(), c.plainLength(), plain);
    transfer(oldGzip, c.gzipOffset(), c.gzipLength(), gzip);
    chunks.put(bucket, new BuildState.Chunk(c.inputs(), p, c.plainLength(), g, c.gzipLength()));
  }

  private void writeNow(int bucket, Hash inputs, List<String> lines) throws IOException {
    StringBuilder sb = new StringBuilder();
    for (String line : lines) {
      sb.append(line).append('\n');
    }
    byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
    byte[] packed = Gzip.fast(bytes);
    long p = plain.position();
    long g = gzip.position();
    writeAll(plain, bytes);
    writeAll(gzip, packed);
    chunks.put(bucket, new BuildState.Chunk(inputs, p, bytes.length, g, packed.length));
  }

  /** Where each chunk now lies, once all are written. */
  Map<Integer, BuildState.Chunk> chunks() throws IOException {
    await();
    return chunks;
  }

  private static void transfer(FileChannel from, long offset, long length, FileChannel to) throws IOException {
    for (long done = 0; done < length; ) {
      long n = from.transferTo(offset + done, length - done, to);
      if (n <= 0) {
        throw new IOException("the published catalog is shorter than its build state says: build with --clean");
      }
      done += n;
    }
  }

  private static void writeAll(FileChannel to, byte[] bytes) throws IOException {
    ByteBuffer b = ByteBuffer.wrap(bytes);
    while (b.hasRemaining()) {
      to.write(b);
    }
  }

  private static void close(FileChannel c) {
    try {
      if (c != null) {
        c.close();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() throws IOException {
    try {
      await();
    } finally {
      writer.shutdown();
      try (plain; gzip) {
        close(oldPlain);
        close(oldGzip);
      }
    }
  }
}
