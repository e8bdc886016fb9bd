package org.kbsite.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.kbsite.catalog.Json;
import org.kbsite.content.ContentScanner;
import org.kbsite.incremental.Hash;
import org.kbsite.incremental.Hasher;
import org.kbsite.index.SiteIndex;
import org.kbsite.model.Interner;
import org.kbsite.render.Templates;

/**
 * The build pipeline: scan the content folder, parse every page (in parallel) keeping only a
 * summary of each article, index the summaries, render and write every page ({@link SiteWriter}:
 * in parallel, parsing each article again so that no more than a few articles' text is in
 * memory, the index pages meanwhile, then the catalog and the search index), then the report.
 *
 * <p>Incremental by default: the build state the previous build left in the output folder
 * ({@link BuildState}) lets it skip parsing pages whose size and time are unchanged, skip making
 * files whose inputs are unchanged, and write only files whose bytes changed ({@link SiteOutput}).
 */
public final class SiteBuilder {
  private final BuildOptions options;
  private final Progress progress;
  private Map<String, Double> stages = Map.of();
  private final long heapLimit;
  private final List<String> warnings = new ArrayList<>();
  private final Tuning tuning;
  private final int shortArchive;
  /** The templates of the build under way, loaded as it starts. */
  private Templates templates;

  /** Receives the number of articles rendered so far and the total. */
  public interface Progress {
    void update(int done, int total);

    /** Told once when the build waits for another build of the same output folder to end. */
    default void waiting(Path out) {}
  }

  /**
   * What the process the build runs in does around it. Told what kind of run the build is, once it
   * knows, and again when that changes, and when it has ended: the CLI tunes the JVM's compiler
   * for it. Called on the build's thread; {@code ended} follows every build that was told anything.
   */
  public interface Tuning {
    Tuning NONE = new Tuning() {};

    /** A short run: a rebuild (until its key turns out to differ), or a full build of fewer than {@link #SHORT_ARCHIVE} articles. */
    default void shortRun() {}

    /** A long run: a full build of {@code articles} articles, {@link #SHORT_ARCHIVE} or more. */
    default void longRun(int articles) {}

    /** The build has ended, built or failed. */
    default void ended() {}

    /**
     * Given, once the site is published, the removal of what the build leaves beside it (the
     * staging folder, with the files the site no longer has: freeing a large one takes a while).
     * Runs it now unless the process has something better to do first, as a build server
     * answering its client has.
     */
    default void afterPublish(Cleanup cleanup) throws IOException {
      cleanup.run();
    }

    /**
     * False once a rehearsal ({@link #rehearse}) is no longer wanted, a real build waiting for
     * the process: asked between stages, where nothing of the rehearsal runs in the background,
     * it stops there. Real builds do not ask.
     */
    default boolean rehearsalWanted() {
      return true;
    }
  }

  /** A rehearsal stopped because a real build wanted the process. */
  public static final class RehearsalStopped extends RuntimeException {
    RehearsalStopped() {
      super("rehearsal stopped for a build", null, false, false);
    }
  }

  /** Removes what a published build left behind. */
  public interface Cleanup {
    void run() throws IOException;
  }

  public SiteBuilder(BuildOptions options, Progress progress) {
    this(options, progress, Tuning.NONE);
  }

  public SiteBuilder(BuildOptions options, Progress progress, Tuning tuning) {
    this(options, progress, Runtime.getRuntime().maxMemory(), tuning, SHORT_ARCHIVE);
  }

  /** {@code heapLimit}: the heap the previous build's state must fit in (see {@link #STATE_TO_HEAP}). */
  SiteBuilder(BuildOptions options, Progress progress, long heapLimit) {
    this(options, progress, heapLimit, Tuning.NONE, SHORT_ARCHIVE);
  }

  /** {@code shortArchive}: in place of {@link #SHORT_ARCHIVE}, for tests. */
  SiteBuilder(BuildOptions options, Progress progress, long heapLimit, Tuning tuning, int shortArchive) {
    this.options = options;
    this.progress = progress;
    this.heapLimit = heapLimit;
    this.tuning = tuning;
    this.shortArchive = shortArchive;
  }

  /**
   * A loaded build state takes about this many times its size on disk in the heap (decoded
   * summaries, maps of outputs), on top of what the build itself holds: a state larger than the
   * heap allows is not loaded, and the build is a clean one rather than an out-of-memory error.
   */
  static final int STATE_TO_HEAP = 3;

  /**
   * A build that makes every page of fewer articles than this is a short run too: C2's compiling
   * even the JDK's code costs more than its code saves before such a build ends. Measured on two
   * cores, clean builds into tmpfs (the README's "What C2 compiles"), C2 for nothing
   * but SHA-256 against C2 for the JDK's code: 10,000 articles 9.6-10.8 s against 11.1-11.6 s,
   * 20,000 15.5-15.9 s against 14.5-15.3 s, 60,000 40.1-40.6 s against 31.3-32.8 s.
   */
  public static final int SHORT_ARCHIVE = 15_000;

  /** What the user should know about the last build that is not about an input file. */
  public List<String> warnings() {
    return List.copyOf(warnings);
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
   * state, unchanged; {@code search} null when unchanged; {@code searchBefore} the hash of the
   * published search state when it was read, else null.
   */
  private record Built(BuildReport report, BuildState state, SearchFiles.Kept search, Hash searchBefore) {}

  /**
   * Builds the site. A clean build (or the first) writes a staging folder and puts it in place of
   * the output folder; an incremental build stages only the files whose bytes change and then
   * moves them in. On any failure before that point the previous site is left as it was.
   */
  public BuildReport build() throws IOException {
    return build(false);
  }

  /**
   * Rebuilds the published site as if its first page's title had been edited ({@link Rehearsal}),
   * making every file such an edit makes in a staging folder, and then deletes that folder: the
   * output folder is left as it was. A build server rehearses after it starts, so that the JIT has
   * compiled what a rebuild runs before the first real one comes. Returns null, having built
   * nothing, when the output folder holds no build to continue incrementally (a rehearsal is never
   * a full build) or a build holds it or waits for it ({@link ProcessLock}); throws
   * {@link RehearsalStopped} when the tuning no longer wants it or a build comes to wait for the
   * folder.
   */
  public BuildReport rehearse() throws IOException {
    return options.clean() ? null : build(true);
  }

  /** Says, where a rehearsal may stop (no work of its own left running), whether it must. */
  private java.util.function.BooleanSupplier rehearsalUnwanted = () -> false;

  /** Stops a rehearsal that is no longer wanted: called where the build has nothing running in the background. */
  private void stopIfUnwanted() {
    if (rehearsalUnwanted.getAsBoolean()) {
      throw new RehearsalStopped();
    }
  }

  private BuildReport build(boolean rehearsal) throws IOException {
    try (StagedSite site = rehearsal ? StagedSite.openForRehearsal(options)
            : StagedSite.open(options, () -> progress.waiting(options.out()));
        Stopwatch clock = new Stopwatch()) {
      if (site == null) {
        // A rehearsal of a folder that holds nothing, or that a build holds or waits for.
        return null;
      }
      if (rehearsal) {
        rehearsalUnwanted = () -> !tuning.rehearsalWanted() || site.buildWaiting();
      }
      warnings.addAll(site.abandoned());
      // Before the content is read (what a stopped build left beside the output folder is put
      // right by then): a template that does not compile stops the build here.
      templates = Templates.load(options.templates());
      // The key and the previous state are read on one core while the other scans the content.
      CompletableFuture<Hash> key = Background.inPool(() -> {
        try {
          return BuildKey.of(options);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
      long stateBytes = options.clean() ? 0 : stateBytes(site.out());
      boolean stateFits = fits(stateBytes, heapLimit);
      if (!stateFits) {
        warnings.add(String.format(java.util.Locale.ROOT, "the previous build's state (%d MB) is too large to load"
            + " in a %d MB heap: everything was built again; give Java more heap (java -Xmx...) for incremental builds",
            stateBytes >> 20, heapLimit >> 20));
      }
      // A rebuild is a short run until its key turns out to differ from the previous build's.
      boolean shortRun = !options.clean() && stateFits && stateBytes > 0;
      if (rehearsal && !shortRun) {
        return null;
      }
      BuildReport report;
      try {
        if (shortRun) {
          tuning.shortRun();
        }
        report = build(site, clock, key, stateFits, shortRun, rehearsal);
      } finally {
        tuning.ended();
      }
      tuning.afterPublish(site::removeLeftovers);
      return report;
    }
  }

  private BuildReport build(StagedSite site, Stopwatch clock, CompletableFuture<Hash> key, boolean stateFits,
      boolean shortRun, boolean rehearsal) throws IOException {
    // One for the build: the summaries read back from the state and those of the pages parsed
    // again share their lists alike.
    Interner lists = new Interner();
    CompletableFuture<BuildState> loading = Background.inPool(
        () -> options.clean() || !stateFits ? null : BuildState.load(site.out(), lists));
    Scanned scanned = scan(site, options.clean() || !stateFits);
    refuseToEmpty(site.out(), scanned.inventory());
    ContentScanner.Inventory inventory = rehearsal ? Rehearsal.edit(scanned.inventory(), site.staging()) : scanned.inventory();
    clock.lap("scan");
    BuildState previous = Background.join(loading);
    Hash buildKey = Background.join(key);
    boolean reuse = previous != null && previous.key.equals(buildKey);
    if (rehearsal && !reuse) {
      return null;
    }
    // Known once the content is scanned: whether the pages to make are few enough for a short run.
    boolean fewPages = inventory.pages().size() < shortArchive;
    boolean everyPage = !shortRun || !reuse;
    if (everyPage && !fewPages) {
      tuning.longRun(inventory.pages().size());
    } else if (!shortRun) {
      // A full build of a small archive.
      tuning.shortRun();
    }
    clock.lap("state");
    stopIfUnwanted();
    SiteOutput out = new SiteOutput(site.staging(), buildKey, site.out(), previous == null ? null : previous.loadedOutputs());
    Built built = buildInto(out, inventory, buildKey, previous, reuse, lists, clock);
    // Both states written at once, one on each core, into the staging folder.
    Path stagedSearch = site.staging().resolve(SearchState.FILE);
    CompletableFuture<Hash> searchHash = Background.inPool(
        () -> built.search() == null ? null : built.search().writeTo(stagedSearch, buildKey));
    Hash state = built.state() == null ? null : built.state().writeTo(site.staging().resolve(BuildState.FILE), previous);
    Hash search;
    try {
      search = Background.join(searchHash);
    } finally {
      if (built.search() != null) {
        built.search().close();
      }
    }
    OutputWriter staging = new OutputWriter(site.staging());
    if (rehearsal && out.clean()) {
      throw new IllegalStateException("a rehearsal continues a build; it never makes a whole site");
    }
    if (out.clean()) {
      staging.write(StagedSite.MARKER, Json.pretty(built.report()));
      warnings.addAll(site.publish());
    } else {
      boolean changed = !out.written().isEmpty() || !out.deleted().isEmpty();
      List<String> moved = new ArrayList<>(out.written());
      List<String> notes = new ArrayList<>();
      if (scanned.relisted()) {
        notes.add(ListingState.FILE);
      }
      // With the site unchanged, the report may still be new: a file ignored or unreadable that
      // the last build did not see. It is not vouched for by the state, so it goes in as a note.
      if (changed || reportChanged(built.report(), site.out())) {
        staging.write(StagedSite.MARKER, Json.pretty(built.report()));
        (changed ? moved : notes).add(StagedSite.MARKER);
      }
      // Build state last: the search state, then the state that vouches for the site. A state
      // staged with the same bytes as the published one stays behind and goes with the staging folder.
      List<String> states = new ArrayList<>();
      Hash searchBefore = built.searchBefore() != null ? built.searchBefore() : fileHash(site.out().resolve(SearchState.FILE));
      if (search != null && !search.equals(searchBefore)) {
        states.add(SearchState.FILE);
      }
      if (state != null && (changed || !states.isEmpty() || !state.equals(previous.fileHash()))) {
        states.add(BuildState.FILE);
      }
      if (!rehearsal) {
        site.publishChanges(moved, out.deleted(), states, notes);
      }
      // A rehearsal publishes nothing: its staging folder goes when the site is closed.
    }
    clock.lap("state and publish");
    stages = clock.stages();
    return built.report();
  }

  /** True when the report says what the published one does not, its timings and changes aside. */
  private static boolean reportChanged(BuildReport report, Path out) {
    try {
      var published = (com.fasterxml.jackson.databind.node.ObjectNode) Json.MAPPER.readTree(out.resolve(StagedSite.MARKER).toFile());
      com.fasterxml.jackson.databind.node.ObjectNode now = Json.MAPPER.valueToTree(report);
      for (var node : List.of(published, now)) {
        node.remove("timings");
        node.remove("changes");
      }
      return !published.equals(now);
    } catch (IOException | RuntimeException e) {
      return true;
    }
  }

  /** The scan's inventory, without its listings; whether they changed and were staged. */
  private record Scanned(ContentScanner.Inventory inventory, boolean relisted) {}

  /**
   * Stops a build that would take every article off a published site because it found no page
   * to build: a content folder that cannot be read, or one that is empty, as a share that is not
   * mounted is. An empty site is built into an empty output folder.
   */
  private void refuseToEmpty(Path out, ContentScanner.Inventory inventory) throws IOException {
    if (!inventory.pages().isEmpty() || !hasArticles(out)) {
      return;
    }
    String why = inventory.unreadable().isEmpty() ? "holds no pages"
        : "holds no page that can be read (" + inventory.unreadable().get(0).path() + " "
            + inventory.unreadable().get(0).reason() + ")";
    throw new IOException("the content folder " + options.content() + " " + why + ", and the site in "
        + options.out() + " has articles: not deleting them (build into an empty folder for an empty site)");
  }

  private static boolean hasArticles(Path out) throws IOException {
    Path kb = out.resolve("kb");
    if (!Files.isDirectory(kb)) {
      return false;
    }
    try (var entries = Files.list(kb)) {
      return entries.findAny().isPresent();
    }
  }

  /**
   * Scans the content, listing again only the folders whose time changed since the last scan
   * (all of them when {@code fresh}), and stages the listings when they changed. They are not
   * held through the build: at a million articles they are some 100 MB.
   */
  private Scanned scan(StagedSite site, boolean fresh) throws IOException {
    Path content = options.content().toRealPath();
    boolean listing = ListingState.usable(content);
    ContentScanner.Previous listed = !listing ? null
        : fresh ? ListingState.NONE : ListingState.load(site.out().resolve(ListingState.FILE), content);
    ContentScanner.Inventory scan = ContentScanner.scan(options.content(), listed);
    boolean relisted = listing && !listed.same(scan.listings());
    if (relisted) {
      ListingState.write(site.staging().resolve(ListingState.FILE), content, scan);
    }
    return new Scanned(scan.withoutListings(), relisted);
  }

  /** The size of the build state in an output folder, both files; 0 when there is none. */
  private static long stateBytes(Path out) {
    return sizeOf(out.resolve(BuildState.FILE)) + sizeOf(out.resolve(SearchState.FILE));
  }

  /**
   * True when the next build into {@code out} can continue the build there incrementally in this
   * JVM's heap: the output folder holds a build state that fits ({@link #STATE_TO_HEAP}). A build
   * server is of no use to a folder whose every rebuild is a full one.
   */
  public static boolean rebuildsIncrementally(Path out) {
    return rebuildsIncrementally(out, Runtime.getRuntime().maxMemory());
  }

  static boolean rebuildsIncrementally(Path out, long heapLimit) {
    long bytes = stateBytes(out);
    return bytes > 0 && fits(bytes, heapLimit);
  }

  /**
   * True when a build with these options will be the first into its output folder (no build state
   * there) and make every page of an archive of about {@code articles} articles or more, judged by
   * the content folder's entries; false while another build
   * holds the folder (the state it is publishing is then not there yet).
   */
  public static boolean firstBuildAhead(BuildOptions options, int articles) throws IOException {
    return !StagedSite.heldByAnotherBuild(options) && !Files.exists(options.out().resolve(BuildState.FILE))
        && entriesAtLeast(options.content(), articles);
  }

  /**
   * True when {@code content} has at least {@code n} files and folders within three folders of it,
   * counted until {@code n}: about as many as its pages, in the archive's {@code kb/NNN/QNNNNN/}.
   */
  private static boolean entriesAtLeast(Path content, int n) throws IOException {
    int[] seen = {0};
    Files.walkFileTree(content, java.util.Set.of(), 3, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
        return ++seen[0] >= n ? FileVisitResult.TERMINATE : FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFileFailed(Path file, IOException e) {
        return FileVisitResult.CONTINUE;
      }
    });
    return seen[0] >= n;
  }

  /** True when a build state of {@code stateBytes} on disk can be loaded in a heap of {@code heapLimit}. */
  private static boolean fits(long stateBytes, long heapLimit) {
    return stateBytes * STATE_TO_HEAP <= heapLimit;
  }

  private static long sizeOf(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return 0;
    }
  }

  /** The hash of a file's bytes, or null when it cannot be read. */
  private static Hash fileHash(Path file) {
    try {
      return Hasher.of(file);
    } catch (IOException e) {
      return null;
    }
  }

  /**
   * {@code previous} is the state of the published site, null for a clean build; {@code reuse}
   * says whether it was made with the same key, so that its first-pass results still hold.
   */
  private Built buildInto(SiteOutput out, ContentScanner.Inventory inventory, Hash key,
      BuildState previous, boolean reuse, Interner lists, Stopwatch clock) throws IOException {
    List<ContentScanner.Page> files = inventory.pages();

    FirstPass first = new FirstPass(inventory, reuse ? previous.sources : Map.of(), lists);
    List<PageResult> results = first.results();
    Accepted accepted = Accepted.of(files, results);
    inventory.unreadable().forEach(x -> accepted.rejected.add(new BuildReport.Problem(x.path(), 0, x.reason())));
    accepted.rejected.sort(Accepted.BY_PATH_AND_LINE);
    accepted.notes.sort(Accepted.BY_PATH_AND_LINE);
    Hash archive = accepted.archiveHash();
    clock.lap("parse");
    stopIfUnwanted();

    BuildState next;
    SearchFiles.Kept search = null;
    SearchState searchBefore = null;
    if (reuse && archive.equals(previous.archive)) {
      // Every output is made from the accepted articles and the key: all are as they were.
      out.keepAll();
      next = first.sources().equals(previous.sources) ? null : new BuildState(key, archive, previous.links,
          first.timedSources(), out.manifest(), previous.chunks, previous.kept, previous.catalogEntries);
    } else {
      // The search state is read on another core while the index is made.
      CompletableFuture<SearchState> searchState = reuse
          ? Background.onItsOwnThread(() -> SearchState.load(out.site(), out.key())) : CompletableFuture.completedFuture(null);
      SiteIndex index = new SiteIndex(accepted.summaries, reuse ? previous.kept : null);
      Hash links = accepted.linksHash();
      // With the same links between articles, an unchanged article's page can change only through
      // the articles, terms and related lists it shows that changed (ContextChanges).
      boolean sameLinks = reuse && links.equals(previous.links);
      clock.lap("index");
      searchBefore = Background.join(searchState);
      SiteWriter.Written written = new SiteWriter(options, templates, progress, this::stopIfUnwanted).write(out, accepted, index,
          searchBefore, previous, reuse ? previous.kept : null,
          sameLinks, clock);
      next = new BuildState(key, archive, links, first.timedSources(), out.manifest(), written.chunks(), index.kept(),
          written.entries());
      search = written.search();
    }

    List<BuildReport.Ignored> ignored = new ArrayList<>(accepted.ignored);
    inventory.ignored().forEach(x -> ignored.add(new BuildReport.Ignored(x.path(), x.reason())));
    ignored.sort(Comparator.comparing(BuildReport.Ignored::path));
    int pages = out.pages();
    BuildReport report = new BuildReport(
        files.size() + inventory.ignored().size() + inventory.unreadable().size(),
        accepted.pages.size(),
        pages,
        out.manifest().size() + 1,
        accepted.rejected,
        ignored,
        accepted.notes,
        accepted.coverage.counts(),
        new BuildReport.Changes(out.clean() ? "clean" : "incremental", out.writtenCount(),
            out.unchangedCount(), out.deleted().size()),
        clock.timings());
    return new Built(report, next, search, searchBefore == null ? null : searchBefore.fileHash());
  }

}
