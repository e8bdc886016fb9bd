package org.kbsite.render;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import org.kbsite.render.TextBlocks.Chunk;
import org.kbsite.text.Wrapped;

import static org.kbsite.render.TextBlocks.MARKER;
import static org.kbsite.render.TextBlocks.indent;
import static org.kbsite.render.TextBlocks.isRule;
import static org.kbsite.render.TextBlocks.lineByLine;
import static org.kbsite.render.TextBlocks.shaped;

/** One item: its first line's text, wrapped lines, then nested lines and chunks. */
final class ItemParse {
  private final String marker;
  /** The marker's number or letter; null for a bullet. */
  private final String number;
  private final int textColumn;
  private final List<String> text = new ArrayList<>();
  private final List<Chunk> nested = new ArrayList<>();
  /** The blocks taken in from between this step and the next, at the list's margin. */
  private final Set<Chunk> between = Collections.newSetFromMap(new IdentityHashMap<>());
  private int betweenColumn;

  ItemParse(String marker, String number, int textColumn, String first) {
    this.marker = marker;
    this.number = number;
    this.textColumn = textColumn;
    text.add(first);
  }

  /** A line that goes on with whatever the item's last line was part of. */
  void continued(String line) {
    if (nested.isEmpty()) {
      text.add(line);
    } else {
      nested.get(nested.size() - 1).lines().add(line);
    }
  }

  /** A block set further in than the item's text, after a blank line or before its next item. */
  void nest(Chunk chunk) {
    nested.add(chunk);
  }

  /**
   * A block from between this step and the next, at or left of the list's numbers ({@code
   * column}): one set left of the item's text is laid out as it would be there, not as the item's
   * text (Q245816's code set in two columns under {@code to:}, which the item's text column would
   * take for a paragraph of it).
   */
  void nestBetween(Chunk chunk, int column) {
    nested.add(chunk);
    between.add(chunk);
    betweenColumn = column;
  }

  /** The last marker among the lines nested in this item at {@code indent}, matched; null when none. */
  Matcher lastMarkerAt(int indent) {
    for (int c = nested.size() - 1; c >= 0; c--) {
      List<String> lines = nested.get(c).lines();
      for (int i = lines.size() - 1; i >= 0; i--) {
        Matcher m = MARKER.matcher(lines.get(i));
        if (m.lookingAt() && m.group(1).length() == indent) {
          return m;
        }
      }
    }
    return null;
  }

  /** The item's last line as written, nested or not, without its trailing spaces. */
  String lastLine() {
    List<String> lines = nested.isEmpty() ? text : nested.get(nested.size() - 1).lines();
    return lines.get(lines.size() - 1).stripTrailing();
  }

  /**
   * True when the item's last block, its text or what is nested in it, is a sentence that ends with
   * a colon: it introduces what follows ({@code Delete the following files:}; Q147863's {@code If
   * you are using MSB Earth, type the following ...:} under its step), where a label does not
   * ({@code 2. Feature Overview:} over its section, Q297774), nor code that ends with one
   * ({@code REQNAME=PCM:}, Q99268).
   */
  boolean introduces() {
    List<String> last = nested.isEmpty() ? text : nested.get(nested.size() - 1).lines();
    return lastLine().endsWith(":")
        && last.stream().mapToLong(l -> TextBlocks.LOWER_WORD.matcher(l).results().count()).sum() >= 2;
  }

  /** The number or letter the next item would have; null for a bullet. */
  String next() {
    if (number == null) {
      return null;
    }
    return Character.isLetter(number.charAt(0)) ? String.valueOf((char) (number.charAt(0) + 1))
        : String.valueOf(Integer.parseInt(number) + 1);
  }

  /** A line inside the item: wrapped text until the first line that is not plain hanging text. */
  void line(String line) {
    boolean wrapped = nested.isEmpty() && indent(line) <= textColumn + 1
        && !shaped(line.strip()) && !MARKER.matcher(line).lookingAt() && !isRule(line);
    if (wrapped) {
      text.add(line);
    } else if (nested.isEmpty()) {
      nested.add(new Chunk(new ArrayList<>(List.of(line)), 0));
    } else {
      nested.get(nested.size() - 1).lines().add(line);
    }
  }

  Block.Item build(TextBlocks blocks, boolean ordered) {
    // Lines set one under another after the item's text (a command, an address, fields) are
    // laid out as a block under it. Only when there are two or more: a list was often wrapped
    // narrower than the text around it, and its lines then look short.
    boolean[] wraps = blocks.wraps(text, textColumn + text.get(0).stripTrailing().length());
    int run = 1;
    while (run < text.size() && wraps[run - 1]) {
      run++;
    }
    // Or one line under the item's last sentence that is no part of it: -or- before the next
    // alternative (Q123077), an example (Q322028's "Example: John Doe").
    boolean apart = run < text.size() - 1 ? lineByLine(wraps, run) || run == 1 && isLabel(text.get(0), text.get(1))
        : run == text.size() - 1 && TextBlocks.asideAfterSentence(text.get(run - 1), text.get(run));
    List<Chunk> under = nested;
    if (apart) {
      under = new ArrayList<>();
      under.add(new Chunk(new ArrayList<>(text.subList(run, text.size())), 0));
      under.addAll(nested);
    }
    List<Block> children = new ArrayList<>();
    boolean[] starred = CodeLines.starredCode(under, lines -> !blocks.paragraphUnder(lines, textColumn));
    for (int c = 0; c < under.size(); c++) {
      ListParse list = starred[c] ? null : blocks.nestedList(under.get(c));
      int last = list == null ? c : list.absorbFrom(under, c, starred);
      Block.ListBlock built = list == null ? null : list.build(blocks);
      if (built == null) {
        Chunk chunk = under.get(c);
        // Set left of the item's text: laid out as at the list's margin it came from.
        boolean outside = between.contains(chunk) && indent(chunk.lines().get(0)) < textColumn;
        blocks.nested(children, chunk, outside ? betweenColumn : textColumn, starred[c]);
        continue;
      }
      // A list under the item takes the chunks after it as the top level's lists do: those set
      // further in nest in its items (Q271758's services under step i.), a note at the margin
      // between two of its items stays in it.
      c = last;
      blocks.addNestedList(children, built);
    }
    String joined = Wrapped.join(under == nested ? text : text.subList(0, run));
    return new Block.Item(ordered ? marker : null, blocks.linker.link(joined), children);
  }

  /** The most words of a term an item names before its description. */
  private static final int LABEL_WORDS = 4;

  /**
   * True when {@code first}, an item's first line, is a term that the lines under it describe, not
   * the start of a sentence they go on with (Q160270's {@code - AutoFill} over {@code Assists in
   * resolving display names ...}): a few words, the last a name's, with no sign after it, the next
   * line starting anew with a capital, and the first line short of a wrap (the caller's {@code run}
   * of one).
   */
  private static boolean isLabel(String first, String next) {
    String[] words = first.strip().split(" +");
    String last = words[words.length - 1];
    String rest = next.strip();
    // A term's last word is a name's (AutoFill, Send Phase, Event ID: 7002), not "the" or "and".
    return words.length <= LABEL_WORDS && !last.isEmpty() && Character.isLetterOrDigit(last.charAt(last.length() - 1))
        && (Character.isUpperCase(last.charAt(0)) || Character.isDigit(last.charAt(0)))
        && !rest.isEmpty() && Character.isUpperCase(rest.charAt(0));
  }
}
