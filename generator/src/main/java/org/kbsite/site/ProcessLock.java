package org.kbsite.site;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.kbsite.incremental.Hasher;

/**
 * A lock on a file that one process holds against the others: what keeps two builds from writing
 * one output folder at once ({@link #forOutput}), and two build servers from serving one place.
 *
 * <p>The locks are the operating system's (POSIX record locks): per process, released when the
 * process dies, and all released when the process closes any channel to the file. So the files
 * this JVM holds a lock on are also kept in {@link #HELD}, and a second lock of one of them is
 * refused without opening the file again. Byte 0 is the lock itself. Byte 1 is a waiting
 * writer's intent: an exclusive lock that must wait takes it first, and a shared holder asks
 * {@link #othersWaiting} to give way, since shared locks would otherwise keep being granted ahead
 * of the waiting writer. Lock files stay when released, since deleting one that another process has
 * just opened would let a third lock a new one; {@link #sweep} deletes those no process holds,
 * marking each retired first (byte 2) while it holds both bytes, and a process that then gets the
 * lock of a retired file opens the path again. Nothing else writes to a lock file: one of more
 * than two bytes is retired.
 */
public final class ProcessLock implements AutoCloseable {
  /** No lock: where there is no file to lock. */
  private static final ProcessLock NONE = new ProcessLock(null, null);

  /** Where {@link #sweep} marks a lock file it deletes: a non-zero byte. */
  private static final long RETIRED = 2;

  /**
   * Beside the lock files, the file a sweep locks while it runs, and a process clearing a retired
   * file left at its path ({@link #clearRetired}): never deleted (not a {@code *.lock}).
   */
  static final String SWEEP_LOCK = "locks.sweep";

  /** Held by this JVM's sweep or clearing, which the sweep lock, per process, does not keep apart. */
  private static final Object SWEEPING = new Object();

  /** The lock files this JVM holds a lock on (or is sweeping). */
  private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

  private final Path path;
  private final FileChannel file;

  private ProcessLock(Path path, FileChannel file) {
    this.path = path;
    this.file = file;
  }

  /**
   * The lock file of the output folder whose real path is {@code out}: named by that path in this
   * user's {@link UserFolder} ({@code out-HASH.lock}), not in or beside the folder, which a clean
   * build replaces and which should have nothing beside it; null without a user folder (then
   * builds are not kept apart, nor are two users' builds of one folder).
   */
  static Path forOutput(Path out) {
    Path dir = UserFolder.get();
    return dir == null ? null : dir.resolve("out-" + shortName(out.toString()) + ".lock");
  }

  /** Sixteen hex digits naming {@code text}: the first 64 bits of its SHA-256. */
  public static String shortName(String text) {
    return HexFormat.of().toHexDigits(Hasher.of(text.getBytes(StandardCharsets.UTF_8)).hi());
  }

  /**
   * An exclusive lock on {@code lockFile}, waiting while another process holds it; {@code
   * waiting} is run once first when it must wait. No lock when {@code lockFile} is null.
   *
   * @throws IOException when this JVM holds it already
   */
  static ProcessLock exclusive(Path lockFile, Runnable waiting) throws IOException {
    if (lockFile == null) {
      return NONE;
    }
    if (!HELD.add(lockFile)) {
      throw new IOException("another build in this process holds " + lockFile);
    }
    boolean[] toldWaiting = {false};
    try {
      return new ProcessLock(lockFile, lockLive(lockFile, file -> {
        if (file.tryLock(0, 1, false) == null) {
          if (!toldWaiting[0]) {
            waiting.run();
            toldWaiting[0] = true;
          }
          try (FileLock intent = file.lock(1, 1, false)) {
            file.lock(0, 1, false);
          }
        }
        return true;
      }));
    } catch (IOException | RuntimeException e) {
      HELD.remove(lockFile);
      throw e;
    }
  }

  /** An exclusive lock on {@code lockFile}, or null, at once, when any process (this one too) holds it. */
  public static ProcessLock tryExclusive(Path lockFile) throws IOException {
    return tryLock(lockFile, false);
  }

  /**
   * A shared lock on {@code lockFile}; null, at once, when a process holds it exclusively or waits
   * to, or this JVM holds it. No lock when {@code lockFile} is null.
   */
  static ProcessLock tryShared(Path lockFile) throws IOException {
    return lockFile == null ? NONE : tryLock(lockFile, true);
  }

  private static ProcessLock tryLock(Path lockFile, boolean shared) throws IOException {
    if (!HELD.add(lockFile)) {
      return null;
    }
    FileChannel file;
    try {
      file = lockLive(lockFile, f -> f.tryLock(0, 1, shared) != null);
    } catch (IOException | RuntimeException e) {
      HELD.remove(lockFile);
      throw e;
    }
    ProcessLock held = file == null ? null : new ProcessLock(lockFile, file);
    if (held == null || shared && held.othersWaiting()) {
      release(lockFile, file);
      return null;
    }
    return held;
  }

  /** Takes the lock (byte 0) of a lock file open on {@code file}: false when it is not to be had now. */
  private interface Take {
    boolean on(FileChannel file) throws IOException;
  }

  /**
   * The lock file {@code lockFile} opened and locked by {@code take}, or null (nothing left open)
   * when take says not now. While the file it locked turns out retired (swept meanwhile), clears
   * it and tries the path again.
   */
  private static FileChannel lockLive(Path lockFile, Take take) throws IOException {
    while (true) {
      FileChannel file = open(lockFile);
      try {
        if (!take.on(file)) {
          file.close();
          return null;
        }
        if (!retired(file)) {
          return file;
        }
      } catch (IOException | RuntimeException e) {
        file.close();
        throw e;
      }
      file.close();
      clearRetired(lockFile);
    }
  }

  /** True when another process waits for an exclusive lock on the file this (shared) lock is on. */
  boolean othersWaiting() {
    if (file == null) {
      return false;
    }
    try (FileLock intent = file.tryLock(1, 1, true)) {
      return intent == null;
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * Deletes the lock files ({@code *.lock}) in {@code dir} made before {@code before} that no
   * process holds or waits for (one is made again when next needed), and any retired one left
   * behind. Returns how many it deleted; a file it cannot delete is left as it is, and nothing is
   * deleted while another sweep runs. Call it where this JVM takes no lock meanwhile, since a lock
   * it takes on a file being swept is refused as held.
   */
  public static int sweep(Path dir, Instant before) {
    int deleted = 0;
    synchronized (SWEEPING) {
      try (FileChannel master = open(dir.resolve(SWEEP_LOCK));
          FileLock sweeping = master.tryLock();
          DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.lock")) {
        if (sweeping == null) {
          return 0;
        }
        for (Path lockFile : files) {
          if (HELD.add(lockFile)) {
            try {
              deleted += retire(lockFile, before) ? 1 : 0;
            } catch (IOException e) {
              // Gone or unreadable meanwhile: what is left stays for the next sweep.
            } finally {
              HELD.remove(lockFile);
            }
          }
        }
      } catch (IOException | DirectoryIteratorException e) {
        // The folder unreadable: what is there stays for the next sweep.
      }
    }
    return deleted;
  }

  /**
   * Deletes {@code lockFile} when it is retired, or else when it was made before {@code before}
   * and no process holds it or waits for it, marking it retired first and deleting it while still
   * locked, so that whoever locks it next finds it retired. Under the sweep lock.
   */
  private static boolean retire(Path lockFile, Instant before) throws IOException {
    if (Files.size(lockFile) > RETIRED) {
      return Files.deleteIfExists(lockFile);
    }
    if (!Files.getLastModifiedTime(lockFile).toInstant().isBefore(before)) {
      return false;
    }
    try (FileChannel file = FileChannel.open(lockFile, StandardOpenOption.READ, StandardOpenOption.WRITE);
        FileLock both = file.tryLock(0, 2, false)) {
      if (both == null || retired(file)) {
        return false;
      }
      file.write(ByteBuffer.wrap(new byte[] {1}), RETIRED);
      Files.delete(lockFile);
      return true;
    } catch (NoSuchFileException e) {
      return false;
    }
  }

  /**
   * Deletes the retired file at {@code lockFile}, if there is one, before a process that locked a
   * retired file opens the path again: a sweep deletes a file it retires before it lets go of it,
   * but one that stopped in between (killed) leaves it there, and every lock would then find it
   * retired again. Done under the sweep lock, waiting for a sweep that runs: then nothing else
   * retires or deletes a lock file, so the file found retired is still the one deleted.
   */
  private static void clearRetired(Path lockFile) throws IOException {
    synchronized (SWEEPING) {
      try (FileChannel master = open(lockFile.resolveSibling(SWEEP_LOCK));
          FileLock sweeping = master.lock()) {
        if (sizeOrZero(lockFile) > RETIRED) {
          Files.deleteIfExists(lockFile);
        }
      }
    }
  }

  private static long sizeOrZero(Path file) throws IOException {
    try {
      return Files.size(file);
    } catch (NoSuchFileException e) {
      return 0;
    }
  }

  /** True when {@link #sweep} has retired the file this channel is open on: its path names another file or none. */
  private static boolean retired(FileChannel file) throws IOException {
    ByteBuffer b = ByteBuffer.allocate(1);
    return file.read(b, RETIRED) == 1 && b.get(0) != 0;
  }

  private static FileChannel open(Path lockFile) throws IOException {
    // A shared lock needs the file open for reading, an exclusive one for writing.
    return FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
  }

  /** Closes the channel (releasing its locks) and forgets the file. */
  private static void release(Path lockFile, FileChannel file) throws IOException {
    try {
      if (file != null) {
        file.close();
      }
    } finally {
      HELD.remove(lockFile);
    }
  }

  @Override
  public void close() throws IOException {
    if (file != null) {
      release(path, file);
    }
  }
}
