package org.kbsite.site;

import static java.nio.file.StandardOpenOption.CREATE;
import static java.nio.file.StandardOpenOption.TRUNCATE_EXISTING;
import static java.nio.file.StandardOpenOption.WRITE;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import org.kbsite.incremental.Hash;

/**
 * The pieces of the build state's binary form ({@link BuildState}, {@link SearchState}): a
 * header naming the kind and format version, strings as a length and UTF-8 bytes (-1 for null),
 * hashes with a presence byte, varints; then the CRC-32 of all that. Readers go through
 * {@link #decode}: a file whose CRC does not match, or that does not read back, is no state.
 */
final class StateCodec {
  private StateCodec() {}

  interface Body {
    void write(DataOutputStream out) throws IOException;
  }

  /**
   * Writes a state to {@code file}: its header, then what {@code body} writes; returns the hash of
   * the file's bytes. Streamed through a small buffer, so that a state of hundreds of megabytes
   * (a million-article archive's) is never held whole.
   */
  static Hash write(Path file, String magic, int format, Body body) {
    try {
      Files.createDirectories(file.getParent());
      try (FileChannel channel = FileChannel.open(file, CREATE, TRUNCATE_EXISTING, WRITE)) {
        return HashingOutput.writeChecked(channel, sink -> {
          DataOutputStream out = new DataOutputStream(sink);
          str(out, magic);
          out.writeInt(format);
          body.write(out);
          out.flush();
        });
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a state from the bytes of its file (without their CRC); may throw on bytes that do not decode. */
  interface Decoder<T> {
    T read(ByteBuffer in);
  }

  /**
   * What {@code decoder} reads from a state file's bytes, or null when they are not a state: its
   * CRC-32 does not match (damaged, cut short) or they do not decode. A state is a cache of the
   * build's own making, so such a file only makes the build do all its work again.
   */
  static <T> T decode(byte[] bytes, Decoder<T> decoder) {
    try {
      return decoder.read(checked(bytes));
    } catch (RuntimeException e) {
      // Past the CRC, only a file of another format (or a reader's bug, which the incremental
      // tests would show as builds that are never incremental) fails to decode.
      return null;
    }
  }

  /**
   * The bytes of a state file without the CRC-32 that ends it; throws
   * {@link IllegalArgumentException} when the CRC does not match them: a damaged file is read as
   * no state rather than as a wrong one. The buffer's positions are the file's offsets.
   */
  private static ByteBuffer checked(byte[] bytes) {
    int length = bytes.length - Integer.BYTES;
    if (length < 0) {
      throw new IllegalArgumentException("shorter than a checksum");
    }
    CRC32 crc = new CRC32();
    crc.update(bytes, 0, length);
    if ((int) crc.getValue() != ByteBuffer.wrap(bytes, length, Integer.BYTES).getInt()) {
      throw new IllegalArgumentException("damaged: its checksum does not match");
    }
    return ByteBuffer.wrap(bytes, 0, length);
  }

  /** True when the bytes start with this kind's header in this format version. */
  static boolean header(ByteBuffer in, String magic, int format) {
    return magic.equals(str(in)) && in.getInt() == format;
  }

  static void str(DataOutputStream out, String s) throws IOException {
    if (s == null) {
      out.writeInt(-1);
      return;
    }
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(b.length);
    out.write(b);
  }

  static String str(ByteBuffer in) {
    int n = in.getInt();
    if (n == -1) {
      return null;
    }
    if (n < 0 || n > in.remaining()) {
      throw new IllegalArgumentException("bad string length " + n);
    }
    String s = new String(in.array(), in.position(), n, StandardCharsets.UTF_8);
    in.position(in.position() + n);
    return s;
  }

  /** A count of items, each at least a byte long. */
  static int count(ByteBuffer in) {
    int n = in.getInt();
    if (n < 0 || n > in.remaining()) {
      throw new IllegalArgumentException("bad count " + n);
    }
    return n;
  }

  static void hash(DataOutputStream out, Hash h) throws IOException {
    out.writeBoolean(h != null);
    if (h != null) {
      out.writeLong(h.hi());
      out.writeLong(h.lo());
    }
  }

  static Hash hash(ByteBuffer in) {
    return in.get() != 0 ? new Hash(in.getLong(), in.getLong()) : null;
  }

  static void varint(DataOutputStream out, int v) throws IOException {
    while ((v & ~0x7F) != 0) {
      out.writeByte((v & 0x7F) | 0x80);
      v >>>= 7;
    }
    out.writeByte(v);
  }

  static int varint(ByteBuffer in) {
    int v = 0;
    for (int shift = 0; shift < 35; shift += 7) {
      byte b = in.get();
      v |= (b & 0x7F) << shift;
      if (b >= 0) {
        return v;
      }
    }
    throw new IllegalArgumentException("bad varint");
  }

  /** Fails on bytes left over: the state was not written by this version. */
  static void end(ByteBuffer in) {
    if (in.hasRemaining()) {
      throw new IllegalArgumentException("trailing bytes");
    }
  }
}
