package org.kbsite.render;

import static org.kbsite.render.TextBlocks.LOWER_WORD;
import static org.kbsite.render.TextBlocks.MARKER;
import static org.kbsite.render.TextBlocks.indent;
import static org.kbsite.render.TextBlocks.isRule;
import static org.kbsite.render.TextBlocks.shaped;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kbsite.render.TextBlocks.Chunk;

/**
 * Which lines of an article's text are a sub-heading: a line over a rule of dashes as long as it
 * (or wrapped onto two; boxed by a rule above as well), and a readme's numbered heading alone
 * between blank lines ({@code 3.0  Connectors}).
 */
final class SubHeadings {
  /** A heading's number and the gap after it: {@code 9.14   }. */
  private static final Pattern SECTION_NUMBER = Pattern.compile("^\\d+(?:\\.\\d+)*\\.?\\s+");
  /**
   * A numbered heading of a readme, alone between blank lines: {@code 3.0  Connectors},
   * {@code 2.6.11  Delivery Restrictions ...}, {@code 1.2 Incompatible Hard Disk or Device Driver:},
   * {@code 6.2 3+Share:}. A number with a point inside it, so that a step ({@code 1. Click Start})
   * is none; its text not in lower case, so that a sentence ({@code 4.0 and 5.0 both ...}) is none,
   * and with a word in it, so that a line of versions ({@code 3.00 3.00a}) is none.
   */
  private static final Pattern NUMBERED_HEADING =
      Pattern.compile("^(\\d+\\.\\d+(?:\\.\\d+)*)\\.?\\s+(?=.*\\p{L}{3})(?:[^\\p{Ll}\\s]|\\p{Ll}+\\S*?\\p{Lu}).*[^,;]$");
  /** A line of a numbered heading wrapped back to the margin: short, and no sentence's end. */
  private static final int MARGIN_WRAP_CHARS = 40;
  /** Longer than a heading's line: a sentence. */
  private static final int HEADING_CHARS = 80;
  /** The most lines a numbered heading wraps onto (Q113641's 1.9). */
  private static final int HEADING_LINES = 3;
  /** How many dashes an underline may be off the length of its text. */
  private static final int UNDERLINE_SLACK = 3;

  private SubHeadings() {}

  /** {@code s} without the section number it starts with, if any. */
  static String withoutSectionNumber(String s) {
    Matcher m = SECTION_NUMBER.matcher(s);
    return m.lookingAt() ? s.substring(m.end()) : s;
  }

  /**
   * True when {@code text}, at the start of a chunk, is a sub-heading over {@code rule}: dashes at
   * its indent, as long as the text or up to {@link #UNDERLINE_SLACK} shorter or longer (typed by
   * hand: "MS-DOS Screen Savers" over 21 dashes), except under a list item, which a rule closes.
   */
  static boolean isUnderlined(String text, String rule) {
    String t = text.stripTrailing();
    String r = rule.stripTrailing();
    int indent = indent(t);
    return !t.isBlank()
        && (r.length() == t.length()
            || Math.abs(r.length() - t.length()) <= UNDERLINE_SLACK && !MARKER.matcher(t).lookingAt())
        && dashesAt(r, indent)
        && !t.substring(indent).chars().allMatch(c -> c == '-')
        && !tableRow(t);
  }

  /** True when {@code line} is dashes only from {@code indent} on, and set in that far. */
  private static boolean dashesAt(String line, int indent) {
    return indent(line) == indent && line.substring(indent).chars().allMatch(c -> c == '-');
  }

  /**
   * True when {@code line} is a table's row, a table's header over its rule ({@code Date      Time
   * Size}) rather than a heading: columns, or a {@code |}. A numbered heading's gap after its
   * number ({@code 9.14   Video Seven}) is no column.
   */
  private static boolean tableRow(String line) {
    return shaped(withoutSectionNumber(line.strip())) || line.indexOf('|') >= 0;
  }

  /**
   * How many lines of text the dash-underlined sub-heading that starts {@code chunk} has: 1 for a
   * line over its rule ({@link #isUnderlined}), 2 for a heading that wrapped before it (Q86357's
   * {@code 9.1  Installing Display Adapters by Following the Manufacturer's} / {@code Instructions},
   * the rule as long as its first line; Q139508's, as long as both), 0 for none.
   */
  static int headingLines(List<String> chunk) {
    if (chunk.size() < 2) {
      return 0;
    }
    if (isUnderlined(chunk.get(0), chunk.get(1))) {
      return 1;
    }
    // Q198295's "Framing Bar" / "Checksum" over two rules labels a drawing.
    return chunk.size() >= 3 && isWrappedHeading(chunk.get(0), chunk.get(1), chunk.get(2))
        && !(chunk.size() > 3 && isRule(chunk.get(3))) ? 2 : 0;
  }

  /**
   * True when {@code first} and {@code second}, at one indent, are a heading's two lines over
   * {@code rule}: dashes as long as the first line or as both, give or take {@link #UNDERLINE_SLACK};
   * the second not ending as a sentence's part does ({@code .}, {@code ,}, {@code ;}).
   */
  private static boolean isWrappedHeading(String first, String second, String rule) {
    String a = first.stripTrailing();
    String b = second.strip();
    String r = rule.stripTrailing();
    int indent = indent(a);
    // The rule first: most chunks have none in their third line.
    if (r.length() - indent < 3 || !dashesAt(r, indent) || b.isEmpty() || indent(second) != indent
        || a.length() > HEADING_CHARS || second.length() > HEADING_CHARS || ".,;".indexOf(b.charAt(b.length() - 1)) >= 0
        || MARKER.matcher(a).lookingAt()) {
      return false;
    }
    int joined = a.length() + 1 + b.length();
    return (Math.abs(r.length() - a.length()) <= UNDERLINE_SLACK || Math.abs(r.length() - joined) <= UNDERLINE_SLACK)
        && !isRule(a) && !tableRow(a) && !tableRow(b);
  }

  /**
   * A heading boxed by a rule of dashes above it as well as under it, the two as long
   * ({@code -------------} / {@code 2. MEMORY USE} / {@code -------------}: Q121035, Q191013): the
   * rule above only draws the box.
   */
  static boolean boxedHeading(List<String> chunk) {
    if (chunk.size() < 3 || !isUnderlined(chunk.get(1), chunk.get(2))) {
      return false;
    }
    String above = chunk.get(0).stripTrailing();
    return dashesAt(above, indent(chunk.get(1))) && above.length() == chunk.get(2).stripTrailing().length();
  }

  /**
   * The number of a {@link #NUMBERED_HEADING} on its own, or wrapped onto lines set in under its
   * text (Q156063's 1.3); null for any other chunk. An underlined heading's number counts too.
   */
  private static String headingNumber(List<String> chunk) {
    String first = chunk.get(0);
    // Most chunks are not: a look at the first character before the regex.
    if (chunk.size() > HEADING_LINES || first.length() > HEADING_CHARS || first.isEmpty() || !Character.isDigit(first.charAt(0))) {
      return null;
    }
    Matcher m = NUMBERED_HEADING.matcher(first.stripTrailing());
    if (!m.matches()) {
      return null;
    }
    boolean underlined = headingLines(chunk) > 0;
    for (String line : chunk.subList(1, chunk.size())) {
      if (!underlined && (indent(line) < 3 && !wrappedToTheMargin(chunk) || line.length() > HEADING_CHARS)) {
        return null;
      }
    }
    return m.group(1);
  }

  /**
   * True when a numbered heading of two lines wrapped back to the margin (Q156063's {@code 2.1.4
   * Selecting Which Microsoft Exchange Active Server Components} over {@code Templates to Use}):
   * a short second line with no number of its own, no full stop, and a title's capitals, words of
   * four letters or more starting in upper case, which a paragraph's sentence does not have.
   */
  private static boolean wrappedToTheMargin(List<String> chunk) {
    if (chunk.size() != 2 || chunk.get(1).strip().length() > MARGIN_WRAP_CHARS
        || SECTION_NUMBER.matcher(chunk.get(1).strip()).lookingAt()) {
      // Two numbered lines are two entries of a table of contents (Q111743's 7.0 and 7.1).
      return false;
    }
    String text = chunk.get(0).strip() + " " + chunk.get(1).strip();
    return !text.endsWith(".") && !LOWER_WORD.matcher(SECTION_NUMBER.matcher(text).replaceFirst("")).find();
  }

  /**
   * Which chunks are numbered headings that are not underlined: of the chunks that head one
   * number, only the last, since one headed again further on is an entry of a table of contents
   * (Q111743's).
   */
  static boolean[] numberedHeadings(List<Chunk> chunks) {
    Map<String, Integer> last = new HashMap<>();
    for (int c = 0; c < chunks.size(); c++) {
      String number = headingNumber(chunks.get(c).lines());
      if (number != null) {
        last.put(number, c);
      }
    }
    boolean[] numbered = new boolean[chunks.size()];
    for (int c : last.values()) {
      List<String> lines = chunks.get(c).lines();
      numbered[c] = headingLines(lines) == 0;
    }
    return numbered;
  }
}
