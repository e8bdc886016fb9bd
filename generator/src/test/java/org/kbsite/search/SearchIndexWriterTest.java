package org.kbsite.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kbsite.TestPaths;
import org.kbsite.catalog.Json;
import org.kbsite.extract.ArticleExtractor;
import org.kbsite.model.Article;
import org.kbsite.model.ArticleSummary;
import org.kbsite.model.Event;
import org.kbsite.parse.PageParser;
import org.kbsite.site.BuildOptions;
import org.kbsite.site.CorpusSite;
import org.kbsite.site.SiteBuilder;

/** The index files the generator writes, read back as search-index.js reads them, on the repo's 14 sample pages. */
class SearchIndexWriterTest {
  private static Path site;
  private static JsonNode meta;

  @BeforeAll
  static void build() throws IOException {
    site = TestPaths.scratch("search-index");
    CorpusSite.deleteTree(site);
    new SiteBuilder(new BuildOptions(TestPaths.repoRoot().resolve("content"), site, null, "/"), (n, t) -> {}).build();
    meta = Json.MAPPER.readTree(site.resolve("search/meta.json").toFile());
  }

  @Test
  void theManifestsRangesGiveEachArticlesProductAndYear() throws IOException {
    assertEquals(14, meta.get("articles").asInt());
    int next = 0;
    for (JsonNode r : meta.get("ranges")) {
      assertEquals(next, r.get(2).asInt(), "ranges are contiguous");
      for (int d = r.get(2).asInt(); d < r.get(2).asInt() + r.get(3).asInt(); d++) {
        JsonNode header = header(text(d));
        assertEquals(r.get(0).asInt(), header.get("products").get(0).asInt());
        assertEquals(r.get(1).asInt(), Integer.parseInt(header.get("date").asText().substring(0, 4)));
      }
      next += r.get(3).asInt();
    }
    assertEquals(14, next);
    // Q900001 is Microsoft FoxPro, last modified 14-JUN-1999 (read in the page).
    JsonNode q1 = header(text(doc(900001)));
    assertEquals("Microsoft FoxPro", meta.get("products").get(q1.get("products").get(0).asInt()).asText());
    assertEquals("1999-06-14", q1.get("date").asText());
  }

  @Test
  void anIdLeadsToItsArticlesTextFile() throws IOException {
    JsonNode ids = Json.MAPPER.readTree(site.resolve("search/id/900.json").toFile());
    assertEquals(14, ids.size());
    assertEquals(List.of(900), List.of(meta.get("idBuckets").get(0).asInt()));
    String text = text(doc(900010));
    assertEquals("Err Msg: \"Cannot Open C:\\TEMP\" & Setup Stops", header(text).get("title").asText());
    assertEquals("Q900010", header(text).get("id").asText());
  }

  @Test
  void numberFilesListTheArticlesInDocOrder() throws IOException {
    // Every article number once, in doc order, in blocks as long as the manifest says: the
    // inverse of the ID maps.
    int per = meta.get("docsPerNumberFile").asInt();
    assertTrue(per > 1);
    List<Integer> numbers = new ArrayList<>();
    for (int k = 0; Files.exists(site.resolve("search/n/" + k + ".bin")); k++) {
      List<Integer> block = numbers(k);
      assertTrue(block.size() <= per);
      numbers.addAll(block);
    }
    assertEquals(14, numbers.size());
    for (int d = 0; d < numbers.size(); d++) {
      assertEquals(d, doc(numbers.get(d)), "doc " + d);
    }
    assertTrue(Files.exists(site.resolve("search/x/900/900010.gz")), "text files are named by article number");
  }

  @Test
  void termShardsHoldTheWordsWithWhereTheyOccur() throws IOException {
    Map<String, Postings> terms = allTerms();
    Postings spooler = terms.get("spooler");
    assertNotNull(spooler);
    int q2 = doc(900002);
    int at = indexOf(spooler.docs, q2);
    assertTrue(at >= 0, "Q900002's title has 'Spooler'");
    assertTrue((spooler.impacts[at] & Impact.TITLE) != 0);
    assertFalse(terms.containsKey("the"), "stopwords are not indexed");
    for (Postings p : terms.values()) {
      for (int i = 1; i < p.docs.length; i++) {
        assertTrue(p.docs[i] > p.docs[i - 1]);
      }
    }
    // Every article's own words point back at it: Q900007 is about ENVIRON$.
    assertTrue(indexOf(terms.get("environ").docs, doc(900007)) >= 0);
  }

  @Test
  void eventIdsMapToTheArticlesThatLogThem() throws Exception {
    Path file = TestPaths.repoRoot().resolve("content/kb/900/Q900004/README.md");
    Article a = ArticleExtractor.extract(PageParser.parse("kb/900/Q900004/README.md", Files.readString(file)));
    Article logged = a.withEvents(List.of(new Event(9318, "MSExchangeMTA", "Warning", null, null, null)));
    Map<String, byte[]> files = new TreeMap<>();
    SearchIndexWriter w = new SearchIndexWriter(List.of(logged.summary()), (p, b) -> files.put(p, b));
    w.add(logged);
    w.finish();
    JsonNode m = Json.MAPPER.readTree(files.get("search/meta.json"));
    int shards = m.get("eventShards").asInt();
    JsonNode events = Json.MAPPER.readTree(files.get("search/e/" + (9318 % shards) + ".json"));
    assertEquals("MSExchangeMTA", events.get("9318").get("sources").get(0).asText());
    assertEquals(0, events.get("9318").get("articles").get(0).asInt());
  }

  @Test
  void twoBuildsWriteTheSameIndex() throws IOException {
    Path again = TestPaths.scratch("search-index-again");
    CorpusSite.deleteTree(again);
    new SiteBuilder(new BuildOptions(TestPaths.repoRoot().resolve("content"), again, null, "/"), (n, t) -> {}).build();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(site.resolve("search"))) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    assertTrue(files.size() > 14);
    for (Path f : files) {
      assertArrayEquals(Files.readAllBytes(f), Files.readAllBytes(again.resolve(site.relativize(f))), f.toString());
    }
  }

  private static int doc(int id) throws IOException {
    return Json.MAPPER.readTree(site.resolve("search/id/" + id / 1000 + ".json").toFile()).get(Integer.toString(id)).asInt();
  }

  /** A doc's text file, found as search-index.js finds it: its article number from its block's number file. */
  private static String text(int doc) throws IOException {
    int per = meta.get("docsPerNumberFile").asInt();
    int number = numbers(doc / per).get(doc % per);
    Path f = site.resolve("search/x/" + number / 1000 + "/" + number + ".gz");
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(Files.readAllBytes(f)))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** The article numbers in number file K, decoded as search-index.js decodes them. */
  private static List<Integer> numbers(int k) throws IOException {
    ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(site.resolve("search/n/" + k + ".bin")));
    List<Integer> numbers = new ArrayList<>();
    int number = 0;
    while (b.hasRemaining()) {
      int z = 0;
      int shift = 0;
      int x;
      do {
        x = b.get() & 0xFF;
        z |= (x & 0x7F) << shift;
        shift += 7;
      } while ((x & 0x80) != 0);
      number += z % 2 == 0 ? z / 2 : -(z + 1) / 2;
      numbers.add(number);
    }
    return numbers;
  }

  private static JsonNode header(String text) throws IOException {
    return Json.MAPPER.readTree(text.substring(0, text.indexOf('\n')));
  }

  private static int indexOf(int[] docs, int doc) {
    for (int i = 0; i < docs.length; i++) {
      if (docs[i] == doc) {
        return i;
      }
    }
    return -1;
  }

  private record Postings(int[] docs, byte[] impacts) {}

  /** Every shard decoded as TermShards documents the format; checks that shards are in term order. */
  private static Map<String, Postings> allTerms() throws IOException {
    Map<String, Postings> out = new HashMap<>();
    int docs = meta.get("articles").asInt();
    String previous = "";
    for (int s = 0; s < meta.get("terms").size(); s++) {
      byte[] b = Files.readAllBytes(site.resolve("search/t/" + s + ".bin"));
      int[] pos = {0};
      int count = varint(b, pos);
      List<Object[]> entries = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        int len = varint(b, pos);
        String term = new String(b, pos[0], len, StandardCharsets.UTF_8);
        pos[0] += len;
        entries.add(new Object[] {term, varint(b, pos), varint(b, pos), varint(b, pos)});
        if (i == 0) {
          assertEquals(meta.get("terms").get(s).asText(), term);
        }
        assertTrue(term.compareTo(previous) > 0, term + " after " + previous);
        previous = term;
      }
      for (Object[] e : entries) {
        int df = (int) e[1];
        int start = pos[0];
        int[] ds = new int[df];
        int[] p = {start};
        if ((int) e[2] == 0) {
          for (int i = 0, prev = 0; i < df; i++) {
            prev += varint(b, p);
            ds[i] = prev;
          }
        } else {
          int n = 0;
          for (int d = 0; d < docs; d++) {
            if ((b[start + (d >> 3)] & (1 << (d & 7))) != 0) {
              ds[n++] = d;
            }
          }
          p[0] = start + (docs + 7) / 8;
        }
        byte[] impacts = java.util.Arrays.copyOfRange(b, p[0], p[0] + df);
        assertEquals(start + (int) e[3], p[0] + df, "block length of " + e[0]);
        out.put((String) e[0], new Postings(ds, impacts));
        pos[0] = start + (int) e[3];
      }
    }
    return out;
  }

  private static int varint(byte[] b, int[] pos) {
    int v = 0;
    for (int shift = 0; ; shift += 7) {
      int x = b[pos[0]++] & 0xFF;
      v |= (x & 0x7F) << shift;
      if ((x & 0x80) == 0) {
        return v;
      }
    }
  }

  /** Building the postings a slice of terms at a time (as a million articles need) changes no byte. */
  @Test
  void postingsBuiltInManyPassesAreTheSameAsInOne() throws Exception {
    List<Article> articles = new ArrayList<>();
    try (var files = java.nio.file.Files.walk(TestPaths.corpus().resolve("kb/158"))) {
      for (Path f : files.filter(x -> x.getFileName().toString().equals("README.md")).sorted().toList()) {
        articles.add(org.kbsite.extract.ArticleExtractor.extract(
            org.kbsite.parse.PageParser.parse(f.toString(), java.nio.file.Files.readString(f))));
      }
    }
    List<ArticleSummary> summaries = articles.stream().map(Article::summary).toList();
    Map<String, byte[]> once = new java.util.TreeMap<>();
    Map<String, byte[]> sliced = new java.util.TreeMap<>();
    SearchIndexWriter a = new SearchIndexWriter(summaries, (p, b) -> once.put(p, b));
    SearchIndexWriter b = new SearchIndexWriter(summaries, (p, x) -> sliced.put(p, x), 500);
    for (Article x : articles) {
      a.add(x);
      b.add(x);
    }
    a.finish();
    b.finish();
    assertTrue(articles.size() > 20, articles.size() + " articles");
    assertEquals(once.keySet(), sliced.keySet());
    for (String path : once.keySet()) {
      assertTrue(java.util.Arrays.equals(once.get(path), sliced.get(path)), path);
    }
  }
}
