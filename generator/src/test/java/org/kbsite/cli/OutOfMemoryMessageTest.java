package org.kbsite.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

/** Running out of heap is told as such, not as a bug, even when it comes wrapped from a worker thread. */
class OutOfMemoryMessageTest {
  @Test
  void findsTheHeapRunningOutThroughWrappers() {
    assertTrue(Main.outOfMemory(new OutOfMemoryError("Java heap space")));
    assertTrue(Main.outOfMemory(new CompletionException(new IllegalStateException(new OutOfMemoryError()))));
    assertFalse(Main.outOfMemory(new IllegalStateException("two outputs at one path: a.html")));
  }
}
