package org.kbsite.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.kbsite.catalog.ArticleRecord;
import org.kbsite.catalog.EventIndexEntry;
import org.kbsite.catalog.Json;
import org.kbsite.catalog.Schemas;
import org.kbsite.content.ContentScanner;
import org.kbsite.incremental.Hash;
import org.kbsite.incremental.Hasher;
import org.kbsite.index.SiteIndex;
import org.kbsite.model.Article;
import org.kbsite.model.ArticleSummary;
import org.kbsite.model.KbId;
import org.kbsite.render.ArticleView;
import org.kbsite.render.Links;
import org.kbsite.render.SiteRenderer;
import org.kbsite.render.Templates;

/**
 * The build pipeline: scan the content folder, parse every page (in parallel) keeping only a
 * summary of each article, index the summaries, render and write every page (in parallel,
 * parsing each article again so that no more than a few articles' text is in memory), then the
 * index pages, the catalog and the report.
 *
 * <p>Incremental by default: the build state the previous build left in the output folder
 * ({@link BuildState}) lets it skip parsing pages whose size and time are unchanged, skip making
 * files whose inputs are unchanged, and write only files whose bytes changed ({@link SiteOutput}).
 */
public final class SiteBuilder {
  private final BuildOptions options;
  private final Progress progress;
  private Map<String, Double> stages = Map.of();

  /** Receives the number of articles rendered so far and the total. */
  public interface Progress {
    void update(int done, int total);
  }

  public SiteBuilder(BuildOptions options, Progress progress) {
    this.options = options;
    this.progress = progress;
  }

  /**
   * The wall seconds of each stage of the last build, in order: the report's, and the writing of
   * the build state and the publishing that come after the report is made.
   */
  public Map<String, Double> stages() {
    return stages;
  }

  /**
   * A build's report, and the state it leaves for the next build: null when it is the previous
   * state, unchanged; {@code search} null when unchanged.
   */
  private record Built(BuildReport report, BuildState state, SearchState search) {}

  /**
   * Builds the site. A clean build (or the first) writes a staging folder and puts it in place of
   * the output folder; an incremental build stages only the files whose bytes change and then
   * moves them in. On any failure before that point the previous site is left as it was.
   */
  public BuildReport build() throws IOException {
    Stopwatch clock = new Stopwatch();
    try (StagedSite site = StagedSite.open(options)) {
      // The key and the previous state are read on one core while the other scans the content.
      CompletableFuture<Hash> key = CompletableFuture.supplyAsync(() -> {
        try {
          return BuildKey.of(options);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
      CompletableFuture<BuildState> loading = CompletableFuture.supplyAsync(
          () -> options.clean() ? null : BuildState.load(site.out()));
      long scanned = java.util.concurrent.TimeUnit.MILLISECONDS.toNanos(System.currentTimeMillis());
      ContentScanner.Inventory inventory = ContentScanner.scan(options.content());
      clock.lap("scan");
      BuildState previous = join(loading);
      boolean reuse = previous != null && previous.key.equals(join(key));
      clock.lap("state");
      SiteOutput out = new SiteOutput(site.staging(), join(key), site.out(), previous == null ? null : previous.outputs);
      Built built = buildInto(out, inventory, scanned, join(key), previous, reuse, clock);
      // Both states written at once, one on each core, into the staging folder.
      Hash buildKey = join(key);
      Path stagedSearch = site.staging().resolve(SearchState.FILE);
      CompletableFuture<Hash> searchHash = CompletableFuture.supplyAsync(
          () -> built.search() == null ? null : built.search().writeTo(stagedSearch, buildKey));
      Hash state = built.state() == null ? null : built.state().writeTo(site.staging().resolve(BuildState.FILE), previous);
      Hash search = join(searchHash);
      OutputWriter staging = new OutputWriter(site.staging());
      if (out.clean()) {
        staging.write(StagedSite.MARKER, Json.pretty(built.report()));
        site.publish();
      } else {
        boolean changed = !out.written().isEmpty() || !out.deleted().isEmpty();
        List<String> moved = new ArrayList<>(out.written());
        if (changed) {
          staging.write(StagedSite.MARKER, Json.pretty(built.report()));
          moved.add(StagedSite.MARKER);
        }
        // Build state last: the search state, then the state that vouches for the site. A state
        // staged with the same bytes as the published one stays behind and goes with the staging folder.
        List<String> states = new ArrayList<>();
        if (search != null && !search.equals(fileHash(site.out().resolve(SearchState.FILE)))) {
          states.add(SearchState.FILE);
        }
        if (state != null && (changed || !states.isEmpty() || !state.equals(previous.fileHash))) {
          states.add(BuildState.FILE);
        }
        site.publishChanges(moved, out.deleted(), states);
      }
      clock.lap("state and publish");
      stages = clock.stages();
      return built.report();
    }
  }

  /** The hash of a file's bytes, or null when it cannot be read. */
  private static Hash fileHash(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      Hasher h = new Hasher();
      byte[] buf = new byte[1 << 16];
      for (int n; (n = in.read(buf)) > 0; ) {
        h.bytes(buf, 0, n);
      }
      return h.done();
    } catch (IOException e) {
      return null;
    }
  }

  private static <T> T join(CompletableFuture<T> f) throws IOException {
    try {
      return f.join();
    } catch (java.util.concurrent.CompletionException e) {
      if (e.getCause() instanceof UncheckedIOException u) {
        throw u.getCause();
      }
      throw e;
    }
  }

  /**
   * {@code previous} is the state of the published site, null for a clean build; {@code reuse}
   * says whether it was made with the same key, so that its first-pass results still hold.
   */
  private Built buildInto(SiteOutput out, ContentScanner.Inventory inventory, long scanned, Hash key,
      BuildState previous, boolean reuse, Stopwatch clock) throws IOException {
    List<ContentScanner.Page> files = inventory.pages();

    Map<String, BuildState.Source> cached = reuse ? previous.sources : Map.of();
    List<PageResult> results = inParallel(files.size(), i -> {
      ContentScanner.Page p = files.get(i);
      BuildState.Source s = cached.get(p.rel());
      if (s != null && s.unchanged(p, previous.scanned)) {
        return s.result();
      }
      return SourcePage.result(p.path(), p.rel(), s == null ? null : s.result());
    });
    Accepted accepted = Accepted.of(files, results);
    inventory.unreadable().forEach(x -> accepted.rejected.add(new BuildReport.Problem(x.path(), 0, x.reason())));
    accepted.rejected.sort(Accepted.BY_PATH_AND_LINE);
    accepted.notes.sort(Accepted.BY_PATH_AND_LINE);
    Map<String, BuildState.Source> sources = new HashMap<>();
    for (int i = 0; i < files.size(); i++) {
      ContentScanner.Page p = files.get(i);
      PageResult r = results.get(i);
      BuildState.Source before = cached.get(p.rel());
      if (before != null && before.result() == r && before.size() == p.size() && before.modified() == p.modified()) {
        // The very same entry: the state can copy its encoded form.
        sources.put(p.rel(), before);
      } else if (r.content() != null) {
        // A page that could not be read is read again next time, whatever its size and time.
        sources.put(p.rel(), new BuildState.Source(p.size(), p.modified(), r));
      }
    }
    Hash archive = accepted.archiveHash();
    clock.lap("parse");

    BuildState next;
    SearchState search = null;
    if (reuse && archive.equals(previous.archive)) {
      // Every output is made from the accepted articles and the key: all are as they were.
      out.keepAll();
      // The earlier scan time too: any time before the pages were read will do, and with it a build
      // that finds nothing changed leaves the very same state.
      next = sources.equals(previous.sources) ? null : new BuildState(key, archive, previous.links,
          previous.scanned, sources, out.manifest(), previous.chunks, previous.kept, previous.catalogEntries);
    } else {
      SiteIndex index = new SiteIndex(accepted.summaries, reuse ? previous.kept : null);
      Hash links = accepted.linksHash();
      // Links, facets and related lists as before: an unchanged article's page can change only
      // through the articles it shows that changed.
      boolean sameLinks = reuse && links.equals(previous.links) && previous.kept != null
          && index.kept().facets() == previous.kept.facets() && index.kept().related() == previous.kept.related();
      clock.lap("index");
      Written written = writeSite(out, accepted, index, reuse ? previous : null, previous, sameLinks, clock);
      next = new BuildState(key, archive, links, scanned, sources, out.manifest(), written.chunks(), index.kept(),
          written.entries());
      search = written.search();
    }

    List<BuildReport.Ignored> ignored = new ArrayList<>(accepted.ignored);
    inventory.ignored().forEach(x -> ignored.add(new BuildReport.Ignored(x.path(), x.reason())));
    ignored.sort(Comparator.comparing(BuildReport.Ignored::path));
    int pages = (int) out.manifest().keySet().stream().filter(p -> p.endsWith(".html")).count();
    BuildReport report = new BuildReport(
        files.size() + inventory.ignored().size() + inventory.unreadable().size(),
        accepted.pages.size(),
        pages,
        out.manifest().size() + 1,
        accepted.rejected,
        ignored,
        accepted.notes,
        accepted.coverage.counts(),
        new BuildReport.Changes(out.clean() ? "clean" : "incremental", out.written().size(),
            out.unchangedCount(), out.deleted().size()),
        clock.timings());
    return new Built(report, next, search);
  }

  /** Where the catalog stream's chunks and the catalog's entries lie in the new files; the search state. */
  private record Written(Map<Integer, BuildState.Chunk> chunks, Map<Integer, long[]> entries, SearchState search) {}

  /**
   * Makes every file of the site, or keeps it when its inputs are unchanged. {@code reuse} is the
   * previous state when made with the same key, {@code previous} the previous state in any case.
   */
  private Written writeSite(SiteOutput out, Accepted accepted, SiteIndex index, BuildState reuse,
      BuildState previous, boolean sameLinks, Stopwatch clock) throws IOException {
    Templates templates = Templates.load(options.templates());
    Links links = new Links(options.baseUrl(), options.siteUrl(), index);
    SiteRenderer renderer = new SiteRenderer(templates, links, index);
    clock.lap("links");
    SearchFiles search = new SearchFiles(out, index.articles(), reuse == null ? null : SearchState.load(out.site(), out.key()));
    clock.lap("search state");
    ArticleFiles articles = new ArticleFiles(out, accepted, renderer, links, index, search, sameLinks);
    Map<Integer, BuildState.Chunk> chunks = articles.write(previous == null ? Map.of() : previous.chunks);
    clock.lap("articles");

    List<String> indexPages = new ArrayList<>();
    // The views are made in order; they are hashed and rendered on all cores, a batch at a time
    // so that only a batch of views is held.
    List<Runnable> batch = new ArrayList<>();
    renderer.indexPages((path, inputs, html) -> {
      indexPages.add(path);
      batch.add(() -> out.put(path, inputs.get(), () -> html.get().getBytes(StandardCharsets.UTF_8)));
      if (batch.size() == INDEX_PAGE_BATCH) {
        batch.parallelStream().forEach(Runnable::run);
        batch.clear();
      }
    });
    batch.parallelStream().forEach(Runnable::run);
    clock.lap("index pages");
    SearchState searchState = search.finish(templates, options.baseUrl(), indexPages);
    clock.lap("search index");
    WebFiles.write(out, links, index, indexPages);
    Map<Integer, long[]> entries = CatalogJson.write(out, index.articles(), options.baseUrl(),
        previous == null ? Map.of() : previous.catalogEntries, s -> !articles.remade.contains(s.id()));
    out.write("api/events.json", Json.pretty(EventIndexEntry.of(index.articles())));
    for (String schema : Schemas.FILES) {
      out.write("api/schema/" + schema, Schemas.read(schema));
    }
    copyAssets(out);
    clock.lap("sitemaps and catalog");
    return new Written(chunks, entries, searchState);
  }

  /**
   * The article pages, the JSON records, the search index's article texts and the catalog stream, in chunks of one archive folder
   * each ({@code kb/NNN/}, in ID order), so that the stream is sorted while only one chunk of
   * articles is held at a time.
   */
  private final class ArticleFiles {
    private final SiteOutput out;
    private final Accepted accepted;
    private final SiteRenderer renderer;
    private final Links links;
    private final SiteIndex index;
    private final SearchFiles search;
    /** By index into the accepted pages: whether the article's record must be made again (its page changed). */
    private final boolean[] changed;
    /** The articles that changed, when the links, facets and related lists did not; else null. */
    private final Set<KbId> changedIds;
    private final AtomicInteger done = new AtomicInteger();
    /** The articles whose record was made again: their sources changed. */
    final Set<KbId> remade = ConcurrentHashMap.newKeySet();

    ArticleFiles(SiteOutput out, Accepted accepted, SiteRenderer renderer, Links links, SiteIndex index,
        SearchFiles search, boolean sameLinks) {
      this.out = out;
      this.search = search;
      this.changed = new boolean[accepted.pages.size()];
      Set<KbId> ids = new java.util.HashSet<>();
      IntStream.range(0, changed.length).parallel()
          .forEach(k -> changed[k] = !out.same(recordPath(accepted.ids.get(k)), accepted.sources.get(k)));
      for (int k = 0; k < changed.length; k++) {
        if (changed[k]) {
          ids.add(accepted.ids.get(k));
        }
      }
      this.changedIds = sameLinks ? ids : null;
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
      try (CatalogStream catalog = CatalogStream.open(out, all.done(), previous)) {
        for (var e : buckets.entrySet()) {
          int b = e.getKey();
          boolean copy = catalog == null || catalog.reusable(b, inputs.get(b));
          List<Integer> members = e.getValue();
          List<String> lines = inParallel(members.size(), i -> article(members.get(i), !copy));
          if (catalog != null && copy) {
            catalog.copy(b);
          } else if (catalog != null) {
            catalog.write(b, inputs.get(b), lines);
          }
        }
        return catalog == null ? previous : catalog.chunks();
      }
    }

    private static String recordPath(KbId id) {
      return "api/kb/" + id + ".json";
    }

    /**
     * True when none of the articles the page shows (cited, citing, related) changed, and the
     * links between articles, the facets and related lists are as before: then the page's context
     * key is as before, without computing it.
     */
    private boolean unaffected(ArticleSummary s) {
      if (changedIds == null) {
        return false;
      }
      if (changedIds.isEmpty()) {
        return true;
      }
      for (KbId r : s.references()) {
        if (changedIds.contains(r)) {
          return false;
        }
      }
      for (ArticleSummary c : index.citedBy(s.id())) {
        if (changedIds.contains(c.id())) {
          return false;
        }
      }
      for (ArticleSummary c : index.related(s.id())) {
        if (changedIds.contains(c.id())) {
          return false;
        }
      }
      return true;
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
      if (!changed[k] && unaffected(accepted.summaries.get(k)) && out.had(pagePath)) {
        out.keep(pagePath);
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
      String json = Json.compact(ArticleRecord.of(a, options.baseUrl()));
      if (record) {
        remade.add(id);
        out.write(recordPath, source, (json + "\n").getBytes(StandardCharsets.UTF_8));
      }
      return json;
    }
  }

  private static final int INDEX_PAGE_BATCH = 64;

  /** Runs {@code task} for 0..n-1 on all cores; results in index order. */
  private static <T> List<T> inParallel(int n, java.util.function.IntFunction<T> task) {
    return IntStream.range(0, n).parallel().mapToObj(task).toList();
  }

  private void copyAssets(SiteOutput out) throws IOException {
    if (options.templates() != null) {
      Path assets = options.templates().resolve("assets");
      if (Files.isDirectory(assets)) {
        try (var walk = Files.walk(assets)) {
          for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
            out.write("assets/" + assets.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
          }
        }
      }
      return;
    }
    for (String name : List.of("style.css", "search.js", "favicon.svg")) {
      try (InputStream in = SiteBuilder.class.getResourceAsStream("/templates/assets/" + name)) {
        if (in == null) {
          throw new UncheckedIOException(new IOException("built-in asset missing: " + name));
        }
        out.write("assets/" + name, in.readAllBytes());
      }
    }
  }
}
