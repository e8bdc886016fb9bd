package org.kbsite.parse;

/** A page that cannot become an article: the reason and the 1-based source line it concerns. */
public final class PageException extends Exception {
  private final int line;

  public PageException(int line, String reason) {
    super(reason);
    this.line = line;
  }

  public int line() {
    return line;
  }

  public String reason() {
    return getMessage();
  }
}
