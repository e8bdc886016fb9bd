package org.kbsite.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/** The title without its {@code QNNNNN: } prefix, entities decoded, and its leading tags. */
final class TitleParser {
  private static final Pattern ID_PREFIX = Pattern.compile("^\\s*Q\\d+\\s*:\\s?");
  /** A tag: 1 to 3 words of letters, digits and {@code . / - + &}, then {@code ": "}. */
  private static final Pattern TAG =
      Pattern.compile("^([A-Za-z0-9./+&-]+(?: [A-Za-z0-9./+&-]+){0,2}): ");

  private TitleParser() {}

  static String title(String frontMatterTitle) {
    String t = frontMatterTitle == null ? "" : frontMatterTitle;
    t = ID_PREFIX.matcher(t).replaceFirst("");
    return Parser.unescapeEntities(t, false);
  }

  static List<String> tags(String title) {
    List<String> tags = new ArrayList<>();
    String rest = title;
    Matcher m;
    while ((m = TAG.matcher(rest)).find()) {
      tags.add(m.group(1));
      rest = rest.substring(m.end());
    }
    return tags;
  }
}
