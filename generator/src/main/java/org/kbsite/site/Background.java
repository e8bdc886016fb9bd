package org.kbsite.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/** Work the build runs beside its main line, and the waiting for it. */
final class Background {
  private Background() {}

  /**
   * Runs {@code task} in the common pool: for work that parallel streams may share a core with.
   * An {@link IOException} goes in an {@link UncheckedIOException}, which {@link #join} unwraps.
   */
  static <T> CompletableFuture<T> inPool(Supplier<T> task) {
    return CompletableFuture.supplyAsync(task);
  }

  /** Runs {@code task} on a thread of its own: not in the common pool, whose one worker (on two cores) parallel streams need. */
  static <T> CompletableFuture<T> onItsOwnThread(Supplier<T> task) {
    return CompletableFuture.supplyAsync(task, r -> {
      Thread t = new Thread(r, "kbsite-background");
      t.setDaemon(true);
      t.start();
    });
  }

  /** The task's result; its exception as if the task had run on this thread. */
  static <T> T join(CompletableFuture<T> f) throws IOException {
    try {
      return f.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof UncheckedIOException u) {
        throw u.getCause();
      } else if (e.getCause() instanceof RuntimeException r) {
        throw r;
      } else if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw e;
    }
  }
}
