package org.kbsite.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.kbsite.catalog.ApiIndex;
import org.kbsite.catalog.EventIndexEntry;
import org.kbsite.catalog.Json;
import org.kbsite.catalog.MissingEntry;
import org.kbsite.catalog.Schemas;
import org.kbsite.index.Facet;
import org.kbsite.index.SiteIndex;
import org.kbsite.model.ByNumber;
import org.kbsite.parallel.Parallel;
import org.kbsite.render.BrowseFiles;
import org.kbsite.render.KeptPages;
import org.kbsite.render.Links;
import org.kbsite.render.SiteRenderer;
import org.kbsite.render.Templates;

/**
 * The render-and-write stage of a build ({@link SiteBuilder}): every file of the site from the
 * accepted articles and their index, made or kept as the previous build left it; the article
 * files and the catalog stream while the index pages are made on another thread, then the
 * sitemaps and catalog on one core while the search index is made on the other.
 */
final class SiteWriter {
  private final BuildOptions options;
  private final Templates templates;
  private final SiteBuilder.Progress progress;
  /** Run between stages: throws when the build (a rehearsal) must stop there. */
  private final Runnable checkpoint;

  SiteWriter(BuildOptions options, Templates templates, SiteBuilder.Progress progress, Runnable checkpoint) {
    this.options = options;
    this.templates = templates;
    this.progress = progress;
    this.checkpoint = checkpoint;
  }

  /** Where the catalog stream's chunks and the catalog's entries lie in the new files; the search state. */
  record Written(Map<Integer, BuildState.Chunk> chunks, ByNumber<long[]> entries, SearchFiles.Kept search) {}

  /**
   * Makes every file of the site, or keeps it when its inputs are unchanged. {@code searchState}
   * and {@code kept} (the index's lists) are the previous build's when made with the same key,
   * else null; {@code previous} the previous state in any case.
   */
  Written write(SiteOutput out, Accepted accepted, SiteIndex index, SearchState searchState,
      BuildState previous, SiteIndex.Kept kept, boolean sameLinks, Stopwatch clock) throws IOException {
    Links links = new Links(options.baseUrl(), options.siteUrl(), index);
    SiteRenderer renderer = new SiteRenderer(templates, links, index);
    clock.lap("links");
    SearchFiles search = new SearchFiles(out, index.articles(), searchState);
    try {
      clock.lap("search state");
      checkpoint.run();
      ArticleFiles articles = new ArticleFiles(out, accepted, renderer, links, index, search, kept, sameLinks,
          options.baseUrl(), progress);
      // The index pages need the articles' context, not their files: made meanwhile, on another thread.
      CompletableFuture<List<String>> pages = Background.onItsOwnThread(() -> writeIndexPages(out, renderer, articles.context()));
      Map<Integer, BuildState.Chunk> chunks;
      try {
        chunks = articles.write(previous == null ? Map.of() : previous.chunks);
      } finally {
        pages.exceptionally(e -> null).join();
      }
      List<String> indexPages = Background.join(pages);
      indexPages.add(SearchFiles.PAGE);
      clock.lap("articles and index pages");
      checkpoint.run();

      // The search index is made on another core while the sitemaps and catalog are.
      CompletableFuture<SearchFiles.Kept> searchIndex = Background.onItsOwnThread(() -> search.finish(templates, options.baseUrl()));
      ByNumber<long[]> entries;
      try {
        WebFiles.write(out, links, index, indexPages);
        entries = CatalogJson.write(out, index.articles(), options.baseUrl(), articles.catalogInputs(),
            previous == null ? ByNumber.empty() : previous.catalogEntries, s -> !articles.remade.contains(s.id()));
        out.write("api/events.json", Json.pretty(EventIndexEntry.of(index.articles())));
        out.write("api/missing.json", Json.pretty(MissingEntry.of(index.missing())));
        out.write("api/index.json", Json.pretty(ApiIndex.of(options.baseUrl(), options.siteUrl(), index.articles().size(), index.events().size(), index.missing().size())));
        BrowseFiles.of(index, links).forEach((path, value) -> out.write(path, Json.compact(value)));
        for (String schema : Schemas.FILES) {
          out.write("api/schema/" + schema, Schemas.read(schema));
        }
        copyAssets(out);
        clock.lap("sitemaps and catalog");
      } finally {
        // Not left writing into a staging folder that a failure is about to delete.
        searchIndex.exceptionally(e -> null).join();
      }
      SearchFiles.Kept searchKept = Background.join(searchIndex);
      clock.lap("search index");
      return new Written(chunks, entries, searchKept);
    } catch (IOException | RuntimeException | Error e) {
      // A build that stops here (a failure, a rehearsal no longer wanted) frees the terms the search
      // index stored: in a build server the process goes on.
      try {
        search.close();
      } catch (RuntimeException closing) {
        e.addSuppressed(closing);
      }
      throw e;
    }
  }

  /**
   * Makes the index pages, or keeps those {@code context} (null for none) says are unchanged;
   * returns their paths in order. The views are made in order; they are hashed and rendered on all
   * cores, a batch at a time, so that only a batch of views is held.
   */
  private static List<String> writeIndexPages(SiteOutput out, SiteRenderer renderer, ContextChanges context) {
    List<String> paths = new ArrayList<>();
    KeptPages kept = context == null ? KeptPages.NONE : new KeptPages() {
      @Override
      public boolean unchanged(Facet facet, Facet.Term term) {
        return context.termUnchanged(facet.id(), term);
      }

      @Override
      public boolean sameTerms(Facet facet) {
        return context.sameTerms(facet.id(), facet.terms());
      }

      @Override
      public boolean keep(String path) {
        if (!out.keepPublished(path)) {
          return false;
        }
        paths.add(path);
        return true;
      }
    };
    List<Runnable> batch = new ArrayList<>();
    renderer.indexPages((path, inputs, html) -> {
      paths.add(path);
      batch.add(() -> out.put(path, inputs.get(), () -> html.get().getBytes(StandardCharsets.UTF_8)));
      if (batch.size() == INDEX_PAGE_BATCH) {
        Parallel.forEach(batch.size(), i -> batch.get(i).run());
        batch.clear();
      }
    }, kept);
    Parallel.forEach(batch.size(), i -> batch.get(i).run());
    return paths;
  }

  private static final int INDEX_PAGE_BATCH = 64;

  /** The assets the pages, the search page and the page-not-found page load. */
  private static final List<String> BUILT_IN_ASSETS = List.of("style.css", "search-index.js", "search-rank.js", "search.js",
      "notfound.js", "favicon.svg");

  /**
   * The templates folder's {@code assets/}, and the built-in assets it does not have: a folder of
   * templates copied without its assets, or with only its own stylesheet, still gives pages
   * styled and a search that works.
   */
  private void copyAssets(SiteOutput out) throws IOException {
    Set<String> written = new HashSet<>();
    Path assets = options.templates() == null ? null : options.templates().resolve("assets");
    if (assets != null && Files.isDirectory(assets)) {
      try (var walk = Files.walk(assets)) {
        for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
          String name = assets.relativize(p).toString().replace('\\', '/');
          out.write("assets/" + name, Files.readAllBytes(p));
          written.add(name);
        }
      }
    }
    for (String name : BUILT_IN_ASSETS) {
      if (written.contains(name)) {
        continue;
      }
      try (InputStream in = SiteWriter.class.getResourceAsStream("/templates/assets/" + name)) {
        if (in == null) {
          throw new UncheckedIOException(new IOException("built-in asset missing: " + name));
        }
        out.write("assets/" + name, in.readAllBytes());
      }
    }
  }
}
