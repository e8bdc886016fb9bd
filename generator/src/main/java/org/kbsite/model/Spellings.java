package org.kbsite.model;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.kbsite.text.Spaces;

/**
 * Names the archive writes in free case and spacing, such as event sources ({@code MSExchangeIS},
 * {@code MSEXCHANGEIS}, {@code Service control manager}): one name however it is written, shown
 * everywhere in the spelling most of the archive's articles use.
 */
public final class Spellings {
  /** By {@link #key}: the spelling a name is shown in. */
  private final Map<String, String> shown;

  private Spellings(Map<String, String> shown) {
    this.shown = shown;
  }

  /**
   * What the spellings of one name share: the name without white space, in lower case. Asked for
   * every term of every article in each pass over the index.
   */
  public static String key(String name) {
    return name == null ? "" : Spaces.remove(name).toLowerCase(Locale.ROOT);
  }

  /**
   * The spellings of {@code names} (all of the archive's, nulls and blanks skipped): each name
   * shown in its most frequent spelling, on a tie the first in code-point order.
   */
  public static Spellings of(Iterable<String> names) {
    Map<String, Map<String, Integer>> byKey = new HashMap<>();
    for (String name : names) {
      if (name != null && !name.isBlank()) {
        byKey.computeIfAbsent(key(name), k -> new TreeMap<>()).merge(name.strip(), 1, Integer::sum);
      }
    }
    Map<String, String> shown = new HashMap<>();
    byKey.forEach((key, spellings) -> shown.put(key, commonest(spellings)));
    return new Spellings(shown);
  }

  /** Of one name's spellings and how often each occurs, the most frequent; on a tie, the first in code-point order. */
  public static String commonest(Map<String, Integer> counts) {
    return counts.entrySet().stream()
        .max(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
            .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
        .orElseThrow().getKey();
  }

  /** How {@code name} is shown. */
  public String shown(String name) {
    return shown.getOrDefault(key(name), name.strip());
  }

  /**
   * How often each name occurs among {@code names} (nulls and blanks skipped), by its shown
   * spelling: the most frequent name first, then alphabetical ({@code aic78xx} before {@code Serial}).
   */
  public Map<String, Integer> count(Iterable<String> names) {
    Map<String, Integer> counts = new HashMap<>();
    for (String name : names) {
      if (name != null && !name.isBlank()) {
        counts.merge(shown(name), 1, Integer::sum);
      }
    }
    Map<String, Integer> sorted = new LinkedHashMap<>();
    counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
            .thenComparing(Map.Entry.comparingByKey(String.CASE_INSENSITIVE_ORDER))
            .thenComparing(Map.Entry.comparingByKey()))
        .forEach(e -> sorted.put(e.getKey(), e.getValue()));
    return sorted;
  }
}
