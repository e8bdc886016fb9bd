package org.kbsite.incremental;

import java.util.HexFormat;

/** 128 bits of a SHA-256 digest: what identifies a file's bytes or the inputs of an output. */
public record Hash(long hi, long lo) {
  @Override
  public String toString() {
    return HexFormat.of().toHexDigits(hi) + HexFormat.of().toHexDigits(lo);
  }
}
