package org.kbsite.search;

/**
 * What one posting says about how a term occurs in an article, in one byte: bit 7 in the title,
 * bit 6 in the editors' tags (title tags, keywords, query words), bits 0-5 its weight in the
 * text, BM25's term-frequency part (k1 1.2, b 0.75) scaled to 1..63, or 0 when absent from the
 * text. search-rank.js multiplies each part by the term's idf and adds title 3, tags 1.5, text 1, so
 * that title and tag matches rank first.
 */
final class Impact {
  static final int TITLE = 0x80;
  static final int TAG = 0x40;
  private static final double K1 = 1.2;
  private static final double B = 0.75;

  private Impact() {}

  static byte of(int flags, int tf, int docLength, double averageLength) {
    int text = 0;
    if (tf > 0) {
      double norm = K1 * (1 - B + B * docLength / averageLength);
      double weight = tf * (K1 + 1) / (tf + norm);
      text = (int) Math.max(1, Math.min(63, Math.round(weight / (K1 + 1) * 63)));
    }
    return (byte) (flags | text);
  }
}
