package org.kbsite.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.kbsite.TestPaths;

/**
 * Lock files no process uses are deleted ({@link ProcessLock#sweep}) without ever letting two
 * processes hold one lock: a file another process holds (alone or shared), waits for, or this JVM
 * holds stays, and a process that locks a file swept meanwhile takes the lock of the file made
 * again at its path.
 * The other process is a JVM of its own ({@link LockHolder}).
 */
class LockSweepTest {
  private static final Instant NOW = Instant.now();
  private Path dir;

  @BeforeEach
  void setUp(TestInfo info) throws IOException {
    dir = TestPaths.scratch("lock-sweep/" + info.getTestMethod().orElseThrow().getName());
    CorpusSite.deleteTree(dir);
    Files.createDirectories(dir);
  }

  private Path file(String name, Duration age) throws IOException {
    Path f = Files.createFile(dir.resolve(name));
    Files.setLastModifiedTime(f, FileTime.from(NOW.minus(age)));
    return f;
  }

  @Test
  void deletesOnlyOldLockFilesNoProcessHoldsOrWaitsFor() throws Exception {
    Path unused = file("unused.lock", Duration.ofHours(2));
    Path recent = file("recent.lock", Duration.ofMinutes(1));
    Path notALock = file("notes.txt", Duration.ofHours(2));
    Path heldElsewhere = file("held.lock", Duration.ofHours(2));
    Path waitedFor = file("waited.lock", Duration.ofHours(2));
    Path heldHere = file("here.lock", Duration.ofHours(2));
    Path sharedElsewhere = file("shared.lock", Duration.ofHours(2));
    Process holder = LockHolder.holdFile(heldElsewhere, "build");
    Process waiter = LockHolder.holdFile(waitedFor, "intent");
    Process rehearsal = LockHolder.holdFile(sharedElsewhere, "rehearsal");
    try (ProcessLock mine = ProcessLock.tryExclusive(heldHere)) {
      assertNotNull(mine);
      assertEquals(1, ProcessLock.sweep(dir, NOW.minus(Duration.ofHours(1))));
      assertFalse(Files.exists(unused), "an old lock file no one uses is deleted");
      for (Path kept : new Path[] {recent, notALock, heldElsewhere, waitedFor, sharedElsewhere, heldHere}) {
        assertTrue(Files.exists(kept), "kept: " + kept.getFileName());
      }
      assertEquals("held", LockHolder.probeFile(heldHere), "this JVM's lock is still held");
      assertEquals("held", LockHolder.probeFile(heldElsewhere), "so is the other process's");
    } finally {
      LockHolder.release(holder);
      LockHolder.release(waiter);
      LockHolder.release(rehearsal);
    }
    try (ProcessLock again = ProcessLock.tryExclusive(unused)) {
      assertNotNull(again, "a swept lock is made again when needed");
      assertEquals("held", LockHolder.probeFile(unused));
    }
  }

  /**
   * A sweep killed between marking a file retired and deleting it leaves the retired file at its
   * path: the next lock clears it and takes a new one, and so does the next sweep.
   */
  @Test
  void aRetiredFileLeftAtItsPathIsCleared() throws Exception {
    for (boolean byLock : new boolean[] {true, false}) {
      Path lockFile = file("left" + byLock + ".lock", Duration.ofMinutes(1));
      Files.write(lockFile, new byte[] {0, 0, 1});
      if (byLock) {
        ProcessLock lock = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(20),
            () -> ProcessLock.tryExclusive(lockFile), "the lock does not spin on the retired file");
        try (lock) {
          assertNotNull(lock);
          assertEquals(0, Files.size(lockFile), "a new file at its path");
          assertEquals("held", LockHolder.probeFile(lockFile), "and the lock is on it");
        }
      } else {
        assertEquals(1, ProcessLock.sweep(dir, NOW.minus(Duration.ofHours(1))), "a sweep deletes it, however recent");
        assertFalse(Files.exists(lockFile));
      }
    }
  }

  @Test
  void aLockWaitedForWhileItsFileIsSweptIsTakenOnTheNewFile() throws Exception {
    Path lockFile = file("swept.lock", Duration.ofHours(2));
    // The other process holds the lock and, as it lets go, marks the file retired and deletes it:
    // what a sweep does to a file a build opened but has not locked yet.
    Process holder = LockHolder.holdFile(lockFile, "retiring");
    CountDownLatch waiting = new CountDownLatch(1);
    CompletableFuture<ProcessLock> taken = CompletableFuture.supplyAsync(() -> {
      try {
        return ProcessLock.exclusive(lockFile, waiting::countDown);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    try {
      assertTrue(waiting.await(60, TimeUnit.SECONDS), "the lock is waited for");
    } finally {
      LockHolder.release(holder);
    }
    try (ProcessLock lock = taken.get(60, TimeUnit.SECONDS)) {
      assertTrue(Files.exists(lockFile), "the file was made again");
      assertEquals("held", LockHolder.probeFile(lockFile), "and the lock taken is on it, not on the deleted one");
    }
  }
}
