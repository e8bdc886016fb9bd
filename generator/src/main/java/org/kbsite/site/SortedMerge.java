package org.kbsite.site;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;

/**
 * The entries of a map in key order, when most keys are those of an earlier map whose order is
 * known: the earlier order is walked, and the few keys the map adds are sorted and merged in.
 * Sorting every key again was most of writing a rebuild's state.
 */
final class SortedMerge {
  private SortedMerge() {}

  /** Receives an entry, with its index in the earlier order, or -1 for a key the earlier map lacked. */
  interface Visitor<V> {
    void entry(String key, V value, int earlierIndex);
  }

  /**
   * Visits every entry of {@code now} in {@code order}. {@code earlier}: the earlier map's keys in
   * that order; {@code wasEarlier} tells whether a key is among them.
   */
  static <V> void visit(String[] earlier, java.util.function.Predicate<String> wasEarlier, Map<String, V> now,
      Comparator<String> order, Visitor<V> visitor) {
    String[] added = now.keySet().stream().filter(k -> !wasEarlier.test(k)).toArray(String[]::new);
    Arrays.sort(added, order);
    int a = 0;
    for (int i = 0; i < earlier.length; i++) {
      String key = earlier[i];
      V value = now.get(key);
      if (value == null) {
        continue;
      }
      while (a < added.length && order.compare(added[a], key) < 0) {
        visitor.entry(added[a], now.get(added[a]), -1);
        a++;
      }
      visitor.entry(key, value, i);
    }
    for (; a < added.length; a++) {
      visitor.entry(added[a], now.get(added[a]), -1);
    }
  }
}
