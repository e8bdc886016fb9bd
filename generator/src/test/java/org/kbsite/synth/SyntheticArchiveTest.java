package org.kbsite.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.kbsite.TestPaths;
import org.kbsite.site.BuildOptions;
import org.kbsite.site.BuildReport;
import org.kbsite.site.CorpusSite;
import org.kbsite.site.SiteBuilder;

/** Copies of a three-page sample: fresh dense IDs, references remapped within each copy. */
class SyntheticArchiveTest {
  @Test
  void copiesGetFreshIdsAndCiteTheirOwnCopies() throws IOException {
    Path sample = TestPaths.scratch("synth-sample");
    Path out = TestPaths.scratch("synth-out");
    CorpusSite.deleteTree(sample);
    CorpusSite.deleteTree(out);
    for (int id : List.of(122544, 123358, 264675)) {
      Path to = sample.resolve(String.format("kb/%03d/Q%d/README.md", id / 1000, id));
      Files.createDirectories(to.getParent());
      Files.copy(TestPaths.corpusPage(id), to);
    }

    assertEquals(7, SyntheticArchive.write(sample, out, 7));

    try (Stream<Path> pages = Files.walk(out.resolve("kb"))) {
      assertEquals(List.of("Q10000", "Q10001", "Q10002", "Q10003", "Q122544", "Q123358", "Q264675"),
          pages.filter(p -> p.getFileName().toString().equals("README.md"))
              .map(p -> p.getParent().getFileName().toString()).sorted().toList());
    }
    // Copy 1 numbers the sample in ID order from 10000: Q122544 -> Q10000, Q123358 -> Q10001.
    String copy = Files.readString(out.resolve("kb/010/Q10001/README.md"));
    String original = Files.readString(TestPaths.corpusPage(123358));
    assertTrue(copy.contains("title: \"Q10001: "), copy.substring(0, 200));
    assertTrue(copy.contains("permalink: /kb/010/Q10001/"));
    assertTrue(copy.contains("\tArticle: Q10001\n"));
    assertTrue(original.contains("see article Q122544"));
    assertTrue(copy.contains("see article Q10000"), "the reference follows the copy");
    assertFalse(copy.contains("Q123358") || copy.contains("Q122544"));
    assertEquals(original.replaceAll("Q\\d+", "Q#").replaceAll("/kb/\\d+/", "/kb/#/"),
        copy.replaceAll("Q\\d+", "Q#").replaceAll("/kb/\\d+/", "/kb/#/"), "only the numbers change");

    BuildReport report = new SiteBuilder(new BuildOptions(out, TestPaths.scratch("synth-site"), null, "/"), (n, t) -> {}).build();
    assertEquals(7, report.articles());
    assertEquals(List.of(), report.rejected());
  }
}
