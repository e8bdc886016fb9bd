package org.kbsite.parse;

import java.util.List;
import java.util.Map;

/**
 * A page split into its parts: the front matter (every key kept, in order), the Markdown outside
 * the raw block, and the raw block's lines with their leading TAB removed. {@code rawFirstLine}
 * is the source line number of {@code rawLines.get(0)}. {@code notes} are remarks about input
 * that was accepted although it departs from the archive's format.
 */
public record ParsedPage(
    String path,
    Map<String, Object> frontMatter,
    String markdown,
    List<String> rawLines,
    int rawFirstLine,
    List<Note> notes) {
  /** A remark about the page at a 1-based source line. */
  public record Note(int line, String reason) {}

  public ParsedPage {
    rawLines = List.copyOf(rawLines);
    notes = List.copyOf(notes);
  }

  public ParsedPage(
      String path, Map<String, Object> frontMatter, String markdown, List<String> rawLines, int rawFirstLine) {
    this(path, frontMatter, markdown, rawLines, rawFirstLine, List.of());
  }

  public String title() {
    Object t = frontMatter.get("title");
    return t instanceof String s ? s : null;
  }
}
