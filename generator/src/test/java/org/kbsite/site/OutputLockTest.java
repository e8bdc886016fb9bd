package org.kbsite.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
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
 * process holds the folder's lock (a build, or a build server rehearsing), and a rehearsal does
 * not start while a build holds it. The other process is a JVM of its own ({@link Holder}): the
 * locks are the operating system's, which a process does not contend with itself.
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
    for (boolean shared : List.of(false, true)) {
      Process holder = hold(shared);
      try {
        CountDownLatch waited = new CountDownLatch(1);
        CompletableFuture<BuildReport> build = CompletableFuture.supplyAsync(() -> build(waited));
        assertTrue(waited.await(60, TimeUnit.SECONDS), "the build says it waits");
        Thread.sleep(300);
        assertFalse(build.isDone(), "and waits: " + (shared ? "a rehearsal" : "a build") + " holds the folder");
        holder.getOutputStream().close();
        assertEquals(0, holder.waitFor());
        assertEquals("incremental", build.get(60, TimeUnit.SECONDS).changes().build(), "then it builds");
      } finally {
        holder.destroy();
      }
    }
  }

  @Test
  void aRehearsalDoesNotStartWhileABuildHoldsTheFolder() throws Exception {
    build(new CountDownLatch(1));
    Map<String, String> before = TestTrees.stamps(site.getParent());
    Process holder = hold(false);
    try {
      assertNull(new SiteBuilder(options(), (n, t) -> {}).rehearse(), "nothing rehearsed");
      assertEquals(before, TestTrees.stamps(site.getParent()), "nothing made");
    } finally {
      holder.getOutputStream().close();
      holder.waitFor();
    }
    Process rehearsing = hold(true);
    try {
      assertTrue(new SiteBuilder(options(), (n, t) -> {}).rehearse() != null, "a rehearsal beside a rehearsal runs");
    } finally {
      rehearsing.getOutputStream().close();
      rehearsing.waitFor();
    }
  }

  private BuildOptions options() {
    return new BuildOptions(content, site, null, "/");
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

  /** A JVM that holds the site's lock (shared or not) until its input closes. */
  private Process hold(boolean shared) throws IOException {
    Path lockFile = OutputLock.fileFor(site.toRealPath());
    assertNotNull(lockFile, "this user has a private folder for locks: " + UserFolder.get());
    String java = ProcessHandle.current().info().command().orElse("java");
    Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Holder.class.getName(),
        lockFile.toString(), Boolean.toString(shared))
        .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    String line = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8)).readLine();
    assertEquals("locked", line, "the other process holds the lock");
    return p;
  }

  /** The other process: locks the file named by its first argument, says so, and waits for its input to close. */
  public static final class Holder {
    public static void main(String[] args) throws IOException {
      boolean shared = Boolean.parseBoolean(args[1]);
      try (FileChannel file = FileChannel.open(Path.of(args[0]), StandardOpenOption.CREATE, StandardOpenOption.READ,
          StandardOpenOption.WRITE); var lock = file.lock(0, Long.MAX_VALUE, shared)) {
        System.out.println("locked");
        System.out.flush();
        System.in.readAllBytes();
      }
    }
  }
}
