package org.kbsite.markdown;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;

/**
 * Markdown outside raw blocks to HTML. Raw HTML in the source is escaped, never passed through,
 * and link URLs are sanitised. Flexmark's parser and renderer are immutable once built, so one
 * instance serves every thread.
 */
public final class MarkdownRenderer {
  private static final MutableDataSet OPTIONS = new MutableDataSet()
      .set(HtmlRenderer.ESCAPE_HTML, true)
      .set(HtmlRenderer.SUPPRESS_HTML, false);
  private static final Parser PARSER = Parser.builder(OPTIONS).build();
  private static final HtmlRenderer RENDERER = HtmlRenderer.builder(OPTIONS).build();

  private MarkdownRenderer() {}

  public static String toHtml(String markdown) {
    if (markdown.isBlank()) {
      return "";
    }
    return RENDERER.render(PARSER.parse(markdown));
  }
}
