package org.kbsite.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;
import org.kbsite.catalog.ArticleRecord;
import org.kbsite.catalog.CatalogEntry;
import org.kbsite.catalog.Json;
import org.kbsite.content.ContentScanner;
import org.kbsite.index.SiteIndex;
import org.kbsite.model.Article;
import org.kbsite.model.ArticleSummary;
import org.kbsite.model.KbId;
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
  private final IntConsumer progress;

  /** {@code progress} receives the number of articles rendered so far. */
  public SiteBuilder(BuildOptions options, IntConsumer progress) {
    this.options = options;
    this.progress = progress;
  }

  public BuildReport build() throws IOException {
    long start = System.nanoTime();
    Path content = options.content();
    ContentScanner.Inventory inventory = ContentScanner.scan(content, options.out());
    List<Path> files = inventory.pages();

    List<SourcePage.Outcome> parsed = inParallel(files.size(),
        i -> SourcePage.load(files.get(i), ContentScanner.rel(content, files.get(i))));
    Accepted accepted = accept(files, parsed);
    SiteIndex index = new SiteIndex(accepted.summaries);

    Templates templates = Templates.load(options.templates());
    SiteRenderer renderer = new SiteRenderer(templates, options.baseUrl(), index);
    OutputWriter out = new OutputWriter(options.out());
    SearchIndexWriter search = new SearchIndexWriter(index.articles(), out::write);
    AtomicInteger done = new AtomicInteger();
    inParallel(accepted.files.size(), i -> {
      Path file = accepted.files.get(i);
      Article a = SourcePage.load(file, ContentScanner.rel(content, file)).article();
      out.write(a.id().pagePath() + "index.html", renderer.articlePage(a));
      out.write("api/kb/" + a.id() + ".json", Json.pretty(ArticleRecord.of(a, options.baseUrl())));
      search.add(a);
      progress.accept(done.incrementAndGet());
      return null;
    });

    int pages = accepted.files.size();
    out.write("index.html", renderer.home(index));
    pages++;
    for (Map.Entry<String, String> page : renderer.productPages(index).entrySet()) {
      out.write(page.getKey(), page.getValue());
      pages++;
    }
    out.write("api/catalog.json", Json.pretty(
        index.articles().stream().map(s -> CatalogEntry.of(s, options.baseUrl())).toList()));
    search.finish();
    out.write("search/index.html", SearchPage.render(templates, options.baseUrl(), search));
    pages++;
    copyAssets(out);

    BuildReport report = new BuildReport(
        files.size() + inventory.ignored().size(),
        accepted.files.size(),
        pages,
        out.filesWritten() + 1,
        accepted.rejected,
        inventory.ignored().stream().map(x -> new BuildReport.Ignored(x.path(), x.reason())).toList(),
        accepted.notes,
        (System.nanoTime() - start) / 1e9);
    out.write("build-report.json", Json.pretty(report));
    return report;
  }

  /** The pages that became articles, in path order; a repeated article ID keeps the first path. */
  private static Accepted accept(List<Path> files, List<SourcePage.Outcome> parsed) {
    Accepted acc = new Accepted();
    Map<KbId, String> firstPath = new HashMap<>();
    for (int i = 0; i < parsed.size(); i++) {
      SourcePage.Outcome o = parsed.get(i);
      if (o.rejection() != null) {
        acc.rejected.add(o.rejection());
        continue;
      }
      Article a = o.article();
      String earlier = firstPath.putIfAbsent(a.id(), a.sourcePath());
      if (earlier != null) {
        acc.rejected.add(new BuildReport.Problem(a.sourcePath(), 0,
            "duplicate article ID " + a.id() + ": already built from " + earlier));
        continue;
      }
      if (o.note() != null) {
        acc.notes.add(o.note());
      }
      acc.files.add(files.get(i));
      acc.summaries.add(a.summary());
    }
    return acc;
  }

  private static final class Accepted {
    final List<Path> files = new ArrayList<>();
    final List<ArticleSummary> summaries = new ArrayList<>();
    final List<BuildReport.Problem> rejected = new ArrayList<>();
    final List<BuildReport.Problem> notes = new ArrayList<>();
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
