package org.kbsite.render;

import java.util.List;
import java.util.Locale;
import org.kbsite.text.Spaces;

/**
 * The older header some articles keep between the header and the "applies to" box: their
 * versions, platform and keywords, unlabelled, one to a line, in columns where there are two
 * platforms ({@code 3.00 3.10 4.00 | 3.50 3.51} over {@code WINDOWS        | WINDOWS NT} over
 * {@code kbgraphic}; 88 of the sample's 91 preambles). The page shows it as a header field of
 * its own rather than as an unlabelled block of text.
 */
final class OlderHeader {
  private OlderHeader() {}

  /** A field's lines, as long as the archive's lines are. */
  private static final int MAX_WIDTH = 80;
  /** Versions, platforms and keywords: more lines are text. */
  private static final int MAX_LINES = 4;

  /**
   * The older header's lines, runs of spaces made one; null when {@code preBox} is other text (a
   * beta notice, a sentence: anything with a comma or a full stop between words), or when its last
   * line names no keyword ({@code kb...}).
   */
  static List<String> of(List<String> preBox) {
    List<String> lines = preBox.stream().filter(l -> !l.isBlank()).map(l -> Spaces.collapse(l.strip())).toList();
    if (lines.isEmpty() || lines.size() > MAX_LINES
        || lines.stream().anyMatch(l -> l.length() > MAX_WIDTH || l.contains(". ") || l.contains(","))) {
      return null;
    }
    for (String word : lines.get(lines.size() - 1).split(" ")) {
      if (word.toLowerCase(Locale.ROOT).startsWith("kb")) {
        return lines;
      }
    }
    return null;
  }
}
