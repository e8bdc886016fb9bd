package org.kbsite.site;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * This user's folder for kbsite's locks and build server sockets: {@code java.io.tmpdir/kbsite-USER/},
 * made with mode 700 and used only while it is a real folder of this user's that no one else may
 * enter (no one else can then plant a file or a link where kbsite looks).
 */
public final class UserFolder {
  private static final Set<PosixFilePermission> PRIVATE = PosixFilePermissions.fromString("rwx------");

  private UserFolder() {}

  /** The folder, made if need be; null when it cannot be made private (no POSIX permissions, another owner). */
  public static Path get() {
    Path dir = Path.of(System.getProperty("java.io.tmpdir"), "kbsite-" + System.getProperty("user.name"));
    try {
      if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
        Files.createDirectories(dir.getParent());
        try {
          Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(PRIVATE));
        } catch (FileAlreadyExistsException e) {
          // Made by another build starting at the same moment: checked below like any other.
        }
      }
      return isPrivate(dir) ? dir : null;
    } catch (IOException | UnsupportedOperationException e) {
      return null;
    }
  }

  /** A real folder (not a link), owned by this user, that no one else may enter. */
  public static boolean isPrivate(Path dir) throws IOException {
    return Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)
        && Files.getOwner(dir, LinkOption.NOFOLLOW_LINKS).getName().equals(System.getProperty("user.name"))
        && Files.getPosixFilePermissions(dir, LinkOption.NOFOLLOW_LINKS).equals(PRIVATE);
  }
}
