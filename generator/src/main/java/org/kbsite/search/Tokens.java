package org.kbsite.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How text becomes search terms. The search scripts apply the same rules (runs of letters and digits,
 * lower-cased, at most {@link #MAX_LENGTH} characters; {@link #identifiers}) and get the stopword list from
 * {@code search/meta.json}, so the two sides cannot drift apart.
 */
public final class Tokens {
  public static final int MAX_LENGTH = 32;
  /** An identifier may be longer than a word: {@code MQ_ERROR_OBJECT_SERVER_NOT_AVAILABLE} has 36 characters. */
  public static final int MAX_IDENTIFIER_LENGTH = 64;

  /** Words too common to narrow a search: not indexed; phrases containing them are verified on the text. */
  public static final Set<String> STOPWORDS = Set.of(
      "a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "if", "in", "into", "is",
      "it", "its", "of", "on", "or", "that", "the", "this", "to", "was", "were", "will", "with");

  /** The digits of a hexadecimal code written without its 0x as often as with it: {@code c0000005}. */
  private static final int CODE_DIGITS = 8;

  private Tokens() {}

  /** The words of a text and its identifiers, as {@link #all} and {@link #identifiers} give them. */
  public record Terms(List<String> words, List<String> identifiers) {}

  /**
   * Every term of the text in order, stopwords included, over-long runs dropped, hexadecimal
   * numbers {@link #fold folded}. A scan rather
   * than the regex {@code [\p{L}\p{N}]+} it is equal to (search-index.js uses that regex; TokensTest
   * checks the two agree): it runs on every article's text, and the regex with its substrings was
   * 3% of a build.
   */
  public static List<String> all(String text) {
    return terms(text).words();
  }

  /**
   * The identifiers of the text, lower-cased: two or more runs of letters and digits joined by
   * single underscores ({@code ERROR_FILE_NOT_FOUND}, {@code HKEY_LOCAL_MACHINE}), or one followed
   * by {@code ++} ({@code C++}, {@code VC++}), at most {@link #MAX_IDENTIFIER_LENGTH} characters;
   * the regex {@code [\p{L}\p{N}]+(?:_[\p{L}\p{N}]+)+|[\p{L}\p{N}]+\+\+} that search-rank.js uses.
   * They are indexed besides their words, so that a search for one finds the articles that quote
   * it rather than every article with its common words (or the letter c).
   */
  public static List<String> identifiers(String text) {
    return terms(text).identifiers();
  }

  /** The text's {@link #all words} and {@link #identifiers}, in one pass over it lower-cased. */
  public static Terms terms(String text) {
    List<String> words = new ArrayList<>();
    List<String> identifiers = new ArrayList<>(0);
    String lower = text.toLowerCase(Locale.ROOT);
    int n = lower.length();
    int chainStart = 0;
    int chainWords = 0;
    for (int i = wordStart(lower, 0); i < n; ) {
      int end = wordEnd(lower, i);
      if (end - i <= MAX_LENGTH) {
        words.add(fold(lower.substring(i, end)));
      }
      if (chainWords++ == 0) {
        chainStart = i;
      }
      boolean joined = end + 1 < n && lower.charAt(end) == '_' && isWordChar(lower.codePointAt(end + 1));
      if (!joined) {
        if (chainWords >= 2 && end - chainStart <= MAX_IDENTIFIER_LENGTH) {
          identifiers.add(lower.substring(chainStart, end));
        } else if (chainWords == 1 && lower.startsWith("++", end) && end + 2 - i <= MAX_IDENTIFIER_LENGTH) {
          identifiers.add(lower.substring(i, end + 2));
        }
        chainWords = 0;
      }
      i = joined ? end + 1 : wordStart(lower, end);
    }
    return new Terms(words, identifiers);
  }

  /**
   * The service packs that {@code words} (as {@link #all} gives them) name spelled out, as the
   * term the short form has: "Service Pack 3" and "SP 3" as {@code sp3}, "Service Pack 6a" as
   * {@code sp6a}. The archive writes them both ways, in the sample 585 articles, only 202 both:
   * indexed so, "SP3" finds either. search-rank.js reads a query the same way.
   */
  public static List<String> servicePacks(List<String> words) {
    List<String> packs = new ArrayList<>(0);
    for (int i = 0; i + 1 < words.size(); i++) {
      String w = words.get(i);
      if (w.equals("sp") && isPackNumber(words.get(i + 1))) {
        packs.add("sp" + words.get(i + 1));
      } else if (w.equals("service") && i + 2 < words.size() && words.get(i + 1).equals("pack")
          && isPackNumber(words.get(i + 2))) {
        packs.add("sp" + words.get(i + 2));
      }
    }
    return packs;
  }

  /** One or two digits and at most one letter: {@code 3}, {@code 6a}. */
  private static boolean isPackNumber(String w) {
    int digits = 0;
    while (digits < w.length() && w.charAt(digits) >= '0' && w.charAt(digits) <= '9') {
      digits++;
    }
    return digits >= 1 && digits <= 2 && (w.length() == digits
        || w.length() == digits + 1 && w.charAt(digits) >= 'a' && w.charAt(digits) <= 'z');
  }

  /**
   * A hexadecimal number as one term however it is written: without its leading zeros,
   * {@code 0x0000000a} as {@code 0xa} (the archive writes one STOP code as 0xA, 0x0A and
   * 0x0000000A), and a code of eight digits without its {@code 0x}, {@code 0xc0000005} as
   * {@code c0000005} (the sample writes that exception code 31 times with its 0x and as often
   * without, and an HRESULT so too: {@code 80004005}). search-index.js folds the same way.
   */
  static String fold(String term) {
    int n = term.length();
    if (n < 3 || term.charAt(0) != '0' || term.charAt(1) != 'x') {
      return term;
    }
    for (int i = 2; i < n; i++) {
      char c = term.charAt(i);
      if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
        return term;
      }
    }
    int first = 2;
    while (first < n - 1 && term.charAt(first) == '0') {
      first++;
    }
    // As search-index.js has it: the zeros dropped, then an eight-digit code's 0x.
    if (n - first == CODE_DIGITS && term.charAt(first) != '0') {
      return term.substring(first);
    }
    return first == 2 ? term : "0x" + term.substring(first);
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
