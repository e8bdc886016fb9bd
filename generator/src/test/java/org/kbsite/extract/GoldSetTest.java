package org.kbsite.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.kbsite.TestPaths;
import org.kbsite.catalog.ArticleRecord;
import org.kbsite.catalog.Json;
import org.kbsite.parse.PageParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Compares the extractor with the hand-labelled gold set in {@code src/test/resources/gold}
 * (facts written down by people reading each article; see LABELING.md there), prints per-field
 * accuracy and the precision and recall of events and references, and fails below the bars.
 */
class GoldSetTest {
  private static final List<String> HEADER = List.of(
      "id", "title", "products", "versionsRaw", "versions", "os", "keywords", "serviceRequests", "lastModified");
  private static final List<String> OTHER = List.of(
      "tags", "appliesTo", "additionalQueryWords", "technology", "issueType", "solutionType");

  private static final Map<String, int[]> fieldScores = new LinkedHashMap<>();
  private static final Map<String, int[]> eventFieldScores = new LinkedHashMap<>();
  private static final List<String> misses = new ArrayList<>();
  private static int articles;
  private static int sectionsRight;
  private static final int[] events = new int[3]; // matched, extracted, gold
  private static final int[] references = new int[3];

  @BeforeAll
  static void compareAll() throws Exception {
    Path dir = TestPaths.repoRoot().resolve("generator/src/test/resources/gold");
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.getFileName().toString().matches("Q\\d+\\.json")).sorted().toList();
    }
    for (Path f : files) {
      JsonNode gold = Json.MAPPER.readTree(f.toFile());
      JsonNode got = extracted(gold.get("id").asText());
      articles++;
      for (String field : concat(HEADER, OTHER)) {
        boolean ok = gold.get(field).equals(got.get(field));
        fieldScores.computeIfAbsent(field, k -> new int[2])[ok ? 0 : 1]++;
        if (!ok) {
          misses.add(gold.get("id").asText() + " " + field + ": expected " + gold.get(field) + " got " + got.get(field));
        }
      }
      List<String> goldSections = sections(gold);
      List<String> gotSections = sections(got);
      if (goldSections.equals(gotSections)) {
        sectionsRight++;
      } else {
        misses.add(gold.get("id").asText() + " sections: expected " + goldSections + " got " + gotSections);
      }
      score(gold.get("id").asText(), "events", eventKeys(gold), eventKeys(got), events);
      compareEventFields(gold, got);
      score(gold.get("id").asText(), "references", texts(gold.get("references")), texts(got.get("references")), references);
    }
    System.out.println(report());
  }

  private static JsonNode extracted(String id) throws Exception {
    int n = Integer.parseInt(id.substring(1));
    String text = Files.readString(TestPaths.corpusPage(n));
    var article = ArticleExtractor.extract(PageParser.parse(id, text));
    return Json.MAPPER.valueToTree(ArticleRecord.of(article, "/"));
  }

  private static List<String> sections(JsonNode rec) {
    List<String> out = new ArrayList<>();
    rec.get("sections").forEach(s -> out.add(s.get("heading").asText() + "/" + s.get("kind").asText()));
    return out;
  }

  /** An event is identified by its ID and its source (case and spaces ignored). */
  private static List<String> eventKeys(JsonNode rec) {
    List<String> out = new ArrayList<>();
    rec.get("events").forEach(e -> {
      String source = e.get("source").isNull() ? "-" : e.get("source").asText().replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
      out.add(e.get("id").asInt() + "/" + source);
    });
    return out;
  }

  /** For events found in both, how often type, category and code agree. */
  private static void compareEventFields(JsonNode gold, JsonNode got) {
    List<String> goldKeys = eventKeys(gold);
    List<String> gotKeys = eventKeys(got);
    for (int i = 0; i < goldKeys.size(); i++) {
      int j = gotKeys.indexOf(goldKeys.get(i));
      if (j < 0) {
        continue;
      }
      for (String field : List.of("type", "category", "code")) {
        JsonNode g = gold.get("events").get(i).get(field);
        JsonNode x = got.get("events").get(j).get(field);
        boolean ok = g.equals(x);
        eventFieldScores.computeIfAbsent(field, k -> new int[2])[ok ? 0 : 1]++;
        if (!ok) {
          misses.add(gold.get("id").asText() + " event " + goldKeys.get(i) + " " + field + ": expected " + g + " got " + x);
        }
      }
    }
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(x -> out.add(x.asText()));
    return out;
  }

  private static void score(String id, String what, List<String> gold, List<String> got, int[] acc) {
    List<String> remaining = new ArrayList<>(gold);
    int matched = 0;
    for (String g : got) {
      if (remaining.remove(g)) {
        matched++;
      }
    }
    acc[0] += matched;
    acc[1] += got.size();
    acc[2] += gold.size();
    if (matched != gold.size() || matched != got.size()) {
      misses.add(id + " " + what + ": expected " + gold + " got " + got);
    }
  }

  private static double ratio(int a, int b) {
    return b == 0 ? 1.0 : (double) a / b;
  }

  private static String report() {
    StringBuilder sb = new StringBuilder("Gold set: " + articles + " articles\n");
    fieldScores.forEach((field, s) -> sb.append(String.format(Locale.ROOT, "  %-22s %6.1f%%%n", field, 100 * ratio(s[0], s[0] + s[1]))));
    sb.append(String.format(Locale.ROOT, "  %-22s %6.1f%%%n", "sections (per article)", 100 * ratio(sectionsRight, articles)));
    sb.append(String.format(Locale.ROOT, "  events      precision %5.1f%%  recall %5.1f%%  (%d gold)%n",
        100 * ratio(events[0], events[1]), 100 * ratio(events[0], events[2]), events[2]));
    eventFieldScores.forEach((field, s) -> sb.append(String.format(Locale.ROOT, "  event %-16s %6.1f%%%n", field, 100 * ratio(s[0], s[0] + s[1]))));
    sb.append(String.format(Locale.ROOT, "  references  precision %5.1f%%  recall %5.1f%%  (%d gold)%n",
        100 * ratio(references[0], references[1]), 100 * ratio(references[0], references[2]), references[2]));
    misses.forEach(m -> sb.append("  miss: ").append(m).append('\n'));
    return sb.toString();
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }

  @Test
  void goldSetIsLargeEnough() {
    assertTrue(articles >= 150, "gold set has " + articles + " articles");
  }

  @Test
  void headerFieldsAreAllRight() {
    for (String field : HEADER) {
      int[] s = fieldScores.get(field);
      assertTrue(s[1] == 0, field + ": " + s[1] + " wrong of " + articles);
    }
  }

  @Test
  void otherFieldsAreRightInAtLeast97Percent() {
    for (String field : OTHER) {
      int[] s = fieldScores.get(field);
      assertTrue(ratio(s[0], articles) >= 0.97, field + ": " + s[1] + " wrong of " + articles);
    }
  }

  @Test
  void sectionHeadingsAndKindsAreRightIn99Percent() {
    assertTrue(ratio(sectionsRight, articles) >= 0.99, sectionsRight + " of " + articles);
  }

  @Test
  void eventsHave97PercentPrecisionAndRecall() {
    assertTrue(ratio(events[0], events[1]) >= 0.97, "precision " + events[0] + "/" + events[1]);
    assertTrue(ratio(events[0], events[2]) >= 0.97, "recall " + events[0] + "/" + events[2]);
  }

  @Test
  void eventFieldsAreRightInAtLeast90Percent() {
    eventFieldScores.forEach((field, s) ->
        assertTrue(ratio(s[0], s[0] + s[1]) >= 0.90, "event " + field + ": " + s[1] + " wrong"));
  }

  @Test
  void referencesAreAllFound() {
    assertTrue(references[0] == references[1] && references[0] == references[2],
        "references matched " + references[0] + ", extracted " + references[1] + ", gold " + references[2]);
  }
}
