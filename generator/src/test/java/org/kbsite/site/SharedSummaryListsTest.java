package org.kbsite.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.kbsite.TestPaths;
import org.kbsite.model.ArticleSummary;
import org.kbsite.model.Interner;
import org.junit.jupiter.api.Test;

/**
 * The summaries a build holds share their repeated lists (see {@link Interner}): equal lists are
 * one instance, whether the pages were parsed or their summaries read back from the build state,
 * or some of each, as in a rebuild.
 */
class SharedSummaryListsTest {
  private static final Map<String, Function<ArticleSummary, List<?>>> FIELDS = new LinkedHashMap<>();

  static {
    FIELDS.put("tags", ArticleSummary::tags);
    FIELDS.put("products", ArticleSummary::products);
    FIELDS.put("versions", ArticleSummary::versions);
    FIELDS.put("os", ArticleSummary::os);
    FIELDS.put("keywords", ArticleSummary::keywords);
    FIELDS.put("sections", ArticleSummary::sections);
  }

  @Test
  void parsedSummariesOfTheSampleShareEqualLists() throws IOException {
    List<ArticleSummary> summaries = parsed(new Interner());
    assertEquals(5028, summaries.size());
    assertEqualListsShared(summaries);
  }

  @Test
  void summariesReadFromTheBuildStateAndParsedShareEqualLists() throws IOException {
    CorpusSite.report();
    Interner lists = new Interner();
    BuildState state = BuildState.load(CorpusSite.out(), lists);
    assertTrue(state != null, "the corpus site's state reads back");
    List<ArticleSummary> read = state.sources.values().stream().map(s -> s.result().summary()).toList();
    assertEquals(5028, read.size());
    assertEqualListsShared(read);
    // A rebuild holds summaries of both kinds, made through the one interner of the build.
    List<ArticleSummary> both = new ArrayList<>(read);
    both.addAll(parsed(lists));
    assertEqualListsShared(both);
  }

  /** Every page of the sample parsed, its summary made through {@code lists}. */
  private static List<ArticleSummary> parsed(Interner lists) throws IOException {
    List<ArticleSummary> summaries = new ArrayList<>();
    Path corpus = TestPaths.corpus();
    try (Stream<Path> walk = Files.walk(corpus.resolve("kb"))) {
      for (Path page : walk.filter(p -> p.getFileName().toString().equals("README.md")).sorted().toList()) {
        String rel = corpus.relativize(page).toString();
        PageResult r = SourcePage.result(page, rel, null, lists);
        summaries.add(r.summary());
        // The shared lists are the same values an article's own summary has.
        assertEquals(SourcePage.load(page, rel).article().summary(), r.summary());
      }
    }
    return summaries;
  }

  private static void assertEqualListsShared(List<ArticleSummary> summaries) {
    FIELDS.forEach((field, get) -> {
      Set<List<?>> values = new HashSet<>();
      Set<List<?>> instances = Collections.newSetFromMap(new IdentityHashMap<>());
      for (ArticleSummary s : summaries) {
        values.add(get.apply(s));
        instances.add(get.apply(s));
      }
      assertEquals(values.size(), instances.size(), field + ": one instance per distinct list");
      assertTrue(values.size() < summaries.size(), field + " lists repeat in the sample");
    });
  }
}
