package org.kbsite.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kbsite.model.KbId;
import org.kbsite.text.Spaces;

import static org.kbsite.text.CitationLabels.ARTICLE_ID;
import static org.kbsite.text.CitationLabels.TITLE;

/**
 * The titles an article gives the articles it cites, in its lists of references: {@code Q152734
 * How to Obtain the Latest Windows NT 4.0 Service Pack}, {@code - Q101788: Only Administrators
 * ...}, a title glued to its number ({@code Q149857MoveFileEx API ...}), and {@code ARTICLE-ID:
 * Q160870} over {@code TITLE : ACC: VBA Functions ...}, and a table's row ({@code | Q103049 | How
 * to Manually Remove ... |}). A title may wrap onto the next line, set further in, going on in
 * lower case ({@code ... Adds NULL Values} / {@code to the Output}), or after a word no title ends
 * with.
 * For a cited article the archive does not hold, this is all that is known of it.
 */
final class ReferenceTitles {
  /**
   * A list line: a bullet maybe, the number, a colon or dash maybe, then the title, which starts as
   * a title does, not in lower case as a sentence that wrapped before the number goes on
   * ({@code Q999990 regarding ...}); glued to the number, not a file's name ({@code Q312895ENU.exe}).
   */
  private static final Pattern LIST_LINE = Pattern.compile(
      "^(\\s*)(?:[-*\u00b7]\\s+)?Q(\\d{5,6})(?:\\s*[:-]\\s*|\\s+|(?=[A-Z]\\w*+(?!\\.[A-Za-z])))([^\\s\\p{Ll}].*)$");
  /**
   * A table's row: {@code | Q103049 | How to Manually Remove Windows NT or Windows 2000 | 4 |}, the
   * title two words at least (a cell of one, {@code Yes}, {@code 4}, is some other column).
   */
  private static final Pattern TABLE_ROW = Pattern.compile(
      "^\\s*\\|\\s*Q(\\d{5,6})\\s*\\|\\s*([^|\\s\\p{Ll}][^|\\s]*\\s+[^|\\s][^|]*?)\\s*(?:\\||$)");
  /** The next row of a title's cell that wrapped: {@code |         | Wraps in Its Cell |}. */
  private static final Pattern TABLE_WRAP = Pattern.compile("^\\s*\\|\\s*\\|\\s*([^|]*?)\\s*(?:\\||$)");
  /**
   * {@code Q76388 TITLE : Relationship Between ...}, {@code Q76388 Q76388 TITLE : ...}: the label,
   * and the number written again before it, are not part of the title.
   */
  private static final Pattern TITLE_LABEL = Pattern.compile("^(?:Q\\d{5,6}\\s+)?TITLE\\s*:\\s*");
  /**
   * Words no title ends with: a line of a list ending with one wrapped ({@code ... When
   * DelayPrintStart Is} over {@code Implemented}, {@code ... Fails to Create Queue with} over ...).
   */
  private static final Set<String> NOT_LAST = Set.of(
      "a", "an", "the", "and", "or", "of", "to", "in", "on", "for", "with", "by", "from", "at", "as", "is", "are",
      "was", "when", "that", "not", "if", "into", "than", "after", "before", "while", "during", "using", "via");
  private static final Pattern STARTS_LIST_ITEM = Pattern.compile("(?i)^\\s*(?:[-*\u00b7]\\s+|\\d+[.)]\\s|Q\\d{5,6}|ARTICLE[- ]?ID)");
  /** Longer than any title of the archive's: what runs on is text, not a title. */
  private static final int MAX_LENGTH = 160;
  /** A list line this long ran to the margin: a title's next line at its indent goes on with it. */
  private static final int WRAPPED = 70;

  private ReferenceTitles() {}

  /** The title each cited article first has in {@code lines}; none for a mention in a sentence. */
  static Map<KbId, String> of(List<String> lines, KbId self) {
    Map<KbId, String> titles = new HashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (!mayStartItem(line)) {
        continue;
      }
      Matcher id = ARTICLE_ID.matcher(line);
      if (id.matches() && id.group(2) != null) {
        // The title on the number's line (ARTICLE-ID: Q176476 OFF: Office Assistant ...).
        put(titles, id.group(1), unquoted(id.group(2) + continuation(lines, i, id.group(2).length())), self);
        continue;
      }
      if (id.matches()) {
        // The title's line, maybe after a blank one; a sentence there is the text (an article's own ID).
        int t = i + 1 < lines.size() && lines.get(i + 1).isBlank() ? i + 2 : i + 1;
        Matcher title = t < lines.size() ? TITLE.matcher(lines.get(t)) : null;
        if (title != null && title.matches()) {
          put(titles, id.group(1), unquoted(title.group(1) + continuation(lines, t, title.group(1).length())), self);
        }
        continue;
      }
      Matcher item = LIST_LINE.matcher(line);
      if (item.matches()) {
        String title = TITLE_LABEL.matcher(item.group(3)).replaceFirst("");
        put(titles, item.group(2), title + wrapped(lines, i, item.group(1).length()), self);
        continue;
      }
      Matcher row = TABLE_ROW.matcher(line);
      if (row.find()) {
        Matcher wrap = i + 1 < lines.size() ? TABLE_WRAP.matcher(lines.get(i + 1)) : null;
        put(titles, row.group(1), row.group(2) + (wrap != null && wrap.find() ? " " + wrap.group(1) : ""), self);
      }
    }
    return titles;
  }

  /**
   * Whether {@code line} is a list's line that gives a title ({@code Q249967 LU1 Print Job ...},
   * {@code TITLE : ...}), not a sentence that starts with a number ({@code Q171781 explains ...}).
   */
  static boolean isTitleLine(String line) {
    return mayStartItem(line) && LIST_LINE.matcher(line).matches() || TITLE.matcher(line).matches();
  }

  /** A cheap look at the first character, so that the regexes run only on lines that may be items. */
  private static boolean mayStartItem(String line) {
    int i = 0;
    while (i < line.length() && Character.isWhitespace(line.charAt(i))) {
      i++;
    }
    if (i == line.length()) {
      return false;
    }
    char c = line.charAt(i);
    return c == 'Q' || c == 'A' || c == '-' || c == '*' || c == '|';
  }

  /**
   * The lines a title under its label goes on with, each with a space before it (Q154391's
   * {@code TITLE: "Troubleshooting Power} over {@code Macintosh} over {@code Type 11 Errors"}),
   * as long as the title stays within {@link #MAX_LENGTH}; {@code length}: the label line's part.
   */
  private static String continuation(List<String> text, int i, int length) {
    StringBuilder more = new StringBuilder();
    int indent = Lines.indent(text.get(i));
    for (int j = i; goesOn(text, j, indent); j++) {
      String next = text.get(j + 1).strip();
      if (length + more.length() + 1 + next.length() > MAX_LENGTH) {
        break;
      }
      more.append(' ').append(next);
    }
    return more.toString();
  }

  /** A title without the quotes some articles set around the whole of it (not {@code "Foo" Error When "Bar"}). */
  private static String unquoted(String title) {
    String t = title.strip();
    return t.length() > 2 && t.startsWith("\"") && t.indexOf('"', 1) == t.length() - 1 ? t.substring(1, t.length() - 1) : t;
  }

  /** The title's line that follows line {@code i}, with a space before it; "" when it does not go on. */
  private static String wrapped(List<String> lines, int i, int indent) {
    return goesOn(lines, i, indent) ? " " + lines.get(i + 1).strip() : "";
  }

  /**
   * Whether the item on line {@code i}, set in by {@code indent}, goes on on the next line: set
   * further in, or at its indent in lower case or below a line that ran to the margin (Q324332's
   * {@code   Q247407 XADM: Error Message Installing Exchange Server on a Computer Running} over
   * {@code   Windows 2000 Server}).
   */
  static boolean goesOn(List<String> lines, int i, int indent) {
    if (i + 1 >= lines.size()) {
      return false;
    }
    String next = lines.get(i + 1);
    int in = Lines.indent(next);
    if (next.isBlank() || in < indent || STARTS_LIST_ITEM.matcher(next).lookingAt()) {
      return false;
    }
    String line = lines.get(i).stripTrailing();
    boolean ranToMargin = line.length() >= WRAPPED;
    String last = line.substring(line.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
    return in > indent || Character.isLowerCase(next.strip().charAt(0)) || ranToMargin || NOT_LAST.contains(last);
  }

  private static void put(Map<KbId, String> titles, String number, String title, KbId self) {
    KbId id = KbId.parse(number);
    String t = Spaces.collapse(title.strip());
    if (id != null && !id.equals(self) && t.length() <= MAX_LENGTH && t.chars().anyMatch(Character::isLetter)) {
      titles.putIfAbsent(id, t);
    }
  }
}
