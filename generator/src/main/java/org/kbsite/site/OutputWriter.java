package org.kbsite.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Writes files under the output folder only: every path is resolved against it and checked to
 * stay inside. Safe to call from many threads.
 */
final class OutputWriter {
  private final Path root;
  private final AtomicInteger files = new AtomicInteger();

  OutputWriter(Path root) {
    this.root = root;
  }

  void write(String relPath, String text) {
    write(relPath, text.getBytes(StandardCharsets.UTF_8));
  }

  void write(String relPath, byte[] bytes) {
    Path target = target(relPath);
    try {
      Files.createDirectories(target.getParent());
      Files.write(target, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    files.incrementAndGet();
  }

  /** A channel to a new file; the caller closes it. */
  FileChannel channel(String relPath) throws IOException {
    Path target = target(relPath);
    Files.createDirectories(target.getParent());
    files.incrementAndGet();
    return FileChannel.open(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
  }

  private Path target(String relPath) {
    Path target = root.resolve(relPath).normalize();
    if (!target.startsWith(root) || target.equals(root)) {
      throw new IllegalArgumentException("refusing to write outside the output folder: " + relPath);
    }
    return target;
  }

  int filesWritten() {
    return files.get();
  }
}
