package org.kbsite.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.kbsite.catalog.ArticleRecord;
import org.kbsite.catalog.Json;
import org.kbsite.content.ContentScanner;
import org.kbsite.incremental.Hash;
import org.kbsite.incremental.Hasher;
import org.kbsite.index.SiteIndex;
import org.kbsite.model.Article;
import org.kbsite.model.ArticleSummary;
import org.kbsite.model.KbId;
import org.kbsite.parallel.Parallel;
import org.kbsite.render.ArticleView;
import org.kbsite.render.Links;
import org.kbsite.render.SiteRenderer;

/**
 * The article pages, the JSON records, the search index's article texts and the catalog stream, in chunks of one archive folder
 * each ({@code kb/NNN/}, in ID order), so that the stream is sorted while only one chunk of
 * articles is held at a time.
 */
final class ArticleFiles {
  private final SiteOutput out;
  private final Accepted accepted;
  private final SiteRenderer renderer;
  private final Links links;
  private final SiteIndex index;
  private final SearchFiles search;
  private final String baseUrl;
  private final SiteBuilder.Progress progress;
  /** By index into the accepted pages: whether the article's record must be made again (its page changed). */
  private final boolean[] changed;
  /** What changed around the pages since a previous build of the same key; else null. */
  private final ContextChanges context;
  private final AtomicInteger done = new AtomicInteger();
  /** The articles whose record was made again: their sources changed. */
  final Set<KbId> remade = ConcurrentHashMap.newKeySet();
  /** The hash of every article's source, in ID order, with the key: what the catalog files are made from. */
  private Hash catalogInputs;

  ArticleFiles(SiteOutput out, Accepted accepted, SiteRenderer renderer, Links links, SiteIndex index,
      SearchFiles search, SiteIndex.Kept before, boolean sameLinks, String baseUrl, SiteBuilder.Progress progress) {
    this.out = out;
    this.baseUrl = baseUrl;
    this.progress = progress;
    this.search = search;
    this.changed = new boolean[accepted.pages.size()];
    Set<KbId> ids = new java.util.HashSet<>();
    Parallel.forEach(changed.length, k -> changed[k] = !out.same(recordPath(accepted.ids.get(k)), accepted.sources.get(k)));
    for (int k = 0; k < changed.length; k++) {
      if (changed[k]) {
        ids.add(accepted.ids.get(k));
      }
    }
    this.context = before == null ? null : new ContextChanges(ids, before, index.kept(), links, sameLinks);
    this.accepted = accepted;
    this.renderer = renderer;
    this.links = links;
    this.index = index;
  }

  /** {@code previous}: the chunks of the published catalog stream. */
  Map<Integer, BuildState.Chunk> write(Map<Integer, BuildState.Chunk> previous) throws IOException {
    Map<Integer, List<Integer>> buckets = new TreeMap<>();
    for (int k : accepted.orderById()) {
      buckets.computeIfAbsent(accepted.ids.get(k).number() / 1000, b -> new ArrayList<>()).add(k);
    }
    Map<Integer, Hash> inputs = new TreeMap<>();
    Hasher all = new Hasher();
    buckets.forEach((b, members) -> {
      // The key too: a chunk is copied only while kbsite and its options are the same.
      Hasher h = new Hasher().hash(out.key());
      members.forEach(k -> h.hash(accepted.sources.get(k)));
      inputs.put(b, h.done());
      all.i32(b).hash(inputs.get(b));
    });
    catalogInputs = all.done();
    try (CatalogStream catalog = CatalogStream.open(out, catalogInputs, previous)) {
      for (var e : buckets.entrySet()) {
        int b = e.getKey();
        boolean copy = catalog == null || catalog.reusable(b, inputs.get(b));
        List<Integer> members = e.getValue();
        List<String> lines = Parallel.map(members.size(), i -> article(members.get(i), !copy));
        if (catalog != null && copy) {
          catalog.copy(b);
        } else if (catalog != null) {
          catalog.write(b, inputs.get(b), lines);
        }
      }
      return catalog == null ? previous : catalog.chunks();
    }
  }

  /** What changed around the pages since the previous build; null when there is none of the same key. */
  ContextChanges context() {
    return context;
  }

  /** What the catalog files are made from; once written. */
  Hash catalogInputs() {
    return catalogInputs;
  }

  private static String recordPath(KbId id) {
    return Links.record(id);
  }

  /**
   * Makes the article's page and record when their inputs changed; returns its record line when
   * {@code needLine} or when it was made, else null.
   */
  private String article(int k, boolean needLine) {
    KbId id = accepted.ids.get(k);
    Hash source = accepted.sources.get(k);
    String pagePath = id.pagePath() + "index.html";
    String recordPath = recordPath(id);
    Hash pageInputs = null;
    boolean page;
    if (!changed[k] && context != null && context.unaffected(accepted.summaries.get(k), index) && out.keepPublished(pagePath)) {
      page = false;
    } else {
      pageInputs = new Hasher().hash(source).hash(ArticleView.contextKey(accepted.summaries.get(k), links, index)).done();
      page = !out.unchanged(pagePath, pageInputs);
    }
    boolean record = changed[k];
    if (!record) {
      out.keep(recordPath);
    }
    boolean indexed = search.keep(accepted.summaries.get(k), source);
    progress.update(done.incrementAndGet(), accepted.pages.size());
    if (!page && !record && indexed) {
      if (!needLine) {
        return null;
      }
      try {
        byte[] json = Files.readAllBytes(out.site().resolve(recordPath));
        return new String(json, 0, json.length - 1, StandardCharsets.UTF_8);
      } catch (IOException e) {
        // Gone from the published site: made again below.
      }
    }
    ContentScanner.Page p = accepted.pages.get(k);
    SourcePage.Outcome o = SourcePage.load(p.path(), p.rel());
    if (o.article() == null || !accepted.contents.get(k).equals(o.content())) {
      throw new UncheckedIOException(new IOException(p.rel() + " changed while the site was being built: build again"));
    }
    Article a = o.article();
    if (!indexed) {
      search.add(a, source);
    }
    if (page) {
      out.write(pagePath, pageInputs, renderer.articlePage(a).getBytes(StandardCharsets.UTF_8));
    }
    // The same bytes as the record's catalog.ndjson line: serialised once, compact.
    String json = Json.compact(ArticleRecord.of(a, baseUrl));
    if (record) {
      if (!out.clean()) {
        // Only an incremental build copies catalog entries, of the articles not remade.
        remade.add(id);
      }
      out.write(recordPath, source, (json + "\n").getBytes(StandardCharsets.UTF_8));
    }
    return json;
  }
}
