package org.kbsite.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.kbsite.model.Body;
import org.kbsite.model.Section;
import org.kbsite.model.SectionKind;

/**
 * Cuts the article text at its section headings: a line in column 0 over a line of {@code =} of
 * the same length, or nearly when a blank line sets it apart (rules were typed by hand). Lines
 * with a run of three spaces or a {@code |} are table rows, not headings.
 *
 * <p>A standard section name (SYMPTOMS, CAUSE, ...) written in capitals in column 0 is a heading
 * too when it is underlined with {@code -} or stands alone between blank lines: some articles set
 * their CAUSE or STATUS so, and their readers and the catalog's {@code cause} and {@code status}
 * fields would miss that text otherwise. The same names in mixed case ({@code Resolution} over
 * dashes) head a sub-part of another section, as in a problem described under MORE INFORMATION.
 */
final class SectionSplitter {
  private static final Pattern TABLE_ROW = Pattern.compile(" {3,}|\\|");
  /** The longest standard section name, with a colon: {@code MORE INFORMATION:}. */
  private static final int LONGEST_NAME = 17;
  /** How far a wrapped heading's rule may be off the length of its first line or of both lines. */
  private static final int WRAP_SLACK = 3;
  /** How far a heading's rule, typed by hand, may be off its length. */
  private static final int UNDERLINE_SLACK = 3;

  private SectionSplitter() {}

  static boolean isHeading(List<String> lines, int i) {
    if (i + 1 >= lines.size()) {
      return false;
    }
    String heading = lines.get(i).stripTrailing();
    String rule = lines.get(i + 1).stripTrailing();
    return isUnderlined(heading, rule) || isStandardName(lines, i, heading, rule)
        || isUnderlinedByHand(lines, i, heading, rule);
  }

  /**
   * How many lines the heading at line {@code i} has: 1 for one {@link #isHeading}, 2 for a heading
   * that wrapped before its rule (Q172540's {@code To edit security properties of printers or
   * NTFS-file objects on computers} / {@code running Windows NT} over 73 {@code =}), set apart by a
   * blank line above and the rule as long as its first line or as both; 0 for none.
   */
  static int headingLines(List<String> lines, int i) {
    if (isHeading(lines, i)) {
      return 1;
    }
    // The cheap tests first: this runs on every line of the archive.
    if (i + 2 >= lines.size() || i > 0 && !lines.get(i - 1).isBlank() || !Lines.isRule(lines.get(i + 2), '=', 3)) {
      return 0;
    }
    String first = lines.get(i).stripTrailing();
    String second = lines.get(i + 1).stripTrailing();
    String rule = lines.get(i + 2).stripTrailing();
    int joined = first.length() + 1 + second.length();
    return !second.isEmpty() && ".,;:".indexOf(second.charAt(second.length() - 1)) < 0
        && (Math.abs(rule.length() - first.length()) <= WRAP_SLACK || Math.abs(rule.length() - joined) <= WRAP_SLACK)
        && isHeadingText(first) && isHeadingText(second) ? 2 : 0;
  }

  private static boolean isUnderlined(String heading, String rule) {
    return heading.length() == rule.length() && Lines.isRule(rule, '=', 1) && isHeadingText(heading);
  }

  /**
   * A heading whose rule was typed a little short or long (Q83502's {@code General Setup Notes}
   * over 20 {@code =}, Q131948's 39 capitals over 44): up to {@link #UNDERLINE_SLACK} off, or a
   * sixth of a long heading's length over it, set apart by a blank line above, and not a sentence's
   * last line (a closing rule under a page's text).
   */
  private static boolean isUnderlinedByHand(List<String> lines, int i, String heading, String rule) {
    // The cheap tests first: this runs on every line of the archive.
    if (rule.isEmpty() || rule.charAt(0) != '=' || heading.isEmpty()) {
      return false;
    }
    int over = rule.length() - heading.length();
    return over >= -UNDERLINE_SLACK && over <= Math.max(UNDERLINE_SLACK, heading.length() / 6)
        && (i == 0 || lines.get(i - 1).isBlank())
        && ".,;".indexOf(heading.charAt(heading.length() - 1)) < 0
        && Lines.isRule(rule, '=', 3) && isHeadingText(heading);
  }

  /** A line a heading may be: in column 0, not a rule, not a table's row. */
  private static boolean isHeadingText(String line) {
    return !line.isEmpty()
        && !Character.isWhitespace(line.charAt(0))
        && !Lines.isRule(line, '=', 1)
        && !Lines.isRule(line, '-', 1)
        && !TABLE_ROW.matcher(line).find();
  }

  private static boolean isStandardName(List<String> lines, int i, String heading, String rule) {
    // The cheap tests first: this runs on every line of the archive.
    if (heading.isEmpty() || heading.length() > LONGEST_NAME || !Character.isUpperCase(heading.charAt(0))) {
      return false;
    }
    boolean dashed = heading.length() == rule.length() && Lines.isRule(rule, '-', 1);
    boolean alone = rule.isEmpty() && (i == 0 || lines.get(i - 1).isBlank());
    return (dashed || alone)
        && heading.equals(heading.toUpperCase(Locale.ROOT))
        && SectionKind.ofHeading(heading) != SectionKind.OTHER;
  }

  /** {@code firstLine} is the source line number of {@code lines.get(0)}. */
  static Body split(List<String> preBox, boolean olderHeader, List<String> lines, int firstLine) {
    List<String> intro = null;
    List<Section> sections = new ArrayList<>();
    String heading = null;
    int start = 0;
    for (int i = 0; i <= lines.size(); i++) {
      int headingLines = i == lines.size() ? 0 : headingLines(lines, i);
      if (i == lines.size() || headingLines > 0) {
        List<String> chunk = trimBlank(lines.subList(start, i));
        int lead = leadingBlanks(lines.subList(start, i));
        if (heading == null) {
          intro = chunk;
        } else {
          sections.add(new Section(heading, SectionKind.ofHeading(heading), chunk, firstLine + start + lead));
        }
        if (i < lines.size()) {
          heading = String.join(" ", lines.subList(i, i + headingLines).stream().map(String::strip).toList());
          start = i + headingLines + 1;
          i += headingLines;
        }
      }
    }
    return new Body(trimBlank(preBox), intro, sections, olderHeader);
  }

  private static int leadingBlanks(List<String> lines) {
    int lead = 0;
    while (lead < lines.size() && lines.get(lead).isBlank()) {
      lead++;
    }
    return lead;
  }

  static List<String> trimBlank(List<String> lines) {
    int lead = leadingBlanks(lines);
    int end = lines.size();
    while (end > lead && lines.get(end - 1).isBlank()) {
      end--;
    }
    return lines.subList(lead, end);
  }
}
