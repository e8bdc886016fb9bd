package org.kbsite.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.kbsite.TestPaths;
import org.kbsite.incremental.Hash;
import org.kbsite.incremental.Hasher;

/** kbsite's jar is known by its central directory: any entry's bytes changed change the key. */
class BuildKeyTest {
  private final Path dir = TestPaths.scratch("build-key");

  @Test
  void aJarIsKnownByEveryEntrysBytes() throws IOException {
    Files.createDirectories(dir);
    Hash a = key(jar("a.jar", "class bytes 1"));
    assertEquals(a, key(jar("a-again.jar", "class bytes 1")), "the same entries in another file");
    assertNotEquals(a, key(jar("b.jar", "class bytes 2")), "one byte of an entry changed, its size not");
    assertNotEquals(a, key(jar("c.jar", "class bytes 1", "extra")), "an entry added");
    time = 1_600_000_000_000L;
    assertEquals(a, key(jar("d.jar", "class bytes 1")), "the same bytes at another time (read in the local time zone)");
  }

  private long time = 1_700_000_000_000L;

  private Path jar(String name, String... contents) throws IOException {
    Path jar = dir.resolve(name);
    try (OutputStream file = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(file)) {
      for (int i = 0; i < contents.length; i++) {
        ZipEntry e = new ZipEntry("org/kbsite/C" + i + ".class");
        e.setTime(time);
        zip.putNextEntry(e);
        zip.write(contents[i].getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    return jar;
  }

  private static Hash key(Path jar) throws IOException {
    Hasher h = new Hasher();
    BuildKey.jar(h, jar);
    return h.done();
  }
}
