package org.kbsite.render;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.kbsite.incremental.Hash;
import org.kbsite.incremental.Hasher;
import org.kbsite.index.Facets;
import org.kbsite.index.ProductVersions;
import org.kbsite.index.SiteIndex;
import org.kbsite.model.AppliesTo;
import org.kbsite.model.Article;
import org.kbsite.model.ArticleSummary;
import org.kbsite.model.Body;
import org.kbsite.model.Event;
import org.kbsite.model.KbId;
import org.kbsite.model.Section;
import org.kbsite.model.Version;
import org.kbsite.text.Spaces;

/** What {@code article.mustache} sees. */
public record ArticleView(
    String id,
    String title,
    List<Field> header,
    List<Block> preBox,
    String appliesToIntro,
    List<Item> appliesTo,
    List<Toc> toc,
    List<Block> intro,
    List<SectionView> sections,
    List<EventRow> events,
    Span.Text queryWords,
    List<Line> trailer,
    List<Cite> cites,
    List<Cite> citedBy,
    List<Cite> related,
    List<Cite> nearby,
    String markdownHtml) {

  /** Ids of the page's own parts; section and sub-heading anchors never take these. */
  static final List<String> RESERVED = List.of("on-this-page", "event-log", "cites", "cited-by", "related", "nearby");

  /** A value, linked to its index page when it has one; {@code datetime} is set for dates. */
  public record Link(String text, String href, String datetime) {
    Link(String text, String href) {
      this(text, href, null);
    }
  }

  /** A header field and its values; {@code lines} when they are lines set one under another, not words. */
  public record Field(String label, List<Link> values, boolean lines) {
    Field(String label, List<Link> values) {
      this(label, values, false);
    }
  }

  public record Line(String label, String value) {}

  public record Item(String text, List<Item> children) {
    public boolean hasChildren() {
      return !children.isEmpty();
    }
  }

  /**
   * An entry of the "on this page" list. A long list of sub-headings (Q156063's release notes have
   * 183 under MORE INFORMATION) is folded, so that the sections after it are not screens away.
   */
  public record Toc(String anchor, String label, List<Toc> children) {
    private static final int FOLD_ABOVE = 20;

    public boolean hasChildren() {
      return !children.isEmpty();
    }

    public boolean folded() {
      return children.size() > FOLD_ABOVE;
    }

    public int childCount() {
      return children.size();
    }
  }

  public record SectionView(String anchor, String heading, String kind, Span.Text headingText, List<Block> blocks) {}

  /** {@code sourceHref}: the page of the source's articles. */
  public record EventRow(int id, String href, String source, String sourceHref, String type, String category,
      String description, String code) {
    public String separateCode() {
      return EventView.separateCode(description, code);
    }

    /** An entry that is only its ID: named in the title, or in the text without its fields. */
    public boolean bare() {
      return source == null && type == null && category == null && description == null && code == null;
    }
  }

  /** Another article: linked, or marked as not in this archive. */
  public record Cite(String id, String title, String href, boolean missing) {}

  public boolean hasAppliesTo() {
    return !appliesTo.isEmpty();
  }

  public boolean hasToc() {
    return toc.size() > 1;
  }

  public boolean hasEvents() {
    return !events.isEmpty();
  }

  /**
   * The event table's columns after the ID: those some entry fills (most tables have no
   * category, many no type), the description's at least, where a bare entry says it has none.
   */
  public boolean eventSources() {
    return events.stream().anyMatch(e -> e.source() != null);
  }

  public boolean eventTypes() {
    return events.stream().anyMatch(e -> e.type() != null);
  }

  public boolean eventCategories() {
    return events.stream().anyMatch(e -> e.category() != null);
  }

  public boolean eventDescriptions() {
    return events.stream().anyMatch(e -> e.description() != null || e.code() != null)
        || !eventSources() && !eventTypes() && !eventCategories();
  }

  /** How many columns the table has after the ID: what a bare entry's note spans. */
  public int eventColumns() {
    return (eventSources() ? 1 : 0) + (eventTypes() ? 1 : 0) + (eventCategories() ? 1 : 0) + (eventDescriptions() ? 1 : 0);
  }

  public boolean hasTrailer() {
    return !trailer.isEmpty();
  }

  public boolean hasCites() {
    return !cites.isEmpty();
  }

  public boolean hasCitedBy() {
    return !citedBy.isEmpty();
  }

  public boolean hasRelated() {
    return !related.isEmpty();
  }

  public boolean hasNearby() {
    return !nearby.isEmpty();
  }

  /** How the article's text was set ({@link TextBlocks.Layout}). */
  private static TextBlocks.Layout layout(Body body) {
    List<String> all = new ArrayList<>(body.preBox());
    all.add("");
    all.addAll(body.intro());
    for (Section s : body.sections()) {
      all.add("");
      all.addAll(s.lines());
    }
    return TextBlocks.Layout.of(all);
  }

  public static ArticleView of(Article a, Links links, SiteIndex index) {
    Span.Linker linker = links.linker(a.id(), a.events().stream().map(Event::id).collect(Collectors.toSet()));
    Anchors.Unique anchors = new Anchors.Unique(RESERVED);
    List<Toc> toc = new ArrayList<>();
    TextBlocks.Layout layout = layout(a.body());
    // The older header is a field of the header, its lines one under another, runs of spaces made one.
    List<String> olderHeader = !a.body().olderHeader() ? null
        : a.body().preBox().stream().filter(l -> !l.isBlank()).map(l -> Spaces.collapse(l.strip())).toList();
    List<Block> preBox = olderHeader != null ? List.of()
        : TextBlocks.of(a.body().preBox(), layout, linker, sub -> anchors.of(Anchors.slug(sub)), 2);
    List<Block> intro = TextBlocks.of(a.body().intro(), layout, linker, sub -> anchors.of(Anchors.slug(sub)), 2);
    toc.addAll(subHeadings(preBox));
    toc.addAll(subHeadings(intro));
    List<SectionView> sections = new ArrayList<>();
    for (Section s : a.body().sections()) {
      String anchor = anchors.of(Anchors.slug(s.heading()));
      List<Block> blocks = TextBlocks.of(s.lines(), layout, linker, sub -> anchors.of(anchor + "-" + Anchors.slug(sub)), 3);
      sections.add(new SectionView(anchor, s.heading(), s.kind().key(), linker.link(s.heading()), blocks));
      toc.add(new Toc(anchor, s.heading(), subHeadings(blocks)));
    }
    List<EventRow> events = a.events().stream().map(e -> eventRow(e, links)).toList();
    // An article the archive lacks goes by the title this article's references give it.
    List<Cite> cites = a.references().stream().map(r -> cite(r, index, links, a.citedTitles().get(r))).toList();
    List<Cite> citedBy = index.citedBy(a.id()).stream().map(s -> cite(s.id(), index, links)).toList();
    List<Cite> related = index.related(a.id()).stream().map(s -> cite(s.id(), index, links)).toList();
    List<Cite> nearby = index.nearby(a.id()).stream().map(s -> cite(s.id(), index, links)).toList();
    addIf(toc, !events.isEmpty(), "event-log", "Event log entries");
    addIf(toc, !cites.isEmpty(), "cites", "Articles cited");
    addIf(toc, !citedBy.isEmpty(), "cited-by", "Referenced by");
    addIf(toc, !related.isEmpty(), "related", "Related articles");
    addIf(toc, !nearby.isEmpty(), "nearby", "Nearby in number");
    TaskLinks tasks = new TaskLinks(toc);
    List<Line> trailer = new ArrayList<>();
    // A field left empty (Keywords in 1,787 sample pages) says nothing on the page; the record keeps it.
    a.trailer().fields().forEach((k, v) -> {
      if (!v.isBlank()) {
        trailer.add(new Line(k, v));
      }
    });
    return new ArticleView(
        a.id().toString(),
        a.title(),
        header(a, links, index, olderHeader),
        tasks.blocks(preBox),
        a.appliesToIntro(),
        tree(a.appliesTo()),
        toc,
        tasks.blocks(intro),
        tasks.sections(sections),
        events,
        a.additionalQueryWords() == null || a.additionalQueryWords().isBlank() ? null : linker.link(a.additionalQueryWords()),
        trailer,
        cites,
        citedBy,
        related,
        nearby,
        a.markdownHtml());
  }

  /**
   * The hash of everything {@link #of} and {@link SiteRenderer#articlePage} read about an article
   * besides the article itself: where its index terms link, whether and under which title the
   * articles it cites, that cite it and that are related to it exist, and where their links lead
   * (a missing article's link names its page of the "cited but missing" list). The page of an
   * unchanged article whose context key is unchanged is unchanged, so an incremental build
   * renders it again only when this key changes. Whatever {@link #of} comes to read from the
   * index or the links must be fed here too, and be seen by the build's ContextChanges, which
   * decides without this key when none of it can have changed.
   */
  public static Hash contextKey(ArticleSummary s, Links links, SiteIndex index) {
    Hasher h = new Hasher();
    forEachTerm(s, (facet, group, value) -> h.str(termHref(links, facet, group, value)));
    h.tag(1);
    s.references().forEach(r -> feed(h, cite(r, index, links)));
    h.tag(2);
    index.citedBy(s.id()).forEach(c -> feed(h, cite(c.id(), index, links)));
    h.tag(3);
    index.related(s.id()).forEach(c -> feed(h, cite(c.id(), index, links)));
    h.tag(4);
    index.nearby(s.id()).forEach(c -> feed(h, cite(c.id(), index, links)));
    h.tag(5);
    for (ArticleSummary n : new ArticleSummary[] {index.previous(s.id()), index.next(s.id())}) {
      h.i32(n == null ? 0 : n.id().number());
    }
    return h.done();
  }

  /** Receives a term an article's page links to: its facet's ID, its group (or null) and value. */
  public interface TermVisitor {
    void term(String facet, String group, String value);
  }

  /** Every term an article's page links to, in the order of its header. */
  public static void forEachTerm(ArticleSummary s, TermVisitor visitor) {
    s.tags().forEach(t -> visitor.term("tags", null, t));
    s.products().forEach(p -> visitor.term("products", null, p));
    if (!s.products().isEmpty()) {
      for (Version v : ProductVersions.filedUnder(s.products().get(0), s.versions())) {
        if (v.version() != null) {
          visitor.term("versions", s.products().get(0), v.version());
        }
      }
    }
    s.os().forEach(o -> visitor.term("os", null, o));
    s.keywords().forEach(k -> visitor.term("keywords", null, k));
    Facets.sources(s).forEach(source -> visitor.term(Facets.SOURCES, null, source));
    visitor.term(Facets.NUMBERS, null, s.id().bucket());
    if (s.lastModified() != null) {
      visitor.term("years", null, Integer.toString(s.lastModified().getYear()));
    }
  }

  private static void feed(Hasher h, Cite c) {
    h.str(c.id()).str(c.title()).str(c.href()).bool(c.missing());
  }

  private static List<Toc> subHeadings(List<Block> blocks) {
    return blocks.stream().filter(b -> b.sub() != null)
        .map(b -> new Toc(b.sub().id(), b.sub().label(), List.of())).toList();
  }

  private static void addIf(List<Toc> toc, boolean present, String anchor, String label) {
    if (present) {
      toc.add(new Toc(anchor, label, List.of()));
    }
  }

  private static List<Field> header(Article a, Links links, SiteIndex index, List<String> olderHeader) {
    List<Field> header = new ArrayList<>();
    header.add(new Field("Article", List.of(new Link(a.id().toString(), null))));
    // The archive read in order of number, as its folders file it: the articles before and after, and the folder.
    List<Link> byNumber = new ArrayList<>();
    ArticleSummary previous = index.previous(a.id());
    ArticleSummary next = index.next(a.id());
    if (previous != null) {
      byNumber.add(new Link("\u2190 " + previous.id(), links.href(previous.id().pagePath())));
    }
    if (next != null) {
      byNumber.add(new Link(next.id() + " \u2192", links.href(next.id().pagePath())));
    }
    String folder = termHref(links, Facets.NUMBERS, null, a.id().bucket());
    if (folder != null) {
      byNumber.add(new Link("kb/" + a.id().bucket() + "/", folder));
    }
    header.add(new Field("By number", byNumber));
    header.add(new Field("Title tag(s)", a.tags().stream()
        .map(t -> new Link(t, termHref(links, "tags", null, t))).toList()));
    List<Link> products = new ArrayList<>(a.products().stream()
        .map(p -> new Link(p, termHref(links, "products", null, p))).toList());
    if (!a.productsRaw().isEmpty() && !a.products().equals(List.of(a.productsRaw()))) {
      // The archive's own words, where the product listed is kbsite's reading of them.
      products.add(new Link("(the page says: " + a.productsRaw() + ")", null));
    }
    header.add(new Field("Product(s)", products));
    List<Link> versions = new ArrayList<>();
    List<Version> filed = a.products().isEmpty() ? List.of() : ProductVersions.filedUnder(a.products().get(0), a.versions());
    for (Version v : a.versions()) {
      String text = (v.platform() == null ? "" : v.platform() + ":") + (v.version() == null ? "" : v.version());
      String href = null;
      if (v.version() != null && filed.contains(v)) {
        href = termHref(links, "versions", a.products().get(0), v.version());
      }
      versions.add(new Link(text, href));
    }
    if (versions.isEmpty() && !a.versionsRaw().isBlank()) {
      versions.add(new Link(a.versionsRaw(), null));
    }
    header.add(new Field("Version(s)", versions));
    header.add(new Field("Operating System(s)", a.os().stream()
        .map(o -> new Link(o, termHref(links, "os", null, o))).toList()));
    header.add(new Field("Keyword(s)", a.keywords().stream()
        .map(k -> new Link(k, termHref(links, "keywords", null, k))).toList()));
    header.add(new Field("Service request(s)", a.serviceRequests().stream().map(r -> new Link(r, null)).toList()));
    if (a.lastModified() != null) {
      String date = a.lastModified().toString();
      header.add(new Field("Last Modified", List.of(new Link(date,
          termHref(links, "years", null, Integer.toString(a.lastModified().getYear())), date))));
    }
    if (olderHeader != null) {
      header.add(new Field("Older header", olderHeader.stream().map(l -> new Link(l, null)).toList(), true));
    }
    header.add(new Field("Catalog record", List.of(new Link(a.id() + ".json", links.href(Links.record(a.id()))))));
    return header.stream().filter(f -> !f.values().isEmpty()).toList();
  }

  private static String termHref(Links links, String facet, String group, String value) {
    String path = links.term(facet, group, value);
    return path == null ? null : links.href(path);
  }

  private static EventRow eventRow(Event e, Links links) {
    return new EventRow(e.id(), links.href(Links.event(e.id())), e.source(),
        e.source() == null ? null : termHref(links, Facets.SOURCES, null, e.source()), e.type(), e.category(),
        e.description(), e.code());
  }

  static Cite cite(KbId id, SiteIndex index, Links links) {
    return cite(id, index, links, null);
  }

  /** The same, an article the archive lacks going by {@code citedAs} (null for none). */
  private static Cite cite(KbId id, SiteIndex index, Links links, String citedAs) {
    ArticleSummary s = index.get(id);
    Span span = links.article(id, id.toString());
    return new Cite(id.toString(), s == null ? citedAs : s.title(), span.href(), span.missing());
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
