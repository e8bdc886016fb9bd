package org.kbsite.search;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Packs the terms, in sorted order, into shard files of about {@link #TARGET_BYTES} each so that
 * one term costs one small download; a term whose postings alone exceed that gets a shard of its
 * own. The first term of every shard goes into the manifest, where search.js finds a term's shard
 * by binary search.
 *
 * <p>Shard format (all integers unsigned LEB128 varints): the term count, then per term its UTF-8
 * length and bytes, its document frequency, its encoding (0 = gaps, 1 = bitmap) and the byte
 * length of its postings block; then the blocks in the same order. A gaps block is the doc
 * numbers as differences (the first one as is), a bitmap block is one bit per doc number
 * (ceil(docs / 8) bytes, lowest bit first), whichever is smaller; either is followed by one
 * impact byte per posting (see {@link Impact}).
 */
final class TermShards {
  static final int TARGET_BYTES = 12 * 1024;

  private final int docCount;
  private final BiConsumer<String, byte[]> sink;
  private final List<String> firstTerms = new ArrayList<>();
  private final ByteArrayOutputStream dict = new ByteArrayOutputStream();
  private final ByteArrayOutputStream blocks = new ByteArrayOutputStream();
  private int termsInShard;
  private String firstInShard;
  private long bytes;

  TermShards(int docCount, BiConsumer<String, byte[]> sink) {
    this.docCount = docCount;
    this.sink = sink;
  }

  /** Adds the next term in sorted order with its doc numbers (ascending) and impacts. */
  void add(String term, int[] docs, byte[] impacts, int df) {
    byte[] block = encode(docs, impacts, df);
    byte[] name = term.getBytes(StandardCharsets.UTF_8);
    int entry = name.length + block.length + 12;
    if (termsInShard > 0 && dict.size() + blocks.size() + entry > TARGET_BYTES) {
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

  /** Writes the last shard; returns the first term of every shard, in order. */
  List<String> finish() {
    if (termsInShard > 0) {
      flush();
    }
    return firstTerms;
  }

  long bytes() {
    return bytes;
  }

  private void flush() {
    ByteArrayOutputStream file = new ByteArrayOutputStream(dict.size() + blocks.size() + 4);
    varint(file, termsInShard);
    file.writeBytes(dict.toByteArray());
    file.writeBytes(blocks.toByteArray());
    byte[] data = file.toByteArray();
    sink.accept("search/t/" + firstTerms.size() + ".bin", data);
    bytes += data.length;
    firstTerms.add(firstInShard);
    dict.reset();
    blocks.reset();
    termsInShard = 0;
  }

  /** The encoding byte, then the block. */
  private byte[] encode(int[] docs, byte[] impacts, int df) {
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
