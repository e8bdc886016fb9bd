package org.kbsite.site;

import static java.nio.file.StandardOpenOption.CREATE;
import static java.nio.file.StandardOpenOption.CREATE_NEW;
import static java.nio.file.StandardOpenOption.TRUNCATE_EXISTING;
import static java.nio.file.StandardOpenOption.WRITE;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Writes files under the output folder only: every path is resolved against it and checked to
 * stay inside. Safe to call from many threads.
 */
final class OutputWriter {
  private final Path root;
  private final AtomicInteger files = new AtomicInteger();
  // Folders known to exist: most files share their folder with others, and asking the file
  // system again costs two system calls a file (a failing mkdir, then a stat).
  private final Set<Path> folders = ConcurrentHashMap.newKeySet();

  OutputWriter(Path root) {
    this.root = root;
  }

  void write(String relPath, String text) {
    write(relPath, text.getBytes(StandardCharsets.UTF_8));
  }

  void write(String relPath, byte[] bytes) {
    Path target = target(relPath);
    try {
      folder(target.getParent());
      // One write call for the whole file; Files.write writes 8 kB at a time.
      try (FileChannel channel = FileChannel.open(target, CREATE, TRUNCATE_EXISTING, WRITE)) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
          channel.write(buffer);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    files.incrementAndGet();
  }

  /** A channel to a new file; the caller closes it. */
  FileChannel channel(String relPath) throws IOException {
    Path target = target(relPath);
    folder(target.getParent());
    files.incrementAndGet();
    return FileChannel.open(target, CREATE_NEW, WRITE);
  }

  /** Deletes a file this writer made. */
  void delete(String relPath) throws IOException {
    Files.delete(target(relPath));
    files.decrementAndGet();
  }

  private void folder(Path folder) throws IOException {
    if (!folders.contains(folder)) {
      Files.createDirectories(folder);
      folders.add(folder);
    }
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
