package org.kbsite.render;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.mustachejava.MustacheException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kbsite.TestPaths;
import org.kbsite.TestTrees;

/** A folder of templates is compiled as it is loaded, so that a broken one stops a build before any work. */
class TemplatesTest {
  @Test
  void aTemplateThatDoesNotCompileFailsTheLoadNamingItsFile(@TempDir Path dir) throws IOException {
    TestTrees.copy(TestPaths.repoRoot().resolve("templates"), dir);
    Files.writeString(dir.resolve("terms.mustache"), "<ul>\n{{#terms}} never closed\n");
    MustacheException e = assertThrows(MustacheException.class, () -> Templates.load(dir));
    assertTrue(e.getMessage().contains("terms.mustache"), e.getMessage());
  }

  @Test
  void everyTemplateOfTheProjectCompiles() {
    assertDoesNotThrow(() -> Templates.load(TestPaths.repoRoot().resolve("templates")));
  }
}
