package org.kbsite.extract;

/** Small predicates on text lines shared by the extractors. */
final class Lines {
  private Lines() {}

  /** A line made only of {@code c}, at least {@code min} long, ignoring surrounding spaces. */
  static boolean isRule(String line, char c, int min) {
    String s = line.strip();
    if (s.length() < min) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) != c) {
        return false;
      }
    }
    return true;
  }

  static int indent(String line) {
    int i = 0;
    while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
      i++;
    }
    return i;
  }
}
