package org.kbsite.cli;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * The build server's wire format on its Unix domain socket: frames of a type byte, a length and
 * that many bytes. A client sends one {@link #BUILD} (the build's arguments, NUL-separated),
 * {@link #FORWARD} (its working folder, whether it prints to a terminal, and its command line as
 * given, for the server to parse), {@link #STATUS} or {@link #STOP}; the server answers with
 * {@link #OUT} and {@link #ERR} text as the build prints it, then one {@link #EXIT} holding the
 * exit code; or, to a build when it cannot take it (another build runs, or it is a full build
 * that a process of its own runs faster: {@link #FULL_BUILD}), with one {@link #BUSY} saying why; or, to a command line forwarded that is not a build for a server, with
 * {@link #DECLINED}: the client then runs it as it would without a server.
 */
final class Frames {
  static final byte BUILD = 'B';
  static final byte STOP = 'S';
  static final byte STATUS = 'Q';
  static final byte OUT = 'O';
  static final byte ERR = 'E';
  static final byte EXIT = 'X';
  static final byte BUSY = 'U';
  static final byte FORWARD = 'F';
  static final byte DECLINED = 'D';

  /** A {@link #BUSY} answer's text when the server leaves a full build to its client (BuildServer.Later). */
  static final String FULL_BUILD = "full build";

  /** Larger than any request or line of output; a longer frame is not from a kbsite. */
  private static final int MAX_FRAME = 1 << 20;

  private Frames() {}

  record Frame(byte type, byte[] body) {
    String text() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }

  static void write(DataOutputStream out, byte type, byte[] body) throws IOException {
    synchronized (out) {
      out.writeByte(type);
      out.writeInt(body.length);
      out.write(body);
      out.flush();
    }
  }

  static void write(DataOutputStream out, byte type, String text) throws IOException {
    write(out, type, text.getBytes(StandardCharsets.UTF_8));
  }

  /** A build request's body: its arguments, NUL-separated (no argument can hold a NUL). */
  static byte[] request(java.util.List<String> args) {
    return String.join("\0", args).getBytes(StandardCharsets.UTF_8);
  }

  /** The arguments a {@link #request} holds. */
  static String[] args(Frame request) {
    return request.text().split("\0", -1);
  }

  static Frame read(DataInputStream in) throws IOException {
    byte type = in.readByte();
    int length = in.readInt();
    if (length < 0 || length > MAX_FRAME) {
      throw new IOException("not a kbsite build server frame (length " + length + ")");
    }
    byte[] body = in.readNBytes(length);
    if (body.length < length) {
      throw new EOFException();
    }
    return new Frame(type, body);
  }

  /**
   * Text written to it goes to the client as frames of one type, a frame at each flush. A client
   * gone (interrupted) is not the build's failure: what it would have printed is dropped.
   */
  static final class FrameWriter extends Writer {
    private final DataOutputStream out;
    private final byte type;
    private final StringBuilder pending = new StringBuilder();
    private boolean gone;

    FrameWriter(DataOutputStream out, byte type) {
      this.out = out;
      this.type = type;
    }

    @Override
    public synchronized void write(char[] chars, int off, int len) {
      pending.append(chars, off, len);
    }

    @Override
    public synchronized void flush() {
      if (pending.isEmpty() || gone) {
        pending.setLength(0);
        return;
      }
      try {
        Frames.write(out, type, pending.toString());
      } catch (IOException e) {
        gone = true;
      }
      pending.setLength(0);
    }

    @Override
    public void close() {
      flush();
    }
  }
}
