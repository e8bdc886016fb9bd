package org.kbsite.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Another process that holds an output folder's lock ({@link ProcessLock}), for tests of what a
 * build does meanwhile: a JVM of its own, since the locks are the operating system's, which a
 * process does not contend with itself.
 */
public final class LockHolder {
  private LockHolder() {}

  /**
   * Starts a JVM that takes the lock of the output folder {@code site} as {@code mode} says (see
   * {@link #main}) and holds it until {@link #release}d; returns once it holds it.
   */
  public static Process hold(Path site, String mode) throws IOException {
    return holdFile(lockFile(site), mode);
  }

  /** As {@link #hold}, for the lock file {@code lockFile}. */
  static Process holdFile(Path lockFile, String mode) throws IOException {
    Process p = start(lockFile, mode);
    assertEquals("locked", firstLine(p), "the other process holds the lock");
    return p;
  }

  /** What another process finds when it tries the lock of {@code site}: {@code held} or {@code free}. */
  public static String probe(Path site) throws IOException, InterruptedException {
    return probeFile(lockFile(site));
  }

  /** As {@link #probe}, for the lock file {@code lockFile}. */
  static String probeFile(Path lockFile) throws IOException, InterruptedException {
    Process p = start(lockFile, "probe");
    String line = firstLine(p);
    p.waitFor();
    return line;
  }

  /** Ends a holder's process, which releases its lock. */
  public static void release(Process holder) throws IOException, InterruptedException {
    if (holder != null) {
      holder.getOutputStream().close();
      holder.waitFor();
    }
  }

  private static Path lockFile(Path site) throws IOException {
    Path lockFile = ProcessLock.forOutput(site.toRealPath());
    assertNotNull(lockFile, "this user has a private folder for locks: " + UserFolder.get());
    return lockFile;
  }

  private static Process start(Path lockFile, String mode) throws IOException {
    String java = ProcessHandle.current().info().command().orElse("java");
    return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), LockHolder.class.getName(),
        lockFile.toString(), mode).redirectError(ProcessBuilder.Redirect.INHERIT).start();
  }

  private static String firstLine(Process p) throws IOException {
    return new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8)).readLine();
  }

  /**
   * The other process. Modes: {@code build} (byte 0, exclusive), {@code rehearsal} (byte 0,
   * shared), {@code intent} (byte 1, exclusive: a build waiting), held until its input closes;
   * {@code retiring} (byte 0, exclusive), which when its input closes marks the file retired and
   * deletes it before it lets go, as {@link ProcessLock#sweep} does; {@code probe} prints whether
   * byte 0 is free for a shared lock, and exits.
   */
  public static void main(String[] args) throws IOException {
    try (FileChannel file = FileChannel.open(Path.of(args[0]), StandardOpenOption.CREATE, StandardOpenOption.READ,
        StandardOpenOption.WRITE)) {
      if (args[1].equals("probe")) {
        try (FileLock lock = file.tryLock(0, 1, true)) {
          System.out.println(lock == null ? "held" : "free");
        }
        return;
      }
      long position = args[1].equals("intent") ? 1 : 0;
      try (FileLock lock = file.lock(position, 1, args[1].equals("rehearsal"))) {
        System.out.println("locked");
        System.out.flush();
        System.in.readAllBytes();
        if (args[1].equals("retiring")) {
          file.write(ByteBuffer.wrap(new byte[] {1}), 2);
          Files.delete(Path.of(args[0]));
        }
      }
    }
  }
}
