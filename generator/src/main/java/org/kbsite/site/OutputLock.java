package org.kbsite.site;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps two builds from writing one output folder at once: a build holds an exclusive lock from
 * before it reads the published site until it has published; a rehearsal, which only reads it,
 * holds a shared one, and gives way to a build that waits.
 *
 * <p>The lock is on a file named by the folder's real path in this user's {@link UserFolder}
 * ({@code out-HASH.lock}), not on one in or beside the folder: a clean build puts a new folder in
 * the old one's place, and nothing is left beside the site. The file stays when the build is done
 * (deleting a lock file that another build has just opened would let a third lock a new one).
 * Builds of one folder by two users, or where the user folder cannot be private, are not kept
 * apart.
 *
 * <p>The operating system's locks (POSIX record locks) are per process, are released when the
 * process dies, and are all released when the process closes any channel to the file; so within
 * one JVM the folders locked are also kept in {@link #HELD}, and a second lock of one of them is
 * refused without opening the file again. Byte 0 is the lock itself. Byte 1 is a build's intent:
 * a build that must wait takes it first, and a rehearsal that finds it taken stops, since shared
 * locks would otherwise keep being granted ahead of the waiting build.
 */
final class OutputLock implements AutoCloseable {
  /** No lock: where there is no user folder. */
  private static final OutputLock NONE = new OutputLock(null, null, null);

  /** The lock files this JVM holds a lock on. */
  private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

  private final Path path;
  private final FileChannel file;
  private final FileLock lock;

  private OutputLock(Path path, FileChannel file, FileLock lock) {
    this.path = path;
    this.file = file;
    this.lock = lock;
  }

  /**
   * The build's lock on {@code out}, waiting for another process's build or rehearsal that holds
   * it; {@code waiting} is run once first when it must wait.
   */
  static OutputLock forBuild(Path out, Runnable waiting) throws IOException {
    Path path = fileFor(out);
    if (path == null) {
      return NONE;
    }
    if (!HELD.add(path)) {
      throw new IOException("another build in this process is writing the output folder " + out);
    }
    FileChannel file = null;
    try {
      file = open(path);
      FileLock lock = file.tryLock(0, 1, false);
      if (lock == null) {
        waiting.run();
        try (FileLock intent = file.lock(1, 1, false)) {
          lock = file.lock(0, 1, false);
        }
      }
      return new OutputLock(path, file, lock);
    } catch (IOException | RuntimeException e) {
      release(path, file);
      throw e;
    }
  }

  /**
   * A rehearsal's lock on {@code out}; null, at once, when a build holds it or waits for it, or
   * another build or rehearsal of this JVM holds it.
   */
  static OutputLock forRehearsal(Path out) throws IOException {
    Path path = fileFor(out);
    if (path == null) {
      return NONE;
    }
    if (!HELD.add(path)) {
      return null;
    }
    FileChannel file = null;
    try {
      file = open(path);
      FileLock lock = file.tryLock(0, 1, true);
      OutputLock held = lock == null ? null : new OutputLock(path, file, lock);
      if (held == null || held.buildWaiting()) {
        release(path, file);
        return null;
      }
      return held;
    } catch (IOException | RuntimeException e) {
      release(path, file);
      throw e;
    }
  }

  /** True when a build of another process waits for this (shared) lock. */
  boolean buildWaiting() {
    if (file == null) {
      return false;
    }
    try (FileLock intent = file.tryLock(1, 1, true)) {
      return intent == null;
    } catch (IOException e) {
      return false;
    }
  }

  /** The lock file for the output folder whose real path is {@code out}; null without a user folder. */
  static Path fileFor(Path out) {
    Path dir = UserFolder.get();
    if (dir == null) {
      return null;
    }
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(out.toString().getBytes(StandardCharsets.UTF_8));
      return dir.resolve("out-" + HexFormat.of().formatHex(digest, 0, 8) + ".lock");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static FileChannel open(Path lockFile) throws IOException {
    // A shared lock needs the file open for reading, an exclusive one for writing.
    return FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
  }

  /** Closes the channel (releasing its locks) and forgets the path. */
  private static void release(Path path, FileChannel file) throws IOException {
    try {
      if (file != null) {
        file.close();
      }
    } finally {
      HELD.remove(path);
    }
  }

  @Override
  public void close() throws IOException {
    if (file != null) {
      release(path, file);
    }
  }
}
