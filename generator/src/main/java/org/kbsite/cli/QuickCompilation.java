package org.kbsite.cli;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import javax.management.ObjectName;
import org.kbsite.site.SiteBuilder;

/**
 * Keeps the JVM's optimizing compiler (C2) out of a short run: an incremental rebuild, or a build
 * of a small archive ({@link SiteBuilder#SHORT_ARCHIVE}). A rebuild runs most of its code once
 * over tens of thousands of small records; C2 spends more CPU compiling that code than the
 * compiled code saves, and on two cores it takes one of them from the build (a one-edit rebuild
 * of 60,000 articles: 2.7 s of C2 in 4.5 s of wall time). The quick compiler (C1) alone made that
 * rebuild 4.5 s to 3.8 s, and a clean build of 5,028 articles 8.8-9.0 s to 6.4-6.7 s; a clean
 * build of 60,000 needs C2. A build server does the same for its rebuilds once its warm-up has
 * compiled their code with C2 (BuildServer.Later).
 *
 * <p>Done with a compiler directive (JEP 165, Compiler Control) added and removed through the
 * JVM's diagnostic command MBean, as {@code jcmd PID Compiler.directives_add} would: no JVM
 * option is needed. Where the runtime has no such MBean, the build runs as it would without.
 * What it costs: a method that became hot while C2 was excluded stays with C1 after the
 * directive is removed (HotSpot marks it not compilable by C2), so a rebuild whose key turns
 * out to differ keeps its scan and state reading on C1; and a rebuild with many edits runs on
 * C1 throughout (a whole site made on C1 takes about 13% more CPU). Removing takes the newest
 * directives off the JVM's stack: one added meanwhile with {@code jcmd} would go in their place.
 */
final class QuickCompilation implements SiteBuilder.Tuning {
  /**
   * C2 excluded but for the JDK's SHA-256 code, whose hardware instructions only C2 uses (an
   * intrinsic): C1 alone made every hash of the build several times slower, which cost a
   * rebuild 0.75 s of CPU. The first directive that matches a method applies.
   */
  private static final String DIRECTIVE = "[{match: \"sun/security/provider/*.*\", c2: {Exclude: false}},"
      + " {match: \"*.*\", c2: {Exclude: true}}]";
  /** The directives in {@link #DIRECTIVE}: each is removed on its own. */
  private static final int DIRECTIVES = 2;
  private CompletableFuture<Boolean> added;

  @Override
  public void shortRun() {
    // On a thread of its own: the MBean server takes about 0.1 s to start, and the common pool's
    // workers are the build's.
    added = new CompletableFuture<>();
    Thread t = new Thread(() -> {
      try {
        added.complete(add());
      } catch (Throwable e) {
        // Out of memory, say: longRun must not wait for ever on a directive never added.
        added.complete(false);
      }
    }, "kbsite-compiler-directive");
    t.setDaemon(true);
    t.start();
  }

  private static boolean add() {
    try {
      Path file = Files.createTempFile("kbsite-compiler", ".json");
      try {
        Files.writeString(file, DIRECTIVE);
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

  /** Waits for the directive of {@link #shortRun}: true when it is in place. */
  boolean added() {
    return added != null && added.join();
  }

  @Override
  public void longRun() {
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

  /** Runs a diagnostic command; returns what it prints. */
  static Object command(String operation, Object[] args, String[] signature) throws Exception {
    return ManagementFactory.getPlatformMBeanServer().invoke(
        new ObjectName("com.sun.management:type=DiagnosticCommand"), operation, args, signature);
  }
}
