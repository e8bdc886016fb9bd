package org.kbsite.incremental;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Feeds typed values into a SHA-256 digest without ambiguity: every string carries its length
 * (of UTF-8 bytes) and null has its own tag, so that ("ab", "c") and ("a", "bc") never hash alike. Not thread-safe;
 * cheap to make.
 */
public final class Hasher {
  /** Cloned rather than looked up: the provider lookup costs more than hashing a short string. */
  private static final MessageDigest PROTOTYPE;

  static {
    try {
      PROTOTYPE = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  private final MessageDigest digest;
  /** Small: most hashers hash a few short values, and hundreds of thousands are made per build. */
  private final ByteBuffer buffer = ByteBuffer.allocate(256);

  public Hasher() {
    try {
      digest = (MessageDigest) PROTOTYPE.clone();
    } catch (CloneNotSupportedException e) {
      throw new IllegalStateException("SHA-256 digests can be cloned", e);
    }
  }

  /** The hash of a file's bytes, read a piece at a time. */
  public static Hash of(Path file) throws IOException {
    Hasher h = new Hasher();
    try (InputStream in = Files.newInputStream(file)) {
      byte[] buf = new byte[1 << 16];
      for (int n; (n = in.read(buf)) > 0; ) {
        h.bytes(buf, 0, n);
      }
    }
    return h.done();
  }

  /** The hash of some bytes. */
  public static Hash of(byte[] bytes) {
    return new Hasher().bytes(bytes, 0, bytes.length).done();
  }

  public Hasher str(String s) {
    if (s == null) {
      return tag(0);
    }
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    tag(1).i32(b.length);
    if (b.length > buffer.remaining()) {
      return bytes(b, 0, b.length);
    }
    buffer.put(b);
    return this;
  }

  public Hasher i32(int v) {
    room(4);
    buffer.putInt(v);
    return this;
  }

  public Hasher i64(long v) {
    room(8);
    buffer.putLong(v);
    return this;
  }

  public Hasher bool(boolean v) {
    return tag(v ? 1 : 0);
  }

  public Hasher hash(Hash h) {
    if (h == null) {
      return tag(0);
    }
    return tag(1).i64(h.hi()).i64(h.lo());
  }

  /** A marker byte: separates kinds of value (null, a string, a list ...). */
  public Hasher tag(int b) {
    room(1);
    buffer.put((byte) b);
    return this;
  }

  public Hasher bytes(byte[] b, int off, int len) {
    flush();
    digest.update(b, off, len);
    return this;
  }

  public Hash done() {
    flush();
    ByteBuffer d = ByteBuffer.wrap(digest.digest());
    return new Hash(d.getLong(), d.getLong());
  }

  private void room(int n) {
    if (buffer.remaining() < n) {
      flush();
    }
  }

  private void flush() {
    digest.update(buffer.array(), 0, buffer.position());
    buffer.clear();
  }
}
