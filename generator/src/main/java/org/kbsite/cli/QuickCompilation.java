package org.kbsite.cli;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import javax.management.ObjectName;
import org.kbsite.site.SiteBuilder;

/**
 * Keeps the JVM's optimizing compiler (C2) off code it does not pay for. Of a short run (an
 * incremental rebuild, or a full build of a small archive: {@link SiteBuilder#SHORT_ARCHIVE}) C2
 * compiles nothing but the JDK's SHA-256 code; of a long run (a full build of a large archive),
 * nothing but the JDK's code, up to {@link #WHOLE_C2} articles.
 *
 * <p>Why: a rebuild runs most of its code once over tens of thousands of small records; C2 spends
 * more CPU compiling that code than the compiled code saves, and on two cores it takes one of them
 * from the build (a one-edit rebuild of 60,000 articles: 2.7 s of C2 in 4.5 s of wall time; the
 * quick compiler, C1, alone made it 3.8 s). A full build of a large archive gains from C2 on the
 * JDK's code (strings, collections, regular expressions, hashing, I/O), which every article runs
 * the same way, but not on kbsite's and its libraries', far more of it and run in more varied
 * ways: at 60,000 articles C2 took 24.9 s of CPU with every method open to it and 8.4 s with the
 * JDK's only, and the build 35.6 s against 31.0 s (C1 alone: 40 s). A build server does the same
 * for its rebuilds once its warm-up has compiled their code with C2 (BuildServer.Later).
 *
 * <p>Done with compiler directives (JEP 165, Compiler Control) added and removed through the
 * JVM's diagnostic command MBean, as {@code jcmd PID Compiler.directives_add} would: no JVM
 * option is needed. Where the runtime has no such MBean, the build runs as it would without.
 * What it costs: a method that became hot while C2 was excluded stays with C1 after the
 * directive is removed (HotSpot marks it not compilable by C2), so a rebuild whose key turns out
 * to differ keeps its scan and state reading on C1, and a rebuild with many edits runs on C1
 * throughout (a whole site made on C1 takes about 13% more CPU). Removing takes the newest
 * directives off the JVM's stack: one added meanwhile with {@code jcmd} would go in their place.
 */
final class QuickCompilation implements SiteBuilder.Tuning {
  /**
   * C2 excluded but for the JDK's SHA-256 code, whose hardware instructions only C2 uses (an
   * intrinsic): C1 alone made every hash of the build several times slower, which cost a
   * rebuild 0.75 s of CPU. The first directive that matches a method applies.
   */
  static final String SHORT_RUN = "[{match: \"sun/security/provider/*.*\", c2: {Exclude: false}},"
      + " {match: \"*.*\", c2: {Exclude: true}}]";
  /** C2 excluded but for the JDK's code. */
  static final String LONG_RUN = "[{match: [\"java/*.*\", \"jdk/*.*\", \"sun/*.*\"], c2: {Exclude: false}},"
      + " {match: \"*.*\", c2: {Exclude: true}}]";
  /**
   * A full build of this many articles or more leaves all code to C2: it runs long enough for C2's
   * code to pay for its compiling. Clean builds into tmpfs, all code to C2 against the JDK's only:
   * 60,000 articles 37.7-40.0 s against 32.5-33.7 s; 120,000 60.0-61.5 s against 60.3-61.3 s;
   * 200,000 102.2 s (162.4 s of user CPU) against 100.9 s (169.9 s). The gain is gone by 120,000,
   * and the CPU kbsite's code spends on C1 grows with the archive.
   */
  static final int WHOLE_C2 = 200_000;
  /** The directives in each: each is removed on its own. */
  private static final int DIRECTIVES = 2;
  /** Whether the directives last asked for are in place; null when none were. */
  private CompletableFuture<Boolean> added;

  @Override
  public void shortRun() {
    use(SHORT_RUN);
  }

  @Override
  public void longRun(int articles) {
    if (articles < WHOLE_C2) {
      use(LONG_RUN);
    } else {
      ended();
    }
  }

  @Override
  public void ended() {
    if (added()) {
      try {
        for (int i = 0; i < DIRECTIVES; i++) {
          command("compilerDirectivesRemove", new Object[0], new String[0]);
        }
      } catch (Exception | LinkageError e) {
        // The directive stays: the build is slower, not wrong.
      }
    }
    added = null;
  }

  /** Puts {@code directives} in place of those there are. */
  private void use(String directives) {
    ended();
    // On a thread of its own: the MBean server takes about 0.1 s to start, and the common pool's
    // workers are the build's.
    CompletableFuture<Boolean> adding = new CompletableFuture<>();
    added = adding;
    Thread t = new Thread(() -> {
      try {
        adding.complete(add(directives));
      } catch (Throwable e) {
        // Out of memory, say: ended must not wait for ever on a directive never added.
        adding.complete(false);
      }
    }, "kbsite-compiler-directive");
    t.setDaemon(true);
    try {
      t.start();
    } catch (Throwable e) {
      // No thread to be had: ended must not wait for ever on a directive never added.
      adding.complete(false);
    }
  }

  private static boolean add(String directives) {
    try {
      Path file = Files.createTempFile("kbsite-compiler", ".json");
      try {
        Files.writeString(file, directives);
        Object printed = command("compilerDirectivesAdd", new Object[] {new String[] {file.toString()}},
            new String[] {String[].class.getName()});
        // What jcmd would print: "2 compiler directives added", or why none were.
        return String.valueOf(printed).contains(DIRECTIVES + " compiler directives added");
      } finally {
        Files.deleteIfExists(file);
      }
    } catch (Exception | LinkageError e) {
      // No MBean server, no diagnostic commands (a runtime without java.management), no temp folder.
      return false;
    }
  }

  /** Waits for the directives last asked for: true when they are in place. */
  boolean added() {
    return added != null && added.join();
  }

  /** Runs a diagnostic command; returns what it prints. */
  static Object command(String operation, Object[] args, String[] signature) throws Exception {
    return ManagementFactory.getPlatformMBeanServer().invoke(
        new ObjectName("com.sun.management:type=DiagnosticCommand"), operation, args, signature);
  }
}
