package org.kbsite.incremental;

import java.util.HexFormat;

/** 128 bits of a SHA-256 digest: what identifies a file's bytes or the inputs of an output. */
public record Hash(long hi, long lo) {
  // Written out, with the values a record's would give: the generated ones go through a method
  // handle, which costs more than the comparison in a rebuild that compares hundreds of thousands.
  @Override
  public boolean equals(Object o) {
    return o instanceof Hash h && h.hi == hi && h.lo == lo;
  }

  @Override
  public int hashCode() {
    return 31 * Long.hashCode(hi) + Long.hashCode(lo);
  }

  @Override
  public String toString() {
    return HexFormat.of().toHexDigits(hi) + HexFormat.of().toHexDigits(lo);
  }
}
