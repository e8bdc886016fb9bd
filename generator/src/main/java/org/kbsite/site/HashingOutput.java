package org.kbsite.site;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
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
  private final byte[] buf = new byte[1 << 16];
  private int count;
  private Hash hash;

  private HashingOutput(FileChannel channel) {
    this.channel = channel;
  }

  /** Writes a file's bytes into a stream. */
  interface Body {
    void write(OutputStream out) throws IOException;
  }

  /** Writes what {@code body} writes into the channel; returns the hash of those bytes. The caller closes the channel. */
  static Hash write(FileChannel channel, Body body) throws IOException {
    HashingOutput out = new HashingOutput(channel);
    body.write(out);
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
