package org.kbsite.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kbsite.model.Trailer;

/** The {@code Name : value} block between a 70-{@code =} rule and the article's end. */
final class TrailerParser {
  private static final Pattern FIELD = Pattern.compile("^([A-Za-z][A-Za-z ]*?)\\s*:(.*)$");

  private TrailerParser() {}

  /** The raw-line index of the trailer's opening rule, or -1. */
  static int start(List<String> raw, int from) {
    for (int i = raw.size() - 1; i >= from; i--) {
      if (raw.get(i).strip().length() == 70 && Lines.isRule(raw.get(i), '=', 70)) {
        for (int j = i + 1; j < raw.size(); j++) {
          if (FIELD.matcher(raw.get(j)).matches()) {
            return i;
          }
          if (!raw.get(j).isBlank()) {
            break;
          }
        }
        return -1;
      }
    }
    return -1;
  }

  static Trailer parse(List<String> lines) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (String line : lines) {
      Matcher m = FIELD.matcher(line);
      if (m.matches()) {
        fields.putIfAbsent(m.group(1).strip(), m.group(2).strip());
      }
    }
    return new Trailer(
        fields,
        words(fields.get("Technology")),
        emptyToNull(fields.get("Issue type")),
        emptyToNull(fields.get("Solution Type")));
  }

  private static final Pattern WORD_GAP = Pattern.compile("[\\s|]+");

  static List<String> words(String value) {
    List<String> out = new ArrayList<>();
    if (value != null) {
      for (String w : WORD_GAP.split(value)) {
        if (!w.isEmpty()) {
          out.add(w);
        }
      }
    }
    return out;
  }

  static String emptyToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
