package org.kbsite.extract;

import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kbsite.model.KbId;

/**
 * The Q-numbers an article cites: {@code Q} and 5 or 6 digits as a whole word, other than the
 * article's own, and not a file name ({@code Q123456.exe}) or part of a URL.
 */
final class ReferenceExtractor {
  private static final Pattern Q =
      Pattern.compile("(?<![\\w/=?])Q(\\d{5,6})(?!\\w)(?!\\.[A-Za-z])");

  private ReferenceExtractor() {}

  static List<KbId> extract(List<String> lines, KbId self) {
    TreeSet<KbId> ids = new TreeSet<>();
    for (String line : lines) {
      if (line.indexOf('Q') < 0) {
        continue;
      }
      Matcher m = Q.matcher(line);
      while (m.find()) {
        KbId id = KbId.parse(m.group(1));
        if (id != null && !id.equals(self)) {
          ids.add(id);
        }
      }
    }
    return List.copyOf(ids);
  }
}
