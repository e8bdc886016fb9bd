package org.kbsite.parallel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ParallelTest {
  @Test
  void resultsComeInTheOrderOfTheirIndices() {
    List<String> squares = Parallel.map(10_000, i -> Integer.toString(i * i));
    assertEquals(IntStream.range(0, 10_000).mapToObj(i -> Integer.toString(i * i)).toList(), squares);
    assertEquals(List.of(), Parallel.map(0, i -> "never"));
  }

  @Test
  void aNullResultIsKept() {
    List<String> r = Parallel.map(3, i -> i == 1 ? null : "x");
    assertNull(r.get(1));
    assertEquals("x", r.get(2));
  }

  @Test
  void everyIndexRunsExactlyOnce() {
    AtomicInteger[] runs = IntStream.range(0, 5_000).mapToObj(i -> new AtomicInteger()).toArray(AtomicInteger[]::new);
    Parallel.forEach(runs.length, i -> runs[i].incrementAndGet());
    assertTrue(IntStream.range(0, runs.length).allMatch(i -> runs[i].get() == 1));
  }

  @Test
  void theCallerDoesAllTheWorkWhileThePoolIsBusy() throws InterruptedException {
    // Every worker of the common pool held until the tasks are done: they must not wait for it.
    int workers = ForkJoinPool.getCommonPoolParallelism();
    CountDownLatch held = new CountDownLatch(workers);
    CountDownLatch release = new CountDownLatch(1);
    for (int w = 0; w < workers; w++) {
      ForkJoinPool.commonPool().execute(() -> {
        held.countDown();
        try {
          release.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      });
    }
    try {
      held.await();
      Set<Thread> threads = ConcurrentHashMap.newKeySet();
      List<Integer> r = Parallel.map(1_000, i -> {
        threads.add(Thread.currentThread());
        return i;
      });
      assertEquals(999, r.get(999));
      assertEquals(Set.of(Thread.currentThread()), threads);
    } finally {
      release.countDown();
    }
  }

  @Test
  void aTasksExceptionReachesTheCaller() {
    IllegalStateException thrown = new IllegalStateException("page 7 is unreadable");
    IllegalStateException caught = assertThrows(IllegalStateException.class, () -> Parallel.forEach(100, i -> {
      if (i == 7) {
        throw thrown;
      }
    }));
    assertSame(thrown, caught);
  }
}
