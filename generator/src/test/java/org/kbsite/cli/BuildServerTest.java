package org.kbsite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kbsite.TestPaths;
import org.kbsite.TestTrees;
import org.kbsite.site.SiteBuilder;
import picocli.CommandLine;

/**
 * A build through the build server gives the site a build in its own process gives, prints what
 * it prints and exits as it exits; the server stops when told or when idle, and one place has one
 * server. The server runs on a thread of the test's JVM, in a private folder of its own.
 */
class BuildServerTest {
  private Path dir;
  private Path work;
  private ServerPlace place;
  private final StringWriter log = new StringWriter();
  private CompletableFuture<Boolean> server;
  /** The fewest articles of a full build the server leaves to its client. */
  private int fullBuildArticles = BuildServer.FIRST_BUILD_TO_CLIENT;

  @BeforeEach
  void setUp() throws IOException {
    // Short: a Unix socket's path has at most 107 bytes.
    dir = Files.createTempDirectory("kbs", PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    place = new ServerPlace(dir, "0123456789abcdef", null);
    Recorded.calls.clear();
    work = TestPaths.scratch("server");
    org.kbsite.site.CorpusSite.deleteTree(work);
    Files.createDirectories(work);
  }

  @AfterEach
  void tearDown() throws Exception {
    if (server != null && !server.isDone()) {
      BuildClient.stop(place);
      server.get(10, TimeUnit.SECONDS);
    }
    org.kbsite.site.CorpusSite.deleteTree(dir);
  }

  @Test
  void aBuildThroughTheServerGivesWhatABuildInItsOwnProcessGives() throws Exception {
    Path content = content();
    start(Duration.ofMinutes(1));

    Printed viaServer = serve(content);
    Printed here = new Printed();
    assertEquals(Main.OK, Main.run(here.out, here.err, build(content, work.resolve("here")).toArray(String[]::new)));
    assertSite(here, viaServer, "a first build");

    // An edit, built again through the same server and here: still the same site and output.
    retitle(content.resolve("kb/900/Q900001/README.md"));
    viaServer = serve(content);
    here = new Printed();
    assertEquals(Main.OK, Main.run(here.out, here.err, build(content, work.resolve("here")).toArray(String[]::new)));
    assertSite(here, viaServer, "a rebuild after an edit");
    assertTrue(viaServer.outText.toString().contains("(incremental: "), viaServer.outText.toString());

    assertTrue(BuildClient.stop(place), "the server was running");
    assertTrue(server.get(10, TimeUnit.SECONDS), "it ran and stopped");
    assertFalse(Files.exists(place.socket()), "its socket is gone");
    assertTrue(Files.exists(place.lock()), "its lock file stays (deleting a held lock is a race)");
    try (var s = Files.list(work)) {
      assertEquals(List.of(), s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".served.kbsite-")).toList(),
          "the server removed what its builds replaced");
    }
    assertEquals(BuildClient.Sent.NO_SERVER, BuildClient.build(place, build(content, work.resolve("served")), viaServer.out,
        viaServer.err), "with no server, the caller builds");
  }

  @Test
  void aFailedBuildsMessageAndExitCodeComeThrough() throws Exception {
    start(Duration.ofMinutes(1));
    Printed p = new Printed();
    Integer code = BuildClient.build(place, build(work.resolve("no-such-folder"), work.resolve("out")), p.out, p.err).exit();
    assertEquals(Main.IO_ERROR, code);
    assertTrue(p.errText.toString().contains("kbsite: content folder not found: " + work.resolve("no-such-folder")), p.errText.toString());

    Printed other = new Printed();
    assertEquals(Main.USAGE, BuildClient.build(place, List.of("bench", "--sample", "x", "--articles", "1"),
        other.out, other.err).exit(), "the server runs builds only");
    assertTrue(other.errText.toString().contains("builds only"), other.errText.toString());
  }

  /**
   * A client that stops waiting (Ctrl-C) does not stop the build it asked for, which completes as
   * it would have a moment later; what the build leaves beside the site is removed all the same.
   */
  @Test
  void aBuildWhoseClientWentAwayIsCompletedAndCleanedUp() throws Exception {
    Path content = content();
    start(Duration.ofMinutes(1));
    serve(content);
    retitle(content.resolve("kb/900/Q900002/README.md"));
    try (var channel = java.nio.channels.SocketChannel.open(java.net.UnixDomainSocketAddress.of(place.socket()))) {
      Frames.write(new java.io.DataOutputStream(java.nio.channels.Channels.newOutputStream(channel)), Frames.BUILD,
          Frames.request(build(content, work.resolve("served"))));
    }
    assertTrue(BuildClient.stop(place), "the server answers the next client once that build is done");
    assertTrue(server.get(10, TimeUnit.SECONDS));
    assertTrue(Files.readString(work.resolve("served/kb/900/Q900002/index.html")).contains("Edited"), "the build was completed");
    try (var s = Files.list(work)) {
      assertEquals(List.of(), s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".served.kbsite-")).toList(),
          "what it replaced was removed");
    }
  }

  /**
   * A build that comes while the server builds another site's is told at once that the server is
   * busy, and its client builds in its own process: a build never waits for another site's. One of
   * the same output folder waits for it instead, as it would for the folder's lock. Here the
   * server's first build waits for its output folder, which another process holds.
   */
  @Test
  void aBuildThatFindsTheServerBuildingAnotherSiteIsToldItIsBusy() throws Exception {
    Path content = servedAndEdited("kb/900/Q900001/README.md");
    Process holder = org.kbsite.site.LockHolder.hold(work.resolve("served"), "build");
    Printed first = new Printed();
    Printed same = new Printed();
    CompletableFuture<BuildClient.Sent> firstBuild;
    CompletableFuture<BuildClient.Sent> sameFolder;
    try {
      firstBuild = buildLater(content, "served", first);
      awaitStatus("building");
      Printed p = new Printed();
      assertEquals(new BuildClient.Sent(null, true), BuildClient.build(place, build(content, work.resolve("other")), p.out, p.err),
          "another site's build is sent back, to be built by its caller, who starts no server");
      assertTrue(p.errText.toString().contains("kbsite: note: the build server is busy with another build; building in this"
          + " process"), p.errText.toString());
      sameFolder = buildLater(content, "served", same);
      Thread.sleep(300);
      assertFalse(firstBuild.isDone(), "the first build still waits for its folder");
      assertFalse(sameFolder.isDone(), "a build of the same folder waits behind it");
    } finally {
      org.kbsite.site.LockHolder.release(holder);
    }
    assertEquals(Main.OK, firstBuild.get(60, TimeUnit.SECONDS).exit(), first.errText.toString());
    assertTrue(first.errText.toString().contains("waiting for another kbsite build"), first.errText.toString());
    assertEquals(Main.OK, sameFolder.get(60, TimeUnit.SECONDS).exit(), same.errText.toString());
    assertTrue(same.outText.toString().contains("(incremental: 0 files written"), same.outText.toString());
    awaitStatus("ready");
  }

  /**
   * A server told to stop while it builds takes no new build (its caller builds), and answers once
   * that build has ended: it never leaves a build half done.
   */
  @Test
  void aServerStoppedWhileItBuildsFinishesTheBuildFirst() throws Exception {
    Path content = servedAndEdited("kb/900/Q900002/README.md");
    Process holder = org.kbsite.site.LockHolder.hold(work.resolve("served"), "build");
    Printed first = new Printed();
    CompletableFuture<BuildClient.Sent> firstBuild;
    CompletableFuture<Boolean> stopping;
    try {
      firstBuild = buildLater(content, "served", first);
      awaitStatus("building");
      stopping = CompletableFuture.supplyAsync(() -> {
        try {
          return BuildClient.stop(place);
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      });
      for (int i = 0; i < 200 && Files.exists(place.socket()); i++) {
        Thread.sleep(25);
      }
      assertFalse(Files.exists(place.socket()), "the stopping server takes no new client");
      assertEquals(BuildClient.Sent.NO_SERVER, BuildClient.build(place, build(content, work.resolve("other")),
          new Printed().out, new Printed().err));
      assertFalse(stopping.isDone(), "the stop is answered once the build has ended");
    } finally {
      org.kbsite.site.LockHolder.release(holder);
    }
    assertEquals(Main.OK, firstBuild.get(60, TimeUnit.SECONDS).exit(), first.errText.toString());
    assertTrue(stopping.get(60, TimeUnit.SECONDS));
    assertTrue(server.get(10, TimeUnit.SECONDS));
    assertTrue(Files.readString(work.resolve("served/kb/900/Q900002/index.html")).contains("Edited"), "the build was completed");
  }

  /** A running server that has built the sample into {@code served}, and the sample with a page's title edited since. */
  private Path servedAndEdited(String page) throws Exception {
    Path content = content();
    start(Duration.ofMinutes(1));
    serve(content);
    retitle(content.resolve(page));
    return content;
  }

  /** A build of {@code content} into {@code out} sent to the server on another thread. */
  private CompletableFuture<BuildClient.Sent> buildLater(Path content, String out, Printed p) {
    return CompletableFuture.supplyAsync(() -> BuildClient.build(place, build(content, work.resolve(out)), p.out, p.err));
  }

  private void awaitStatus(String wanted) throws IOException, InterruptedException {
    String status = BuildClient.status(place);
    for (int i = 0; i < 600 && !wanted.equals(status); i++) {
      Thread.sleep(50);
      status = BuildClient.status(place);
    }
    assertEquals(wanted, status);
  }

  @Test
  void aPlaceHasOneServer() throws Exception {
    start(Duration.ofMinutes(1));
    assertFalse(BuildServer.serve(place, Duration.ofMinutes(1), new PrintWriter(new StringWriter()), List.of()),
        "a second server for the place returns at once");
    Printed p = new Printed();
    assertEquals(Main.IO_ERROR, BuildClient.build(place, build(work.resolve("none"), work.resolve("out")), p.out, p.err).exit(),
        () -> "the first still answers: " + p.errText + "; its log: " + log);
  }

  @Test
  void anIdleServerStops() throws Exception {
    start(Duration.ofMillis(300));
    assertTrue(server.get(30, TimeUnit.SECONDS), "it stopped by itself");
    assertFalse(Files.exists(place.socket()));
  }

  /**
   * A server started by a build rehearses a rebuild of that build's site, publishing nothing, and
   * says it is ready when done; a build through it afterwards is what a build in its own process
   * makes.
   */
  @Test
  void aNewServerWarmsUpOnItsSiteWithoutChangingIt() throws Exception {
    Path content = content();
    List<String> served = build(content, work.resolve("served"));
    assertEquals(Main.OK, Main.run(new Printed().out, new Printed().err, served.toArray(String[]::new)));
    assertEquals(Main.OK, Main.run(new Printed().out, new Printed().err, build(content, work.resolve("here")).toArray(String[]::new)));
    Map<String, String> before = TestTrees.stamps(work.resolve("served"));

    start(Duration.ofMinutes(1), served);
    String status = BuildClient.status(place);
    for (int i = 0; i < 600 && !status.equals("ready"); i++) {
      assertTrue(status.startsWith("warming up"), status);
      Thread.sleep(50);
      status = BuildClient.status(place);
    }
    assertEquals("ready", status);
    assertTrue(log.toString().contains("rehearsal " + BuildServer.REHEARSALS + ": "), log.toString());
    assertFalse(log.toString().contains("nothing to rehearse"), log.toString());
    assertEquals(before, TestTrees.stamps(work.resolve("served")), "no file of the site written, moved or deleted");

    retitle(content.resolve("kb/900/Q900001/README.md"));
    String directives = directives();
    Printed viaServer = serve(content);
    Printed here = new Printed();
    assertEquals(Main.OK, Main.run(here.out, here.err, build(content, work.resolve("here")).toArray(String[]::new)));
    assertSite(here, viaServer, "an edit built by the warmed-up server");
    assertTrue(log.toString().contains("(warmed up: a rebuild keeps C2 out)"), log.toString());
    assertEquals(List.of("short run, the directive in place", "ended"), Recorded.calls,
        "the rebuild kept C2 out for its run");
    assertEquals(directives, directives(), "the compiler directive of the rebuild removed after it");
  }

  /**
   * The server's QuickCompilation, recording what it was told and whether its directive was in
   * place during the run (two more than before it).
   */
  private static final class Recorded implements SiteBuilder.Tuning {
    static final List<String> calls = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final QuickCompilation quick = new QuickCompilation();
    private String before;

    @Override
    public void shortRun() {
      try {
        before = directives();
        quick.shortRun();
        String during = quick.added() ? directives() : before;
        calls.add(during.split("Directive:", -1).length == before.split("Directive:", -1).length + 2
            ? "short run, the directive in place" : "short run, no directive");
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }

    @Override
    public void longRun(int articles) {
      calls.add("long run");
      quick.longRun(articles);
    }

    @Override
    public void ended() {
      calls.add("ended");
      quick.ended();
    }
  }

  /** The compiler directives of this JVM, in which the test's server runs, as jcmd would print them. */
  private static String directives() throws Exception {
    return (String) QuickCompilation.command("compilerDirectivesPrint", new Object[0], new String[0]);
  }

  @Test
  void aServerWithNoBuildToContinueSkipsItsWarmUp() throws Exception {
    Path content = content();
    start(Duration.ofMinutes(1), build(content, work.resolve("never-built")));
    String status = BuildClient.status(place);
    for (int i = 0; i < 600 && !status.equals("ready"); i++) {
      Thread.sleep(50);
      status = BuildClient.status(place);
    }
    assertTrue(log.toString().contains("rehearsal 1: nothing to rehearse"), log.toString());
    assertFalse(Files.exists(work.resolve("never-built")));
    // Nothing compiled by a warm-up: the server's builds keep C2.
    serve(content);
    assertTrue(log.toString().contains(" build "), log.toString());
    assertFalse(log.toString().contains("keeps C2 out"), log.toString());
    assertEquals(List.of(), Recorded.calls, "no rebuild kept C2 out");
  }

  /**
   * A server with no warm-up gets there on its own rebuilds: after as many as a warm-up rehearses,
   * its rebuilds keep C2 out, and take the compiler directive away again at their end.
   */
  @Test
  void aServerWithoutAWarmUpKeepsC2OutOfRebuildsAfterItsFirstOnes() throws Exception {
    Path content = content();
    // The sample's 14 articles count as a large archive here.
    fullBuildArticles = 1;
    start(Duration.ofMinutes(1));
    for (int i = 0; i < BuildServer.REHEARSALS; i++) {
      serve(content);
    }
    assertFalse(log.toString().contains("keeps C2 out"), log.toString());
    assertEquals(List.of(), Recorded.calls, "no rebuild kept C2 out yet");
    String directives = directives();
    retitle(content.resolve("kb/900/Q900001/README.md"));
    serve(content);
    assertTrue(log.toString().contains("(warmed up: a rebuild keeps C2 out)"), log.toString());
    assertEquals(List.of("short run, the directive in place", "ended"), Recorded.calls);
    assertEquals(directives, directives(), "the compiler directive of the rebuild removed after it");

    // A first build of a large archive is left to the client, which starts no other server.
    Printed p = new Printed();
    BuildClient.Sent sent = BuildClient.build(place, build(content, work.resolve("another")), p.out, p.err);
    assertNull(sent.exit(), "not built by the server");
    assertTrue(sent.running(), "which still runs: the client starts no other");
    assertTrue(p.errText.toString().contains("the build server leaves a first build of a large archive to a process of its own"),
        p.errText.toString());
    assertTrue(log.toString().contains("full build left to its client"), log.toString());
    assertFalse(java.nio.file.Files.exists(work.resolve("another")), "nothing built by the server");
    // A clean build of a site it has, the server takes: a process of its own would delete the old files before it ends.
    List<String> clean = build(content, work.resolve("served"));
    clean.add("--clean");
    Printed c = new Printed();
    assertEquals(Main.OK, BuildClient.build(place, clean, c.out, c.err).exit(), c.errText.toString());
    assertEquals(1, log.toString().split("full build left to its client", -1).length - 1, log.toString());
  }

  /** Scripts, CI jobs and Maven builds get no process that outlives them unless they ask. */
  @Test
  void byDefaultOnlyABuildAtATerminalUsesAServer() {
    assertTrue(Main.usesServer(null, true), "at a terminal, first builds too");
    assertFalse(Main.usesServer(null, false), "no terminal");
    assertTrue(Main.usesServer(true, false), "--server");
    assertFalse(Main.usesServer(false, true), "--no-server");
  }

  @Test
  void theArgumentsGoWithAbsolutePathsAndWithoutServer() {
    CommandLine cl = new CommandLine(new Main());
    CommandLine.ParseResult parsed = cl.parseArgs("build", "--content", "pages", "--server", "--out", "site", "--clean",
        "--base-url", "/kb/").subcommand();
    Path cwd = Path.of("/home/editor/archive");
    assertEquals(List.of("build", "--content", "/home/editor/archive/pages", "--out", "/home/editor/archive/site",
        "--clean", "--base-url", "/kb/", "--console", "--no-server"),
        Main.forwarded(parsed, true, cwd), "a server never sends a build on to a server, whatever its terminal");
    assertFalse(Main.forwarded(parsed, false, cwd).contains("--console"), "no terminal, no --console");
    CommandLine.ParseResult without = cl.parseArgs("build", "--content", "/srv/pages", "--out", "site", "--no-server").subcommand();
    assertEquals(List.of("build", "--content", "/srv/pages", "--out", "/home/editor/archive/site", "--no-server"),
        Main.forwarded(without, false, cwd), "an absolute path stays as it is");
  }

  /** A command line a client forwards unparsed is parsed by the server, as the client would have. */
  @Test
  void aCommandLineForwardedIsABuildOnlyWhenTheClientWouldHaveSentIt() {
    String cwd = "/home/editor/archive";
    assertEquals(List.of("build", "--content", "/home/editor/archive/pages", "--out", "/tmp/site", "--timings",
        "--console", "--no-server"),
        Main.forwardedBuild(new String[] {cwd, "terminal", "build", "--content", "pages", "--out", "/tmp/site", "--timings"}));
    assertEquals(List.of("build", "--content", "/home/editor/archive/pages", "--out", "/tmp/site", "--no-server"),
        Main.forwardedBuild(new String[] {cwd, "", "build", "--server", "--content", "pages", "--out", "/tmp/site"}),
        "--server without a terminal");
    // Declined, so that the client runs them as it would without a server: they print here, or build here.
    assertNull(Main.forwardedBuild(new String[] {cwd, "", "build", "--content", "pages", "--out", "site"}), "no terminal");
    assertNull(Main.forwardedBuild(new String[] {cwd, "terminal", "build", "--no-server", "--content", "p", "--out", "s"}));
    assertNull(Main.forwardedBuild(new String[] {cwd, "terminal", "build", "--help"}));
    assertNull(Main.forwardedBuild(new String[] {cwd, "terminal", "build", "--content", "pages"}), "--out missing");
    assertNull(Main.forwardedBuild(new String[] {cwd, "terminal", "build", "--content", "p", "--out", "s", "--colour"}));
    assertNull(Main.forwardedBuild(new String[] {cwd, "terminal", "server", "--status"}));
    assertNull(Main.forwardedBuild(new String[] {cwd, "terminal", "build", "@/"}), "an @file is read by the client");
    assertNull(Main.forwardedBuild(new String[] {cwd}));
  }

  @Test
  void aServerBuildsACommandLineForwardedFromTheClientsFolder() throws Exception {
    Path content = content();
    start(Duration.ofMinutes(1));
    Printed viaServer = new Printed();
    assertEquals(new BuildClient.Sent(Main.OK, true), BuildClient.forward(place, work, false,
        List.of("build", "--server", "--content", "content", "--out", "served"), viaServer.out, viaServer.err),
        viaServer.errText.toString());
    Printed here = new Printed();
    assertEquals(Main.OK, Main.run(here.out, here.err, build(content, work.resolve("here")).toArray(String[]::new)));
    assertSite(here, viaServer, "a build forwarded with paths relative to the client's folder");

    Printed declined = new Printed();
    assertNull(BuildClient.forward(place, work, false,
        List.of("build", "--content", "content", "--out", "served"), declined.out, declined.err),
        "no terminal and no --server: declined, and built by the client");
    assertEquals("", declined.outText.toString() + declined.errText.toString(), "declined silently");
  }

  /** This repository's sample pages, copied for the test to edit. */
  private Path content() throws IOException {
    Path content = work.resolve("content");
    TestTrees.copy(TestPaths.repoRoot().resolve("content"), content);
    return content;
  }

  /** Builds the content into {@code served} through the server, which must succeed. */
  private Printed serve(Path content) {
    Printed p = new Printed();
    assertEquals(Main.OK, BuildClient.build(place, build(content, work.resolve("served")), p.out, p.err).exit(), p.errText.toString());
    return p;
  }

  private static void retitle(Path page) throws IOException {
    Files.writeString(page, Files.readString(page).replaceFirst("(?m)^title: (\"?)(Q\\d+): ", "title: $1$2: Edited "));
  }

  private void start(Duration idle) throws InterruptedException {
    start(idle, List.of());
  }

  /** Starts a server that warms up on {@code warmUp} (a build's arguments; none when empty). */
  private void start(Duration idle, List<String> warmUp) throws InterruptedException {
    server = CompletableFuture.supplyAsync(() -> {
      try {
        return BuildServer.serve(place, idle, new PrintWriter(log, true), warmUp, Recorded::new, fullBuildArticles);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }, r -> new Thread(r, "test-build-server").start());
    // Until it answers: its socket file exists from the moment it is bound, a moment before it listens.
    for (int i = 0; i < 500 && !answers() && !server.isDone(); i++) {
      Thread.sleep(10);
    }
    assertTrue(answers(), "the server listens: " + log);
  }

  private boolean answers() {
    try {
      return BuildClient.status(place) != null;
    } catch (IOException e) {
      return false;
    }
  }

  private static List<String> build(Path content, Path out) {
    return new ArrayList<>(List.of("build", "--content", content.toString(), "--out", out.toString()));
  }

  private void assertSite(Printed here, Printed viaServer, String when) {
    Map<String, String> a = TestTrees.snapshot(work.resolve("here"));
    Map<String, String> b = TestTrees.snapshot(work.resolve("served"));
    // The report's timings and the build state's scan times differ from build to build.
    a.keySet().removeIf(k -> k.equals("build-report.json") || k.startsWith(".kbsite/"));
    b.keySet().removeIf(k -> k.equals("build-report.json") || k.startsWith(".kbsite/"));
    assertEquals(a, b, when + ": the same files with the same bytes");
    assertEquals(withoutTime(here.outText.toString()), withoutTime(viaServer.outText.toString()), when + ": the same output");
    assertEquals(here.errText.toString(), viaServer.errText.toString(), when);
  }

  /** The summary line without the seconds the build took. */
  private static String withoutTime(String printed) {
    return printed.replaceAll("\\d+\\.\\d s", "T s");
  }

  private static final class Printed {
    final StringWriter outText = new StringWriter();
    final StringWriter errText = new StringWriter();
    final PrintWriter out = new PrintWriter(outText, true);
    final PrintWriter err = new PrintWriter(errText, true);
  }
}
