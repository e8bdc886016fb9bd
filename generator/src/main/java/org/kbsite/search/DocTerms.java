package org.kbsite.search;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.function.IntBinaryOperator;

/**
 * What {@link SearchIndexWriter#add} keeps of an article: its term IDs (ascending) with, per
 * term, its flags and text count, packed as varints of the ID gap and the value. Packed, because
 * at a million articles these lists are the largest thing a build holds: about 2.5 bytes a term
 * instead of 8.
 */
public record DocTerms(byte[] packed, int count, int length) {
  static DocTerms pack(int[] ids, int[] values, int length) {
    long[] pairs = new long[ids.length];
    for (int i = 0; i < ids.length; i++) {
      pairs[i] = pair(ids[i], values[i]);
    }
    return pack(pairs, length);
  }

  private static long pair(int id, int value) {
    return ((long) id << 32) | (value & 0xFFFFFFFFL);
  }

  /** The (term ID, value) pairs, in any order, packed. */
  private static DocTerms pack(long[] pairs, int length) {
    Arrays.sort(pairs);
    ByteArrayOutputStream out = new ByteArrayOutputStream(pairs.length * 3);
    int previous = 0;
    for (long pair : pairs) {
      int id = (int) (pair >>> 32);
      TermShards.varint(out, id - previous);
      TermShards.varint(out, (int) pair);
      previous = id;
    }
    return new DocTerms(out.toByteArray(), pairs.length, length);
  }

  /** These terms with each ID {@code i} replaced by {@code newIds[i]}. */
  DocTerms renumbered(int[] newIds) {
    long[] pairs = new long[count];
    int[] pos = {0};
    int id = 0;
    for (int i = 0; i < count; i++) {
      id += readVarint(pos);
      pairs[i] = pair(newIds[id], readVarint(pos));
    }
    return pack(pairs, length);
  }

  /** Calls {@code visit} with (term ID, value) for every term, in ascending ID order. */
  void forEach(IntBinaryOperator visit) {
    int[] pos = {0};
    int id = 0;
    for (int i = 0; i < count; i++) {
      id += readVarint(pos);
      visit.applyAsInt(id, readVarint(pos));
    }
  }

  private int readVarint(int[] pos) {
    int value = 0;
    for (int shift = 0; ; shift += 7) {
      byte b = packed[pos[0]++];
      value |= (b & 0x7F) << shift;
      if (b >= 0) {
        return value;
      }
    }
  }
}
