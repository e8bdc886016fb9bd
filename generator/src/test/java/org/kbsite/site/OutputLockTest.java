package org.kbsite.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.kbsite.TestPaths;
import org.kbsite.TestTrees;

/**
 * Two processes never write one output folder at once: a build waits, saying so, while another
 * process holds the folder's lock (a build, or a build server rehearsing); a rehearsal does not
 * start while a build holds the lock or waits for it, and stops when a build comes to wait; and a
 * second lock taken in one JVM does not release the first. The other process is a JVM of its own
 * ({@link LockHolder}): the locks are the operating system's, which a process does not contend with
 * itself.
 */
class OutputLockTest {
  private Path content;
  private Path site;

  @BeforeEach
  void setUp(TestInfo info) throws IOException {
    Path work = TestPaths.scratch("output-lock/" + info.getTestMethod().orElseThrow().getName());
    CorpusSite.deleteTree(work);
    content = work.resolve("content");
    TestTrees.copy(TestPaths.repoRoot().resolve("content"), content);
    site = work.resolve("site");
  }

  @Test
  void aBuildWaitsWhileAnotherProcessHoldsTheFolder() throws Exception {
    build(new CountDownLatch(1));
    for (String mode : List.of("build", "rehearsal")) {
      Process holder = hold(mode);
      try {
        CountDownLatch waited = new CountDownLatch(1);
        CompletableFuture<BuildReport> build = CompletableFuture.supplyAsync(() -> build(waited));
        assertTrue(waited.await(60, TimeUnit.SECONDS), "the build says it waits");
        Thread.sleep(300);
        assertFalse(build.isDone(), "and waits while a " + mode + " holds the folder");
        holder.getOutputStream().close();
        assertEquals(0, holder.waitFor());
        assertEquals("incremental", build.get(60, TimeUnit.SECONDS).changes().build(), "then it builds");
      } finally {
        holder.destroy();
      }
    }
  }

  @Test
  void aRehearsalDoesNotStartWhileABuildHoldsOrWaitsForTheFolder() throws Exception {
    build(new CountDownLatch(1));
    Map<String, String> before = TestTrees.stamps(site.getParent());
    for (String mode : List.of("build", "intent")) {
      Process holder = hold(mode);
      try {
        assertNull(builder(SiteBuilder.Tuning.NONE).rehearse(), "nothing rehearsed while a " + mode + " holds the lock");
        assertEquals(before, TestTrees.stamps(site.getParent()), "nothing made");
      } finally {
        release(holder);
      }
    }
    Process rehearsing = hold("rehearsal");
    try {
      assertNotNull(builder(SiteBuilder.Tuning.NONE).rehearse(), "a rehearsal beside a rehearsal runs");
    } finally {
      release(rehearsing);
    }
  }

  @Test
  void aRehearsalStopsWhenABuildComesToWait() throws Exception {
    build(new CountDownLatch(1));
    Map<String, String> before = TestTrees.stamps(site);
    Process[] waiting = new Process[1];
    SiteBuilder.Tuning buildComes = new SiteBuilder.Tuning() {
      @Override
      public boolean rehearsalWanted() {
        if (waiting[0] == null) {
          try {
            // What a build of another process does when it must wait: it takes the intent byte.
            waiting[0] = hold("intent");
          } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        }
        return true;
      }
    };
    try {
      assertThrows(SiteBuilder.RehearsalStopped.class, () -> builder(buildComes).rehearse());
    } finally {
      release(waiting[0]);
    }
    assertEquals(before, TestTrees.stamps(site), "the site as it was");
    try (var beside = Files.list(site.getParent())) {
      assertEquals(List.of("content", "site"), beside.map(p -> p.getFileName().toString()).sorted().toList(),
          "no staging folder left");
    }
  }

  @Test
  void aSecondLockInOneProcessIsRefusedAndLeavesTheFirstInPlace() throws Exception {
    Files.createDirectories(site);
    Path out = site.toRealPath();
    Path lockFile = ProcessLock.forOutput(out);
    try (ProcessLock first = ProcessLock.exclusive(lockFile, () -> {})) {
      assertThrows(IOException.class, () -> ProcessLock.exclusive(lockFile, () -> {}), "a second build here");
      assertNull(ProcessLock.tryShared(lockFile), "a rehearsal here");
      assertNull(ProcessLock.tryExclusive(lockFile), "a build server's lock here");
      assertEquals("held", probe(), "another process still finds the folder locked");
    }
    assertEquals("free", probe(), "until the first lock is released");
  }

  private BuildOptions options() {
    return new BuildOptions(content, site, null, "/");
  }

  private SiteBuilder builder(SiteBuilder.Tuning tuning) {
    return new SiteBuilder(options(), (n, t) -> {}, tuning);
  }

  private BuildReport build(CountDownLatch waited) {
    SiteBuilder.Progress progress = new SiteBuilder.Progress() {
      @Override
      public void update(int done, int total) {}

      @Override
      public void waiting(Path out) {
        assertEquals(site.toAbsolutePath().normalize(), out);
        waited.countDown();
      }
    };
    try {
      return new SiteBuilder(options(), progress).build();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** A JVM that takes the site's lock as {@code mode} says ({@link LockHolder}) and holds it until released. */
  private Process hold(String mode) throws IOException {
    return LockHolder.hold(site, mode);
  }

  /** What another process finds when it tries the site's lock: {@code held} or {@code free}. */
  private String probe() throws IOException, InterruptedException {
    return LockHolder.probe(site);
  }

  private static void release(Process holder) throws IOException, InterruptedException {
    LockHolder.release(holder);
  }
}
