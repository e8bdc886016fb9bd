package org.kbsite.render;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Locale;
import java.util.Set;

/** Stable ids for headings and slugs for index pages. */
public final class Anchors {
  private Anchors() {}

  /**
   * Lower-case letters and digits joined by single dashes; {@code "x"} when none. An apostrophe
   * joins rather than separates ({@code Programmer's Library} gives {@code programmers-library}).
   */
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
      } else if (c != '\'' && c != '\u2019') {
        dash = true;
      }
    }
    return sb.length() == 0 ? "x" : sb.toString();
  }

  /**
   * Hands out ids unique within one page or index: {@code base}, then {@code base-2},
   * {@code base-3} ... In constant time per id, because a hostile page can have a million
   * headings, all alike.
   */
  public static final class Unique {
    private final Set<String> used = new HashSet<>();
    private final Map<String, Integer> next = new HashMap<>();

    public Unique() {}

    /** Ids that are taken from the start, such as the page's own parts. */
    public Unique(Collection<String> reserved) {
      used.addAll(reserved);
    }

    public String of(String base) {
      String id = base;
      int n = next.getOrDefault(base, 2);
      while (!used.add(id)) {
        id = base + "-" + n++;
      }
      next.put(base, n);
      return id;
    }
  }
}
