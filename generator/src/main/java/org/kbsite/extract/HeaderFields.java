package org.kbsite.extract;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kbsite.model.KbId;
import org.kbsite.parse.PageException;

/** The six {@code Label: value} lines that open every article's raw block. */
record HeaderFields(
    KbId id, String product, String versions, String os, String keywords, LocalDate lastModified,
    int lineCount) {

  private static final DateTimeFormatter DATE =
      new DateTimeFormatterBuilder()
          .parseCaseInsensitive()
          .appendPattern("d-MMM-uuuu")
          .toFormatter(Locale.ENGLISH)
          // 31-FEB-1999 is no date (the default resolver would make it 28-FEB-1999).
          .withResolverStyle(ResolverStyle.STRICT);

  /** Reads the header from the first lines of the raw block; {@code firstLine} numbers them. */
  static HeaderFields read(List<String> raw, int firstLine) throws PageException {
    Map<String, String> fields = new LinkedHashMap<>();
    Map<String, Integer> lineOf = new LinkedHashMap<>();
    int i = 0;
    for (; i < raw.size() && !raw.get(i).isBlank(); i++) {
      String line = raw.get(i);
      int colon = line.indexOf(':');
      if (colon < 0) {
        break;
      }
      String label = line.substring(0, colon).strip();
      fields.putIfAbsent(label, line.substring(colon + 1).strip());
      lineOf.putIfAbsent(label, firstLine + i);
    }
    String article = fields.get("Article");
    if (article == null) {
      throw new PageException(firstLine, "no 'Article: Q<number>' line at the start of the raw block");
    }
    KbId id = KbId.parse(article);
    if (id == null || !article.startsWith("Q")) {
      throw new PageException(lineOf.get("Article"), "'Article:' value is not a Q-number: " + article);
    }
    String date = fields.get("Last Modified");
    LocalDate modified = null;
    if (date != null && !date.isEmpty()) {
      try {
        modified = LocalDate.parse(date, DATE);
      } catch (DateTimeParseException e) {
        throw new PageException(lineOf.get("Last Modified"), "'Last Modified:' is not a date like 09-APR-1999: " + date);
      }
    }
    return new HeaderFields(
        id,
        fields.getOrDefault("Product(s)", ""),
        fields.getOrDefault("Version(s)", ""),
        fields.getOrDefault("Operating System(s)", ""),
        fields.getOrDefault("Keyword(s)", ""),
        modified,
        i);
  }
}
