package org.kbsite.search;

import java.util.ArrayList;
import java.util.List;
import org.kbsite.model.AppliesTo;
import org.kbsite.model.Article;
import org.kbsite.model.Section;
import org.kbsite.text.Spaces;

/**
 * The text of an article that search matches and quotes: the intro, each section's heading and
 * text, the "applies to" items and the additional query words, whitespace collapsed and rule
 * lines dropped. The header fields and trailer are left out: they are the same few words in every
 * article and would only add noise.
 */
final class SearchText {
  private SearchText() {}

  static String body(Article a) {
    List<String> parts = new ArrayList<>();
    addLines(parts, a.body().intro());
    for (Section s : a.body().sections()) {
      parts.add(s.heading() + ":");
      addLines(parts, s.lines());
    }
    // Last, so that a result whose words are not in the text opens with the article, not the list.
    for (AppliesTo item : a.appliesTo()) {
      parts.add(item.text());
    }
    if (a.additionalQueryWords() != null && !a.additionalQueryWords().isBlank()) {
      parts.add(a.additionalQueryWords());
    }
    return Spaces.collapse(String.join(" ", parts)).strip();
  }

  /** Keywords, support cases and query words: what the archive's editors tagged the article with. */
  static String tags(Article a) {
    StringBuilder sb = new StringBuilder(String.join(" ", a.tags()));
    sb.append(' ').append(keywordsAndCases(a));
    if (a.additionalQueryWords() != null) {
      sb.append(' ').append(a.additionalQueryWords());
    }
    return sb.toString();
  }

  /** The keywords and support cases, which are not in the text. */
  static String keywordsAndCases(Article a) {
    List<String> words = new ArrayList<>(a.keywords());
    words.addAll(a.serviceRequests());
    return String.join(" ", words);
  }

  private static void addLines(List<String> parts, List<String> lines) {
    for (String line : lines) {
      // Rule lines: nothing but =, _, *, - and white space.
      if (!Spaces.onlySpaceAnd(line, "=_*-")) {
        parts.add(line);
      }
    }
  }
}
