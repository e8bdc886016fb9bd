package org.kbsite.search;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The search index's terms and their IDs, shared by the threads that index articles. A rebuild
 * seeds it with the previous build's dictionary, so that its unchanged articles keep their packed
 * terms as they are; a build without one numbers terms in the order the threads happen to meet
 * them, and hands the next build its terms in name order instead ({@link #forNextBuild}).
 */
final class TermDictionary {
  private final Map<String, Integer> ids = new ConcurrentHashMap<>();
  private final AtomicInteger nextId = new AtomicInteger();
  private final boolean seeded;
  private ForNextBuild forNextBuild;

  /** {@code seed}: an earlier build's terms by ID, or null. */
  TermDictionary(String[] seed) {
    seeded = seed != null;
    if (seed != null) {
      for (int i = 0; i < seed.length; i++) {
        ids.put(seed[i], i);
      }
      nextId.set(seed.length);
    }
  }

  /** A term's ID, a new one for a term not met before. Thread-safe. */
  int id(String term) {
    // A lock-free get first: nearly every term is known, and computeIfAbsent locks the bin of any
    // term it does not find first in it.
    Integer known = ids.get(term);
    return known != null ? known : ids.computeIfAbsent(term, k -> nextId.getAndIncrement());
  }

  /** The terms by their IDs in this build. */
  String[] names() {
    String[] names = new String[ids.size()];
    ids.forEach((t, id) -> names[id] = t);
    return names;
  }

  /**
   * The dictionary the next build is seeded with, and an article's terms in its IDs: those of
   * this build when it was seeded, so that the next can copy its unchanged articles' terms as
   * they are; else in name order, so that two builds of the same content leave the same state.
   */
  record ForNextBuild(String[] names, int[] renumbered) {
    DocTerms terms(DocTerms t) {
      return renumbered == null ? t : t.renumbered(renumbered);
    }
  }

  /** Made once, when all terms are in. */
  synchronized ForNextBuild forNextBuild() {
    if (forNextBuild == null) {
      String[] names = names();
      if (seeded) {
        forNextBuild = new ForNextBuild(names, null);
      } else {
        Integer[] order = new Integer[names.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparing(i -> names[i]));
        String[] sorted = new String[names.length];
        int[] renumbered = new int[names.length];
        for (int k = 0; k < order.length; k++) {
          sorted[k] = names[order[k]];
          renumbered[order[k]] = k;
        }
        forNextBuild = new ForNextBuild(sorted, renumbered);
      }
    }
    return forNextBuild;
  }
}
