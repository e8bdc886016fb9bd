package org.kbsite.index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kbsite.model.ArticleSummary;
import org.kbsite.model.Spellings;

/**
 * One way to browse the archive (products, keywords, years ...): its terms in display order,
 * each with the articles that carry it, sorted by ID. {@code id} names the facet in URLs.
 */
public record Facet(String id, String name, String termNoun, List<Term> terms) {
  public Facet {
    terms = List.copyOf(terms);
  }

  /**
   * A value of the facet, in its commonest spelling. {@code group} is the heading the term is listed under on the facet's
   * index (a version's product), null when the facet is not grouped.
   */
  public record Term(String label, String group, List<ArticleSummary> articles) {
    public Term {
      articles = List.copyOf(articles);
    }

    /** How the term reads on its own page: the group first, when there is one. */
    public String title() {
      return group == null ? label : group + " " + label;
    }

    /** What finds this term: see {@link Facet#termKey(String, String)}. */
    public String key() {
      return Facet.termKey(group, label);
    }
  }

  /**
   * The order of labels as shown, case aside and spaces kept ("C 5.10 MTDYNA.DOC" before "C2279",
   * "Schedule+" before "SNA Server"), a run of digits by its number ("7", "87", "8087", "80287";
   * "kbVC152bug" before "kbVC200"), then as written.
   */
  public static final Comparator<String> LABEL_ORDER =
      Comparator.comparing((String label) -> label.toLowerCase(Locale.ROOT), Facet::byNumbers)
          .thenComparing(Comparator.naturalOrder());

  /** Compares character by character, but a run of digits with another by the numbers they write. */
  static int byNumbers(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      if (isDigit(a.charAt(i)) && isDigit(b.charAt(j))) {
        int endA = digitsEnd(a, i);
        int endB = digitsEnd(b, j);
        int startA = zerosEnd(a, i, endA);
        int startB = zerosEnd(b, j, endB);
        // The longer number without its leading zeros is the larger; of two as long, the first digit that differs says.
        int c = Integer.compare(endA - startA, endB - startB);
        for (int k = 0; c == 0 && k < endA - startA; k++) {
          c = Character.compare(a.charAt(startA + k), b.charAt(startB + k));
        }
        if (c != 0) {
          return c;
        }
        i = endA;
        j = endB;
      } else if (a.charAt(i) != b.charAt(j)) {
        return Character.compare(a.charAt(i), b.charAt(j));
      } else {
        i++;
        j++;
      }
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static int digitsEnd(String s, int i) {
    while (i < s.length() && isDigit(s.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int zerosEnd(String s, int i, int end) {
    while (i < end - 1 && s.charAt(i) == '0') {
      i++;
    }
    return i;
  }

  /** The terms by group (a version's product), each group's in the facet's order. */
  public Map<String, List<Term>> byGroup() {
    Map<String, List<Term>> groups = new HashMap<>();
    for (Term t : terms) {
      groups.computeIfAbsent(t.group(), g -> new ArrayList<>()).add(t);
    }
    return groups;
  }

  /**
   * Identifies a term by its group and value, ignoring case and white space in the value
   * ({@link Spellings}) and the zeros that end a number's decimals ({@link #fold}).
   */
  public static String termKey(String group, String value) {
    return (group == null ? "" : group) + "\n" + fold(value);
  }

  /**
   * The archive's error-message tag in any of its spellings, its key as {@link Spellings#key} gives
   * it: Err Msg, ErrMsg, Error Message, Error Msg, Err Mss, Err Mssg, Err. Message (the sample
   * has seven, on 167 articles).
   */
  private static final Pattern ERROR_MESSAGE = Pattern.compile("err(?:or)?\\.?(?:msg|mss|mssg|message)\\.?");

  /** A number and the rest: {@code 2.50a} is 2, 50 and {@code a}. */
  private static final Pattern DECIMAL = Pattern.compile("(\\d+)\\.(\\d+)(.*)");

  /**
   * The key a value is known by: its {@link Spellings#key}, one for every spelling of the
   * {@link #ERROR_MESSAGE error-message tag}, and for a value that starts with a
   * number with decimals, that number without the zeros that end them, as the archive writes one
   * version both ways ({@code 2.0} and {@code 2.00}, {@code 2.5a} and {@code 2.50a}, {@code 5}
   * and {@code 5.0}): 51 of the sample's versions were split over two or three pages. In such a
   * value a service pack written out is its short form ({@code 6.5 Service Pack 4}, {@code 6.5
   * SP4}).
   */
  public static String fold(String value) {
    String k = Spellings.key(value);
    // Every value of every article is folded: the regex only for a value that could be the tag.
    if (k.startsWith("err") && ERROR_MESSAGE.matcher(k).matches()) {
      return "errmsg";
    }
    // Every value of every article is folded, and most do not start with a digit.
    if (k.isEmpty() || !Character.isDigit(k.charAt(0))) {
      return k;
    }
    k = k.replace("servicepack", "sp");
    Matcher m = DECIMAL.matcher(k);
    if (!m.matches()) {
      return k;
    }
    String digits = m.group(2);
    int end = digits.length();
    while (end > 0 && digits.charAt(end - 1) == '0') {
      end--;
    }
    return m.group(1) + (end == 0 ? "" : "." + digits.substring(0, end)) + m.group(3);
  }
}
