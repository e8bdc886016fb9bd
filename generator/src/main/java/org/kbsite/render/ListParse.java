package org.kbsite.render;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kbsite.render.TextBlocks.Chunk;

import static org.kbsite.render.TextBlocks.MARKER;
import static org.kbsite.render.TextBlocks.indent;
import static org.kbsite.render.SubHeadings.headingLines;
import static org.kbsite.render.TextBlocks.number;
import static org.kbsite.render.TextBlocks.shaped;
import static org.kbsite.render.TextBlocks.wrappedNumber;

/**
 * A list being read: its items' markers all at one indent and of one kind (a bullet character,
 * or numbers with the same punctuation). Lines between items must be the item's wrapped text
 * (indented past the marker, no further than the text) or belong to a block nested in it.
 */
final class ListParse {
  private final int indent;
  private final String kind;
  private final List<ItemParse> items = new ArrayList<>();

  /** Tells a line at the margin that goes on with an item's text; null when none may. */
  private final TextBlocks margin;

  private ListParse(int indent, String kind, TextBlocks margin) {
    this.indent = indent;
    this.kind = kind;
    this.margin = margin;
  }

  /** The list these lines make, the first being a marker line; null when they make none. */
  static ListParse of(List<String> lines, TextBlocks margin) {
    Matcher first = MARKER.matcher(lines.get(0));
    if (!first.lookingAt()) {
      return null;
    }
    ListParse list = new ListParse(first.group(1).length(), kind(first), margin);
    return list.add(lines) ? list : null;
  }

  /** Adds the items of {@code lines}, which start with a marker; false (and nothing added) if they don't fit. */
  private boolean add(List<String> lines) {
    List<ItemParse> read = new ArrayList<>();
    ItemParse item = null;
    String above = null;
    boolean oneItem = oneItem(lines);
    for (String line : lines) {
      Matcher m = MARKER.matcher(line);
      int in = indent(line);
      boolean marked = m.lookingAt();
      if (marked && item != null && wrappedNumber(above, m) && !number(m).equals(item.next())) {
        // "... Windows" / "95. This ...": the item's text goes on.
        item.continued(line);
      } else if (marked && in == indent) {
        String text = line.substring(m.end());
        if (!kind(m).equals(kind) || shaped(text)) {
          return false;
        }
        item = new ItemParse(m.group().strip(), ordinal(m), m.end(), text);
        read.add(item);
      } else if (item == null || in <= indent && !(marginWraps(oneItem) && margin.wrappedAtMargin(above, line))) {
        return false;
      } else {
        item.line(line);
      }
      above = line;
    }
    items.addAll(read);
    return true;
  }

  /**
   * True when an item's text may go on at the margin: in a list that is {@link #oneItem one item},
   * or whose markers stand at the indent the article's paragraphs start with, as its text wraps
   * to the margin too (Q31170: {@code    3. A control structure has been closed outside of the
   * block it} / {@code controls.}).
   */
  private boolean marginWraps(boolean oneItem) {
    return margin != null && (oneItem || indent > 0 && indent == margin.paragraphIndent);
  }

  /**
   * True when {@code lines} are one item, its marker on the first line only, ending as a sentence
   * does: lines of its text set at the margin ({@code 2. On the View menu, ... Advanced} /
   * {@code Features command.}) may then be its wrapped text ({@link TextBlocks#wrappedAtMargin}),
   * as the blank lines around it set it apart from the text after.
   */
  private static boolean oneItem(List<String> lines) {
    for (int i = 1; i < lines.size(); i++) {
      if (MARKER.matcher(lines.get(i)).lookingAt()) {
        return false;
      }
    }
    // Code under a starred comment ends otherwise: RETURN LEN(hurl.memo).
    return lines.size() > 1 && lines.get(lines.size() - 1).strip().matches(".*[.:?!\"]$");
  }

  /**
   * Takes the chunks after {@code chunks[c]}, the one this list was read from, that go on with it
   * or nest in its items, and the notes between its items ({@link #absorbAside}); returns the index
   * of the last chunk taken. {@code skip} (null for none) marks chunks that are no list's.
   */
  int absorbFrom(List<Chunk> chunks, int c, boolean[] skip) {
    while (c + 1 < chunks.size() && (skip == null || !skip[c + 1])) {
      int between;
      if (absorb(chunks.get(c + 1))) {
        c++;
      } else if (c + 2 < chunks.size() && (skip == null || !skip[c + 2])
          && absorbAside(chunks.get(c + 1), chunks.get(c + 2))) {
        c += 2;
      } else if ((between = absorbBetween(chunks, c, skip)) > c) {
        c = between;
      } else if ((between = absorbIntroduced(chunks, c, skip)) > c) {
        c = between;
      } else {
        break;
      }
    }
    return c;
  }

  /** Takes the chunk after a blank line when it continues this list or nests in its last item. */
  boolean absorb(Chunk next) {
    List<String> chunk = next.lines();
    if (headingLines(chunk) > 0) {
      return false;
    }
    Matcher m = MARKER.matcher(chunk.get(0));
    if (m.lookingAt() && m.group(1).length() == indent) {
      return kind(m).equals(kind) && add(chunk);
    }
    ItemParse last = items.get(items.size() - 1);
    int back = backAtIndent(chunk);
    if (back > 0) {
      // Text under the last item, then the next items with no blank line between (Q122042's
      // "  open the Technical Support help file ..." / "- In Visual C++ 32-bit edition, ...";
      // Q313064's "   - How to Create a Counter Log" / "- How to Configure a Counter Log").
      if (!add(new ArrayList<>(chunk.subList(back, chunk.size())))) {
        return false;
      }
      last.nest(new Chunk(new ArrayList<>(chunk.subList(0, back)), next.gap()));
      return true;
    }
    if (chunk.stream().anyMatch(l -> indent(l) <= indent)) {
      return false;
    }
    last.nest(next);
    return true;
  }

  /**
   * Takes {@code aside}, a chunk at or left of this list's markers that would end it, and
   * {@code next}, when {@code next} goes on with the list nested in the last item: a marker set in
   * as far as that list's, of its kind, the next letter or number after its last (Q185058's
   * {@code   a. ...} / {@code NOTE: For this method, ...} at the margin / {@code   b. ...}); or
   * when it opens the list that the item's last line, ending with a colon, leads into. The aside
   * is then the item's, not the end of the list. False, and nothing taken, otherwise.
   */
  boolean absorbAside(Chunk aside, Chunk next) {
    List<String> lines = aside.lines();
    List<String> after = next.lines();
    if (headingLines(lines) > 0 || MARKER.matcher(lines.get(0)).lookingAt()
        || lines.stream().anyMatch(l -> indent(l) > indent)
        || headingLines(after) > 0 || after.stream().anyMatch(l -> indent(l) <= indent)) {
      return false;
    }
    Matcher m = MARKER.matcher(after.get(0));
    if (!m.lookingAt()) {
      return false;
    }
    ItemParse last = items.get(items.size() - 1);
    Matcher before = last.lastMarkerAt(m.group(1).length());
    // Or the list the item's last line led into with its colon, the aside between them
    // (Q185058's "f. ... do the following:" / NOTE: You must complete ... / "     1. In a new ...").
    boolean opened = before == null && first(m) && last.lastLine().endsWith(":");
    if (!opened && (before == null || !follows(before, m))) {
      return false;
    }
    // A bullet has no number to say the list goes on: only a note (NOTE: ..., WARNING: ...) or
    // one line (-or-) between two bullets keeps them one list; a paragraph ends it. A list the
    // item's colon opens is the item's whatever comes between.
    if (!opened && m.group(2) != null && lines.size() > 1 && !LABELLED_NOTE.matcher(lines.get(0)).lookingAt()) {
      return false;
    }
    last.nest(aside);
    last.nest(next);
    return true;
  }

  /** The most blocks between two steps that keep them one procedure. */
  private static final int MAX_BETWEEN = 3;

  /**
   * Takes what comes between the last item and the next step, at or left of this list's numbers,
   * into the last item, and the next step as the list's next item, when a chunk within {@link
   * #MAX_BETWEEN} after {@code chunks[c]} starts with the number or letter after the last item's,
   * of its kind, at its indent (Q271758's keys between {@code a.} and {@code b.}), and no label
   * over it leads into it ({@link #leadsIn}): a note (Q233969's {@code 2. Locate the following key ...} / {@code NOTE:
   * ...} / {@code 3. On the Edit menu ...}), a key or a command set at the margin (Q184576's
   * {@code HKEY_LOCAL_MACHINE\...} under {@code 2. Navigate to the following key:}), a paragraph
   * on what the step does (Q129830) is the first step's, not the end of the procedure. Not across
   * a heading, a rule or another list's marker. Returns the index of the last chunk taken; {@code
   * c} when none is.
   */
  private int absorbBetween(List<Chunk> chunks, int c, boolean[] skip) {
    ItemParse last = items.get(items.size() - 1);
    if (last.next() == null) {
      return c;
    }
    for (int j = c + 2; j < chunks.size() && j <= c + 1 + MAX_BETWEEN; j++) {
      if (skip != null && (skip[j - 1] || skip[j]) || !mayComeBetween(chunks.get(j - 1).lines())) {
        return c;
      }
      List<String> next = chunks.get(j).lines();
      Matcher m = MARKER.matcher(next.get(0));
      if (m.lookingAt() && m.group(1).length() == indent && kind(m).equals(kind)
          && last.next().equals(ordinal(m))) {
        if (leadsIn(chunks.get(j - 1).lines()) || !add(next)) {
          return c;
        }
        for (int k = c + 1; k < j; k++) {
          last.nestBetween(chunks.get(k), indent);
        }
        return j;
      }
    }
    return c;
  }

  /**
   * Takes what the last item introduces into it, when the item's last block is a sentence that
   * ends with a colon ({@link ItemParse#introduces}) and what follows it, at or left of this list's
   * markers, runs to where the list would end anyway ({@link #endsList}), or to the end of the
   * text (Q271758's {@code c. Delete the following files from the Windows
   * directory:} over the files set at the margin of its letters, before the next numbered step).
   * That is one block, or, when it is set in, the blocks after it set in as far or further, as code
   * a blank line apart is one block (Q247389's program; Q130874's {@code NET VIEW /?} and the
   * sentence under it). All or nothing: when more follows (another label and its block, Q238070's
   * {@code For Alpha-based computers:}; a paragraph at the margin), each block stays where it was,
   * after the list, with the others of its kind. Returns the index of the last chunk taken;
   * {@code c} when none is.
   */
  private int absorbIntroduced(List<Chunk> chunks, int c, boolean[] skip) {
    if (!items.get(items.size() - 1).introduces() || !mayTake(chunks, c + 1, skip)) {
      return c;
    }
    int in = indent(chunks.get(c + 1).lines().get(0));
    int j = c + 1;
    while (in > 0 && j + 1 < chunks.size() && mayTake(chunks, j + 1, skip)
        && chunks.get(j + 1).lines().stream().allMatch(l -> indent(l) >= in)) {
      j++;
    }
    if (j + 1 < chunks.size() && !endsList(chunks.get(j + 1).lines())) {
      return c;
    }
    for (int k = c + 1; k <= j; k++) {
      items.get(items.size() - 1).nestBetween(chunks.get(k), indent);
    }
    return j;
  }

  /** True when chunk {@code k} may be taken into an item from beside the list: no step's label, heading, rule or marker. */
  private boolean mayTake(List<Chunk> chunks, int k, boolean[] skip) {
    return (skip == null || !skip[k]) && mayComeBetween(chunks.get(k).lines()) && !leadsIn(chunks.get(k).lines());
  }

  /**
   * True when {@code lines} start where this list ends or goes on: its next item (a marker of its
   * kind at its indent), a marker left of its own (a list it is nested in), a heading or a rule.
   * Not a marker of another kind at its indent (Q159007's files bulleted under {@code From: D:\}),
   * which goes on with what the item introduced.
   */
  private boolean endsList(List<String> lines) {
    Matcher m = MARKER.matcher(lines.get(0));
    return headingLines(lines) > 0 || RULE.matcher(lines.get(0)).matches()
        || m.lookingAt() && (m.group(1).length() < indent || m.group(1).length() == indent && kind(m).equals(kind));
  }

  /**
   * True when {@code lines}, right before the next step, are one line at or left of this list's
   * markers that ends with a colon: a label over the steps after it (Q249590's {@code On the SQL
   * Server:} between d. and e.), not the step before's.
   */
  private boolean leadsIn(List<String> lines) {
    return lines.size() == 1 && indent(lines.get(0)) <= indent && lines.get(0).stripTrailing().endsWith(":");
  }

  /** A chunk that may stand between two steps: no heading, rule or marker at or left of this list's. */
  private boolean mayComeBetween(List<String> lines) {
    if (headingLines(lines) > 0) {
      return false;
    }
    for (String line : lines) {
      Matcher m = MARKER.matcher(line);
      if (m.lookingAt() && m.group(1).length() <= indent || RULE.matcher(line).matches()) {
        return false;
      }
    }
    return true;
  }

  /** A line of one drawing character: a rule. */
  private static final Pattern RULE = Pattern.compile(" *([-=_*~])\\1{2,} *");

  /** A note's label in capitals: {@code NOTE:}, {@code WARNING:}, {@code IMPORTANT:}. */
  private static final Pattern LABELLED_NOTE = Pattern.compile(" *\\(?[A-Z]{3,}:");

  /** True when marker {@code m} opens a list: 1, a, or a bullet. */
  private static boolean first(Matcher m) {
    String number = TextBlocks.number(m);
    return m.group(6) != null ? m.group(6).equals("a") : number == null || number.equals("1");
  }

  /** True when marker {@code m} is the one after {@code before}: b. after a., 3) after 2), a bullet after the same bullet. */
  private static boolean follows(Matcher before, Matcher m) {
    if (!kind(before).equals(kind(m))) {
      return false;
    }
    if (m.group(6) != null) {
      return m.group(6).charAt(0) == before.group(6).charAt(0) + 1;
    }
    String number = TextBlocks.number(m);
    return number == null || Integer.parseInt(number) == Integer.parseInt(TextBlocks.number(before)) + 1;
  }

  /**
   * Where lines set in from this list's markers give way to a marker of its kind at its indent:
   * the first such line when every line before it is set further in; -1 when there is none.
   */
  private int backAtIndent(List<String> chunk) {
    for (int i = 0; i < chunk.size(); i++) {
      String line = chunk.get(i);
      if (indent(line) > indent || line.isBlank()) {
        continue;
      }
      Matcher m = MARKER.matcher(line);
      return i > 0 && m.lookingAt() && m.group(1).length() == indent && kind(m).equals(kind) ? i : -1;
    }
    return -1;
  }

  /**
   * The list; null when an item is a bullet alone on its line with nothing under it (Q110389's
   * over a heading, Q137450's over a line set left of it): such lines make no list.
   */
  Block.ListBlock build(TextBlocks blocks) {
    // A bullet (group 2 of the marker) is one character; a number's kind is more.
    boolean ordered = kind.length() > 1;
    List<Block.Item> built = items.stream().map(i -> i.build(blocks, ordered)).toList();
    if (built.stream().anyMatch(i -> i.text().source().isEmpty() && i.children().isEmpty())) {
      return null;
    }
    return new Block.ListBlock(ordered, built);
  }

  /** The marker's number or letter ({@code 3}, {@code b}); null for a bullet. */
  private static String ordinal(Matcher m) {
    return m.group(6) != null ? m.group(6) : number(m);
  }

  private static String kind(Matcher m) {
    if (m.group(2) != null) {
      return m.group(2);
    }
    if (m.group(6) != null) {
      return "a" + m.group(7);
    }
    return m.group(3) != null ? "1" + m.group(4) : "(1)";
  }

}
