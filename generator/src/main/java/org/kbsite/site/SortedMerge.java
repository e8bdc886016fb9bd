package org.kbsite.site;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Predicate;

/**
 * Entries in key order, when most keys are those of an earlier list whose order is known: the
 * earlier order is walked, and the few keys added since are sorted and merged in. Sorting every
 * key again was most of writing a rebuild's state.
 */
final class SortedMerge {
  private SortedMerge() {}

  /** Receives an entry, with its index in the earlier order, or -1 for a key the earlier list lacked. */
  interface Visitor<V> {
    void entry(String key, V value, int earlierIndex);
  }

  /**
   * Visits, in {@code order}, the earlier keys still present ({@code nowAt(i)}: the value of
   * {@code earlier[i]} now, null when it is gone) and the {@code added} keys, which it sorts.
   */
  static <V> void visit(String[] earlier, IntFunction<V> nowAt, String[] added, Function<String, V> addedValue,
      Comparator<String> order, Visitor<V> visitor) {
    Arrays.sort(added, order);
    int a = 0;
    for (int i = 0; i < earlier.length; i++) {
      V value = nowAt.apply(i);
      if (value == null) {
        continue;
      }
      String key = earlier[i];
      while (a < added.length && order.compare(added[a], key) < 0) {
        visitor.entry(added[a], addedValue.apply(added[a]), -1);
        a++;
      }
      visitor.entry(key, value, i);
    }
    for (; a < added.length; a++) {
      visitor.entry(added[a], addedValue.apply(added[a]), -1);
    }
  }

  /** Visits a map's entries in {@code order}; {@code earlier}: most of its keys, in that order. */
  static <V> void visit(String[] earlier, Predicate<String> wasEarlier, Map<String, V> now, Comparator<String> order,
      Visitor<V> visitor) {
    String[] added = now.keySet().stream().filter(k -> !wasEarlier.test(k)).toArray(String[]::new);
    visit(earlier, i -> now.get(earlier[i]), added, now::get, order, visitor);
  }
}
