package org.kbsite.search;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A term shard read back ({@link TermShards} gives the format): its terms with their blocks,
 * and a block's postings. A rebuild makes the shards a changed article touches again from the
 * published ones. A shard that does not read back throws {@link IllegalArgumentException}.
 */
final class ShardFile {
  private ShardFile() {}

  /** A term and its block: the encoding byte, then the postings. */
  record Entry(String term, int df, byte[] block) {
    int bytes() {
      return TermShards.entryBytes(term.getBytes(StandardCharsets.UTF_8).length, block.length);
    }
  }

  /** A term's postings: doc numbers, ascending, and their impacts. */
  record Postings(int[] docs, byte[] impacts) {}

  private static final class Reader {
    private final byte[] bytes;
    private int at;

    Reader(byte[] bytes) {
      this.bytes = bytes;
    }

    int varint() {
      int value = 0;
      for (int shift = 0; shift < 35; shift += 7) {
        if (at >= bytes.length) {
          throw new IllegalArgumentException("shard cut short");
        }
        byte b = bytes[at++];
        value |= (b & 0x7F) << shift;
        if (b >= 0) {
          return value;
        }
      }
      throw new IllegalArgumentException("bad varint in a shard");
    }

    byte[] take(int n) {
      if (n < 0 || n > bytes.length - at) {
        throw new IllegalArgumentException("shard cut short");
      }
      byte[] out = Arrays.copyOfRange(bytes, at, at + n);
      at += n;
      return out;
    }
  }

  /** Every entry of a shard, in order. */
  static List<Entry> entries(byte[] shard) {
    return read(shard, Integer.MAX_VALUE);
  }

  /** The first entry of a shard. */
  static Entry first(byte[] shard) {
    List<Entry> one = read(shard, 1);
    if (one.isEmpty()) {
      throw new IllegalArgumentException("empty shard");
    }
    return one.get(0);
  }

  private static List<Entry> read(byte[] shard, int most) {
    Reader in = new Reader(shard);
    int n = in.varint();
    if (n < 0 || n > shard.length) {
      throw new IllegalArgumentException("bad term count " + n);
    }
    String[] terms = new String[n];
    int[] dfs = new int[n];
    int[] encodings = new int[n];
    int[] lengths = new int[n];
    for (int i = 0; i < n; i++) {
      terms[i] = new String(in.take(in.varint()), StandardCharsets.UTF_8);
      dfs[i] = in.varint();
      encodings[i] = in.varint();
      lengths[i] = in.varint();
    }
    List<Entry> out = new ArrayList<>(Math.min(n, most));
    for (int i = 0; i < n && i < most; i++) {
      byte[] block = new byte[lengths[i] + 1];
      block[0] = (byte) encodings[i];
      System.arraycopy(in.take(lengths[i]), 0, block, 1, lengths[i]);
      out.add(new Entry(terms[i], dfs[i], block));
    }
    if (most == Integer.MAX_VALUE && in.at != shard.length) {
      throw new IllegalArgumentException("bytes left over in a shard");
    }
    return out;
  }

  /** The postings of an entry in an index of {@code docCount} docs. */
  static Postings postings(Entry e, int docCount) {
    Reader in = new Reader(e.block());
    in.at = 1;
    if (e.df() < 0 || e.df() > docCount) {
      throw new IllegalArgumentException("bad doc count " + e.df() + " for " + e.term());
    }
    int[] docs = new int[e.df()];
    if (e.block()[0] == 0) {
      int doc = 0;
      for (int i = 0; i < docs.length; i++) {
        doc += in.varint();
        docs[i] = doc;
      }
    } else if (e.block()[0] == 1) {
      byte[] bits = in.take((docCount + 7) / 8);
      int i = 0;
      for (int doc = 0; doc < docCount && i < docs.length; doc++) {
        if ((bits[doc >>> 3] & (1 << (doc & 7))) != 0) {
          docs[i++] = doc;
        }
      }
      if (i != docs.length) {
        throw new IllegalArgumentException("bitmap of " + e.term() + " holds fewer docs than its count");
      }
    } else {
      throw new IllegalArgumentException("unknown encoding " + e.block()[0]);
    }
    byte[] impacts = in.take(docs.length);
    if (in.at != e.block().length) {
      throw new IllegalArgumentException("bytes left over in the block of " + e.term());
    }
    return new Postings(docs, impacts);
  }
}
