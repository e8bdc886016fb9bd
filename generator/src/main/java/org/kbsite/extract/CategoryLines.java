package org.kbsite.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The keyword lines of the archive's older format: {@code KBCategory: kbsetup kbhw} and
 * {@code KBSubcategory: win31}, written in column 0 of the text above the query words (the 15
 * sample pages that have them have no other keywords), and the unlabelled block of versions,
 * platform and keywords between the header and the box ({@code 3.10 3.11} / {@code WINDOWS} /
 * {@code kbnetwork kbsetup}, 88 sample pages, most with no keywords elsewhere). Both stay in the
 * text, as written.
 */
final class CategoryLines {
  private static final String[] LABELS = {"kbcategory:", "kbsubcategory:"};
  /** A keyword of the unlabelled block: {@code kbbug3.50}, {@code KBENV}, {@code docerr}. */
  private static final Pattern BLOCK_KEYWORD = Pattern.compile("(?i:kb)[A-Za-z0-9_.-]*|[a-z][a-z0-9_.-]*");
  /** Its versions line: {@code 3.00 3.10 4.00 | 3.10 3.50}. */
  private static final Pattern BLOCK_VERSIONS = Pattern.compile("(?:[0-9|]\\S*\\s*)+");
  /** The longest platform line of the block: {@code WINDOWS        | WINDOWS NT}. */
  private static final int PLATFORM_CHARS = 40;

  private CategoryLines() {}

  /** The words of the category lines of {@code body}, in order. */
  static List<String> keywords(List<String> body) {
    List<String> keywords = new ArrayList<>();
    for (String line : body) {
      String value = value(line);
      if (value != null) {
        keywords.addAll(TrailerParser.words(value));
      }
    }
    return keywords;
  }

  /**
   * The keywords of the unlabelled block that makes up {@code preBox}: one to three lines, the
   * last of keywords, the first (when there are more) of versions, the second of a platform.
   * None when the lines are anything else (a beta notice).
   */
  static List<String> blockKeywords(List<String> preBox) {
    List<String> lines = preBox.stream().map(String::strip).filter(l -> !l.isEmpty()).toList();
    if (lines.isEmpty() || lines.size() > 3) {
      return List.of();
    }
    List<String> words = TrailerParser.words(lines.get(lines.size() - 1));
    // Lower-case words alone on a line could be anything ("draft"): alone, the line needs a kb word.
    boolean block = words.stream().allMatch(w -> BLOCK_KEYWORD.matcher(w).matches())
        && (lines.size() > 1 || words.stream().anyMatch(w -> w.regionMatches(true, 0, "kb", 0, 2)))
        && (lines.size() == 1 || BLOCK_VERSIONS.matcher(lines.get(0)).matches())
        && (lines.size() < 3 || lines.get(1).length() <= PLATFORM_CHARS);
    return block ? words : List.of();
  }

  /** The value of a category line, or null for any other line. */
  private static String value(String line) {
    for (String label : LABELS) {
      if (line.regionMatches(true, 0, label, 0, label.length())) {
        return line.substring(label.length());
      }
    }
    return null;
  }
}
