package org.kbsite.parallel;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;

/**
 * Runs {@code n} tasks on the calling thread and the common pool's workers, each thread taking
 * the next few indices as it finishes the last. Unlike a parallel stream, which splits the range
 * into four parts per worker up front, it keeps both cores busy when the pool's one worker (on two
 * cores) joins late, being busy with other work when the tasks start (the build state's
 * reading during the scan): the stream then left three quarters of the work to the calling thread.
 * The calling thread waits only for the indices taken; a worker that starts after the last index
 * is taken does nothing.
 */
public final class Parallel {
  private Parallel() {}

  /** Indices a thread takes at once: few enough that both threads end together, enough that taking them costs nothing. */
  private static int chunk(int n) {
    return Math.max(1, Math.min(64, n / 256));
  }

  /** {@code task} applied to 0 to {@code n - 1}, in that order (null results kept); the first exception thrown is rethrown. */
  public static <T> List<T> map(int n, IntFunction<T> task) {
    Object[] results = new Object[n];
    forEach(n, i -> results[i] = task.apply(i));
    @SuppressWarnings("unchecked")
    List<T> list = (List<T>) Collections.unmodifiableList(Arrays.asList(results));
    return list;
  }

  /** Runs {@code task} for 0 to {@code n - 1}, in no set order; the first exception thrown is rethrown once all taken indices are done. */
  public static void forEach(int n, IntConsumer task) {
    if (n == 0) {
      return;
    }
    int size = chunk(n);
    int chunks = (n + size - 1) / size;
    AtomicInteger next = new AtomicInteger();
    CountDownLatch done = new CountDownLatch(chunks);
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Runnable taker = () -> {
      for (int c; (c = next.getAndIncrement()) < chunks; done.countDown()) {
        if (failure.get() != null) {
          continue;
        }
        try {
          for (int i = c * size, end = Math.min(n, i + size); i < end; i++) {
            task.accept(i);
          }
        } catch (RuntimeException | Error e) {
          failure.compareAndSet(null, e);
        }
      }
    };
    for (int w = Math.min(ForkJoinPool.getCommonPoolParallelism(), chunks - 1); w > 0; w--) {
      ForkJoinPool.commonPool().execute(taker);
    }
    taker.run();
    awaitUninterruptibly(done);
    Throwable t = failure.get();
    if (t instanceof RuntimeException r) {
      throw r;
    } else if (t instanceof Error e) {
      throw e;
    }
  }

  private static void awaitUninterruptibly(CountDownLatch latch) {
    boolean interrupted = false;
    while (true) {
      try {
        latch.await();
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
