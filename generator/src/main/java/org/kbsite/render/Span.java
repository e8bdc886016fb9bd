package org.kbsite.render;

import java.util.List;

/**
 * A run of text, possibly a link. {@code missing} marks a link to an article the archive does
 * not hold: it goes to the "cited but missing" list instead of a page that does not exist;
 * {@code code} text the article says to type, shown as code.
 */
public record Span(String text, String href, boolean missing, boolean code) {
  Span(String text, String href, boolean missing) {
    this(text, href, missing, false);
  }

  /** A link out of the site: a web address the article gives. */
  public boolean external() {
    return href != null && (href.regionMatches(true, 0, "http://", 0, 7) || href.regionMatches(true, 0, "https://", 0, 8)
        || href.regionMatches(true, 0, "ftp://", 0, 6));
  }

  static Span plain(String text) {
    return new Span(text, null, false);
  }

  static Span code(String text) {
    return new Span(text, null, false, true);
  }

  /** Text that may mention articles, as the templates see it: {@code {{#spans}}}. */
  public record Text(List<Span> spans) {
    public Text {
      spans = List.copyOf(spans);
    }

    /** The text without its links. */
    public String source() {
      StringBuilder sb = new StringBuilder();
      spans.forEach(s -> sb.append(s.text()));
      return sb.toString();
    }
  }

  /** Turns a piece of article text into spans, linking the articles it mentions. */
  @FunctionalInterface
  public interface Linker {
    Text link(String text);

    /** No links at all: for tests and for text that is not the article's. */
    Linker NONE = t -> new Text(List.of(plain(t)));
  }
}
