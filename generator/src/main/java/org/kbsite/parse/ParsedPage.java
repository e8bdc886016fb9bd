package org.kbsite.parse;

import java.util.List;
import java.util.Map;

/**
 * A page split into its parts: the front matter (every key kept, in order), the Markdown outside
 * the raw block, and the raw block's lines with their leading TAB removed. {@code rawFirstLine}
 * is the source line number of {@code rawLines.get(0)}.
 */
public record ParsedPage(
    String path,
    Map<String, Object> frontMatter,
    String markdown,
    List<String> rawLines,
    int rawFirstLine) {
  public ParsedPage {
    rawLines = List.copyOf(rawLines);
  }

  public String title() {
    Object t = frontMatter.get("title");
    return t instanceof String s ? s : null;
  }
}
