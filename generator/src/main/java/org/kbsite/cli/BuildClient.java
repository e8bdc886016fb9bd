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
    if (channel == null) {
      return Sent.NO_SERVER;
    }
    try (channel) {
      var to = new DataOutputStream(Channels.newOutputStream(channel));
      Frames.write(to, Frames.BUILD, Frames.request(args));
      Integer code = answer(new DataInputStream(new BufferedInputStream(Channels.newInputStream(channel))), out, err);
      if (code == null) {
        err.println("kbsite: note: the build server is busy with another build; building in this process");
        return new Sent(null, true);
      }
      return new Sent(code, true);
    } catch (IOException e) {
      err.println("kbsite: note: the build server stopped before the build's end (" + e.getMessage()
          + "); building in this process");
      return Sent.NO_SERVER;
    }
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

  /** Prints the server's output until its exit code comes, and returns that; null when it said it is busy. */
  private static Integer answer(DataInputStream from, PrintWriter out, PrintWriter err) throws IOException {
    while (true) {
      Frames.Frame f = Frames.read(from);
      switch (f.type()) {
        case Frames.OUT -> print(out, f.text());
        case Frames.ERR -> print(err, f.text());
        case Frames.EXIT -> {
          return Integer.parseInt(f.text());
        }
        case Frames.BUSY -> {
          return null;
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
