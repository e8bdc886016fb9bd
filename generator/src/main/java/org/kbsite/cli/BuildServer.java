package org.kbsite.cli;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.kbsite.site.BuildOptions;
import org.kbsite.site.BuildReport;
import org.kbsite.site.ProcessLock;
import org.kbsite.site.SiteBuilder;

/**
 * A JVM kept running between builds, so that a rebuild runs on code the JIT has already compiled
 * (a one-edit rebuild of 60,000 articles spends more than half of a fresh JVM's time compiling
 * and warming up). {@code build --server} sends its arguments here and prints what the build
 * prints; the build runs exactly as in a process of its own, one at a time (a build that comes
 * meanwhile is told the server is busy, and its client builds itself), and reads everything
 * it needs from the content and output folders, as a fresh process would: nothing of one build is
 * kept for the next but compiled code.
 *
 * <p>A server started by a build warms up on that build's site: it rehearses a rebuild of it
 * ({@link SiteBuilder#rehearse}, which publishes nothing) a few times, so that the first real
 * rebuild finds the code compiled; a build that comes meanwhile stops the warm-up.
 *
 * <p>It stops when told ({@code kbsite server --stop}), after {@link #IDLE} without a build, or
 * when its jar changes (classes not yet loaded would come from the new jar).
 */
final class BuildServer {
  static final Duration IDLE = Duration.ofMinutes(15);

  /**
   * Rehearsals in a warm-up. At 60,000 articles they took 4.7, 2.5, 2.2, 1.9 and 1.6 s, and the
   * first title edit after them 1.6 s, as the ones after it (2.0 s after four rehearsals that
   * stopped short of publishing, 3.0 s with none).
   */
  static final int REHEARSALS = 5;

  private final ServerPlace place;
  private final Duration idle;
  private final PrintWriter log;
  /** The jar as it was when the server started ({@link ServerPlace#jarStamp}), null without one. */
  private final String jarStamp;
  private volatile Instant lastActive = Instant.now();
  /** The threads of the builds handed over and not yet ended (waiting, building or cleaning up). */
  private final Set<Thread> builds = ConcurrentHashMap.newKeySet();
  /** Builds handed over whose client has not had its answer: another site's build is told the server is busy. */
  private final AtomicInteger unanswered = new AtomicInteger();
  /** The last build handed over, and its output folder (null when its arguments do not say). */
  private volatile Thread last;
  private volatile Path lastOut;
  /** The client that asked the server to stop, answered once its builds have ended. */
  private SocketChannel stopper;
  /** Something went wrong that only the log tells: the log is kept. */
  private volatile boolean troubled;
  /** One build at a time, real or rehearsed. */
  private final Object oneBuild = new Object();
  /** Set when a real build comes, or the server stops: no more rehearsals. */
  private volatile boolean warmUpOver;
  /**
   * Rebuilds run with C2 (short runs: see SiteBuilder.Tuning), rehearsed or real, counted under
   * {@link #oneBuild}: once there are {@link #REHEARSALS}, the code a rebuild runs is compiled, and
   * rebuilds keep C2 out ({@link Later}). Real ones count too, so that a server whose warm-up a
   * build cut short, or that had none, gets there all the same.
   */
  private int compiledRebuilds;
  private final Supplier<SiteBuilder.Tuning> keepingC2Out;
  /**
   * The fewest articles of a first build left to the client ({@link #firstBuildAhead}): the size
   * from which a full build used C2 until {@link SiteBuilder#SHORT_ARCHIVE} went down to 15,000.
   * Measured at 60,000 articles only.
   */
  static final int FIRST_BUILD_TO_CLIENT = 40_000;

  /** {@link #FIRST_BUILD_TO_CLIENT} but in tests. */
  private final int fullBuildArticles;
  /** A build or a rehearsal threw an error no build answers for: builds are sent back, and the server stops. */
  private volatile boolean broken;
  private volatile String doing = "ready";
  /** The warm-up's thread, null when there is none. */
  private Thread warmer;

  private BuildServer(ServerPlace place, Duration idle, PrintWriter log, Supplier<SiteBuilder.Tuning> keepingC2Out,
      int fullBuildArticles) throws IOException {
    this.place = place;
    this.idle = idle;
    this.log = log;
    this.keepingC2Out = keepingC2Out;
    this.fullBuildArticles = fullBuildArticles;
    this.jarStamp = place.jar() == null ? null : ServerPlace.jarStamp(place.jar());
  }

  /**
   * Serves builds at {@code place} until stopped; false, at once, when another server holds the
   * place. A socket file left by a server that died is replaced.
   */
  static boolean serve(ServerPlace place, Duration idle, PrintWriter log, List<String> warmUp) throws IOException {
    return serve(place, idle, log, warmUp, QuickCompilation::new, FIRST_BUILD_TO_CLIENT);
  }

  /**
   * {@code keepingC2Out}: what keeps C2 out of a warmed-up server's rebuilds, a {@link
   * QuickCompilation} but in tests; {@code fullBuildArticles}: see {@link #firstBuildAhead}.
   */
  static boolean serve(ServerPlace place, Duration idle, PrintWriter log, List<String> warmUp,
      Supplier<SiteBuilder.Tuning> keepingC2Out, int fullBuildArticles) throws IOException {
    try (ProcessLock lock = ProcessLock.tryExclusive(place.lock())) {
      if (lock == null) {
        return false;
      }
      Files.deleteIfExists(place.socket());
      BuildServer server = new BuildServer(place, idle, log, keepingC2Out, fullBuildArticles);
      try (ServerSocketChannel channel = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
        channel.bind(UnixDomainSocketAddress.of(place.socket()));
        log.println("kbsite build server " + place.id() + " listening at " + place.socket());
        server.watch(channel);
        server.warmer = server.warmUp(warmUp);
        try {
          server.accept(channel);
        } finally {
          // No new client waits for this server: one that comes now finds none and builds itself.
          channel.close();
          Files.deleteIfExists(place.socket());
          server.endWarmUp();
          server.awaitBuilds();
          server.answerStop();
        }
      } finally {
        Files.deleteIfExists(place.socket());
      }
      log.println("kbsite build server " + place.id() + " stopped");
      // A server that stopped as it should, with nothing to report, leaves no log (one that died, or
      // could not remove what a build left, keeps it). The lock file stays: deleting a lock that is
      // held lets a server that opened it just before lock a file no one else will find.
      if (!server.troubled) {
        Files.deleteIfExists(place.log());
      }
      return true;
    }
  }

  private void accept(ServerSocketChannel channel) {
    while (true) {
      SocketChannel client;
      try {
        client = channel.accept();
      } catch (ClosedChannelException e) {
        return;
      } catch (IOException e) {
        log.println("kbsite build server: " + e);
        troubled = true;
        return;
      }
      Served served = Served.ANSWERED;
      try {
        served = serve(client);
      } catch (IOException e) {
        log.println("kbsite build server: a client went away: " + e);
      } finally {
        if (served == Served.ANSWERED) {
          closeQuietly(client);
        }
      }
      if (served == Served.STOPPED) {
        stopper = client;
        return;
      }
    }
  }

  /** What became of a request: answered, handed to a build of its own, or it stops the server (answered once stopped). */
  private enum Served { ANSWERED, BUILDING, STOPPED }

  /** How long a client that connected has to send its request: one that never does would block the server. */
  private static final long REQUEST_SECONDS = 10;

  /**
   * How long a build waits for the previous one to finish removing what it left beside its site
   * (usually a fraction of a second; after a clean build of a large site, minutes) before it is
   * sent back to be built by its caller.
   */
  private static final long CLEANUP_WAIT_MILLIS = 1000;

  /**
   * Serves one request on the accepting thread, which never waits for a build: a build runs on a
   * thread of its own, so that a status is answered at once, and a build of another site that comes
   * meanwhile is told the server is busy ({@link Frames#BUSY}) and built by its caller. A build of
   * the same output folder waits for the one before it, as it would for the folder's lock.
   */
  private Served serve(SocketChannel client) throws IOException {
    var in = new DataInputStream(new BufferedInputStream(Channels.newInputStream(client)));
    var out = new DataOutputStream(new BufferedOutputStream(Channels.newOutputStream(client)));
    AtomicBoolean asked = new AtomicBoolean();
    CompletableFuture.delayedExecutor(REQUEST_SECONDS, TimeUnit.SECONDS).execute(() -> {
      if (!asked.get()) {
        closeQuietly(client);
      }
    });
    Frames.Frame request = Frames.read(in);
    asked.set(true);
    if (request.type() == Frames.STOP) {
      return Served.STOPPED;
    }
    if (request.type() == Frames.STATUS) {
      Frames.write(out, Frames.OUT, (unanswered.get() > 0 ? "building" : doing) + "\n");
      Frames.write(out, Frames.EXIT, Integer.toString(Main.OK));
      return Served.ANSWERED;
    }
    String[] args = Frames.args(request);
    if (request.type() == Frames.FORWARD) {
      List<String> build = Main.forwardedBuild(args);
      if (build == null) {
        Frames.write(out, Frames.DECLINED, "");
        return Served.ANSWERED;
      }
      args = build.toArray(String[]::new);
    } else if (request.type() != Frames.BUILD || !args[0].equals("build")) {
      Frames.write(out, Frames.ERR, "kbsite: the build server runs builds only\n");
      Frames.write(out, Frames.EXIT, Integer.toString(Main.USAGE));
      return Served.ANSWERED;
    }
    String[] buildArgs = args;
    Path target = outputFolder(buildArgs);
    Thread previous = last;
    boolean behindSameFolder = previous != null && previous.isAlive() && target != null && target.equals(lastOut);
    if (broken || (unanswered.get() > 0 && !behindSameFolder)) {
      Frames.write(out, Frames.BUSY, broken ? "stopping" : "building");
      return Served.ANSWERED;
    }
    warmUpOver = true;
    unanswered.incrementAndGet();
    lastOut = target;
    Thread t = new Thread(() -> runBuild(client, out, buildArgs, previous, behindSameFolder), "kbsite-server-build");
    builds.add(t);
    last = t;
    t.start();
    return Served.BUILDING;
  }

  /** The build's output folder, as the server's builds see it; null when its arguments are not a build's. */
  private static Path outputFolder(String[] args) {
    try {
      return Main.rebuildOptions(List.of(args)).out().toAbsolutePath().normalize();
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** Runs a build handed over by {@link #serve}, once {@code previous} (null for none) has ended. */
  private void runBuild(SocketChannel client, DataOutputStream out, String[] args, Thread previous, boolean sameFolder) {
    AtomicBoolean answered = new AtomicBoolean();
    Runnable answering = () -> {
      if (answered.compareAndSet(false, true)) {
        unanswered.decrementAndGet();
      }
    };
    try (client) {
      if (!ended(previous, sameFolder ? 0 : CLEANUP_WAIT_MILLIS)) {
        answering.run();
        Frames.write(out, Frames.BUSY, "cleaning up after a build");
        return;
      }
      synchronized (oneBuild) {
        if (broken) {
          answering.run();
          Frames.write(out, Frames.BUSY, "stopping");
          return;
        }
        build(args, out, answering);
      }
    } catch (IOException e) {
      log.println("kbsite build server: a client went away: " + e);
    } finally {
      answering.run();
      lastActive = Instant.now();
      builds.remove(Thread.currentThread());
    }
  }

  /** Waits for {@code thread} (none when null) to end, at most {@code millis} (0: as long as it runs); true when it has. */
  private static boolean ended(Thread thread, long millis) {
    if (thread == null) {
      return true;
    }
    try {
      thread.join(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return !thread.isAlive();
  }

  /** Waits for every build handed over to end, cleaning up included. */
  private void awaitBuilds() {
    for (Thread t : List.copyOf(builds)) {
      ended(t, 0);
    }
  }

  /** Answers the client that asked the server to stop, if one did. */
  private void answerStop() {
    if (stopper == null) {
      return;
    }
    try (SocketChannel client = stopper) {
      Frames.write(new DataOutputStream(Channels.newOutputStream(client)), Frames.EXIT, Integer.toString(Main.OK));
    } catch (IOException e) {
      // It stopped waiting: the server stops all the same.
    }
  }

  /**
   * Runs a build and answers its client, running {@code answering} just before the answer. An
   * error no build answers for marks the server broken before the client hears of it.
   */
  private void build(String[] args, DataOutputStream out, Runnable answering) throws IOException {
    PrintWriter stdout = new PrintWriter(new Frames.FrameWriter(out, Frames.OUT), true);
    PrintWriter stderr = new PrintWriter(new Frames.FrameWriter(out, Frames.ERR), true);
    boolean keepC2Out = compiledRebuilds >= REHEARSALS;
    if (keepC2Out && firstBuildAhead(args)) {
      log.println(Instant.now() + " full build left to its client: " + String.join(" ", args));
      answering.run();
      Frames.write(out, Frames.BUSY, Frames.FULL_BUILD);
      return;
    }
    log.println(Instant.now() + " build " + String.join(" ", args).substring("build".length()).trim()
        + (keepC2Out ? " (warmed up: a rebuild keeps C2 out)" : ""));
    Later later = new Later(keepC2Out ? keepingC2Out.get() : SiteBuilder.Tuning.NONE);
    try {
      int code;
      try {
        code = Main.run(stdout, stderr, later, args);
      } catch (Throwable e) {
        // Main answers for what a build throws; this is what it does not catch (a StackOverflowError,
        // a class missing from a jar replaced in place): the JVM is not to be trusted with another.
        broken = true;
        stderr.println("kbsite: internal error in the build server (a bug in kbsite): " + e);
        code = Main.INTERNAL_ERROR;
      }
      stdout.flush();
      stderr.flush();
      if (later.shortRan && code == Main.OK && !keepC2Out) {
        compiledRebuilds++;
      }
      // A client that stopped waiting misses its answer; the build it asked for is done all the same.
      answering.run();
      Frames.write(out, Frames.EXIT, Integer.toString(code));
    } finally {
      troubled |= !later.run(log);
      // Nothing of the build is kept: collected now, while no one waits, the next build starts on an
      // empty heap instead of collecting this one's leftovers (young pauses grew from 0.07 to 0.17 s
      // a build, and the heap kept growing, when they were left to the collector's own pace).
      System.gc();
    }
  }

  /**
   * True when the build is the first into its folder, of a large archive ({@link
   * SiteBuilder#firstBuildAhead}): once rebuilds have kept C2 out, the methods C2 compiled and a
   * rebuild threw away stay with C1 in this JVM, and a first build of 60,000 articles took 52.8 s
   * in a server after fifteen title edits against 39.9 s in one after none, 47.5 s in a JVM of its
   * own. So the server leaves such builds to its client, which runs them in its own process. Not
   * other full builds (--clean, a changed template or option): they replace a site, whose old
   * files a process of its own deletes before it ends (a changed base URL handed back took 81.4
   * s, 45.4 s of it building, the rest deleting the 123,800 files it replaced), and a server after
   * answering.
   */
  private boolean firstBuildAhead(String[] args) {
    try {
      // --clean aside, which a first build does not need.
      return SiteBuilder.firstBuildAhead(Main.rebuildOptions(List.of(args)), fullBuildArticles);
    } catch (IllegalArgumentException | IOException e) {
      // Not a build's arguments, or the output folder unreadable: the build says so itself.
      return false;
    }
  }

  /**
   * Starts the warm-up: rehearsals of a rebuild of {@code build} (a build's arguments), one after
   * another, until {@link #REHEARSALS} are done or a real build comes; null when there is none to do.
   */
  private Thread warmUp(List<String> build) {
    if (build.isEmpty()) {
      return null;
    }
    doing = "warming up";
    Thread t = new Thread(() -> {
      try {
        BuildOptions options = Main.rebuildOptions(build);
        int n = 1;
        while (n <= REHEARSALS && rehearse(options, n)) {
          n++;
        }
      } catch (IllegalArgumentException e) {
        log.println("kbsite build server: no warm-up: " + e.getMessage());
      } finally {
        doing = "ready";
      }
    }, "kbsite-server-warm-up");
    t.start();
    return t;
  }

  /** Rehearses a rebuild; false when the warm-up is over (stopped, or nothing to rehearse). */
  private boolean rehearse(BuildOptions options, int n) {
    synchronized (oneBuild) {
      if (warmUpOver) {
        return false;
      }
      doing = "warming up (rehearsal " + n + " of " + REHEARSALS + ")";
      long start = System.nanoTime();
      long compiling = ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
      try {
        BuildReport report = new SiteBuilder(options, (done, total) -> {}, new SiteBuilder.Tuning() {
          @Override
          public boolean rehearsalWanted() {
            return !warmUpOver;
          }
        }).rehearse();
        // With the JIT's compiling time in it, which shows how far the warm-up has come.
        log.printf(java.util.Locale.ROOT, "%s rehearsal %d: %s, %.2f s (%.2f s of it compiling)%n", Instant.now(), n,
            report == null ? "nothing to rehearse (no build to continue, or a build holds the folder)"
                : report.changes().written() + " files made", (System.nanoTime() - start) / 1e9,
            (ManagementFactory.getCompilationMXBean().getTotalCompilationTime() - compiling) / 1e3);
        if (report != null) {
          compiledRebuilds++;
        }
        return report != null;
      } catch (SiteBuilder.RehearsalStopped e) {
        log.println(Instant.now() + " rehearsal " + n + " stopped for a build");
        return false;
      } catch (IOException | RuntimeException | OutOfMemoryError e) {
        // A build's own failures, which a build in its place would answer for and the server survive.
        log.println(Instant.now() + " rehearsal " + n + " failed: " + e);
        troubled = true;
        return false;
      } catch (Throwable e) {
        log.println(Instant.now() + " rehearsal " + n + " failed, the server stops: " + e);
        troubled = true;
        broken = true;
        return false;
      } finally {
        // Each rehearsal ends on an emptied heap, as a build does (see build).
        System.gc();
      }
    }
  }

  /** Stops the warm-up, at the end of its rehearsal's current stage, and waits for it. */
  private void endWarmUp() {
    warmUpOver = true;
    ended(warmer, 0);
  }

  private static void closeQuietly(SocketChannel client) {
    try {
      client.close();
    } catch (IOException e) {
      // Closed already, or closing it failed: either way the read waiting on it ends.
    }
  }

  /**
   * What a build in the server does around it. It removes what a build leaves beside the site after
   * the client has its answer: the files a rebuild replaced are freed then (the old {@code
   * catalog.ndjson} and its gzip copy, 400 MB at 60,000 articles, took 0.2 s). And once the warm-up
   * has compiled what a rebuild runs, a rebuild keeps C2 out ({@link QuickCompilation}), as in a
   * JVM of its own: C2 never settles on a rebuild's code, whose data take new branches and new
   * types each time. A warm server's title edits at 60,000 articles still spent 0.5 to 1.6 s of
   * CPU each compiling, after twenty of them; with C2 kept out of rebuilds after the warm-up, 0.05
   * to 0.16 s, and the first edit took 1.58 and 1.67 s instead of 1.88 and 1.95 s. A first build
   * of a large archive is left to the client ({@link #firstBuildAhead}); a build of a small one is
   * a short run, without C2 as in a JVM of its own.
   */
  private static final class Later implements SiteBuilder.Tuning {
    private final SiteBuilder.Tuning compiler;
    private final List<SiteBuilder.Cleanup> cleanups = new ArrayList<>();
    /** Whether the build was a short run (a rebuild, or a build of a small archive), for all or part of it. */
    boolean shortRan;

    Later(SiteBuilder.Tuning compiler) {
      this.compiler = compiler;
    }

    @Override
    public void shortRun() {
      shortRan = true;
      compiler.shortRun();
    }

    @Override
    public void longRun(int articles) {
      compiler.longRun(articles);
    }

    @Override
    public void ended() {
      compiler.ended();
    }

    @Override
    public void afterPublish(SiteBuilder.Cleanup cleanup) {
      cleanups.add(cleanup);
    }

    /** Runs the cleanups; false when one failed (said in the log). */
    boolean run(PrintWriter log) {
      boolean ok = true;
      for (SiteBuilder.Cleanup c : cleanups) {
        try {
          c.run();
        } catch (IOException e) {
          log.println("kbsite build server: " + e.getMessage());
          ok = false;
        }
      }
      return ok;
    }
  }

  /**
   * Closes the socket, which ends {@link #accept}, when idle too long, when the jar changed, or
   * when a rehearsal left the JVM untrustworthy.
   */
  private void watch(ServerSocketChannel channel) {
    Thread t = new Thread(() -> {
      while (channel.isOpen()) {
        try {
          Thread.sleep(Math.min(1000, Math.max(10, idle.toMillis() / 4)));
        } catch (InterruptedException e) {
          return;
        }
        if (builds.isEmpty() && (Instant.now().isAfter(lastActive.plus(idle)) || jarChanged() || broken)) {
          try {
            channel.close();
          } catch (IOException e) {
            // Closing a listening socket does not fail in any way that matters here.
          }
        }
      }
    }, "kbsite-server-watch");
    t.setDaemon(true);
    t.start();
  }

  private boolean jarChanged() {
    try {
      return jarStamp != null && !jarStamp.equals(ServerPlace.jarStamp(place.jar()));
    } catch (IOException e) {
      return true;
    }
  }
}
