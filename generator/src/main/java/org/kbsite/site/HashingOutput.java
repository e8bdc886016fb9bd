package org.kbsite.site;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.zip.CRC32;
import org.kbsite.incremental.Hash;
import org.kbsite.incremental.Hasher;

/**
 * An output stream into a file that hashes what it writes, for files too large to hold: a buffer
 * that hashes and writes what it holds when full. Not a BufferedOutputStream: its methods are
 * synchronized, and DataOutputStream calls them for every byte of a varint and an int; tens of
 * millions of times for the search state.
 */
final class HashingOutput extends OutputStream {
  private final FileChannel channel;
  private final Hasher hasher = new Hasher();
  /** For a file that ends with the CRC-32 of its other bytes, else null. */
  private final CRC32 crc;
  private final byte[] buf = new byte[1 << 16];
  private int count;
  private Hash hash;

  private HashingOutput(FileChannel channel, boolean checked) {
    this.channel = channel;
    this.crc = checked ? new CRC32() : null;
  }

  /** Writes a file's bytes into a stream. */
  interface Body {
    void write(OutputStream out) throws IOException;
  }

  /** Writes what {@code body} writes into the channel; returns the hash of those bytes. The caller closes the channel. */
  static Hash write(FileChannel channel, Body body) throws IOException {
    HashingOutput out = new HashingOutput(channel, false);
    body.write(out);
    out.flush();
    return out.hash();
  }

  /**
   * Like {@link #write}, then appends the CRC-32 of those bytes (four bytes, big-endian), so that a
   * reader can tell a damaged file from a good one ({@link StateCodec#decode}); returns the hash
   * of all the file's bytes, the CRC's included.
   */
  static Hash writeChecked(FileChannel channel, Body body) throws IOException {
    HashingOutput out = new HashingOutput(channel, true);
    body.write(out);
    out.flush();
    out.write(ByteBuffer.allocate(Integer.BYTES).putInt((int) out.crc.getValue()).array());
    out.flush();
    return out.hash();
  }

  @Override
  public void write(int b) throws IOException {
    if (count == buf.length) {
      drain();
    }
    buf[count++] = (byte) b;
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    if (len > buf.length - count) {
      drain();
      if (len > buf.length) {
        hasher.bytes(b, off, len);
        if (crc != null) {
          crc.update(b, off, len);
        }
        writeAll(ByteBuffer.wrap(b, off, len));
        return;
      }
    }
    System.arraycopy(b, off, buf, count, len);
    count += len;
  }

  @Override
  public void flush() throws IOException {
    drain();
  }

  private void drain() throws IOException {
    hasher.bytes(buf, 0, count);
    if (crc != null) {
      crc.update(buf, 0, count);
    }
    writeAll(ByteBuffer.wrap(buf, 0, count));
    count = 0;
  }

  private void writeAll(ByteBuffer b) throws IOException {
    while (b.hasRemaining()) {
      channel.write(b);
    }
  }

  /** The hash of every byte written; once flushed. */
  Hash hash() {
    if (hash == null) {
      hash = hasher.done();
    }
    return hash;
  }
}
