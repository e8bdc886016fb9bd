package org.kbsite.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.kbsite.TestPaths;
import org.kbsite.TestTrees;
import org.kbsite.catalog.Json;

/**
 * Real pages from the corpus, damaged at random (bytes deleted, delimiters inserted, bytes
 * flipped, the page cut short), built a few at a time: the build never throws, writes nothing
 * outside its output folder and accounts for every input.
 */
class MutatedCorpusTest {
  private static final Path WORK = TestPaths.scratch("mutated");
  private static final Path CONTENT = WORK.resolve("content");
  private static final Path OUT = WORK.resolve("site");

  /** Text that means something to the parser, inserted where it does not belong. */
  private static final List<String> TOKENS = List.of(
      "---\n", "\n---\n", "{% raw %}\n", "{% endraw %}\n", "{% raw %}", "{% endraw %}", "\t", "\r",
      "\r\n", "\u0000", "\uFEFF", ": [", "&a [*a]\n", "title: [x]\n", "permalink: ../../x\n",
      "\tArticle: Q1\n", "\tSYMPTOMS\n\t========\n", "\t" + "-".repeat(79) + "\n", "<script>", "\"'",
      "\u00e9", "Last Modified: 31-FEB-1999\n");

  /** One change to a page's bytes; {@code at} is a fraction of the page's length. */
  sealed interface Mutation {
    byte[] apply(byte[] page);
  }

  record Delete(double at, int length) implements Mutation {
    public byte[] apply(byte[] p) {
      int from = pos(at, p.length);
      int to = Math.min(p.length, from + length);
      return concat(slice(p, 0, from), slice(p, to, p.length));
    }
  }

  record Insert(double at, String token) implements Mutation {
    public byte[] apply(byte[] p) {
      int i = pos(at, p.length);
      return concat(slice(p, 0, i), token.getBytes(StandardCharsets.UTF_8), slice(p, i, p.length));
    }
  }

  record Flip(double at, int mask) implements Mutation {
    public byte[] apply(byte[] p) {
      byte[] out = p.clone();
      if (out.length > 0) {
        int i = Math.min(out.length - 1, pos(at, out.length));
        out[i] = (byte) (out[i] ^ mask);
      }
      return out;
    }
  }

  record Truncate(double at) implements Mutation {
    public byte[] apply(byte[] p) {
      return slice(p, 0, pos(at, p.length));
    }
  }

  /** A corpus page, its mutations, and whether it sits at the archive's path or elsewhere. */
  record Input(int corpusIndex, List<Mutation> mutations, boolean atArchivePath) {}

  @Property(tries = 120)
  void buildNeverThrowsStaysInItsFolderAndAccountsForEveryInput(@ForAll("folders") List<Input> inputs)
      throws IOException {
    CorpusSite.deleteTree(WORK);
    List<String> written = writeContent(inputs);
    Map<String, String> contentBefore = TestTrees.snapshot(CONTENT);

    BuildReport report = new SiteBuilder(new BuildOptions(CONTENT, OUT, null, "/"), (done, total) -> {}).build();

    assertEquals(contentBefore, TestTrees.snapshot(CONTENT), "the content folder is unchanged");
    try (Stream<Path> beside = Files.list(WORK)) {
      assertEquals(List.of("content", "site"), beside.map(p -> p.getFileName().toString()).sorted().toList());
    }
    assertEquals(written.size(), report.inputs(), "every input counted once");
    assertEquals(report.inputs(), report.articles() + report.rejected().size() + report.ignored().size());
    Set<String> seen = new HashSet<>();
    for (BuildReport.Problem p : report.rejected()) {
      assertTrue(written.contains(p.path()) && seen.add(p.path()), "rejected once, and an input: " + p);
      assertTrue(p.line() >= 0 && !p.reason().isBlank(), p.toString());
      assertFalse(p.reason().startsWith("internal error"), "no extractor bug: " + p);
    }
    JsonNode catalog = Json.MAPPER.readTree(OUT.resolve("api/catalog.json").toFile());
    assertEquals(report.articles(), catalog.size());
    for (JsonNode record : catalog) {
      String url = record.get("url").asText();
      assertTrue(Files.isRegularFile(OUT.resolve(url.substring(1) + "index.html")), url);
    }

    // The damage must be real but not total: both outcomes are common among the tries.
    Statistics.label("pages rejected").collect(report.rejected().isEmpty() ? "none" : "some");
    Statistics.label("pages rejected").coverage(c -> {
      c.check("some").percentage(p -> p >= 15);
      c.check("none").percentage(p -> p >= 15);
    });
  }

  private static List<String> writeContent(List<Input> inputs) throws IOException {
    List<String> written = new ArrayList<>();
    for (int i = 0; i < inputs.size(); i++) {
      Input in = inputs.get(i);
      Path source = corpusPages().get(in.corpusIndex());
      byte[] bytes = Files.readAllBytes(source);
      for (Mutation m : in.mutations()) {
        bytes = m.apply(bytes);
      }
      String rel = TestPaths.corpus().relativize(source).toString();
      String path = in.atArchivePath() && !written.contains(rel) ? rel : "loose/" + i + ".md";
      Files.createDirectories(CONTENT.resolve(path).getParent());
      Files.write(CONTENT.resolve(path), bytes);
      written.add(path);
    }
    return written;
  }

  @Provide
  Arbitrary<List<Input>> folders() {
    Arbitrary<Double> at = Arbitraries.doubles().between(0, 1);
    Arbitrary<Mutation> mutation = Arbitraries.oneOf(
        Combinators.combine(at, Arbitraries.integers().between(1, 400)).as(Delete::new),
        Combinators.combine(at, Arbitraries.of(TOKENS)).as(Insert::new),
        Combinators.combine(at, Arbitraries.integers().between(1, 255)).as(Flip::new),
        at.map(Truncate::new));
    Arbitrary<Input> input = Combinators.combine(
        Arbitraries.integers().between(0, corpusPages().size() - 1),
        mutation.list().ofMaxSize(4),
        Arbitraries.of(true, false)).as(Input::new);
    return input.list().ofMinSize(1).ofMaxSize(3);
  }

  private static List<Path> sample;

  /** Every 25th page of the corpus, in path order: 200 real pages of every shape. */
  private static synchronized List<Path> corpusPages() {
    if (sample == null) {
      try (Stream<Path> walk = Files.walk(TestPaths.corpus().resolve("kb"))) {
        List<Path> all = walk.filter(p -> p.getFileName().toString().equals("README.md")).sorted().toList();
        sample = IntStream.range(0, all.size()).filter(i -> i % 25 == 0).mapToObj(all::get).toList();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return sample;
  }

  private static int pos(double at, int length) {
    return (int) Math.min(length, Math.max(0, Math.floor(at * length)));
  }

  private static byte[] slice(byte[] p, int from, int to) {
    return java.util.Arrays.copyOfRange(p, from, to);
  }

  private static byte[] concat(byte[]... parts) {
    int n = 0;
    for (byte[] part : parts) {
      n += part.length;
    }
    byte[] out = new byte[n];
    int i = 0;
    for (byte[] part : parts) {
      System.arraycopy(part, 0, out, i, part.length);
      i += part.length;
    }
    return out;
  }
}
