package org.kbsite.render;

import java.util.ArrayList;
import java.util.List;
import org.kbsite.model.AppliesTo;
import org.kbsite.model.Article;
import org.kbsite.model.Section;

/** What {@code article.mustache} sees. */
public record ArticleView(
    String id,
    String title,
    List<String> tags,
    List<Field> header,
    List<Block> preBox,
    String appliesToIntro,
    List<Item> appliesTo,
    List<Block> intro,
    List<SectionView> sections,
    String queryWords,
    List<Field> trailer,
    String markdownHtml) {

  public record Field(String label, String value) {}

  public boolean hasAppliesTo() {
    return !appliesTo.isEmpty();
  }

  public boolean hasQueryWords() {
    return queryWords != null;
  }

  public boolean hasTrailer() {
    return !trailer.isEmpty();
  }

  public record Item(String text, List<Item> children) {
    public boolean hasChildren() {
      return !children.isEmpty();
    }
  }

  public record SectionView(String anchor, String heading, String kind, List<Block> blocks) {}

  public static ArticleView of(Article a) {
    List<Field> header = new ArrayList<>();
    header.add(new Field("Article", a.id().toString()));
    header.add(new Field("Product(s)", String.join(", ", a.products())));
    header.add(new Field("Version(s)", a.versionsRaw()));
    header.add(new Field("Operating System(s)", String.join(" | ", a.os())));
    header.add(new Field("Keyword(s)", String.join(" ", a.keywords())));
    header.add(new Field("Last Modified", a.lastModified() == null ? "" : a.lastModified().toString()));
    List<Field> trailer = new ArrayList<>();
    a.trailer().fields().forEach((k, v) -> trailer.add(new Field(k, v)));
    return new ArticleView(
        a.id().toString(),
        a.title(),
        a.tags(),
        header,
        TextBlocks.of(a.body().preBox()),
        a.appliesToIntro(),
        tree(a.appliesTo()),
        TextBlocks.of(a.body().intro()),
        sections(a.body().sections()),
        a.additionalQueryWords(),
        trailer,
        a.markdownHtml());
  }

  private static List<SectionView> sections(List<Section> sections) {
    List<SectionView> out = new ArrayList<>();
    Anchors.Unique anchors = new Anchors.Unique();
    for (Section s : sections) {
      String anchor = anchors.of(Anchors.slug(s.heading()));
      out.add(new SectionView(anchor, s.heading(), s.kind().key(), TextBlocks.of(s.lines())));
    }
    return out;
  }

  /** Nests the box's bullets by depth. */
  private static List<Item> tree(List<AppliesTo> flat) {
    List<Item> roots = new ArrayList<>();
    List<List<Item>> levels = new ArrayList<>();
    levels.add(roots);
    for (AppliesTo a : flat) {
      int depth = Math.min(a.depth(), levels.size() - 1);
      while (levels.size() > depth + 1) {
        levels.remove(levels.size() - 1);
      }
      Item item = new Item(a.text(), new ArrayList<>());
      levels.get(depth).add(item);
      levels.add(item.children());
    }
    return roots;
  }
}
