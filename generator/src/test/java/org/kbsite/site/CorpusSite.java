package org.kbsite.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import org.kbsite.TestPaths;

/**
 * One build of the whole shared corpus per test run, shared by the tests that read it. Built at
 * the domain root of {@link #ORIGIN}, so that absolute URLs and sitemaps are written too.
 */
public final class CorpusSite {
  public static final String ORIGIN = "https://kb.example.org";
  private static BuildReport report;
  private static Path out;

  private CorpusSite() {}

  public static synchronized BuildReport report() {
    if (report == null) {
      out = TestPaths.scratch("corpus-site");
      try {
        deleteTree(out);
        report = new SiteBuilder(options(out), (n, t) -> {}).build();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return report;
  }

  /** The options of the shared build, writing into {@code out}. */
  public static BuildOptions options(Path out) {
    return new BuildOptions(TestPaths.corpus(), out, TestPaths.repoRoot().resolve("templates"), "/", ORIGIN);
  }

  public static Path out() {
    report();
    return out;
  }

  public static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (var walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
