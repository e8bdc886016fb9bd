package org.kbsite.text;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Lines that the archive wrapped, put back together: joined by a space, but for a word broken
 * after its hyphen ({@code double-} / {@code click}), which the wrapping did to compound words
 * and file names, and a path broken at a backslash ({@code ...\Services\} / {@code SNABase}, or
 * {@code ...\Microsoft\Exchange} / {@code \Parameters}): those are joined as written, unless
 * the line goes on with a plain word in lower case and another word after it with no backslash,
 * which is the sentence going on after the path ({@code C:\WINCE\Release\} / {@code directory
 * was created}), not a folder's name ({@code c:\program files\} / {@code microsoft office\office}).
 */
public final class Wrapped {
  private static final Pattern SENTENCE_GOES_ON = Pattern.compile("\\p{Ll}+\\s+[^\\s\\\\]+(?:\\s|$)");

  private Wrapped() {}

  /** {@code lines}, stripped, as one line. */
  public static String join(List<String> lines) {
    StringBuilder sb = new StringBuilder();
    for (String line : lines) {
      append(sb, line);
    }
    return sb.toString();
  }

  /** Appends the next wrapped line, stripped, to the text so far. */
  public static void append(StringBuilder sb, String line) {
    String s = line.strip();
    int n = sb.length();
    boolean broken = n >= 2 && sb.charAt(n - 1) == '-' && Character.isLetterOrDigit(sb.charAt(n - 2))
        && !s.isEmpty() && Character.isLetterOrDigit(s.charAt(0));
    boolean path = n > 0 && !s.isEmpty()
        && (sb.charAt(n - 1) == '\\' && !SENTENCE_GOES_ON.matcher(s).lookingAt()
            || s.charAt(0) == '\\' && sb.indexOf("\\", sb.lastIndexOf(" ") + 1) >= 0);
    if (n > 0 && !broken && !path && !s.isEmpty()) {
      sb.append(' ');
    }
    sb.append(s);
  }
}
