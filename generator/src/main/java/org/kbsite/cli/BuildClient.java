package org.kbsite.cli;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The side of {@code build --server} that runs in the user's process: see {@link BuildServer}. */
final class BuildClient {
  private BuildClient() {}

  /**
   * What came of sending a build to a server: its exit code, or none (the caller builds in its own
   * process); {@code running} when a server runs there all the same (it was busy), so that the
   * caller starts none ({@link #startServer}).
   */
  record Sent(Integer exit, boolean running) {
    static final Sent NO_SERVER = new Sent(null, false);
  }

  /**
   * Has the server at {@code place} run the build and prints what it prints. No exit code when no
   * server answered, one stopped before the end, or it was busy with another build: a build never
   * waits for another site's.
   */
  static Sent build(ServerPlace place, List<String> args, PrintWriter out, PrintWriter err) {
    SocketChannel channel = connect(place);
    return channel == null ? Sent.NO_SERVER : send(channel, Frames.BUILD, args, out, err);
  }

  /** What came of a request; null when the server declined it (a {@link Frames#FORWARD} only). */
  private static Sent send(SocketChannel channel, byte type, List<String> args, PrintWriter out, PrintWriter err) {
    try (channel) {
      var to = new DataOutputStream(Channels.newOutputStream(channel));
      Frames.write(to, type, Frames.request(args));
      Frames.Frame last = answer(new DataInputStream(new BufferedInputStream(Channels.newInputStream(channel))), out, err);
      if (last.type() == Frames.DECLINED) {
        return null;
      }
      if (last.type() == Frames.BUSY) {
        err.println(last.text().equals(Frames.FULL_BUILD)
            ? "kbsite: note: the build server leaves a first build of a large archive to a process of its own (it runs"
                + " faster there); building in this process"
            : "kbsite: note: the build server is busy with another build; building in this process");
        return new Sent(null, true);
      }
      return new Sent(Integer.parseInt(last.text()), true);
    } catch (IOException e) {
      err.println("kbsite: note: the build server stopped before the build's end (" + e.getMessage()
          + "); building in this process");
      return Sent.NO_SERVER;
    }
  }

  /**
   * Forwards a command line as given (with this process's working folder and whether it prints to
   * a terminal) to the server for this JVM, which parses it and runs it if it is a build for a
   * server ({@link Main#forwardedBuild}): the client then spends no time on its own parsing.
   * Null when no server answered or it declined: the caller goes on as if it had not forwarded.
   * Otherwise the same as {@link #build}, and the caller does not ask the server again: no exit
   * code when the server was busy (then {@code running}) or stopped before the end.
   */
  static Sent forward(String[] args, PrintWriter out, PrintWriter err) {
    ServerPlace place = ServerPlace.forThisJvm();
    return place == null ? null : forward(place, Path.of("").toAbsolutePath(), Progress.terminal(), List.of(args), out, err);
  }

  /** Forwards {@code args} to the server at {@code place} as if from a process working in {@code cwd}. */
  static Sent forward(ServerPlace place, Path cwd, boolean terminal, List<String> args, PrintWriter out, PrintWriter err) {
    SocketChannel channel = connect(place);
    if (channel == null) {
      return null;
    }
    List<String> request = new ArrayList<>(List.of(cwd.toString(), terminal ? "terminal" : ""));
    request.addAll(args);
    return send(channel, Frames.FORWARD, request, out, err);
  }

  /** Asks the server at {@code place} to stop; false when none was running. */
  static boolean stop(ServerPlace place) throws IOException {
    return ask(place, Frames.STOP) != null;
  }

  /** What the server at {@code place} is doing (warming up, ready), or null when none is running. */
  static String status(ServerPlace place) throws IOException {
    String said = ask(place, Frames.STATUS);
    return said == null ? null : said.strip();
  }

  /** Sends the server at {@code place} a request of {@code type} and returns what it printed; null when none is running. */
  private static String ask(ServerPlace place, byte type) throws IOException {
    SocketChannel channel = connect(place);
    if (channel == null) {
      return null;
    }
    try (channel) {
      Frames.write(new DataOutputStream(Channels.newOutputStream(channel)), type, new byte[0]);
      java.io.StringWriter text = new java.io.StringWriter();
      answer(new DataInputStream(Channels.newInputStream(channel)), new PrintWriter(text), null);
      return text.toString();
    }
  }

  /** Prints the server's output until its last frame comes ({@link Frames#EXIT}, {@link Frames#BUSY} or {@link Frames#DECLINED}), and returns that. */
  private static Frames.Frame answer(DataInputStream from, PrintWriter out, PrintWriter err) throws IOException {
    while (true) {
      Frames.Frame f = Frames.read(from);
      switch (f.type()) {
        case Frames.OUT -> print(out, f.text());
        case Frames.ERR -> print(err, f.text());
        case Frames.EXIT, Frames.BUSY, Frames.DECLINED -> {
          return f;
        }
        default -> throw new IOException("unknown frame type " + f.type());
      }
    }
  }

  private static void print(PrintWriter w, String text) {
    if (w != null) {
      w.print(text);
      w.flush();
    }
  }

  /** A connection to the server, or null when none listens there. */
  private static SocketChannel connect(ServerPlace place) {
    try {
      return SocketChannel.open(UnixDomainSocketAddress.of(place.socket()));
    } catch (IOException | UnsupportedOperationException e) {
      return null;
    }
  }

  /**
   * Starts a server in a JVM of its own, with this one's heap limit, its output going to the
   * place's log: nothing ties it to this process, which does not wait for it. It warms up by
   * rehearsing a rebuild of {@code build} (a build's arguments, as forwarded to a server).
   */
  static void startServer(ServerPlace place, List<String> build, PrintWriter err) {
    List<String> command = new ArrayList<>();
    // In a session of its own where setsid is at hand: Ctrl-C on this build must not stop it.
    if (Files.isExecutable(Path.of("/usr/bin/setsid"))) {
      command.add("/usr/bin/setsid");
    }
    // The heap is emptied after each build (BuildServer): kept at its size rather than shrunk,
    // the next build does not spend its time growing it again (1.7 s against 2.0 s a rebuild).
    command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx" + Runtime.getRuntime().maxMemory(), "-XX:MaxHeapFreeRatio=100",
        "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"),
        "-jar", place.jar().toString(), "server", "--id", place.id(), "--"));
    command.addAll(build);
    try {
      // In the server's own folder: not holding the caller's working folder (and its mount) for 15 minutes.
      new ProcessBuilder(command)
          .directory(place.dir().toFile())
          .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
          .redirectOutput(ProcessBuilder.Redirect.appendTo(place.log().toFile()))
          .redirectErrorStream(true)
          .start();
      // A process that outlives the command is said so, with how to stop it.
      err.println("kbsite: note: started a build server for the next builds; it warms up for a few seconds, stops after "
          + BuildServer.IDLE.toMinutes() + " idle minutes or with: kbsite server --stop (build --no-server uses none)");
    } catch (IOException e) {
      err.println("kbsite: note: cannot start the build server: " + e.getMessage());
    }
  }
}
