package org.kbsite.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * The keyword lines of the archive's older format, {@code KBCategory: kbsetup kbhw} and
 * {@code KBSubcategory: win31}, written in column 0 of the text above the query words (the 15
 * sample pages that have them have no other keywords). They stay in the text, as written.
 */
final class CategoryLines {
  private static final String[] LABELS = {"kbcategory:", "kbsubcategory:"};

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
