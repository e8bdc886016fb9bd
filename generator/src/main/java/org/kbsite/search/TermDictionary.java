package org.kbsite.search;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * The search index's terms and their IDs, shared by the threads that index articles. A rebuild
 * seeds it with the previous build's dictionary, so that its unchanged articles keep their packed
 * terms as they are; a build without one numbers terms in the order the threads happen to meet
 * them, and hands the next build its terms in name order instead ({@link #forNextBuild}).
 *
 * <p>A term that no article has any more is dropped ({@link #drop}) and handed on as a free ID
 * ({@link #FREE}), which the next build gives to a term it meets for the first time: no article
 * refers to it, and so a dictionary handed from rebuild to rebuild keeps to the terms in use rather
 * than growing with every word an edit ever brought in.
 */
final class TermDictionary {
  /** The name a free ID is handed on with: no term is empty. */
  static final String FREE = "";

  private final Map<String, Integer> ids = new ConcurrentHashMap<>();
  private final AtomicInteger nextId = new AtomicInteger();
  /** The seed's free IDs, ascending, and how many of them were taken. */
  private final int[] free;
  private final AtomicInteger freeTaken = new AtomicInteger();
  private final boolean seeded;
  private ForNextBuild forNextBuild;

  /** {@code seed}: an earlier build's terms by ID ({@link #FREE} for an ID no term has), or null. */
  TermDictionary(String[] seed) {
    seeded = seed != null;
    int[] freeIds = new int[0];
    if (seed != null) {
      freeIds = new int[seed.length];
      int n = 0;
      for (int i = 0; i < seed.length; i++) {
        if (seed[i].equals(FREE)) {
          freeIds[n++] = i;
        } else {
          ids.put(seed[i], i);
        }
      }
      freeIds = Arrays.copyOf(freeIds, n);
      nextId.set(seed.length);
    }
    free = freeIds;
  }

  /** A term's ID, a new one for a term not met before. Thread-safe. */
  int id(String term) {
    // A lock-free get first: nearly every term is known, and computeIfAbsent locks the bin of any
    // term it does not find first in it.
    Integer known = ids.get(term);
    return known != null ? known : ids.computeIfAbsent(term, k -> newId());
  }

  private int newId() {
    int k = freeTaken.getAndIncrement();
    return k < free.length ? free[k] : nextId.getAndIncrement();
  }

  /**
   * Drops a term that no article has any more: its ID is free for the next build. Called once
   * every article is in, before {@link #forNextBuild}.
   */
  void drop(String term) {
    ids.remove(term);
  }

  /** The terms by their IDs in this build; null for an ID no term has. */
  String[] names() {
    String[] names = new String[nextId.get()];
    ids.forEach((t, id) -> names[id] = t);
    return names;
  }

  /**
   * The dictionary the next build is seeded with, and an article's terms in its IDs: those of
   * this build when it was seeded, so that the next can copy its unchanged articles' terms as
   * they are, with {@link #FREE} for the IDs no term has; else in name order, so that two builds
   * of the same content leave the same state.
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
        Arrays.setAll(names, i -> names[i] == null ? FREE : names[i]);
        forNextBuild = new ForNextBuild(names, null);
      } else {
        Integer[] order = IntStream.range(0, names.length).filter(i -> names[i] != null).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparing(i -> names[i]));
        String[] sorted = new String[order.length];
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
