package org.kbsite.search;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Packs the terms, in sorted order, into shard files of about 12 kB each so that one term costs
 * one small download; a term whose postings alone exceed {@link #MAX_BYTES} gets a shard of its
 * own. The first term of every shard goes into the manifest, where search-index.js finds a term's shard
 * by binary search.
 *
 * <p>Where a shard ends is decided by the terms, not by how full it is ({@link #cutBefore}):
 * packed as full as they go, one new term overflowed a shard into the next, and that one into
 * the next, so that one word edited made half of a small index's shards again. With cuts at
 * terms chosen by a hash, an edit changes its own shard, and an overflow past {@link #MAX_BYTES}
 * stops at the next such term.
 *
 * <p>Shard format (all integers unsigned LEB128 varints): the term count, then per term its UTF-8
 * length and bytes, its document frequency, its encoding (0 = gaps, 1 = bitmap) and the byte
 * length of its postings block; then the blocks in the same order. A gaps block is the doc
 * numbers as differences (the first one as is), a bitmap block is one bit per doc number
 * (ceil(docs / 8) bytes, lowest bit first), whichever is smaller; either is followed by one
 * impact byte per posting (see {@link Impact}).
 */
final class TermShards {
  /** A shard smaller than this is not cut. */
  static final int MIN_BYTES = 6 * 1024;
  /** Past {@link #MIN_BYTES}, a shard is cut after this many bytes more, on average. */
  static final int CUT_SPACING = 6 * 1024;
  /** A shard is cut before a term that would take it past this. */
  static final int MAX_BYTES = 18 * 1024;

  private final int docCount;
  private final BiConsumer<String, byte[]> sink;
  private final List<String> firstTerms = new ArrayList<>();
  private final ByteArrayOutputStream dict = new ByteArrayOutputStream();
  private final ByteArrayOutputStream blocks = new ByteArrayOutputStream();
  private int termsInShard;
  private String firstInShard;

  TermShards(int docCount, BiConsumer<String, byte[]> sink) {
    this.docCount = docCount;
    this.sink = sink;
  }

  /** Adds the next term in sorted order with its doc numbers (ascending) and impacts. */
  void add(String term, int[] docs, byte[] impacts, int df) {
    add(term, df, encode(docs, impacts, df));
  }

  /** Adds the next term in sorted order with its block: the encoding byte, then the postings. */
  void add(String term, int df, byte[] block) {
    byte[] name = term.getBytes(StandardCharsets.UTF_8);
    if (!fits(term, entryBytes(name.length, block.length))) {
      flush();
    }
    if (termsInShard == 0) {
      firstInShard = term;
    }
    varint(dict, name.length);
    dict.writeBytes(name);
    varint(dict, df);
    varint(dict, block[0]);
    varint(dict, block.length - 1);
    blocks.write(block, 1, block.length - 1);
    termsInShard++;
  }

  /** What a term takes in a shard, as far as packing goes. */
  static int entryBytes(int nameBytes, int blockBytes) {
    return nameBytes + blockBytes + 12;
  }

  /** True when {@code term}, of {@code entry} bytes, would go into the shard being filled. */
  boolean fits(String term, int entry) {
    int size = dict.size() + blocks.size();
    return termsInShard == 0 || size + entry <= MAX_BYTES && !(size >= MIN_BYTES && cutBefore(term, entry));
  }

  /**
   * True when a shard of {@link #MIN_BYTES} or more ends before {@code term}: with a chance of
   * {@code entry} in {@link #CUT_SPACING}, by a hash of the term, so that a cut comes after about
   * that many bytes whatever the terms' sizes, and always at the same terms.
   */
  static boolean cutBefore(String term, int entry) {
    int h = term.hashCode() * 0x9E3779B1;
    h ^= h >>> 16;
    h *= 0x85EBCA6B;
    h ^= h >>> 13;
    return (h & 0xFFFFFFFFL) * CUT_SPACING < (long) entry << 32;
  }

  /** True when no term waits in the shard being filled. */
  boolean empty() {
    return termsInShard == 0;
  }

  /** The shards written or kept so far. */
  int count() {
    return firstTerms.size();
  }

  /** Writes the shard being filled, as when the next term does not fit. */
  void cut() {
    if (termsInShard > 0) {
      flush();
    }
  }

  /**
   * Takes an earlier build's shard as it is, as the next one, when no term waits: its first term
   * is {@code first}, and {@code keep} is given its path.
   */
  void keep(String first, java.util.function.Consumer<String> keep) {
    if (termsInShard > 0) {
      throw new IllegalStateException("a shard kept while another is being filled");
    }
    keep.accept(path(firstTerms.size()));
    firstTerms.add(first);
  }

  static String path(int shard) {
    return "search/t/" + shard + ".bin";
  }

  /** Writes the last shard; returns the first term of every shard, in order. */
  List<String> finish() {
    if (termsInShard > 0) {
      flush();
    }
    return firstTerms;
  }

  private void flush() {
    ByteArrayOutputStream file = new ByteArrayOutputStream(dict.size() + blocks.size() + 4);
    varint(file, termsInShard);
    file.writeBytes(dict.toByteArray());
    file.writeBytes(blocks.toByteArray());
    byte[] data = file.toByteArray();
    sink.accept(path(firstTerms.size()), data);
    firstTerms.add(firstInShard);
    dict.reset();
    blocks.reset();
    termsInShard = 0;
  }

  /** The encoding byte, then the block. */
  byte[] encode(int[] docs, byte[] impacts, int df) {
    ByteArrayOutputStream gaps = new ByteArrayOutputStream(df * 2 + 1);
    gaps.write(0);
    int prev = 0;
    for (int i = 0; i < df; i++) {
      varint(gaps, docs[i] - prev);
      prev = docs[i];
    }
    int bitmapBytes = (docCount + 7) / 8;
    ByteArrayOutputStream out;
    if (gaps.size() - 1 <= bitmapBytes) {
      out = gaps;
    } else {
      byte[] bits = new byte[bitmapBytes];
      for (int i = 0; i < df; i++) {
        bits[docs[i] >>> 3] |= (byte) (1 << (docs[i] & 7));
      }
      out = new ByteArrayOutputStream(bitmapBytes + df + 1);
      out.write(1);
      out.writeBytes(bits);
    }
    out.write(impacts, 0, df);
    return out.toByteArray();
  }

  static void varint(ByteArrayOutputStream out, int value) {
    int v = value;
    while ((v & ~0x7F) != 0) {
      out.write((v & 0x7F) | 0x80);
      v >>>= 7;
    }
    out.write(v);
  }
}
