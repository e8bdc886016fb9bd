package org.kbsite.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kbsite.render.ArticleView.SectionView;
import org.kbsite.render.ArticleView.Toc;
import org.kbsite.text.Spaces;

/**
 * The "IN THIS TASK" box of the step-by-step articles lists the article's headings: each item
 * that names one links to it on the page, as the box did where the archive's text came from.
 * The box is a section of its own or, more often, a sub-heading over the list.
 */
final class TaskLinks {
  private static final String BOX = "in this task";

  private final Map<String, String> anchors = new HashMap<>();

  /** The links to the headings of an article whose contents are {@code toc}. */
  TaskLinks(List<Toc> toc) {
    collect(toc);
    anchors.remove(BOX);
  }

  private void collect(List<Toc> toc) {
    for (Toc t : toc) {
      anchors.putIfAbsent(key(t.label()), t.anchor());
      collect(t.children());
    }
  }

  /** The sections, their boxes' items linked; the same list when none has a box. */
  List<SectionView> sections(List<SectionView> sections) {
    List<SectionView> out = null;
    for (int i = 0; i < sections.size(); i++) {
      SectionView s = sections.get(i);
      List<Block> blocks = isBox(s.heading()) ? linked(s.blocks()) : blocks(s.blocks());
      if (blocks != s.blocks()) {
        out = out == null ? new ArrayList<>(sections) : out;
        out.set(i, new SectionView(s.anchor(), s.heading(), s.kind(), s.headingText(), blocks));
      }
    }
    return out == null ? sections : out;
  }

  /** The blocks, with the list under an "IN THIS TASK" sub-heading linked; the same list when there is none. */
  List<Block> blocks(List<Block> blocks) {
    List<Block> out = null;
    for (int i = 0; i + 1 < blocks.size(); i++) {
      if (blocks.get(i).sub() != null && isBox(blocks.get(i).sub().label()) && blocks.get(i + 1).list() != null) {
        out = out == null ? new ArrayList<>(blocks) : out;
        out.set(i + 1, linked(List.of(blocks.get(i + 1))).get(0));
      }
    }
    return out == null ? blocks : out;
  }

  private List<Block> linked(List<Block> blocks) {
    return blocks.stream().map(b -> b.list() == null ? b : Block.list(new Block.ListBlock(b.list().ordered(),
        b.list().items().stream().map(this::item).toList()))).toList();
  }

  private Block.Item item(Block.Item i) {
    String anchor = anchors.get(key(i.text().source()));
    Span.Text text = anchor == null ? i.text() : new Span.Text(List.of(new Span(i.text().source(), "#" + anchor, false)));
    return new Block.Item(i.marker(), text, linked(i.children()));
  }

  /** Whether a heading is the box's: most are not, told by their length before any copy is made. */
  private static boolean isBox(String label) {
    return label.length() >= BOX.length() && label.length() <= BOX.length() + 8 && key(label).equals(BOX);
  }

  /** A heading as the box writes it: case, spacing and a closing colon aside. */
  private static String key(String label) {
    String k = Spaces.collapse(label.strip()).toLowerCase(Locale.ROOT);
    return k.endsWith(":") ? k.substring(0, k.length() - 1) : k;
  }
}
