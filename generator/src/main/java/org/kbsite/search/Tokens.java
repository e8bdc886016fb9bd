package org.kbsite.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How text becomes search terms. search.js applies the same rule (runs of letters and digits,
 * lower-cased, at most {@link #MAX_LENGTH} characters) and gets the stopword list from
 * {@code search/meta.json}, so the two sides cannot drift apart.
 */
public final class Tokens {
  public static final int MAX_LENGTH = 32;

  /** Words too common to narrow a search: not indexed; phrases containing them are verified on the text. */
  public static final Set<String> STOPWORDS = Set.of(
      "a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "if", "in", "into", "is",
      "it", "its", "of", "on", "or", "that", "the", "this", "to", "was", "were", "will", "with");

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  private Tokens() {}

  /** Every term of the text in order, stopwords included, over-long runs dropped. */
  public static List<String> all(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      if (m.end() - m.start() <= MAX_LENGTH) {
        out.add(m.group());
      }
    }
    return out;
  }

  public static boolean indexed(String term) {
    return !STOPWORDS.contains(term);
  }
}
