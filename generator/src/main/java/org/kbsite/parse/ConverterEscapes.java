package org.kbsite.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The archive's converter wrote two Windows-1252 characters of the original articles as their
 * code in angle brackets: the no-break space as {@code <A0>} ("listed at the beginning of this
 * article.<A0>This problem was corrected") and the middle dot that Word used as a bullet as
 * {@code <B7>} ("{@code <B7> To continue, Press ENTER.}"). Read back, they are a space and a
 * bullet. Other codes in brackets are the articles' own text (NetBIOS names' {@code <1C>} and
 * {@code <03>}, HTML's {@code <DD>}, the {@code <F5>} key) and stay as written.
 */
final class ConverterEscapes {
  private ConverterEscapes() {}

  /** The bullet a {@code <B7>} stands for. */
  private static final char MIDDLE_DOT = '\u00b7';

  // A run of no-break spaces, with the spaces around it, is one space: four in a row would
  // otherwise read as a table's column gap.
  private static final Pattern NO_BREAK_SPACES = Pattern.compile(" *(?:<A0> *)+");

  /** {@code line} with the converter's two escapes read back. */
  static String decode(String line) {
    if (line.indexOf('<') < 0) {
      return line;
    }
    String dotted = line.replace("<B7>", String.valueOf(MIDDLE_DOT));
    Matcher m = NO_BREAK_SPACES.matcher(dotted);
    if (!m.find()) {
      return dotted;
    }
    StringBuilder out = new StringBuilder(dotted.length());
    int at = 0;
    do {
      out.append(dotted, at, m.start());
      // At a line's start or end the space would only indent or trail it.
      if (m.start() > 0 && m.end() < dotted.length()) {
        out.append(' ');
      }
      at = m.end();
    } while (m.find());
    return out.append(dotted, at, dotted.length()).toString();
  }
}
