package org.kbsite;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the tests find the repository, the shared corpus and their scratch space. */
public final class TestPaths {
  private TestPaths() {}

  public static Path repoRoot() {
    return Path.of(System.getProperty("kbsite.repoRoot", "..")).toAbsolutePath().normalize();
  }

  /** The 5,028-page sample of the archive, beside the repository (read-only). */
  public static Path corpus() {
    Path p = repoRoot().resolve("../shared/corpus").normalize();
    if (!Files.isDirectory(p.resolve("kb"))) {
      throw new IllegalStateException("the shared corpus is missing: expected it at " + p);
    }
    return p;
  }

  /** The archive page of an article in the corpus. */
  public static Path corpusPage(int number) {
    return pageIn(corpus(), number);
  }

  /** Where the page of an article lies in a content folder in the archive's layout. */
  public static Path pageIn(Path content, int number) {
    return content.resolve(String.format("kb/%03d/Q%d/README.md", number / 1000, number));
  }

  public static Path scratch(String name) {
    return repoRoot().resolve("generator/target/test-work").resolve(name);
  }
}
