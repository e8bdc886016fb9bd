package org.kbsite.cli;

import com.github.mustachejava.MustacheException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import org.kbsite.bench.Benchmark;
import org.kbsite.content.IoProblem;
import org.kbsite.site.BuildOptions;
import org.kbsite.site.BuildReport;
import org.kbsite.site.ProcessLock;
import org.kbsite.site.SiteBuilder;
import org.kbsite.site.UserFolder;
import org.kbsite.synth.SyntheticArchive;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The command line: {@code kbsite build --content DIR --out DIR}. */
@Command(name = "kbsite", mixinStandardHelpOptions = true, version = "kbsite 0.1.0",
    description = "Static site generator for the Microsoft KnowledgeBase archive.",
    subcommands = {Main.Build.class, Main.Server.class, Main.Bench.class, Main.Synth.class})
public final class Main implements Callable<Integer> {
  public static final int OK = 0;
  public static final int REJECTED_STRICT = 1;
  public static final int USAGE = 2;
  public static final int IO_ERROR = 3;
  /** A bug in kbsite: the message and stack trace go to standard error. */
  public static final int INTERNAL_ERROR = 4;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return USAGE;
  }

  public static void main(String... args) {
    PrintWriter out = new PrintWriter(System.out, true);
    PrintWriter err = new PrintWriter(System.err, true);
    BuildClient.Sent sent = null;
    if (args.length > 0 && args[0].equals("build")) {
      // Before picocli builds its model here (a tenth of a second of class loading): a running
      // server parses the command line, and builds it if it is a build for a server.
      sent = BuildClient.forward(args, out, err);
      if (sent != null && sent.exit() != null) {
        System.exit(sent.exit());
      }
    }
    // A process of its own: the build may tune its JVM (see QuickCompilation).
    int code = run(out, err, new QuickCompilation(), sent, args);
    sweepLocks();
    System.exit(code);
  }

  /**
   * Deletes the lock files of output folders and servers made more than an hour ago that no process
   * holds or waits for, which would otherwise pile up in the user's folder (one for every output
   * folder ever built, tests' temporary ones included): one in use between builds is made again by
   * the next. Done as the process ends, when it takes no more locks.
   */
  private static void sweepLocks() {
    Path dir = UserFolder.get();
    if (dir != null) {
      ProcessLock.sweep(dir, Instant.now().minus(Duration.ofHours(1)));
    }
  }

  /** Runs the CLI and returns its exit code; tests call this with their own writers. */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    return run(out, err, SiteBuilder.Tuning.NONE, args);
  }

  /** {@code tuning}: what a build may do to the JVM it runs in, and when it cleans up after itself. */
  static int run(PrintWriter out, PrintWriter err, SiteBuilder.Tuning tuning, String... args) {
    return run(out, err, tuning, null, args);
  }

  /**
   * {@code sent}: what came of forwarding this command line to a build server already
   * ({@link BuildClient#forward}), which the build does not ask again; null when none took it.
   */
  static int run(PrintWriter out, PrintWriter err, SiteBuilder.Tuning tuning, BuildClient.Sent sent, String... args) {
    CommandLine cl = new CommandLine(new Main());
    Build build = (Build) cl.getSubcommands().get("build").getCommand();
    build.tuning = tuning;
    build.sentBefore = sent;
    cl.setOut(out);
    cl.setErr(err);
    cl.setExitCodeExceptionMapper(e -> USAGE);
    cl.setParameterExceptionHandler((ex, a) -> {
      err.println("kbsite: " + ex.getMessage());
      return USAGE;
    });
    return cl.execute(args);
  }

  @Command(name = "build", mixinStandardHelpOptions = true,
      description = "Build the site from a content folder into an output folder.")
  static final class Build implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Option(names = "--content", required = true, paramLabel = "DIR",
        description = "Folder of pages (kb/NNN/QNNNNN/README.md; any *.md with an article in it).")
    Path content;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder.")
    Path out;

    @Option(names = "--templates", paramLabel = "DIR",
        description = "Mustache templates and assets/ (default: the ones built in).")
    Path templates;

    @Option(names = "--base-url", paramLabel = "PATH", defaultValue = "/",
        description = "URL path the site is served under, e.g. /kbarchive/ (default: /).")
    String baseUrl;

    @Option(names = "--site-url", paramLabel = "URL",
        description = "Origin the site is served from, e.g. https://example.org: needed for"
            + " sitemap.xml and absolute canonical and Open Graph URLs (default: none).")
    String siteUrl;

    @Option(names = "--clean", description = "Make every file anew and replace the output folder as"
        + " a whole (default: incremental, rewriting only the files whose bytes change).")
    boolean clean;

    @Option(names = "--timings", description = "Print the wall seconds each stage of the build took.")
    boolean timings;

    @Option(names = "--quiet", description = "Print nothing but errors and the summary line.")
    boolean quiet;

    @Option(names = "--strict", description = "Exit 1 when any page was rejected.")
    boolean strict;

    @Option(names = "--server", negatable = true, description = "Build in a build server kept running between builds"
        + " (started after the first such build, which runs in its own process; stopped after 15 idle minutes or by"
        + " kbsite server --stop): rebuilds run on code the JVM has already compiled. Default: a build at a"
        + " terminal uses one, any other build runs in its own process.")
    Boolean server;

    /** Set by a client that prints to a terminal, for the server that builds for it. */
    @Option(names = "--console", hidden = true)
    boolean console;

    SiteBuilder.Tuning tuning = SiteBuilder.Tuning.NONE;

    /** What came of forwarding the command line to a server before it was parsed here; null when none took it. */
    BuildClient.Sent sentBefore;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      if (!Files.isDirectory(content)) {
        err.println("kbsite: content folder not found: " + content);
        return IO_ERROR;
      }
      if (templates != null && !Files.isRegularFile(templates.resolve("layout.mustache"))) {
        err.println("kbsite: templates folder has no layout.mustache: " + templates);
        return IO_ERROR;
      }
      BuildOptions options;
      try {
        options = new BuildOptions(content, this.out, templates, baseUrl, siteUrl, clean);
      } catch (IllegalArgumentException e) {
        err.println("kbsite: " + e.getMessage());
        return USAGE;
      }
      ServerPlace place = null;
      List<String> forwarded = null;
      BuildClient.Sent sent = BuildClient.Sent.NO_SERVER;
      if (usesServer(server, Progress.terminal())) {
        place = ServerPlace.forThisJvm();
        if (place == null && server != null) {
          err.println("kbsite: note: no build server (kbsite is not run from its jar, or " + System.getProperty("java.io.tmpdir")
              + "/kbsite-" + System.getProperty("user.name") + "/ is not private): building in this process");
        }
        forwarded = forwarded(spec.commandLine().getParseResult(), Progress.terminal(), Path.of("").toAbsolutePath());
        sent = sentBefore != null ? sentBefore
            : place == null ? BuildClient.Sent.NO_SERVER : BuildClient.build(place, forwarded, out, err);
        if (sent.exit() != null) {
          return sent.exit();
        }
      }
      int code = buildHere(options, out, err);
      if (place != null && !sent.running() && code != IO_ERROR && code != INTERNAL_ERROR) {
        if (SiteBuilder.rebuildsIncrementally(this.out)) {
          // Started once this build is done, not to slow it down; the server warms up on this site.
          BuildClient.startServer(place, forwarded, err);
        } else if (server != null) {
          err.println("kbsite: note: no build server started: this site's build state does not fit in a "
              + (Runtime.getRuntime().maxMemory() >> 20) + " MB heap, so every rebuild of it is a full one (java -Xmx...)");
        }
      }
      return code;
    }

    /** What the build noted that is not about an input file, failed or not (see {@link SiteBuilder#warnings}). */
    private static void notes(SiteBuilder builder, PrintWriter err) {
      builder.warnings().forEach(w -> err.println("kbsite: note: " + w));
    }

    private int buildHere(BuildOptions options, PrintWriter out, PrintWriter err) {
      Progress progress = Progress.forConsole(quiet, err, console);
      BuildReport report;
      java.util.Map<String, Double> stages;
      SiteBuilder builder = new SiteBuilder(options, progress, tuning);
      try {
        report = builder.build();
        stages = builder.stages();
      } catch (IOException | UncheckedIOException e) {
        progress.clear();
        notes(builder, err);
        IOException io = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
        err.println("kbsite: cannot build: " + (io instanceof FileSystemException ? IoProblem.describe(io) : io.getMessage()));
        return IO_ERROR;
      } catch (MustacheException e) {
        progress.clear();
        notes(builder, err);
        err.println("kbsite: cannot build: template error: " + e.getMessage().lines().findFirst().orElse(""));
        return IO_ERROR;
      } catch (RuntimeException | OutOfMemoryError e) {
        progress.clear();
        notes(builder, err);
        if (outOfMemory(e)) {
          err.println("kbsite: cannot build: out of memory; give Java more heap (java -Xmx...); the previous site is"
              + " untouched. Heap limit now: " + (Runtime.getRuntime().maxMemory() >> 20) + " MB");
          return IO_ERROR;
        }
        err.println("kbsite: internal error (a bug in kbsite; the previous site is untouched): " + e);
        e.printStackTrace(err);
        return INTERNAL_ERROR;
      }
      progress.clear();
      notes(builder, err);
      // Errors, so shown with --quiet too: which page, which line, why.
      report.rejectedLines().forEach(err::println);
      if (progress.interactive()) {
        out.print(report.coverageTable());
      }
      if (timings) {
        stages.forEach((stage, s) -> out.printf(java.util.Locale.ROOT, "  %-25s %7.3f s%n", stage, s));
      }
      out.println(report.summaryLine());
      return strict && !report.rejected().isEmpty() ? REJECTED_STRICT : OK;
    }
  }

  /**
   * The options of a build's arguments ({@code build --content ...}), for a rebuild: what a build
   * server rehearses. Throws IllegalArgumentException for arguments that are not a build's.
   */
  static BuildOptions rebuildOptions(List<String> args) {
    CommandLine.ParseResult parsed;
    try {
      parsed = new CommandLine(new Main()).parseArgs(args.toArray(String[]::new));
    } catch (CommandLine.ParameterException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
    if (!parsed.hasSubcommand() || !(parsed.subcommand().commandSpec().userObject() instanceof Build b)) {
      throw new IllegalArgumentException("not a build: " + args);
    }
    return new BuildOptions(b.content, b.out, b.templates, b.baseUrl, b.siteUrl, false);
  }

  /**
   * Whether a build goes to a build server that is running, and starts one when none answered.
   * {@code --server} and {@code --no-server} say so. By default a build at a terminal, where
   * someone edits and waits, does, first builds included. CI jobs, Maven builds and redirected
   * scripts, which have no terminal, build in their own process: they leave nothing behind them,
   * and a server started from another shell (with its umask and limits, out of reach of their
   * Ctrl-C and timeouts) never builds for them unless they ask. A script run at a terminal has its
   * terminal, and passes {@code --no-server} if it wants none.
   */
  static boolean usesServer(Boolean asked, boolean terminal) {
    return asked != null ? asked : terminal;
  }

  /**
   * The build a server runs for a command line a client forwarded unparsed ({@link Frames#FORWARD}):
   * {@code request} holds the client's working folder, {@code terminal} or nothing, and the command
   * line. Null when it is not a build that goes to a server (help asked, arguments wrong, or
   * {@link #usesServer} says no): the client then runs it as it would without a server.
   */
  static List<String> forwardedBuild(String[] request) {
    if (request.length < 3) {
      return null;
    }
    boolean terminal = request[1].equals("terminal");
    CommandLine.ParseResult parsed;
    try {
      // An @file is the client's to read, from its folder: declined, as an unknown argument.
      parsed = new CommandLine(new Main()).setExpandAtFiles(false)
          .parseArgs(java.util.Arrays.copyOfRange(request, 2, request.length));
    } catch (CommandLine.PicocliException e) {
      return null;
    }
    if (parsed.isUsageHelpRequested() || parsed.isVersionHelpRequested() || !parsed.hasSubcommand()) {
      return null;
    }
    CommandLine.ParseResult sub = parsed.subcommand();
    if (!(sub.commandSpec().userObject() instanceof Build b) || sub.isUsageHelpRequested()
        || sub.isVersionHelpRequested() || !usesServer(b.server, terminal)) {
      return null;
    }
    return forwarded(sub, terminal, Path.of(request[0]));
  }

  /**
   * This build's arguments for a build server: as given, but with paths made absolute against
   * {@code cwd}, the client's working folder (the server has its own), with {@code --console} when
   * the client prints to a terminal, and {@code --no-server} in place of any {@code --server}.
   */
  static List<String> forwarded(CommandLine.ParseResult parsed, boolean terminal, Path cwd) {
    List<String> args = new java.util.ArrayList<>(List.of("build"));
    for (CommandLine.Model.OptionSpec o : parsed.matchedOptions()) {
      if (o.longestName().equals("--server") || o.longestName().equals("--no-server")) {
        continue;
      }
      if (o.arity().max() == 0) {
        args.add(o.longestName());
        continue;
      }
      for (String v : o.originalStringValues()) {
        args.add(o.longestName());
        args.add(o.type() == Path.class ? cwd.resolve(v).toString() : v);
      }
    }
    if (terminal && !parsed.hasMatchedOption("--console")) {
      args.add("--console");
    }
    // The server builds in its own process, whatever its terminal: one that sent the build on to a
    // server would wait for its own answer.
    args.add("--no-server");
    return args;
  }

  /** True when {@code e} is, or was caused by, the heap running out (it may come wrapped from another thread). */
  static boolean outOfMemory(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof OutOfMemoryError) {
        return true;
      }
    }
    return false;
  }

  @Command(name = "server", mixinStandardHelpOptions = true,
      description = "Run the build server that builds use (a build at a terminal, or build --server, starts one"
          + " itself), say what it is doing, or stop it.")
  static final class Server implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Option(names = "--stop", description = "Stop the server that a build with this java and -Xmx would use.")
    boolean stop;

    @Option(names = "--status", description = "Say whether that server is running, and whether it is warming up.")
    boolean status;

    /** Given by the build that starts the server: the build it warms up on, by rehearsing rebuilds of it. */
    @CommandLine.Parameters(hidden = true)
    List<String> warmUp = List.of();

    /** Given by the build that starts the server: its place, as that build's JVM names it. */
    @Option(names = "--id", hidden = true)
    String id;

    @Override
    public Integer call() throws IOException {
      PrintWriter out = spec.commandLine().getOut();
      ServerPlace place = ServerPlace.forThisJvm();
      if (place == null) {
        spec.commandLine().getErr().println("kbsite: no build server here: kbsite is not run from its jar, or "
            + System.getProperty("java.io.tmpdir") + "/kbsite-" + System.getProperty("user.name")
            + "/ is not a folder of this user's that only they may enter");
        return IO_ERROR;
      }
      if (id != null) {
        if (!id.matches("[0-9a-f]{16}")) {
          spec.commandLine().getErr().println("kbsite: not a build server id: " + id);
          return USAGE;
        }
        place = new ServerPlace(place.dir(), id, place.jar());
      }
      if (stop) {
        out.println(BuildClient.stop(place) ? "kbsite: build server stopped" : "kbsite: no build server was running");
        return OK;
      }
      if (status) {
        String doing = BuildClient.status(place);
        out.println(doing == null ? "kbsite: no build server is running" : "kbsite: build server " + doing);
        return OK;
      }
      if (!BuildServer.serve(place, BuildServer.IDLE, out, warmUp)) {
        out.println("kbsite: a build server is already running at " + place.socket());
      }
      return OK;
    }
  }

  @Command(name = "bench", mixinStandardHelpOptions = true,
      description = "Build synthetic archives of N articles made from a sample and print what it cost.")
  static final class Bench implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Option(names = "--sample", required = true, paramLabel = "DIR",
        description = "Archive sample to copy from (e.g. ../shared/corpus).")
    Path sample;

    @Option(names = "--articles", required = true, split = ",", paramLabel = "N[,N...]",
        description = "Archive sizes, e.g. 5028,60000,1000000.")
    List<Integer> articles;

    @Option(names = "--work", defaultValue = "target/bench", paramLabel = "DIR",
        description = "Where archives and sites are made (default: target/bench).")
    Path work;

    @Option(names = "--heap", defaultValue = "768m", paramLabel = "SIZE",
        description = "-Xmx of the build (default: 768m).")
    String heap;

    @Option(names = "--hugo-max", defaultValue = "100000", paramLabel = "N",
        description = "Build with Hugo too (when installed) up to N articles (default: 100000).")
    int hugoMax;

    @Option(names = "--repeat", defaultValue = "3", paramLabel = "N",
        description = "How many times each incremental rebuild is timed (default: 3; 0: none).")
    int repeat;

    @Override
    public Integer call() throws Exception {
      if (!Files.isDirectory(sample.resolve("kb"))) {
        spec.commandLine().getErr().println("kbsite: no kb/ folder in the sample: " + sample);
        return IO_ERROR;
      }
      try (Benchmark bench = new Benchmark(sample, work, heap, hugoMax, spec.commandLine().getOut(), repeat)) {
        for (int n : articles) {
          bench.run(n);
        }
      }
      return OK;
    }
  }

  @Command(name = "synth", mixinStandardHelpOptions = true,
      description = "Make an archive of N articles from a sample: copies with fresh IDs, "
          + "Q-number references remapped (for benchmarks and search budgets).")
  static final class Synth implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Option(names = "--from", required = true, paramLabel = "DIR",
        description = "Sample in the archive's layout (kb/NNN/QNNNNN/README.md).")
    Path from;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output content folder.")
    Path out;

    @Option(names = "--count", required = true, paramLabel = "N", description = "Number of articles.")
    int count;

    @Override
    public Integer call() {
      if (!Files.isDirectory(from.resolve("kb"))) {
        spec.commandLine().getErr().println("kbsite: sample has no kb/ folder: " + from);
        return IO_ERROR;
      }
      try {
        int n = SyntheticArchive.write(from, out, count);
        spec.commandLine().getOut().println("kbsite: " + n + " articles written to " + out);
        return OK;
      } catch (java.io.IOException | java.io.UncheckedIOException e) {
        spec.commandLine().getErr().println("kbsite: cannot write the archive: " + e.getMessage());
        return IO_ERROR;
      }
    }
  }
}
