package org.kbsite.cli;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.kbsite.site.ProcessLock;
import org.kbsite.site.UserFolder;

/**
 * Where the build server for a kbsite jar, a Java runtime, a heap limit and a file-name encoding
 * listens: a socket in a folder only its user can enter ({@code java.io.tmpdir/kbsite-USER/},
 * mode 700), named by those four, so that a rebuilt jar, another JDK or another {@code -Xmx} gets
 * a server of its own. Next to it, the lock its server holds while it runs and the server's log.
 */
record ServerPlace(Path dir, String id, Path jar) {
  Path socket() {
    return dir.resolve(id + ".sock");
  }

  Path lock() {
    return dir.resolve(id + ".lock");
  }

  Path log() {
    return dir.resolve(id + ".log");
  }

  /**
   * The place for this JVM's kbsite, or null when there is none: not run from a jar, or the
   * folder cannot be made private (then builds run in their own process, as without a server).
   */
  static ServerPlace forThisJvm() {
    Path jar = ownJar();
    if (jar == null) {
      return null;
    }
    Path dir = UserFolder.get();
    if (dir == null) {
      return null;
    }
    try {
      String identity = jar + "\n" + jarStamp(jar) + "\n" + System.getProperty("java.home") + "\n" + Runtime.getRuntime().maxMemory()
          // File names are decoded as the locale says: a server started under another one could read
          // a path the client gave differently.
          + "\n" + System.getProperty("sun.jnu.encoding");
      return new ServerPlace(dir, ProcessLock.shortName(identity), jar);
    } catch (IOException e) {
      return null;
    }
  }

  /** The jar's size and time: what tells a rebuilt jar, for the place's name and for its server. */
  static String jarStamp(Path jar) throws IOException {
    return Files.size(jar) + " " + Files.getLastModifiedTime(jar).toMillis();
  }

  /** The jar this kbsite runs from, or null when it runs from a folder of classes (tests). */
  private static Path ownJar() {
    try {
      Path p = Path.of(ServerPlace.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return Files.isRegularFile(p) ? p : null;
    } catch (URISyntaxException | SecurityException | NullPointerException e) {
      return null;
    }
  }
}
