package org.kbsite.cli;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import javax.management.JMException;
import javax.management.ObjectName;
import org.kbsite.site.SiteBuilder;

/**
 * Keeps the JVM's optimizing compiler (C2) out of an incremental rebuild. A rebuild runs most of
 * its code once over tens of thousands of small records; C2 spends more CPU compiling that code
 * than the compiled code saves, and on two cores it takes one of them from the build (a one-edit
 * rebuild of 60,000 articles: 2.7 s of C2 in 4.5 s of wall time). The quick compiler (C1) alone
 * made that rebuild 4.5 s to 3.8 s; a clean build needs C2.
 *
 * <p>Done with a compiler directive (JEP 165, Compiler Control) added and removed through the
 * JVM's diagnostic command MBean, as {@code jcmd PID Compiler.directives_add} would: no JVM
 * option is needed. Where the runtime has no such MBean, the build runs as it would without.
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
    // In the background: the MBean server takes about 0.1 s to start.
    added = CompletableFuture.supplyAsync(() -> {
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
      } catch (java.io.IOException | JMException | RuntimeException e) {
        return false;
      }
    });
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
      } catch (JMException | RuntimeException e) {
        // The directive stays: the build is slower, not wrong.
      }
    }
    added = null;
  }

  /** Runs a diagnostic command; returns what it prints. */
  static Object command(String operation, Object[] args, String[] signature) throws JMException {
    return ManagementFactory.getPlatformMBeanServer().invoke(
        new ObjectName("com.sun.management:type=DiagnosticCommand"), operation, args, signature);
  }
}
