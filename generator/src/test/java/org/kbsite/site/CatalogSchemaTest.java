package org.kbsite.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.kbsite.catalog.Json;
import org.junit.jupiter.api.Test;

/** Every record of the full sample build validates against the schemas the site publishes. */
class CatalogSchemaTest {
  private static JsonSchema published(String name) throws IOException {
    Path file = CorpusSite.out().resolve("api/schema").resolve(name);
    return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
        .getSchema(Files.readString(file));
  }

  /** The sample build's full record of article {@code id}. */
  private static JsonNode record(String id) throws IOException {
    return Json.MAPPER.readTree(CorpusSite.out().resolve("api/kb/" + id + ".json").toFile());
  }

  @Test
  void everyArticleRecordValidates() throws IOException {
    JsonSchema schema = published("article.schema.json");
    List<String> errors = new ArrayList<>();
    int count = 0;
    try (Stream<Path> files = Files.list(CorpusSite.out().resolve("api/kb"))) {
      for (Path f : files.sorted().toList()) {
        Set<ValidationMessage> m = schema.validate(Json.MAPPER.readTree(f.toFile()));
        if (!m.isEmpty() && errors.size() < 10) {
          errors.add(f.getFileName() + ": " + m);
        }
        count++;
      }
    }
    assertEquals(5028, count);
    assertEquals(List.of(), errors);
  }

  /**
   * api/index.json lists each file of the API that is there, with the schema that is there and
   * that schema's $id; its counts are the lengths of the lists it names.
   */
  @Test
  void theApiIndexNamesEveryFileAndItsSchema() throws IOException {
    Path api = CorpusSite.out().resolve("api");
    JsonNode index = Json.MAPPER.readTree(api.resolve("index.json").toFile());
    assertEquals(Set.of(), published("index.schema.json").validate(index));
    // Built at the root of the origin CorpusSite gives.
    assertEquals("/", index.get("base").asText());
    assertEquals(CorpusSite.ORIGIN, index.get("site").asText());
    assertTrue(Files.isRegularFile(api.resolve(index.get("schema").asText())));
    List<String> paths = new ArrayList<>();
    for (JsonNode f : index.get("files")) {
      String path = f.get("path").asText().replace("{id}", "Q158279");
      paths.add(path);
      assertTrue(Files.isRegularFile(api.resolve(path)), path);
      JsonNode schema = Json.MAPPER.readTree(api.resolve(f.get("schema").asText()).toFile());
      assertEquals(schema.get("$id").asText(), f.get("schemaId").asText(), path);
    }
    try (Stream<Path> listed = Files.list(api)) {
      // Every file at api/'s top but the index itself; kb/ through its pattern.
      List<String> there = listed.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
          .filter(n -> !n.equals("index.json")).sorted().toList();
      assertEquals(there, paths.stream().filter(p -> !p.contains("/")).sorted().toList());
    }
    assertEquals(Json.MAPPER.readTree(api.resolve("catalog.json").toFile()).size(), index.get("articles").asInt());
    assertEquals(Json.MAPPER.readTree(api.resolve("events.json").toFile()).size(), index.get("eventIds").asInt());
    assertEquals(Json.MAPPER.readTree(api.resolve("missing.json").toFile()).size(), index.get("missing").asInt());
  }

  @Test
  void catalogAndEventIndexValidate() throws IOException {
    JsonNode catalog = Json.MAPPER.readTree(CorpusSite.out().resolve("api/catalog.json").toFile());
    assertEquals(Set.of(), published("catalog.schema.json").validate(catalog));
    JsonNode events = Json.MAPPER.readTree(CorpusSite.out().resolve("api/events.json").toFile());
    assertEquals(Set.of(), published("events.schema.json").validate(events));
    assertTrue(events.size() > 100, "event IDs in the sample: " + events.size());
  }

  @Test
  void ndjsonHoldsTheFullRecordsInIdOrderAndGzipMatches() throws IOException {
    Path ndjson = CorpusSite.out().resolve("api/catalog.ndjson");
    List<String> lines = Files.readAllLines(ndjson);
    assertEquals(5028, lines.size());
    JsonSchema schema = published("article.schema.json");
    int previous = 0;
    for (String line : lines) {
      JsonNode rec = Json.MAPPER.readTree(line);
      int n = Integer.parseInt(rec.get("id").asText().substring(1));
      assertTrue(n > previous, "sorted by ID");
      previous = n;
      assertEquals(Set.of(), schema.validate(rec));
    }
    JsonNode one = record("Q158279");
    assertTrue(lines.contains(Json.MAPPER.writeValueAsString(one)), "same record as api/kb/Q158279.json");
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        new GZIPInputStream(Files.newInputStream(Path.of(ndjson + ".gz"))), StandardCharsets.UTF_8))) {
      assertEquals(lines, r.lines().toList());
    }
  }

  @Test
  void recordsAndCatalogKeepTheProductHeaderAsWritten() throws IOException {
    // Q50693: "Product(s): See article", listed under the library its keyword mspl13_basic names.
    JsonNode library = record("Q50693");
    assertEquals("[\"Programmer's Library: BASIC\"]", library.get("products").toString());
    assertEquals("See article", library.get("productsRaw").asText());
    // Q158279: "Product(s): Microsoft Exchange".
    JsonNode exchange = record("Q158279");
    assertEquals("Microsoft Exchange", exchange.get("productsRaw").asText());
    JsonNode catalog = Json.MAPPER.readTree(CorpusSite.out().resolve("api/catalog.json").toFile());
    int seen = 0;
    for (JsonNode entry : catalog) {
      String id = entry.get("id").asText();
      if (id.equals("Q50693") || id.equals("Q158279")) {
        JsonNode record = id.equals("Q50693") ? library : exchange;
        assertEquals(record.get("productsRaw"), entry.get("productsRaw"), id);
        assertEquals(record.get("schemaVersion"), entry.get("schemaVersion"), id);
        seen++;
      }
    }
    assertEquals(2, seen);
  }

  @Test
  void theCatalogGivesEachArticlesParsedVersionsAsItsRecordDoes() throws IOException {
    // A program finds a product version's articles in the catalog alone, without the full records.
    JsonNode catalog = Json.MAPPER.readTree(CorpusSite.out().resolve("api/catalog.json").toFile());
    int withVersions = 0;
    for (JsonNode entry : catalog) {
      String id = entry.get("id").asText();
      JsonNode record = record(id);
      assertEquals(record.get("versions"), entry.get("versions"), id);
      withVersions += entry.get("versions").isEmpty() ? 0 : 1;
    }
    assertTrue(withVersions > 4000, withVersions + " of the sample's 5,028 catalog entries have versions");
    // Q158279's header: "Version(s): winnt:4.0", the platform in its one spelling.
    JsonNode q158279 = record("Q158279");
    assertEquals("[{\"platform\":\"WINNT\",\"version\":\"4.0\"}]", q158279.get("versions").toString());
  }

  @Test
  void schemaRejectsARecordWithAWrongField() throws IOException {
    JsonNode rec = record("Q158279");
    ((com.fasterxml.jackson.databind.node.ObjectNode) rec).put("lastModified", "09-APR-1999");
    assertFalse(published("article.schema.json").validate(rec).isEmpty());
    // A URL that is not an article page's path: the search page's, one without its bucket.
    for (String url : List.of("/search/", "/kb/Q158279/", "/kb/158/Q158279")) {
      JsonNode wrongUrl = record("Q158279");
      ((com.fasterxml.jackson.databind.node.ObjectNode) wrongUrl).put("url", url);
      assertFalse(published("article.schema.json").validate(wrongUrl).isEmpty(), url);
    }
  }

  @Test
  void missingListsEveryCitedQNumberTheArchiveLacksWithItsCiters() throws IOException {
    JsonNode missing = Json.MAPPER.readTree(CorpusSite.out().resolve("api/missing.json").toFile());
    assertEquals(Set.of(), published("missing.schema.json").validate(missing));
    Set<String> held = new java.util.HashSet<>();
    Json.MAPPER.readTree(CorpusSite.out().resolve("api/catalog.json").toFile()).forEach(r -> held.add(r.get("id").asText()));
    int previous = 0;
    for (JsonNode m : missing) {
      String id = m.get("id").asText();
      assertFalse(held.contains(id), id + " is held");
      assertTrue(Integer.parseInt(id.substring(1)) > previous, "sorted by number at " + id);
      previous = Integer.parseInt(id.substring(1));
      for (JsonNode citer : m.get("citedBy")) {
        JsonNode rec = record(citer.asText());
        assertTrue(rec.get("references").toString().contains("\"" + id + "\""), citer + " does not cite " + id);
      }
    }
    // Q152734, which the sample lacks, is cited by the 94 pages that name it (grep -lw).
    List<String> citers = new ArrayList<>();
    try (Stream<Path> pages = Files.walk(org.kbsite.TestPaths.corpus().resolve("kb"))) {
      for (Path p : pages.filter(p -> p.getFileName().toString().equals("README.md")).toList()) {
        if (java.util.regex.Pattern.compile("\\bQ152734\\b").matcher(Files.readString(p)).find()) {
          citers.add(p.getParent().getFileName().toString());
        }
      }
    }
    citers.sort(java.util.Comparator.comparingInt(q -> Integer.parseInt(q.substring(1))));
    JsonNode q152734 = null;
    for (JsonNode m : missing) {
      q152734 = m.get("id").asText().equals("Q152734") ? m : q152734;
    }
    assertEquals(94, citers.size());
    assertEquals(citers.toString(), q152734.get("citedBy").toString().replace("\"", "").replace(",", ", "));
    assertEquals("How to Obtain the Latest Windows NT 4.0 Service Pack", q152734.get("title").asText());
  }

  @Test
  void everyFieldOfARecordAndOfTheCatalogIsDescribed() throws IOException {
    // A program's author reads what a field means in the schema, not only in the README.
    for (String name : List.of("article.schema.json", "catalog.schema.json", "missing.schema.json")) {
      JsonNode schema = Json.MAPPER.readTree(CorpusSite.out().resolve("api/schema").resolve(name).toFile());
      JsonNode properties = schema.has("items") ? schema.get("items").get("properties") : schema.get("properties");
      List<String> undescribed = new ArrayList<>();
      properties.fields().forEachRemaining(p -> {
        if (!p.getValue().hasNonNull("description")) {
          undescribed.add(p.getKey());
        }
      });
      assertEquals(List.of(), undescribed, name);
    }
  }

  @Test
  void eventIndexListsEvent1294WithItsArticles() throws IOException {
    JsonNode events = Json.MAPPER.readTree(CorpusSite.out().resolve("api/events.json").toFile());
    JsonNode e1294 = null;
    for (JsonNode e : events) {
      if (e.get("id").asInt() == 1294) {
        e1294 = e;
      }
    }
    assertTrue(e1294 != null, "event 1294 is in the index");
    List<String> articles = new ArrayList<>();
    e1294.get("articles").forEach(a -> articles.add(a.asText()));
    assertTrue(articles.contains("Q158279"), "Q158279 describes event 1294 (read by hand): " + articles);
  }

  /**
   * events.json's {@code bySource} groups each event's articles by the source their own records
   * give it (spellings that differ only in case and spaces together), those naming none last.
   */
  @Test
  void eventIndexGroupsTheArticlesBySourceAsTheirRecordsGiveIt() throws IOException {
    JsonNode events = Json.MAPPER.readTree(CorpusSite.out().resolve("api/events.json").toFile());
    int grouped = 0;
    for (JsonNode e : events) {
      int id = e.get("id").asInt();
      java.util.Map<String, java.util.Set<String>> fromRecords = new java.util.TreeMap<>();
      for (JsonNode article : e.get("articles")) {
        JsonNode record = record(article.asText());
        for (JsonNode entry : record.get("events")) {
          if (entry.get("id").asInt() == id) {
            String source = entry.get("source").isNull() ? "" : entry.get("source").asText().replaceAll("\\s", "").toLowerCase();
            fromRecords.computeIfAbsent(source, k -> new java.util.TreeSet<>()).add(article.asText());
          }
        }
      }
      java.util.Map<String, java.util.Set<String>> listed = new java.util.TreeMap<>();
      List<String> order = new ArrayList<>();
      for (JsonNode g : e.get("bySource")) {
        String source = g.get("source").isNull() ? "" : g.get("source").asText().replaceAll("\\s", "").toLowerCase();
        order.add(g.get("source").isNull() ? null : g.get("source").asText());
        java.util.Set<String> ids = new java.util.TreeSet<>();
        g.get("articles").forEach(a -> ids.add(a.asText()));
        listed.put(source, ids);
      }
      assertEquals(fromRecords, listed, "event " + id);
      List<String> sources = new ArrayList<>();
      e.get("sources").forEach(x -> sources.add(x.asText()));
      assertEquals(sources, order.stream().filter(x -> x != null).toList(), "event " + id + ": in the order of sources");
      assertTrue(!order.subList(0, order.size() - 1).contains(null), "event " + id + ": those naming none last");
      grouped += order.size() > 1 ? 1 : 0;
    }
    assertTrue(grouped > 10, "events cited with two sources or more: " + grouped);
  }
}
