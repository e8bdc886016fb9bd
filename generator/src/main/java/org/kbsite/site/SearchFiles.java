package org.kbsite.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.kbsite.catalog.Json;
import org.kbsite.incremental.Hash;
import org.kbsite.incremental.Hasher;
import org.kbsite.model.Article;
import org.kbsite.model.ArticleSummary;
import org.kbsite.model.ByNumber;
import org.kbsite.model.KbId;
import org.kbsite.render.Templates;
import org.kbsite.search.SearchIndexWriter;
import org.kbsite.search.SearchPage;

/**
 * The search index's files in a build. An article's text file is made from its page and the
 * numbers of its products in the manifest's list, and named by its article number. An unchanged
 * article keeps the terms the previous build found ({@link SearchState}) and its text file, so
 * that it need not be parsed again; the term shards, maps and manifest are made from every
 * article's terms and written when their bytes change. Safe to call from many threads.
 */
final class SearchFiles {
  private final SiteOutput out;
  private final SearchIndexWriter writer;
  /** Sorted by ID. */
  private final List<ArticleSummary> articles;
  private final ByNumber<SearchState.Article> earlier;
  /** By doc number, the hash of the page of every article indexed so far. */
  private final AtomicReferenceArray<Hash> kept;
  /**
   * Whether every article has the doc number it had in the previous build, and no other article
   * had one: the published term shards can then be made again in part.
   */
  private final java.util.concurrent.atomic.AtomicBoolean sameDocs;

  /** {@code earlier}: what the previous build with the same key kept, or null. */
  SearchFiles(SiteOutput out, List<ArticleSummary> articles, SearchState earlier) {
    this.out = out;
    this.articles = articles;
    this.writer = new SearchIndexWriter(articles, out::write, earlier == null ? null : earlier.names());
    this.earlier = earlier == null ? ByNumber.empty() : earlier.articles();
    this.kept = new AtomicReferenceArray<>(articles.size());
    this.sameDocs = new java.util.concurrent.atomic.AtomicBoolean(earlier != null && this.earlier.size() == articles.size());
  }

  /**
   * Indexes an unchanged article from what the previous build kept; false when that is not
   * enough and the article must be parsed and {@link #add added}.
   */
  boolean keep(ArticleSummary s, Hash source) {
    SearchState.Article before = earlier.get(s.id().number());
    if (before == null || !before.source().equals(source)) {
      return false;
    }
    if (!out.unchanged(SearchIndexWriter.textPath(s.id()), textInputs(s.products(), source))) {
      return false;
    }
    int doc = writer.doc(s.id());
    if (doc != before.doc()) {
      sameDocs.set(false);
    }
    writer.keep(s.id(), before.terms());
    kept.set(doc, source);
    return true;
  }

  /** Indexes an article and writes its text file when its bytes changed. */
  void add(Article a, Hash source) {
    String body = writer.index(a);
    int doc = writer.doc(a.id());
    SearchState.Article before = earlier.get(a.id().number());
    if (before == null || before.doc() != doc) {
      sameDocs.set(false);
    }
    out.write(SearchIndexWriter.textPath(a.id()), textInputs(a.products(), source), writer.text(a, body));
    kept.set(doc, source);
  }

  /** What an article's text file is made from: its page, and the numbers of its products, which its first line gives. */
  private Hash textInputs(List<String> products, Hash source) {
    Hasher h = new Hasher().hash(source);
    writer.productNumbers(products).forEach(h::i32);
    return h.done();
  }

  /** The search page's path. */
  static final String PAGE = "search/index.html";

  /**
   * Writes the term shards, maps, manifest and search page ({@link #PAGE}); returns what the next
   * build keeps, to be written with {@link Kept#writeTo} and then closed.
   */
  Kept finish(Templates templates, String base) {
    writer.finish(sameDocs.get() ? published() : null);
    out.write(PAGE, SearchPage.render(templates, base, writer));
    int[] numbers = articles.stream().map(ArticleSummary::id).filter(id -> kept.get(writer.doc(id)) != null)
        .mapToInt(KbId::number).toArray();
    return new Kept(writer.dictionary(), numbers);
  }

  /** The published term shards, or null when their list cannot be read. */
  private SearchIndexWriter.Published published() {
    List<String> firstTerms;
    try {
      var terms = Json.MAPPER.readTree(out.site().resolve(SearchIndexWriter.META).toFile()).get("terms");
      firstTerms = Json.MAPPER.convertValue(terms, new com.fasterxml.jackson.core.type.TypeReference<List<String>>() {});
    } catch (IOException | IllegalArgumentException e) {
      return null;
    }
    // As many shards as the published site has, by its manifest: kept ones are recorded from it.
    if (firstTerms == null || out.had(SearchIndexWriter.shardPath(firstTerms.size()))) {
      return null;
    }
    for (int i = 0; i < firstTerms.size(); i++) {
      if (!out.had(SearchIndexWriter.shardPath(i))) {
        return null;
      }
    }
    return new SearchIndexWriter.Published(firstTerms, shard -> {
      try {
        return Files.readAllBytes(out.site().resolve(SearchIndexWriter.shardPath(shard)));
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }, id -> {
      SearchState.Article a = earlier.get(id.number());
      return a == null ? null : a.terms();
    }, out::keep, () -> {
      try {
        return out.had(SearchIndexWriter.WORDS_PATH) ? Files.readAllBytes(out.site().resolve(SearchIndexWriter.WORDS_PATH)) : null;
      } catch (IOException e) {
        return null;
      }
    });
  }

  /** Deletes the index writer's stored terms, when the build ends before {@link #finish}. */
  void close() {
    writer.close();
  }

  /** What the search index keeps for the next build, read from the index writer as it is written. */
  final class Kept implements AutoCloseable {
    private final String[] names;
    private final int[] numbers;

    private Kept(String[] names, int[] numbers) {
      this.names = names;
      this.numbers = numbers;
    }

    Hash writeTo(Path file, Hash key) {
      return SearchState.write(file, key, names, numbers, n -> {
        KbId id = new KbId(n);
        return new SearchState.Article(kept.get(writer.doc(id)), writer.doc(id), writer.termsOf(id));
      });
    }

    /** Deletes the index writer's stored terms. */
    @Override
    public void close() {
      writer.close();
    }
  }
}
