package org.kbsite.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kbsite.TestPaths;
import org.kbsite.catalog.Json;
import org.kbsite.extract.ArticleExtractor;
import org.kbsite.model.Article;
import org.kbsite.model.ArticleSummary;
import org.kbsite.model.KbId;
import org.kbsite.parse.PageParser;

/**
 * Term shards made again from the published ones after an edit are the shards a clean build
 * makes, byte for byte, on the corpus pages of kb/150 to kb/159: when the edit touches a few
 * terms, when it pushes terms into the next shards, when it removes the last doc of a term, and
 * when it moves the average length (then every shard is made from the docs' terms).
 */
class ShardUpdateTest {
  private static final Map<KbId, String> PAGES = new TreeMap<>();

  @BeforeAll
  static void read() throws IOException {
    for (int folder = 150; folder <= 159; folder++) {
      Path dir = TestPaths.corpus().resolve("kb/" + folder);
      if (!Files.isDirectory(dir)) {
        continue;
      }
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path f : files.filter(x -> x.getFileName().toString().equals("README.md")).sorted().toList()) {
          String text = Files.readString(f);
          PAGES.put(article(text).id(), text);
        }
      }
    }
    assertTrue(PAGES.size() > 300, PAGES.size() + " pages");
  }

  private static Article article(String text) {
    try {
      return ArticleExtractor.extract(PageParser.parse("README.md", text));
    } catch (org.kbsite.parse.PageException e) {
      throw new IllegalStateException(e);
    }
  }

  /** What a build of the search index leaves: its files, and the writer (for its terms). */
  private record Index(Map<String, byte[]> files, SearchIndexWriter writer, List<String> kept) {
    List<String> firstTerms() {
      try {
        return Arrays.asList(Json.MAPPER.readValue(files.get(SearchIndexWriter.META), Meta.class).terms);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** The shard files, by path, with those kept taken from {@code before}. */
    Map<String, byte[]> shards(Index before) {
      Map<String, byte[]> out = new TreeMap<>();
      files.forEach((p, b) -> {
        if (p.startsWith("search/t/")) {
          out.put(p, b);
        }
      });
      kept.forEach(p -> out.put(p, before.files.get(p)));
      return out;
    }
  }

  @com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
  private static final class Meta {
    public String[] terms;
  }

  private static Index clean(Map<KbId, String> pages) {
    List<Article> articles = pages.values().stream().map(ShardUpdateTest::article).toList();
    Map<String, byte[]> files = new LinkedHashMap<>();
    SearchIndexWriter w = new SearchIndexWriter(articles.stream().map(Article::summary).toList(), files::put);
    articles.forEach(w::add);
    w.finish();
    return new Index(files, w, List.of());
  }

  /** A rebuild as SearchFiles makes it: unchanged articles keep their terms, changed ones are indexed again. */
  private static Index rebuild(Index before, Map<KbId, String> pages, Map<KbId, String> was) {
    List<ArticleSummary> summaries = new ArrayList<>();
    Map<KbId, Article> changed = new LinkedHashMap<>();
    pages.forEach((id, text) -> {
      Article a = article(text);
      summaries.add(a.summary());
      if (!text.equals(was.get(id))) {
        changed.put(id, a);
      }
    });
    Map<String, byte[]> files = new LinkedHashMap<>();
    List<String> kept = new ArrayList<>();
    SearchIndexWriter w = new SearchIndexWriter(summaries, files::put, before.writer.dictionary());
    for (ArticleSummary s : summaries) {
      if (changed.containsKey(s.id())) {
        w.add(changed.get(s.id()));
      } else {
        w.keep(s.id(), before.writer.termsOf(s.id()));
      }
    }
    w.finish(new SearchIndexWriter.Published(before.firstTerms(),
        n -> before.files.get(SearchIndexWriter.shardPath(n)), before.writer::termsOf, kept::add,
        () -> before.files.get(SearchIndexWriter.WORDS_PATH)));
    return new Index(files, w, kept);
  }

  /**
   * The pages with the middle of one page's text (from 40% to 80% of it, away from the fields
   * that set its product and date, and so its doc number) changed.
   */
  private static Map<KbId, String> edited(Map<KbId, String> pages, int number, UnaryOperator<String> edit) {
    Map<KbId, String> out = new TreeMap<>(pages);
    KbId id = new KbId(number);
    String text = out.get(id);
    int from = text.length() * 2 / 5;
    int to = text.length() * 4 / 5;
    String after = text.substring(0, from) + edit.apply(text.substring(from, to)) + text.substring(to);
    assertTrue(!after.equals(text), "the edit changes " + id);
    ArticleSummary was = article(text).summary();
    ArticleSummary now = article(after).summary();
    assertEquals(was.products(), now.products(), "the edit leaves the doc number as it was");
    assertEquals(was.lastModified(), now.lastModified());
    out.put(id, after);
    return out;
  }

  /** Checks the rebuild against a clean build; returns the number of shards it made again. */
  private static int assertSameAsClean(Map<KbId, String> was, Map<KbId, String> now) {
    Index before = clean(was);
    Index rebuilt = rebuild(before, now, was);
    return assertSameShards(clean(now), rebuilt, before) - rebuilt.kept.size();
  }

  /**
   * Checks that {@code rebuilt}, made from {@code before}, has the shards and manifest of
   * {@code clean}; returns the number of shards.
   */
  private static int assertSameShards(Index clean, Index rebuilt, Index before) {
    Map<String, byte[]> expected = clean.shards(clean);
    Map<String, byte[]> actual = rebuilt.shards(before);
    assertEquals(expected.keySet(), actual.keySet(), "the same shard files");
    List<String> differing = new ArrayList<>();
    expected.forEach((p, b) -> {
      if (!Arrays.equals(b, actual.get(p))) {
        differing.add(p);
      }
    });
    assertEquals(List.of(), differing, "shards that differ from a clean build's");
    assertEquals(new String(clean.files.get(SearchIndexWriter.META)), new String(rebuilt.files.get(SearchIndexWriter.META)));
    // The common words, updated from the published list with the changed terms' counts.
    assertEquals(new String(clean.files.get(SearchIndexWriter.WORDS_PATH)),
        new String(rebuilt.files.get(SearchIndexWriter.WORDS_PATH)), "the common words");
    return expected.size();
  }

  private static int firstNumber() {
    return PAGES.keySet().iterator().next().number();
  }

  @Test
  void aWordChangedMakesOnlyItsShardsAgain() {
    // One word replaced by another in each of eight articles in turn: the same length, so the same
    // average. The shards that hold the two words are made again, and the ones after them that a
    // full shard's overflow reaches (shards are packed as full as they go), a few in all; how far
    // an overflow runs depends on how full the shards after it happen to be, so it is judged over
    // the eight edits.
    int shards = clean(PAGES).firstTerms().size();
    List<Integer> made = new ArrayList<>();
    for (KbId id : PAGES.keySet().stream().limit(8).toList()) {
      made.add(assertSameAsClean(PAGES, edited(PAGES, id.number(), t -> t.replaceFirst("\\b[a-z]{5,}\\b", "macrohard"))));
    }
    List<Integer> sorted = made.stream().sorted().toList();
    System.out.println("shards made again by one word changed, of " + shards + ": " + made);
    assertTrue(sorted.get(0) >= 1, made.toString());
    assertTrue(sorted.get(sorted.size() / 2) <= 4, "median over 4: " + made);
    assertTrue(sorted.get(sorted.size() - 1) * 4 <= shards, "an edit made a quarter of the shards again: " + made);
  }

  @Test
  void manyNewWordsPushTermsIntoTheNextShards() {
    int n = firstNumber();
    int[] k = {0};
    // Every "the" of one article becomes a word of its own, all sorting together: the shard they
    // land in overflows into the ones after it.
    Map<KbId, String> now = edited(PAGES, n, t -> java.util.regex.Pattern.compile("\\bthe\\b").matcher(t)
        .replaceAll(m -> "mzq" + (k[0]++)));
    assertTrue(k[0] > 20, k[0] + " words");
    int made = assertSameAsClean(PAGES, now);
    assertTrue(made >= 2, made + " shards made again");
  }

  @Test
  void aTermsLastDocRemovedLeavesItOut() {
    int n = firstNumber();
    Map<KbId, String> was = edited(PAGES, n, t -> t.replaceFirst("\\b[a-z]{5,}\\b", "zyxwvutsrq"));
    int made = assertSameAsClean(was, PAGES);
    assertTrue(made >= 1, made + " shards made again");
  }

  /**
   * The first term of a shard taken out of one article (each occurrence replaced by "windows"):
   * its entry shrinks or it goes, and it or the term after it may now fit at the end of the shard
   * before, as a clean build packs it. Tried for the first term of every shard.
   */
  @Test
  void aShardsFirstTermChangedCanMoveTheEndOfTheShardBefore() {
    Index before = clean(PAGES);
    List<String> firstTerms = before.firstTerms();
    int tried = 0;
    for (String term : firstTerms.subList(1, firstTerms.size())) {
      if (term.matches("q\\d+")) {
        continue; // an article's own ID: its header, which an edit cannot take out
      }
      java.util.regex.Pattern word = java.util.regex.Pattern.compile(
          "(?i)(?<![\\p{L}\\p{N}])" + java.util.regex.Pattern.quote(term) + "(?![\\p{L}\\p{N}])");
      for (var page : PAGES.entrySet()) {
        if (!Tokens.all(page.getValue()).contains(term)) {
          continue;
        }
        String after = word.matcher(page.getValue()).replaceAll("windows");
        ArticleSummary was = article(page.getValue()).summary();
        ArticleSummary now = article(after).summary();
        if (was.products().equals(now.products()) && java.util.Objects.equals(was.lastModified(), now.lastModified())) {
          Map<KbId, String> pages = new TreeMap<>(PAGES);
          pages.put(page.getKey(), after);
          assertSameAsClean(PAGES, pages);
          tried++;
        }
        break;
      }
    }
    assertTrue(tried >= 10, tried + " first terms tried");
  }

  @Test
  void anEditThatMovesTheAverageLengthMakesEveryShardFromTheTerms() {
    int n = firstNumber();
    String words = " word".repeat(400 * PAGES.size() / 100);
    Map<KbId, String> now = edited(PAGES, n, t -> t.replaceFirst("\n", "\n\t" + words + "\n"));
    Index before = clean(PAGES);
    Index rebuilt = rebuild(before, now, PAGES);
    assertEquals(List.of(), rebuilt.kept, "nothing kept: every impact was scaled anew");
    assertSameAsClean(PAGES, now);
    assertEquals(new TreeSet<>(clean(now).shards(clean(now)).keySet()), new TreeSet<>(rebuilt.shards(before).keySet()));
  }

  /**
   * A term that no article has any more is left out of the dictionary the next build starts from,
   * and its ID goes to the next term met for the first time: a page edited back and forth between
   * two words leaves a dictionary of the same size, whichever way the shards are made.
   */
  @Test
  void aTermNoArticleHasAnyMoreGivesItsIdToTheNextNewTerm() {
    int n = firstNumber();
    Map<KbId, String> one = edited(PAGES, n, t -> t.replaceFirst("\\b[a-z]{5,}\\b", "zyxwvutsrq"));
    Map<KbId, String> other = edited(PAGES, n, t -> t.replaceFirst("\\b[a-z]{5,}\\b", "qrstuvwxyz"));
    Index first = clean(one);
    List<String> dictionary = Arrays.asList(first.writer.dictionary());
    assertTrue(dictionary.contains("zyxwvutsrq") && !dictionary.contains(TermDictionary.FREE));
    int freed = dictionary.indexOf("zyxwvutsrq");

    Index second = rebuild(first, other, one);
    assertTrue(second.kept.size() > 0, "the shards made from the published ones");
    List<String> after = Arrays.asList(second.writer.dictionary());
    assertEquals(dictionary.size() + 1, after.size(), "the new word added");
    assertEquals(TermDictionary.FREE, after.get(freed), "the word no article has, freed");
    assertEquals(1, after.stream().filter(TermDictionary.FREE::equals).count());
    int added = after.indexOf("qrstuvwxyz");

    Index published = published(first, second);
    Index third = rebuild(published, one, other);
    List<String> back = Arrays.asList(third.writer.dictionary());
    assertEquals(after.size(), back.size(), "no larger");
    assertEquals("zyxwvutsrq", back.get(freed), "the word back, in the freed ID");
    assertEquals(TermDictionary.FREE, back.get(added));
    assertSameShards(clean(one), third, published);

    // Made from every doc's terms (the edit moves the average length), a term no doc has is freed too.
    Map<KbId, String> longer = edited(other, n, t -> t.replaceFirst("\n", "\n\t" + " word".repeat(4 * PAGES.size()) + "\n"));
    Index fourth = rebuild(published(published, third), longer, one);
    assertEquals(List.of(), fourth.kept, "every shard made from the terms");
    List<String> last = Arrays.asList(fourth.writer.dictionary());
    assertEquals(back.size(), last.size(), "no larger");
    assertEquals(TermDictionary.FREE, last.get(freed));
    assertEquals("qrstuvwxyz", last.get(added), "the word back, in the freed ID");
    assertSameShards(clean(longer), fourth, published(published, third));
    for (KbId id : longer.keySet()) {
      fourth.writer.termsOf(id).forEach((term, value) -> {
        assertTrue(term < last.size() && !last.get(term).equals(TermDictionary.FREE), id + " has a term of a free ID");
        return 0;
      });
    }
  }

  /** What a rebuild finds published after {@code rebuilt}: the files it made, and those of {@code before} it kept. */
  private static Index published(Index before, Index rebuilt) {
    Map<String, byte[]> files = new LinkedHashMap<>(rebuilt.files);
    rebuilt.kept.forEach(p -> files.put(p, before.files.get(p)));
    return new Index(files, rebuilt.writer, List.of());
  }
}
