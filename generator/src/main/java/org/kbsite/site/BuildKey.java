package org.kbsite.site;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.kbsite.incremental.Hash;
import org.kbsite.incremental.Hasher;

/**
 * What every output depends on besides the content: kbsite itself (its jar, or its classes when
 * run from a build folder), the options, the content folder's location and the templates. When
 * the key changes, an incremental build makes every file again (and still writes only those whose
 * bytes changed).
 */
final class BuildKey {
  private BuildKey() {}

  static Hash of(BuildOptions options) throws IOException {
    Hasher h = new Hasher();
    h.str("kbsite build key 2");
    code(h, codeLocation());
    h.str(options.baseUrl());
    h.str(options.siteUrl());
    h.str(StagedSite.realPath(options.content()).toString());
    h.bool(options.templates() != null);
    if (options.templates() != null) {
      tree(h, options.templates());
    }
    return h.done();
  }

  private static Path codeLocation() {
    try {
      return Path.of(BuildKey.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException | SecurityException | NullPointerException e) {
      return null;
    }
  }

  private static void code(Hasher h, Path location) throws IOException {
    if (location == null) {
      // Nothing to identify kbsite by: a key that matches no other build.
      h.i64(System.nanoTime());
    } else if (Files.isDirectory(location)) {
      tree(h, location);
    } else {
      jar(h, location);
    }
  }

  /**
   * A jar by its central directory: every entry's name, sizes and CRC-32. Not its bytes: a
   * rebuild's first half second runs before the JIT has compiled SHA-256, and hashing the 5 MB jar
   * then took a fifth of a second of CPU; the directory, which the class loader has already read,
   * takes a few milliseconds. Not the entries' times either: Java reads them in the local time
   * zone. A changed entry goes unnoticed only if its sizes and CRC-32 are all unchanged (a chance
   * of about 2^-32 for each changed class, and a new kbsite changes many).
   */
  static void jar(Hasher h, Path location) throws IOException {
    try (ZipFile zip = new ZipFile(location.toFile())) {
      h.i32(zip.size());
      for (var entries = zip.entries(); entries.hasMoreElements(); ) {
        ZipEntry e = entries.nextElement();
        h.str(e.getName()).i64(e.getSize()).i64(e.getCompressedSize()).i64(e.getCrc());
      }
    }
  }

  /** Every file's path and bytes, in path order. */
  private static void tree(Hasher h, Path dir) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(dir)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    h.i32(files.size());
    for (Path f : files) {
      h.str(dir.relativize(f).toString().replace('\\', '/'));
      byte[] b = Files.readAllBytes(f);
      h.i32(b.length).bytes(b, 0, b.length);
    }
  }
}
