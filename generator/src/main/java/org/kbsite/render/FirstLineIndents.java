package org.kbsite.render;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Paragraphs set typewriter fashion, their first line indented a few spaces and the rest at the
 * margin, often with no blank line between them (the Programmer's Library's pages of 1988 and
 * 1989: {@code    Resetting the EGA into the 43-line mode corrects the problem} /
 * {@code temporarily. Run EGA.EXE ...}). Left as they are, the indented line makes the text look
 * preformatted; {@link #split} sets such a line at the margin as a paragraph of its own, so that
 * {@link TextBlocks} reads it as prose.
 */
final class FirstLineIndents {
  private FirstLineIndents() {}

  /** The deepest first-line indent: further in is a quote or code. */
  private static final int MAX = 5;
  /** Paragraphs that must show an indent before it counts as the article's own. */
  private static final int SEEN = 2;
  /** A sentence's end: {@code .}, {@code ?}, {@code !} or {@code :}, then maybe a quote or a bracket. */
  private static final Pattern SENTENCE_END = Pattern.compile("[.?!:][\"')]?\\s*$");
  /** A sentence's end that is no colon: {@code .}, {@code ?} or {@code !}, after a word, then maybe a quote or a bracket. */
  private static final Pattern SENTENCE_STOP = Pattern.compile("[A-Za-z0-9][.?!][\"')]?\\s*$");
  /** A sentence's last word and its stop. */
  private static final Pattern ENDS_SENTENCE = Pattern.compile("[A-Za-z0-9][.:?!]$");
  /** What a line of code ends with and a wrapped line of text seldom does. */
  private static final Pattern CODE_END = Pattern.compile("[;{}()=]\\s*$");

  /**
   * The indent the article's paragraphs start with: the one most of its {@link #wrapsToMargin}
   * lines have, when there are {@link #SEEN} or more of them; 0 otherwise.
   */
  static int of(List<String> lines, int width) {
    int[] counts = new int[MAX + 1];
    for (int i = 0; i < lines.size(); i++) {
      if (wrapsToMargin(lines, i, width, 0)) {
        counts[TextBlocks.indent(lines.get(i))]++;
      }
    }
    int best = 0;
    for (int indent = 1; indent <= MAX; indent++) {
      if (counts[indent] > counts[best]) {
        best = indent;
      }
    }
    return counts[best] >= SEEN ? best : 0;
  }

  /**
   * {@code lines} with each paragraph's indented first line set at the margin after a blank line:
   * a line that {@link #wrapsToMargin wraps to the margin}, and, in an article whose paragraphs
   * start indented ({@link TextBlocks.Layout#paragraphIndent}), a {@link #sentenceAt sentence}
   * at that indent ({@code    The following program demonstrates the problem:}).
   */
  static List<String> split(List<String> lines, TextBlocks.Layout layout) {
    int indent = layout.paragraphIndent();
    List<String> out = null;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      boolean starts = wrapsToMargin(lines, i, layout.width(), indent) || sentenceAt(lines, i, indent);
      if (starts && out == null) {
        out = new ArrayList<>(lines.subList(0, i));
      }
      if (starts) {
        if (i > 0 && !lines.get(i - 1).isBlank()) {
          out.add("");
        }
        out.add(line.substring(TextBlocks.indent(line)));
      } else if (out != null) {
        out.add(line);
      }
    }
    return out == null ? lines : out;
  }

  /**
   * True when line {@code i}, set in by 2 to {@link #MAX} spaces, is words that wrap onto the next
   * line, which is at the margin: a paragraph's first line. It must follow a blank line or a
   * sentence's end, at the margin or at the article's {@code paragraphIndent}; a line of code
   * ending in a bracket or a semicolon, or under one that does not end a sentence
   * ({@code IF (x) THEN}), is none. Text wrapped at an unknown width (0) tells nothing.
   */
  private static boolean wrapsToMargin(List<String> lines, int i, int width, int paragraphIndent) {
    String line = lines.get(i);
    int indent = TextBlocks.indent(line);
    if (width == 0 || indent < 2 || indent > MAX || i + 1 >= lines.size()) {
      return false;
    }
    String next = lines.get(i + 1);
    return afterParagraph(lines, i, paragraphIndent)
        && !next.isBlank() && TextBlocks.indent(next) == 0
        && plain(line) && plain(next) && !CODE_END.matcher(line).find()
        && LineBreaks.wraps(width, line, line.stripTrailing().length(), next);
  }

  /**
   * True when line {@code i} is a sentence of three words or more at {@code indent} (an article's
   * paragraph indent) after a paragraph, before a blank line or another line at that indent: a
   * paragraph of one line. In an article with no paragraph indent, a sentence set in by 2 to
   * {@link #MAX} spaces under a paragraph's last sentence, before a blank line, is one too
   * (Q32226's {@code    Cancel is mapped to the ESC key ...}); not under a line ending with a
   * colon, which sets apart what it introduces (an error message, a command), nor under a
   * screen's bullet or a list's item.
   */
  private static boolean sentenceAt(List<String> lines, int i, int indent) {
    String line = lines.get(i);
    String text = line.strip();
    String next = i + 1 < lines.size() ? lines.get(i + 1) : "";
    int at = TextBlocks.indent(line);
    boolean placed = indent > 0
        ? at == indent && afterParagraph(lines, i, indent) && (next.isBlank() || TextBlocks.indent(next) == indent && plain(next))
        : at >= 2 && at <= MAX && next.isBlank() && i > 0 && proseEnd(lines.get(i - 1));
    return placed && plain(line) && text.split(" ").length >= 3 && ENDS_SENTENCE.matcher(text).find();
  }

  /** A paragraph's last line: words at the margin, starting with a letter (not a bullet's middle dot), ending a sentence. */
  private static boolean proseEnd(String line) {
    return !line.isEmpty() && Character.isLetter(line.charAt(0)) && plain(line) && SENTENCE_STOP.matcher(line).find();
  }

  /**
   * True when line {@code i} comes after a blank line or a line of words ending a sentence, at the
   * margin or at {@code paragraphIndent}.
   */
  private static boolean afterParagraph(List<String> lines, int i, int paragraphIndent) {
    String above = i > 0 ? lines.get(i - 1) : "";
    int at = TextBlocks.indent(above);
    return above.isBlank()
        || (at == 0 || at == paragraphIndent) && plain(above) && SENTENCE_END.matcher(above).find();
  }

  /** Words: no tab, no list marker, no columns, not a rule, not code. */
  private static boolean plain(String line) {
    return line.indexOf('\t') < 0 && !TextBlocks.MARKER.matcher(line).lookingAt() && !TextBlocks.shaped(line.strip())
        && !TextBlocks.isRule(line) && !CodeLines.symbolic(List.of(line));
  }
}
