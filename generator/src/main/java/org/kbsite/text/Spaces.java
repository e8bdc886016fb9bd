package org.kbsite.text;

/**
 * Whitespace as Java's regular expressions mean {@code \s}: space, tab, line feed, line
 * tabulation, form feed and carriage return. A scan instead of {@code replaceAll("\\s+", ...)},
 * which ran over every article's text several times in a build (3% of its CPU in the search text
 * alone) and, as {@code String.replaceAll}, compiled its pattern on every call.
 */
public final class Spaces {
  private Spaces() {}

  /** True for the characters of {@code \s}. */
  private static boolean isSpace(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
  }

  /** {@code s} with each run of whitespace made one space: {@code s.replaceAll("\\s+", " ")}. */
  public static String collapse(String s) {
    int n = s.length();
    int i = 0;
    // Most text has single plain spaces only: then it is returned as it is.
    while (i < n) {
      char c = s.charAt(i);
      if (isSpace(c) && (c != ' ' || (i + 1 < n && isSpace(s.charAt(i + 1))))) {
        break;
      }
      i++;
    }
    return i == n ? s : replaceRuns(s, i, " ");
  }

  /** {@code s} without whitespace: {@code s.replaceAll("\\s+", "")}. */
  public static String remove(String s) {
    int n = s.length();
    int i = 0;
    while (i < n && !isSpace(s.charAt(i))) {
      i++;
    }
    return i == n ? s : replaceRuns(s, i, "");
  }

  /** True when {@code s} is made of whitespace and {@code chars} only. */
  public static boolean onlySpaceAnd(String s, String chars) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!isSpace(c) && chars.indexOf(c) < 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * {@code s} with each run of whitespace from {@code from} on replaced by {@code with};
   * {@code from} is where a run starts. The words between runs are copied whole.
   */
  private static String replaceRuns(String s, int from, String with) {
    int n = s.length();
    StringBuilder sb = new StringBuilder(n).append(s, 0, from);
    int i = from;
    while (i < n) {
      while (i < n && isSpace(s.charAt(i))) {
        i++;
      }
      sb.append(with);
      int word = i;
      while (i < n && !isSpace(s.charAt(i))) {
        i++;
      }
      sb.append(s, word, i);
    }
    return sb.toString();
  }
}
