package org.kbsite.site;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Keeps two builds from writing one output folder at once: a build holds an exclusive lock from
 * before it reads the published site until it has published; a rehearsal, which only reads it,
 * holds a shared one. The lock is on a file named by the folder's real path in this user's
 * {@link UserFolder} ({@code out-HASH.lock}), not on one in or beside the folder: a clean build
 * puts a new folder in the old one's place, and nothing is left beside the site. The file stays
 * when the build is done (deleting a lock file that another build has just opened would let a
 * third lock a new one). Locks are the operating system's, so a build that dies releases its own.
 * Builds of one folder by two users, or where the user folder cannot be private, are not kept
 * apart.
 */
final class OutputLock implements AutoCloseable {
  /** No lock: where there is no user folder. */
  private static final OutputLock NONE = new OutputLock(null, null);

  private final FileChannel file;
  private final FileLock lock;

  private OutputLock(FileChannel file, FileLock lock) {
    this.file = file;
    this.lock = lock;
  }

  /**
   * The build's lock on {@code out}, waiting for another build (or a rehearsal) that holds it;
   * {@code waiting} is run once first when it must wait.
   */
  static OutputLock forBuild(Path out, Runnable waiting) throws IOException {
    FileChannel file = open(out);
    if (file == null) {
      return NONE;
    }
    try {
      FileLock lock = file.tryLock();
      if (lock == null) {
        waiting.run();
        lock = file.lock();
      }
      return new OutputLock(file, lock);
    } catch (OverlappingFileLockException e) {
      file.close();
      throw new IOException("another build in this process is writing the output folder " + out);
    } catch (IOException | RuntimeException e) {
      file.close();
      throw e;
    }
  }

  /** A rehearsal's lock on {@code out}, or null, at once, when a build holds it. */
  static OutputLock forRehearsal(Path out) throws IOException {
    FileChannel file = open(out);
    if (file == null) {
      return NONE;
    }
    try {
      FileLock lock = file.tryLock(0, Long.MAX_VALUE, true);
      if (lock == null) {
        file.close();
        return null;
      }
      return new OutputLock(file, lock);
    } catch (OverlappingFileLockException e) {
      file.close();
      return null;
    } catch (IOException | RuntimeException e) {
      file.close();
      throw e;
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

  private static FileChannel open(Path out) throws IOException {
    Path lockFile = fileFor(out);
    // A shared lock needs the file open for reading, an exclusive one for writing.
    return lockFile == null ? null
        : FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
  }

  @Override
  public void close() throws IOException {
    if (file == null) {
      return;
    }
    try {
      lock.release();
    } finally {
      file.close();
    }
  }
}
