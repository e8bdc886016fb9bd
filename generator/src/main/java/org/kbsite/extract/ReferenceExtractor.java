package org.kbsite.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kbsite.model.KbId;

/**
 * The Q-numbers an article cites: {@code Q} and 5 or 6 digits as a whole word, or glued to the
 * title after it in a list of references ({@code Q149857MoveFileEx API Does Not Work},
 * {@code Q170365INFO: ...}: a capital letter follows), other than the article's own, and not a
 * file name ({@code Q123456.exe}, {@code Q123456ENU.exe}, {@code Q248838engi.exe}) or part of a
 * URL. Public so that the page links exactly the mentions the article's {@code references} list.
 */
public final class ReferenceExtractor {
  private static final Pattern Q = Pattern.compile(
      "(?<![\\w/=?])Q(\\d{5,6})(?:(?!\\w)(?!\\.[A-Za-z])|(?=[A-Z]\\w*+(?!\\.[A-Za-z])))");

  /** One mention of another article in a line: characters {@code [start, end)}. */
  public record Mention(int start, int end, KbId id) {}

  private ReferenceExtractor() {}

  static List<KbId> extract(List<String> lines, KbId self) {
    TreeSet<KbId> ids = new TreeSet<>();
    for (String line : lines) {
      for (Mention m : mentions(line, self)) {
        ids.add(m.id());
      }
    }
    return List.copyOf(ids);
  }

  /** The mentions of articles other than {@code self} in {@code text}, left to right. */
  public static List<Mention> mentions(String text, KbId self) {
    int from = firstCandidate(text);
    if (from < 0) {
      return List.of();
    }
    List<Mention> out = new ArrayList<>();
    Matcher m = Q.matcher(text);
    for (boolean found = m.find(from); found; found = m.find()) {
      KbId id = KbId.parse(m.group(1));
      if (id != null && !id.equals(self)) {
        out.add(new Mention(m.start(), m.end(), id));
      }
    }
    return out;
  }

  /**
   * Where the first {@code Q} followed by a digit is, the first place a mention can start; -1 when
   * there is none. Most text has none ("SQL Server" has a Q): the regex is not run on it.
   */
  private static int firstCandidate(String text) {
    for (int i = text.indexOf('Q'); i >= 0 && i + 1 < text.length(); i = text.indexOf('Q', i + 1)) {
      char next = text.charAt(i + 1);
      if (next >= '0' && next <= '9') {
        return i;
      }
    }
    return -1;
  }
}
