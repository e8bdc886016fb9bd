package org.kbsite.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.kbsite.TestPaths;
import org.kbsite.catalog.Json;
import org.junit.jupiter.api.Test;

/**
 * Two clean builds of the whole sample are byte-identical, the report's timings aside: the site
 * and the build state in {@code .kbsite/} alike. (The state holds no scan time; it would differ
 * only for pages or folders changed within two seconds of a scan, recorded without their times,
 * and the shared sample is read-only.)
 */
class DeterminismTest {
  @Test
  void twoCleanBuildsOfTheSampleAreIdentical() throws IOException {
    Path first = CorpusSite.out();
    Path second = TestPaths.scratch("corpus-site-again");
    CorpusSite.deleteTree(second);
    new SiteBuilder(CorpusSite.options(second), (n, t) -> {}).build();

    List<String> a = files(first);
    List<String> b = files(second);
    assertEquals(a, b, "same file names");
    assertTrue(a.size() > 10_000, a.size() + " files");
    assertTrue(a.containsAll(List.of(BuildState.FILE, SearchState.FILE, ListingState.FILE)), "the build state compared too");
    List<String> differing = new ArrayList<>();
    for (String rel : a) {
      if (rel.equals("build-report.json")) {
        continue;
      }
      if (!Arrays.equals(Files.readAllBytes(first.resolve(rel)), Files.readAllBytes(second.resolve(rel)))) {
        differing.add(rel);
      }
    }
    assertEquals(List.of(), differing.subList(0, Math.min(10, differing.size())), differing.size() + " files differ");
    assertEquals(withoutTimings(first), withoutTimings(second), "build-report.json apart from timings");
  }

  private static String withoutTimings(Path site) throws IOException {
    ObjectNode report = (ObjectNode) Json.MAPPER.readTree(site.resolve("build-report.json").toFile());
    report.remove("timings");
    return report.toString();
  }

  private static List<String> files(Path root) throws IOException {
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(Files::isRegularFile).map(p -> root.relativize(p).toString()).sorted().toList();
    }
  }
}
