package org.kbsite.render;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.kbsite.render.TextBlocks.LOWER_WORD;
import static org.kbsite.render.TextBlocks.indent;

/**
 * Whether a line break in the archive's text is where the text wrapped, or where one line was set
 * under another: the width the article was wrapped at tells most breaks, the lines' shapes the rest.
 */
final class LineBreaks {
  /**
   * How far short of the article's widest prose line a line may end and still be wrapped: the
   * archive wrapped its text at 76 to 80 columns, and a line ends where the next word did not fit.
   */
  private static final int SLACK = 12;
  /** How many words in lower case a key's or a field's line may have ({@code Value: 0x00000001 == send LMHash of the password}). */
  private static final int MAX_WORDS_OF_A_KEY = 3;
  /** How many lines alike in a row were set one under another ({@link #keepRuns}). */
  private static final int RUN = 3;
  /** A word longer than any a sentence has: a key, an address, a line of Base64. */
  private static final int LONG_WORD = 40;
  /** A word in lower case as sentences have them, a comma or such after it. */
  private static final Pattern LOWER_PLAIN_WORD = Pattern.compile("\\p{Ll}+[,;:.]?");
  /** A word as sentences have them, its first letter a capital or not: {@code Microsoft}, {@code the}. */
  private static final Pattern PLAIN_WORD = Pattern.compile("\\p{L}\\p{Ll}*[,;:]?");
  /** A line's end that a sentence goes on after: a comma, or a word in lower case. */
  private static final Pattern GOES_ON = Pattern.compile("(?:,|(?<![\\p{L}\\p{N}_\\\\])\\p{Ll}+)\\s*$");

  private LineBreaks() {}

  /** Whether text wrapped at {@code width} columns ({@link TextBlocks#width}) wrapped after {@code line}, which ends at column {@code end}, before {@code next}. */
  static boolean wraps(int width, String line, int end, String next) {
    // Asked of every line of every paragraph: the pattern only where both lines have a dash.
    if (line.contains(" - ") && next.contains(" - ") && ENTRY.matcher(line).lookingAt() && ENTRY.matcher(next).lookingAt()) {
      // Entries one under another: Q180417's "Site - (Must match ...)" / "Server - (Must ...)".
      return false;
    }
    if (sameLead(line, next)) {
      return false;
    }
    String n = next.strip();
    int space = n.indexOf(' ');
    int word = space < 0 ? n.length() : space;
    return line.stripTrailing().endsWith("-") || end + 1 + word > width - SLACK;
  }

  /**
   * True when both lines start with the same word up to its first sign, a word of three letters or
   * more then {@code _ ( : \ = [} ...: keys, calls or fields set one under another
   * ({@code HKEY_LOCAL_MACHINE\...\IAFT} over {@code HKEY_LOCAL_MACHINE\...\IAFTPROTOCOL},
   * {@code DBSETPROP('RV_TESTTAB.f1', ...} over {@code DBSETPROP('RV_TESTTAB.f2', ...}), however long,
   * never a sentence wrapped, when the line has few words in lower case. Prose's signs
   * ({@code ' - , . "}) do not count.
   */
  private static boolean sameLead(String line, String next) {
    int from = indent(line);
    int to = from;
    while (to < line.length() && Character.isLetterOrDigit(line.charAt(to))) {
      to++;
    }
    if (to - from < 3 || to == line.length() || " '-,.\"".indexOf(line.charAt(to)) >= 0) {
      return false;
    }
    if (!next.regionMatches(indent(next), line, from, to + 1 - from)) {
      return false;
    }
    // A sentence may happen to start two lines with one name (HKEY_CURRENT_USER ..., SQL_DOUBLE ...):
    // its lines run on in words, or end with a comma or a word that goes on (and, the).
    if (GOES_ON.matcher(line).find()) {
      return false;
    }
    Matcher words = LOWER_WORD.matcher(line);
    for (int n = 0; words.find(); n++) {
      if (n == MAX_WORDS_OF_A_KEY) {
        return false;
      }
    }
    return true;
  }

  /** A line that names a thing and a dash says what it is: {@code Site - (Must match the site ...)}; one or two words before the dash. */
  private static final Pattern ENTRY = Pattern.compile(" *[\\p{L}\\p{N}][^ ]*(?: [^ -][^ ]*)? - \\S");

  /**
   * Three lines or more in a row that each start with one name, not a plain word
   * ({@code ReplaceIniKeyValue "Win.ini", ...}, {@code ***}), or that are each one long word (a
   * certificate's Base64), were set one under another however long they are: a sentence wrapped
   * may start three lines with {@code Microsoft}, not with a name.
   */
  static void keepRuns(List<String> lines, boolean[] wraps) {
    int start = 0;
    for (int i = 1; i <= lines.size(); i++) {
      if (i < lines.size() && alike(lines.get(start), lines.get(i))) {
        continue;
      }
      if (i - start >= RUN) {
        Arrays.fill(wraps, start, i - 1, false);
      }
      start = i;
    }
  }

  /** Whether {@code line} and {@code other} start with one word, or are each one long word. */
  private static boolean alike(String line, String other) {
    int from = indent(line);
    int space = line.indexOf(' ', from);
    if (space < 0) {
      // Not a list of names wrapped at its commas (Q156063's .csv headers).
      return line.length() - from >= LONG_WORD && other.indexOf(' ', indent(other)) < 0
          && other.length() - indent(other) >= LONG_WORD && line.indexOf(',') < 0 && other.indexOf(',') < 0;
    }
    // The cheap tests first: this runs on every line of every paragraph.
    return space - from >= 3 && other.regionMatches(indent(other), line, from, space + 1 - from)
        && !PLAIN_WORD.matcher(line).region(from, space).matches();
  }

  /**
   * True when a paragraph's sentence goes on from {@code line} to {@code next}, whatever the
   * width says: the line ends with a comma or a word in lower case and the next starts with one,
   * or with a placeholder or a parenthesis (Q10837's {@code ... SystemFont=<file>, where} /
   * {@code <file> is a name of a bitmap font}).
   */
  static boolean midSentence(String line, String next) {
    String n = next.strip();
    if (n.isEmpty() || !GOES_ON.matcher(line).find()) {
      return false;
    }
    int space = n.indexOf(' ');
    String word = space < 0 ? n : n.substring(0, space);
    // Not a line of code (varMimeExt = ".gif") nor the next of lines alike (where x= ... / where y= ...).
    return (LOWER_PLAIN_WORD.matcher(word).matches() || n.charAt(0) == '<' || n.charAt(0) == '(')
        && !line.strip().startsWith(word + " ");
  }
}
