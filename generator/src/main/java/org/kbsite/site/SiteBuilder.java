package org.kbsite.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.kbsite.catalog.ArticleRecord;
import org.kbsite.catalog.CatalogEntry;
import org.kbsite.catalog.Coverage;
import org.kbsite.catalog.EventIndexEntry;
import org.kbsite.catalog.Schemas;
import org.kbsite.catalog.Json;
import org.kbsite.content.ContentScanner;
import org.kbsite.index.SiteIndex;
import org.kbsite.model.Article;
import org.kbsite.model.ArticleSummary;
import org.kbsite.model.KbId;
import org.kbsite.render.Links;
import org.kbsite.render.SiteRenderer;
import org.kbsite.render.Templates;
import org.kbsite.search.SearchIndexWriter;
import org.kbsite.search.SearchPage;

/**
 * The build pipeline: scan the content folder, parse every page (in parallel) keeping only a
 * summary of each article, index the summaries, render and write every page (in parallel,
 * parsing each article again so that no more than a few articles' text is in memory), then the
 * index pages, the catalog and the report.
 */
public final class SiteBuilder {
  private final BuildOptions options;
  private final Progress progress;

  /** Receives the number of articles rendered so far and the total. */
  public interface Progress {
    void update(int done, int total);
  }

  public SiteBuilder(BuildOptions options, Progress progress) {
    this.options = options;
    this.progress = progress;
  }

  /**
   * Builds the site into a staging folder and puts it in place of the output folder only when
   * everything succeeded; on any failure the previous site is left as it was.
   */
  public BuildReport build() throws IOException {
    Stopwatch clock = new Stopwatch();
    try (StagedSite site = StagedSite.open(options)) {
      BuildReport report = buildInto(new OutputWriter(site.staging()), clock);
      site.publish();
      return report;
    }
  }

  private BuildReport buildInto(OutputWriter out, Stopwatch clock) throws IOException {
    Path content = options.content();
    ContentScanner.Inventory inventory = ContentScanner.scan(content);
    List<Path> files = inventory.pages();
    clock.lap("scan");

    List<SourcePage.Outcome> parsed = inParallel(files.size(),
        i -> SourcePage.load(files.get(i), ContentScanner.rel(content, files.get(i))));
    Accepted accepted = accept(files, parsed);
    inventory.unreadable().forEach(x -> accepted.rejected.add(new BuildReport.Problem(x.path(), 0, x.reason())));
    accepted.rejected.sort(BY_PATH_AND_LINE);
    accepted.notes.sort(BY_PATH_AND_LINE);
    clock.lap("parse");
    SiteIndex index = new SiteIndex(accepted.summaries);
    clock.lap("index");

    Templates templates = Templates.load(options.templates());
    Links links = new Links(options.baseUrl(), options.siteUrl(), index);
    SiteRenderer renderer = new SiteRenderer(templates, links, index);
    SearchIndexWriter search = new SearchIndexWriter(index.articles(), out::write);
    AtomicInteger done = new AtomicInteger();
    try (CatalogStream ndjson = new CatalogStream(out, "api/catalog.ndjson")) {
      // In ID order and in chunks, so the catalog stream is sorted while only one chunk of
      // articles is held at a time.
      for (List<Integer> chunk : chunks(accepted.orderById(), CHUNK)) {
        List<String> lines = inParallel(chunk.size(), i -> {
          int k = chunk.get(i);
          String rel = ContentScanner.rel(content, accepted.files.get(k));
          Article a = SourcePage.load(accepted.files.get(k), rel).article();
          if (a == null || !a.id().equals(accepted.ids.get(k))) {
            throw new UncheckedIOException(new IOException(rel + " changed while the site was being built: build again"));
          }
          ArticleRecord rec = ArticleRecord.of(a, options.baseUrl());
          out.write(a.id().pagePath() + "index.html", renderer.articlePage(a));
          String json = Json.compact(rec);
          // The same bytes as the record's catalog.ndjson line: serialised once, compact.
          out.write("api/kb/" + a.id() + ".json", json + "\n");
          search.add(a);
          progress.update(done.incrementAndGet(), accepted.files.size());
          return json;
        });
        ndjson.appendAll(lines);
      }
    }

    clock.lap("articles");
    List<String> indexPages = new ArrayList<>();
    renderer.indexPages((path, html) -> {
      out.write(path, html);
      indexPages.add(path);
    });
    search.finish();
    out.write("search/index.html", SearchPage.render(templates, options.baseUrl(), search));
    indexPages.add("search/index.html");
    int pages = accepted.files.size() + indexPages.size();
    WebFiles.write(out, links, index, indexPages);
    out.write("api/catalog.json", Json.pretty(
        index.articles().stream().map(s -> CatalogEntry.of(s, options.baseUrl())).toList()));
    out.write("api/events.json", Json.pretty(EventIndexEntry.of(index.articles())));
    for (String schema : Schemas.FILES) {
      out.write("api/schema/" + schema, Schemas.read(schema));
    }
    copyAssets(out);
    clock.lap("indexes and catalog");

    List<ContentScanner.Ignored> ignored = inventory.ignored();
    BuildReport report = new BuildReport(
        files.size() + ignored.size() + inventory.unreadable().size(),
        accepted.files.size(),
        pages,
        out.filesWritten() + 1,
        accepted.rejected,
        ignored.stream().map(x -> new BuildReport.Ignored(x.path(), x.reason())).toList(),
        accepted.notes,
        accepted.coverage.counts(),
        clock.timings());
    out.write(StagedSite.MARKER, Json.pretty(report));
    return report;
  }

  /**
   * The pages that became articles, in path order. When pages share an article ID, the one at the
   * archive's path for that ID ({@code kb/NNN/QNNNNN/README.md}) wins, else the first in path
   * order; the others are rejected and the winner gets a note naming them.
   */
  private static Accepted accept(List<Path> files, List<SourcePage.Outcome> parsed) {
    Map<KbId, Integer> winner = new HashMap<>();
    for (int i = 0; i < parsed.size(); i++) {
      Article a = parsed.get(i).article();
      if (a != null) {
        Integer w = winner.get(a.id());
        if (w == null || PageIdentity.atCanonicalPath(a.sourcePath(), a.id())
            && !PageIdentity.atCanonicalPath(parsed.get(w).article().sourcePath(), a.id())) {
          winner.put(a.id(), i);
        }
      }
    }
    Accepted acc = new Accepted();
    for (int i = 0; i < parsed.size(); i++) {
      SourcePage.Outcome o = parsed.get(i);
      if (o.rejection() != null) {
        acc.rejected.add(o.rejection());
        continue;
      }
      Article a = o.article();
      Article kept = parsed.get(winner.get(a.id())).article();
      if (kept != a) {
        acc.rejected.add(new BuildReport.Problem(a.sourcePath(), 0,
            "duplicate article ID " + a.id() + ": built from " + kept.sourcePath() + " instead"));
        acc.notes.add(new BuildReport.Problem(kept.sourcePath(), 0,
            "article ID " + a.id() + " is also claimed by " + a.sourcePath() + ", which was rejected"));
        continue;
      }
      acc.notes.addAll(o.notes());
      acc.files.add(files.get(i));
      acc.ids.add(a.id());
      acc.summaries.add(a.summary());
      acc.coverage.add(a);
    }
    return acc;
  }

  private static final Comparator<BuildReport.Problem> BY_PATH_AND_LINE =
      Comparator.comparing(BuildReport.Problem::path).thenComparingInt(BuildReport.Problem::line);

  private static final class Accepted {
    final List<Path> files = new ArrayList<>();
    final List<KbId> ids = new ArrayList<>();
    final Coverage coverage = new Coverage();
    final List<ArticleSummary> summaries = new ArrayList<>();
    final List<BuildReport.Problem> rejected = new ArrayList<>();
    final List<BuildReport.Problem> notes = new ArrayList<>();

    /** Indexes into {@code files} ordered by their article's ID. */
    List<Integer> orderById() {
      List<Integer> order = new ArrayList<>();
      for (int i = 0; i < files.size(); i++) {
        order.add(i);
      }
      order.sort((a, b) -> ids.get(a).compareTo(ids.get(b)));
      return order;
    }
  }

  private static final int CHUNK = 512;

  private static <T> List<List<T>> chunks(List<T> list, int size) {
    List<List<T>> out = new ArrayList<>();
    for (int i = 0; i < list.size(); i += size) {
      out.add(list.subList(i, Math.min(list.size(), i + size)));
    }
    return out;
  }

  /** Runs {@code task} for 0..n-1 on all cores; results in index order. */
  private static <T> List<T> inParallel(int n, java.util.function.IntFunction<T> task) {
    return IntStream.range(0, n).parallel().mapToObj(task).toList();
  }

  private void copyAssets(OutputWriter out) throws IOException {
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
