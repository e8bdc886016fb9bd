package org.kbsite.render;

import java.util.Locale;
import java.util.Set;

/** Stable ids for headings and slugs for index pages. */
public final class Anchors {
  private Anchors() {}

  /** Lower-case letters and digits joined by single dashes; {@code "x"} when none. */
  public static String slug(String text) {
    StringBuilder sb = new StringBuilder();
    boolean dash = false;
    for (char c : text.toLowerCase(Locale.ROOT).toCharArray()) {
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        if (dash && sb.length() > 0) {
          sb.append('-');
        }
        sb.append(c);
        dash = false;
      } else {
        dash = true;
      }
    }
    return sb.length() == 0 ? "x" : sb.toString();
  }

  /** {@code base}, or {@code base-2}, {@code base-3} ... when taken; records the result in {@code used}. */
  public static String unique(String base, Set<String> used) {
    String id = base;
    for (int n = 2; used.contains(id); n++) {
      id = base + "-" + n;
    }
    used.add(id);
    return id;
  }
}
