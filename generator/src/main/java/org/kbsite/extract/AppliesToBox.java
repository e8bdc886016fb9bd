package org.kbsite.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.kbsite.model.AppliesTo;

/**
 * The "The information in this article applies to:" box, framed by dash rules. {@code start} and
 * {@code end} are raw-line indexes (end exclusive, closing rule included).
 */
record AppliesToBox(String intro, List<AppliesTo> items, int start, int end) {
  private static final String INTRO = "applies to:";

  /** How far after the header the box may start: a few pages have stray lines before it. */
  private static final int SEARCH_LINES = 12;

  /** Looks for the box in the first lines after the header; null when the article has none. */
  static AppliesToBox find(List<String> raw, int from) {
    int limit = Math.min(raw.size() - 1, from + SEARCH_LINES);
    for (int i = from; i < limit; i++) {
      if (Lines.isRule(raw.get(i), '-', 20)
          && raw.get(i + 1).strip().toLowerCase(Locale.ROOT).endsWith(INTRO)) {
        return readFrom(raw, i);
      }
    }
    return null;
  }

  private static AppliesToBox readFrom(List<String> raw, int rule) {
    List<AppliesTo> items = new ArrayList<>();
    List<Integer> indents = new ArrayList<>();
    int i = rule + 2;
    for (; i < raw.size(); i++) {
      String line = raw.get(i);
      if (Lines.isRule(line, '-', 20)) {
        return new AppliesToBox(raw.get(rule + 1).strip(), items, rule, i + 1);
      }
      if (line.isBlank()) {
        continue;
      }
      int indent = Lines.indent(line);
      String text = line.strip();
      if (text.startsWith("- ") || text.equals("-")) {
        items.add(new AppliesTo(text.substring(1).strip(), indent / 3));
        indents.add(indent);
      } else if (!items.isEmpty() && indent >= indents.get(indents.size() - 1) + 2) {
        // A bullet wrapped onto the next line.
        AppliesTo last = items.remove(items.size() - 1);
        items.add(new AppliesTo(last.text() + " " + text, last.depth()));
      } else {
        items.add(new AppliesTo(text, indent / 3));
        indents.add(indent);
      }
    }
    // No closing rule: not a box after all.
    return null;
  }
}
