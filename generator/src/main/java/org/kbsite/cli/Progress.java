package org.kbsite.cli;

import java.io.PrintWriter;

/**
 * "N of M pages" on an interactive terminal, redrawn in place at most every 200 ms; silent when
 * output is not a terminal or {@code --quiet} is given.
 */
final class Progress implements org.kbsite.site.SiteBuilder.Progress {
  private final PrintWriter err;
  private final boolean enabled;
  private volatile long lastDraw;
  private volatile boolean drawn;

  private Progress(PrintWriter err, boolean enabled) {
    this.err = err;
    this.enabled = enabled;
  }

  /** {@code console}: the build's output goes to a terminal though this process has none (a build server's). */
  static Progress forConsole(boolean quiet, PrintWriter err, boolean console) {
    return new Progress(err, !quiet && (console || terminal()));
  }

  /**
   * True when this process reads from and writes to a terminal. From JDK 22 on, there is a
   * {@code System.console()} even when there is none: its {@code isTerminal()} says.
   */
  static boolean terminal() {
    java.io.Console c = System.console();
    if (c == null) {
      return false;
    }
    try {
      return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(c);
    } catch (ReflectiveOperationException | RuntimeException e) {
      // Before JDK 22: a console is a terminal.
      return true;
    }
  }

  /** True on a terminal without {@code --quiet}: the user is watching. */
  boolean interactive() {
    return enabled;
  }

  @Override
  public void waiting(java.nio.file.Path out) {
    // Said even with --quiet: without it, a build that waits looks like one that hangs.
    err.println("kbsite: waiting for another kbsite build of " + out + " to finish");
    err.flush();
  }

  @Override
  public void update(int done, int total) {
    if (!enabled) {
      return;
    }
    long now = System.nanoTime();
    if (now - lastDraw < 200_000_000L) {
      return;
    }
    synchronized (this) {
      lastDraw = now;
      drawn = true;
      err.print("\rkbsite: " + done + " of " + total + " articles");
      err.flush();
    }
  }

  synchronized void clear() {
    if (drawn) {
      err.print("\r\033[K");
      err.flush();
    }
  }
}
