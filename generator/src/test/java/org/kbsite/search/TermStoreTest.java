package org.kbsite.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TermStoreTest {
  private static DocTerms terms(int doc) {
    Random r = new Random(doc);
    // Enough terms in all to fill the store's 1 MB buffer a few times; doc 7 larger than it.
    int n = doc == 7 ? 600_000 : r.nextInt(1500);
    int[] ids = r.ints(n, 0, 10_000_000).distinct().toArray();
    int[] values = r.ints(ids.length, 0, 1 << 18).toArray();
    return DocTerms.pack(ids, values, r.nextInt(5000));
  }

  @Test
  void readsBackWhatEachDocStored() {
    try (TermStore store = new TermStore(2000)) {
      // Stored from many threads in no particular order; doc 1999 never.
      assertTrue(terms(7).packed().length > 1 << 20);
      IntStream.range(0, 1999).parallel().forEach(d -> store.put(d, terms(d)));
      assertFalse(store.has(1999));
      for (int d = 0; d < 1999; d++) {
        DocTerms want = terms(d);
        DocTerms got = store.get(d);
        assertTrue(store.has(d));
        assertArrayEquals(want.packed(), got.packed(), "doc " + d);
        assertEquals(want.count(), got.count());
        assertEquals(want.length(), got.length());
      }
      assertThrows(IllegalStateException.class, () -> store.get(1999));
      assertThrows(IllegalStateException.class, () -> store.put(1999, terms(1999)));
    }
  }
}
