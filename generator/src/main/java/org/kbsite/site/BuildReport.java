package org.kbsite.site;

import java.util.List;
import java.util.Map;

/**
 * What a build did with every input: {@code OUT/build-report.json}. The counts add up:
 * {@code inputs = articles + rejected + ignored}. {@code coverage} counts the articles that have
 * each extracted field. {@code pagesWritten} and {@code filesWritten} count the site's pages and
 * files (the report included); {@code changes} says what this build changed in the output folder.
 */
public record BuildReport(
    int inputs,
    int articles,
    int pagesWritten,
    int filesWritten,
    List<Problem> rejected,
    List<Ignored> ignored,
    List<Problem> notes,
    Map<String, Integer> coverage,
    Changes changes,
    Timings timings) {

  /**
   * What the build did to the output folder: {@code build} is {@code clean} (a new folder put in
   * place of the old) or {@code incremental}; files written (the report and the build state not
   * counted), kept unchanged, deleted. Like the timings, it differs between builds of one input.
   */
  public record Changes(String build, int written, int unchanged, int deleted) {}

  /**
   * What the build cost: wall seconds per stage and in all, CPU seconds (user and kernel), of
   * which kernel seconds, peak heap and resident memory. The only part of the report that differs between two builds of the same input.
   */
  public record Timings(
      Map<String, Double> stages, double seconds, double cpuSeconds, double kernelCpuSeconds, long peakHeapBytes,
      long peakRssBytes) {}

  /** An input and what is wrong with it, at a 1-based line. */
  public record Problem(String path, int line, String reason) {}

  public record Ignored(String path, String reason) {}

  /** The coverage as a small table: field, articles that have it, share. */
  public String coverageTable() {
    StringBuilder sb = new StringBuilder("field coverage (articles that have the field):\n");
    coverage.forEach((field, n) -> sb.append(String.format(java.util.Locale.ROOT, "  %-22s %7d  %5.1f%%%n",
        field, n, articles == 0 ? 0.0 : 100.0 * n / articles)));
    return sb.toString();
  }

  /** How many rejected pages {@link #rejectedLines} names; the report lists them all. */
  static final int REJECTED_SHOWN = 20;

  /**
   * The rejected pages, one line each ({@code kbsite: rejected kb/148/Q148351/README.md:3:
   * invalid YAML ...}), the first {@value #REJECTED_SHOWN}, then how many more the report lists.
   */
  public List<String> rejectedLines() {
    List<String> lines = new java.util.ArrayList<>();
    for (Problem p : rejected.subList(0, Math.min(REJECTED_SHOWN, rejected.size()))) {
      lines.add("kbsite: rejected " + p.path() + (p.line() > 0 ? ":" + p.line() : "") + ": " + p.reason());
    }
    if (rejected.size() > REJECTED_SHOWN) {
      lines.add("kbsite: ... and " + (rejected.size() - REJECTED_SHOWN) + " more rejected pages: see " + StagedSite.MARKER + " in the output folder");
    }
    return lines;
  }

  public String summaryLine() {
    return String.format(java.util.Locale.ROOT,
        "kbsite: %d articles, %d pages, %d rejected, %d ignored, %.1f s (%s: %d files written, %d unchanged, %d deleted)",
        articles, pagesWritten, rejected.size(), ignored.size(), timings.seconds(),
        changes.build(), changes.written(), changes.unchanged(), changes.deleted());
  }
}
