package org.kbsite.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class InternerTest {
  @Test
  void equalValuesShareTheFirstInstanceAndOthersStayApart() {
    Interner lists = new Interner();
    List<String> first = new ArrayList<>(List.of("Microsoft Windows NT"));
    List<String> equal = List.of("Microsoft Windows NT");
    List<String> other = List.of("Microsoft Windows 95");

    assertSame(first, lists.intern(first));
    assertSame(first, lists.intern(equal));
    assertSame(other, lists.intern(other));
    assertNotSame(lists.intern(equal), lists.intern(other));
    // Another build's interner knows nothing of this one's values.
    assertSame(equal, new Interner().intern(equal));
  }

  @Test
  void threadsInterningTheSameValuesAtOnceGetOneInstanceOfEach() throws Exception {
    Interner lists = new Interner();
    int threads = 8;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<List<List<Integer>>>> got = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        got.add(pool.submit(() -> {
          start.await();
          List<List<Integer>> mine = new ArrayList<>();
          for (int v = 0; v < 2_000; v++) {
            // A fresh list each time: only interning can make two of them the same instance.
            mine.add(lists.intern(List.of(v % 500, v % 7)));
          }
          return mine;
        }));
      }
      start.countDown();
      Set<List<Integer>> instances = Collections.newSetFromMap(new IdentityHashMap<>());
      for (Future<List<List<Integer>>> f : got) {
        instances.addAll(f.get(1, TimeUnit.MINUTES));
      }
      // (v % 500, v % 7) repeats only every 3,500 values: 2,000 distinct lists.
      Set<List<Integer>> values = new java.util.HashSet<>();
      for (int v = 0; v < 2_000; v++) {
        values.add(List.of(v % 500, v % 7));
      }
      assertEquals(values.size(), instances.size());
    } finally {
      pool.shutdownNow();
    }
  }
}
