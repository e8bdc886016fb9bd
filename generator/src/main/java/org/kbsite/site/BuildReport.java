package org.kbsite.site;

import java.util.List;

/**
 * What a build did with every input: {@code OUT/build-report.json}. The counts add up:
 * {@code inputs = articles + rejected + ignored}.
 */
public record BuildReport(
    int inputs,
    int articles,
    int pagesWritten,
    int filesWritten,
    List<Problem> rejected,
    List<Ignored> ignored,
    List<Problem> notes,
    double seconds) {

  /** An input and what is wrong with it, at a 1-based line. */
  public record Problem(String path, int line, String reason) {}

  public record Ignored(String path, String reason) {}

  public String summaryLine() {
    return String.format(java.util.Locale.ROOT,
        "kbsite: %d articles, %d pages written, %d rejected, %d ignored, %.1f s",
        articles, pagesWritten, rejected.size(), ignored.size(), seconds);
  }
}
