package org.kbsite.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How text becomes search terms. search.js applies the same rules (runs of letters and digits,
 * lower-cased, at most {@link #MAX_LENGTH} characters; {@link #identifiers}) and gets the stopword list from
 * {@code search/meta.json}, so the two sides cannot drift apart.
 */
public final class Tokens {
  public static final int MAX_LENGTH = 32;

  /** Words too common to narrow a search: not indexed; phrases containing them are verified on the text. */
  public static final Set<String> STOPWORDS = Set.of(
      "a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "if", "in", "into", "is",
      "it", "its", "of", "on", "or", "that", "the", "this", "to", "was", "were", "will", "with");

  private Tokens() {}

  /**
   * Every term of the text in order, stopwords included, over-long runs dropped. A scan rather
   * than the regex {@code [\p{L}\p{N}]+} it is equal to (search.js uses that regex; TokensTest
   * checks the two agree): it runs on every article's text, and the regex with its substrings was
   * 3% of a build.
   */
  public static List<String> all(String text) {
    List<String> out = new ArrayList<>();
    String lower = text.toLowerCase(Locale.ROOT);
    for (int i = wordStart(lower, 0); i < lower.length(); ) {
      int end = wordEnd(lower, i);
      if (end - i <= MAX_LENGTH) {
        out.add(lower.substring(i, end));
      }
      i = wordStart(lower, end);
    }
    return out;
  }

  /**
   * The identifiers of the text, lower-cased: two or more runs of letters and digits joined by
   * single underscores ({@code ERROR_FILE_NOT_FOUND}, {@code HKEY_LOCAL_MACHINE}), at most
   * {@link #MAX_LENGTH} characters; the regex {@code [\p{L}\p{N}]+(?:_[\p{L}\p{N}]+)+} that
   * search.js uses. They are indexed besides their words, so that a search for one finds the
   * articles that quote it rather than every article with its common words.
   */
  public static List<String> identifiers(String text) {
    if (text.indexOf('_') < 0) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    String lower = text.toLowerCase(Locale.ROOT);
    int n = lower.length();
    for (int i = wordStart(lower, 0); i < n; ) {
      int start = i;
      int words = 1;
      i = wordEnd(lower, i);
      while (i + 1 < n && lower.charAt(i) == '_' && isWordChar(lower.codePointAt(i + 1))) {
        i = wordEnd(lower, i + 1);
        words++;
      }
      if (words >= 2 && i - start <= MAX_LENGTH) {
        out.add(lower.substring(start, i));
      }
      i = wordStart(lower, i);
    }
    return out;
  }

  /** Where the next run of letters and digits at or after {@code i} starts; the length of {@code s} when none does. */
  private static int wordStart(String s, int i) {
    int n = s.length();
    while (i < n) {
      int cp = s.codePointAt(i);
      if (isWordChar(cp)) {
        return i;
      }
      i += Character.charCount(cp);
    }
    return n;
  }

  /** Where the run of letters and digits that starts at {@code i} ends. */
  private static int wordEnd(String s, int i) {
    int n = s.length();
    while (i < n) {
      int cp = s.codePointAt(i);
      if (!isWordChar(cp)) {
        break;
      }
      i += Character.charCount(cp);
    }
    return i;
  }

  /** {@code \p{L}} or {@code \p{N}}: a letter or a number of any kind. */
  static boolean isWordChar(int cp) {
    if (cp < 0x80) {
      return cp >= 'a' && cp <= 'z' || cp >= '0' && cp <= '9' || cp >= 'A' && cp <= 'Z';
    }
    switch (Character.getType(cp)) {
      case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
          Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
          Character.LETTER_NUMBER, Character.OTHER_NUMBER:
        return true;
      default:
        return false;
    }
  }

  public static boolean indexed(String term) {
    return !STOPWORDS.contains(term);
  }
}
