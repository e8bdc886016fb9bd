package org.kbsite.render;

import java.util.List;

/**
 * One block of article text as the templates see it: exactly one of the text fields is set.
 * {@code para} is re-flowed prose ({@code lines}: with the line breaks it holds kept, where the
 * source set a line under another within the paragraph), {@code pre} keeps its lines and spacing,
 * {@code sub} is a dash-underlined sub-heading, {@code list} a bulleted or numbered list,
 * {@code cites} lines that cite other articles, one citation each.
 */
public record Block(Span.Text para, boolean lines, Span.Text pre, Heading sub, ListBlock list, Cites cites) {
  static Block para(Span.Text text, boolean lines) {
    return new Block(text, lines, null, null, null, null);
  }

  static Block pre(Span.Text text) {
    return new Block(null, false, text, null, null, null);
  }

  static Block sub(Heading heading) {
    return new Block(null, false, null, heading, null, null);
  }

  static Block list(ListBlock list) {
    return new Block(null, false, null, null, list, null);
  }

  static Block cites(List<Span.Text> cites) {
    return new Block(null, false, null, null, null, new Cites(cites));
  }

  /** A sub-heading with its page anchor; {@code level} 2 before the first section, else 3. */
  public record Heading(int level, String id, String label, Span.Text text) {}

  /** {@code ordered} lists show each item's number as written ({@code 1.}, {@code 2)}, {@code (3)}). */
  public record ListBlock(boolean ordered, List<Item> items) {
    public ListBlock {
      items = List.copyOf(items);
    }
  }

  /** A list item: its marker (numbers only), its re-flowed text, then any blocks indented under it. */
  public record Item(String marker, Span.Text text, List<Block> children) {
    public Item {
      children = List.copyOf(children);
    }
  }

  /** Citations of other articles, each a number and its title. */
  public record Cites(List<Span.Text> items) {
    public Cites {
      items = List.copyOf(items);
    }
  }
}
