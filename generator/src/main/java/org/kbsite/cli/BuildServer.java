package org.kbsite.cli;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.kbsite.site.SiteBuilder;

/**
 * A JVM kept running between builds, so that a rebuild runs on code the JIT has already compiled
 * (a one-edit rebuild of 60,000 articles spends more than half of a fresh JVM's time compiling
 * and warming up). {@code build --server} sends its arguments here and prints what the build
 * prints; the build runs exactly as in a process of its own, one at a time, and reads everything
 * it needs from the content and output folders, as a fresh process would: nothing of one build is
 * kept for the next but compiled code.
 *
 * <p>It stops when told ({@code kbsite server --stop}), after {@link #IDLE} without a build, or
 * when its jar changes (classes not yet loaded would come from the new jar).
 */
final class BuildServer {
  static final Duration IDLE = Duration.ofMinutes(15);

  private final ServerPlace place;
  private final Duration idle;
  private final PrintWriter log;
  /** The jar as it was when the server started ({@link ServerPlace#jarStamp}), null without one. */
  private final String jarStamp;
  private volatile Instant lastActive = Instant.now();
  private volatile boolean building;
  /** Something went wrong that only the log tells: the log is kept. */
  private boolean troubled;

  private BuildServer(ServerPlace place, Duration idle, PrintWriter log) throws IOException {
    this.place = place;
    this.idle = idle;
    this.log = log;
    this.jarStamp = place.jar() == null ? null : ServerPlace.jarStamp(place.jar());
  }

  /**
   * Serves builds at {@code place} until stopped; false, at once, when another server holds the
   * place. A socket file left by a server that died is replaced.
   */
  static boolean serve(ServerPlace place, Duration idle, PrintWriter log) throws IOException {
    try (FileChannel lockFile = FileChannel.open(place.lock(), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = tryLock(lockFile)) {
      if (lock == null) {
        return false;
      }
      Files.deleteIfExists(place.socket());
      BuildServer server = new BuildServer(place, idle, log);
      try (ServerSocketChannel channel = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
        channel.bind(UnixDomainSocketAddress.of(place.socket()));
        log.println("kbsite build server " + place.id() + " listening at " + place.socket());
        server.watch(channel);
        server.accept(channel);
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

  private static FileLock tryLock(FileChannel file) throws IOException {
    try {
      return file.tryLock();
    } catch (OverlappingFileLockException e) {
      return null;
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
      building = true;
      try (client) {
        if (!serve(client)) {
          return;
        }
      } catch (IOException e) {
        log.println("kbsite build server: a client went away: " + e);
      } finally {
        lastActive = Instant.now();
        building = false;
      }
    }
  }

  /** How long a client that connected has to send its request: one that never does would block the server. */
  private static final long REQUEST_SECONDS = 10;

  /** Serves one request; false when it was to stop. */
  private boolean serve(SocketChannel client) throws IOException {
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
      Frames.write(out, Frames.EXIT, Integer.toString(Main.OK));
      return false;
    }
    String[] args = Frames.args(request);
    if (request.type() != Frames.BUILD || !args[0].equals("build")) {
      Frames.write(out, Frames.ERR, "kbsite: the build server runs builds only\n");
      Frames.write(out, Frames.EXIT, Integer.toString(Main.USAGE));
      return true;
    }
    PrintWriter stdout = new PrintWriter(new Frames.FrameWriter(out, Frames.OUT), true);
    PrintWriter stderr = new PrintWriter(new Frames.FrameWriter(out, Frames.ERR), true);
    log.println(Instant.now() + " build " + String.join(" ", args).substring("build".length()).trim());
    Later later = new Later();
    boolean goOn = true;
    try {
      int code;
      try {
        code = Main.run(stdout, stderr, later, args);
      } catch (Throwable e) {
        // Main answers for what a build throws; this is what it does not catch (a StackOverflowError,
        // a class missing from a jar replaced in place): the JVM is not to be trusted with another.
        stderr.println("kbsite: internal error in the build server (a bug in kbsite): " + e);
        code = Main.INTERNAL_ERROR;
        goOn = false;
      }
      stdout.flush();
      stderr.flush();
      // A client that stopped waiting misses its answer; the build it asked for is done all the same.
      Frames.write(out, Frames.EXIT, Integer.toString(code));
    } finally {
      troubled |= !later.run(log);
      // Nothing of the build is kept: collected now, while no one waits, the next build starts on an
      // empty heap instead of collecting this one's leftovers (young pauses grew from 0.07 to 0.17 s
      // a build, and the heap kept growing, when they were left to the collector's own pace).
      System.gc();
    }
    return goOn;
  }

  private static void closeQuietly(SocketChannel client) {
    try {
      client.close();
    } catch (IOException e) {
      // Closed already, or closing it failed: either way the read waiting on it ends.
    }
  }

  /**
   * Builds in the server keep the JIT as it is (its point is code compiled once and kept; see
   * QuickCompilation for a JVM that runs one rebuild), and remove what a build leaves beside the
   * site after the client has its answer: the files a rebuild replaced are freed then (the old
   * {@code catalog.ndjson} and its gzip copy, 400 MB at 60,000 articles, took 0.2 s).
   */
  private static final class Later implements SiteBuilder.Tuning {
    private final List<SiteBuilder.Cleanup> cleanups = new ArrayList<>();

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

  /** Closes the socket, which ends {@link #accept}, when idle too long or when the jar changed. */
  private void watch(ServerSocketChannel channel) {
    Thread t = new Thread(() -> {
      while (channel.isOpen()) {
        try {
          Thread.sleep(Math.min(1000, Math.max(10, idle.toMillis() / 4)));
        } catch (InterruptedException e) {
          return;
        }
        if (!building && (Instant.now().isAfter(lastActive.plus(idle)) || jarChanged())) {
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
