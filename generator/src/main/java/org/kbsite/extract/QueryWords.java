package org.kbsite.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The "Additional query words:" line(s). {@code tailStart} is where the closing block of query
 * words begins (the article text ends there); it equals the body end when the words are absent or
 * followed by more text.
 */
record QueryWords(String value, int tailStart) {
  private static final String LABEL = "additional query words:";

  /** {@code value} is null when the line is absent and empty when it has no words. */
  static QueryWords find(List<String> raw, int from, int to) {
    List<String> parts = new ArrayList<>();
    boolean present = false;
    int tailStart = to;
    for (int i = from; i < to; i++) {
      String line = raw.get(i);
      if (!line.strip().toLowerCase(Locale.ROOT).startsWith(LABEL)) {
        continue;
      }
      int start = i;
      present = true;
      StringBuilder value = new StringBuilder(line.strip().substring(LABEL.length()).strip());
      while (i + 1 < to && !raw.get(i + 1).isBlank() && !Lines.isRule(raw.get(i + 1), '=', 3)
          && !raw.get(i + 1).strip().toLowerCase(Locale.ROOT).startsWith(LABEL)) {
        i++;
        value.append(' ').append(raw.get(i).strip());
      }
      String v = value.toString().strip();
      if (!v.isEmpty()) {
        parts.add(v);
      }
      if (onlyBlankOrRuleOrLabel(raw, i + 1, to) && tailStart == to) {
        tailStart = start;
      }
    }
    return new QueryWords(present ? String.join(" ", parts) : null, tailStart);
  }

  /** True when the lines are blank, {@code =} rules, or more query-word lines. */
  private static boolean onlyBlankOrRuleOrLabel(List<String> raw, int from, int to) {
    for (int i = from; i < to; i++) {
      String s = raw.get(i).strip();
      if (!s.isEmpty() && !Lines.isRule(s, '=', 3) && !s.toLowerCase(Locale.ROOT).startsWith(LABEL)) {
        return false;
      }
    }
    return true;
  }
}
