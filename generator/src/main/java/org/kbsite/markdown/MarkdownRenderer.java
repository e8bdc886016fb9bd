package org.kbsite.markdown;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * Markdown outside raw blocks to HTML. Raw HTML in the source is escaped, never passed through,
 * and the result goes through jsoup's allow-list, which drops every attribute and URL scheme it
 * does not know (Flexmark alone lets {@code JavaScript:} and {@code &#106;avascript:} links
 * through). Flexmark's parser and renderer and the allow-list are immutable once built, so one
 * instance serves every thread.
 */
public final class MarkdownRenderer {
  private static final MutableDataSet OPTIONS = new MutableDataSet()
      .set(HtmlRenderer.ESCAPE_HTML, true)
      .set(HtmlRenderer.SUPPRESS_HTML, false);
  private static final Parser PARSER = Parser.builder(OPTIONS).build();
  private static final HtmlRenderer RENDERER = HtmlRenderer.builder(OPTIONS).build();
  /** Relative links stay as written; jsoup needs some absolute base to check them against. */
  private static final String BASE = "https://kbsite.invalid/";
  private static final Safelist ALLOWED = Safelist.relaxed().preserveRelativeLinks(true);
  private static final Document.OutputSettings OUTPUT = new Document.OutputSettings().prettyPrint(false);

  private MarkdownRenderer() {}

  public static String toHtml(String markdown) {
    if (markdown.isBlank()) {
      return "";
    }
    return Jsoup.clean(RENDERER.render(PARSER.parse(markdown)), BASE, ALLOWED, OUTPUT);
  }
}
