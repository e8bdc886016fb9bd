package org.kbsite.model;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Names the archive writes in free case and spacing, such as event sources ({@code MSExchangeIS},
 * {@code MSEXCHANGEIS}, {@code Service control manager}): one name however it is written.
 */
public final class Spellings {
  private Spellings() {}

  /** What the spellings of one name share: the name without white space, in lower case. */
  public static String key(String name) {
    return name == null ? "" : name.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
  }

  /**
   * How often each name occurs among {@code names} (nulls and blanks skipped), each shown in its
   * most frequent spelling (on a tie, the first in code-point order); the most frequent name
   * first, then by spelling.
   */
  public static Map<String, Integer> count(Iterable<String> names) {
    Map<String, Map<String, Integer>> byKey = new TreeMap<>();
    for (String name : names) {
      if (name != null && !name.isBlank()) {
        byKey.computeIfAbsent(key(name), k -> new TreeMap<>()).merge(name.strip(), 1, Integer::sum);
      }
    }
    Map<String, Integer> counts = new HashMap<>();
    for (Map<String, Integer> spellings : byKey.values()) {
      String shown = null;
      int total = 0;
      for (var e : spellings.entrySet()) {
        if (shown == null || e.getValue() > spellings.get(shown)) {
          shown = e.getKey();
        }
        total += e.getValue();
      }
      counts.put(shown, total);
    }
    Map<String, Integer> sorted = new LinkedHashMap<>();
    counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .forEach(e -> sorted.put(e.getKey(), e.getValue()));
    return sorted;
  }
}
