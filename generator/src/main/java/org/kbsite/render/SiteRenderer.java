package org.kbsite.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.kbsite.index.SiteIndex;
import org.kbsite.model.Article;
import org.kbsite.model.Section;
import org.kbsite.model.SectionKind;
import org.kbsite.text.Spaces;

/**
 * Renders the site's HTML pages from view models. Paths are site-relative ({@code kb/158/Q158279/
 * index.html}); links are absolute paths under the base URL. Safe to use from many threads.
 */
public final class SiteRenderer {
  static final String SITE_NAME = "Microsoft KnowledgeBase Archive";
  private static final int DESCRIPTION_LENGTH = 200;
  /** A line of rules or a table's border or row: {@code -----}, {@code ==== ====}, {@code +---+}, {@code | Area |}. */
  private static final Pattern DRAWING = Pattern.compile("\\s*(?:[-=_*#~+]{3,}[-=_*#~+ ]*|[|+].*)");
  /** A list marker with nothing after it (Q110389's empty bullet). */
  private static final Pattern BARE_MARKER = Pattern.compile("\\s*[-*\u00b7]\\s*");
  /** A table's border, which underlines nothing. */
  private static final Pattern DRAWING_START = Pattern.compile("\\s*[|+]");

  private final Templates templates;
  private final Links links;
  private final SiteIndex index;

  public SiteRenderer(Templates templates, Links links, SiteIndex index) {
    this.templates = templates;
    this.links = links;
    this.index = index;
  }

  public String articlePage(Article a) {
    List<PageView.Crumb> crumbs = new ArrayList<>();
    crumbs.add(new PageView.Crumb("Home", links.href("")));
    // Under its products, as a product's versions are: Home › Products › Microsoft FoxPro › Q100069.
    if (!a.products().isEmpty()) {
      crumbs.add(new PageView.Crumb(index.facet("products").name(), links.href(links.facet(index.facet("products")))));
    }
    for (String p : a.products()) {
      String path = links.term("products", null, p);
      crumbs.add(new PageView.Crumb(p, path == null ? null : links.href(path)));
    }
    crumbs.add(new PageView.Crumb(a.id().toString(), null));
    String path = a.id().pagePath();
    String description = description(a);
    String url = links.absolute(path);
    List<PageView.Meta> meta = new ArrayList<>();
    meta.add(new PageView.Meta("og:type", "article"));
    meta.add(new PageView.Meta("og:title", a.id() + ": " + a.title()));
    meta.add(new PageView.Meta("og:description", description));
    meta.add(new PageView.Meta("og:site_name", SITE_NAME));
    if (url != null) {
      meta.add(new PageView.Meta("og:url", url));
    }
    if (a.lastModified() != null) {
      meta.add(new PageView.Meta("article:modified_time", a.lastModified().toString()));
    }
    a.products().forEach(p -> meta.add(new PageView.Meta("article:section", p)));
    PageView page = new PageView(a.id() + ": " + a.title(), links.base(), description, crumbs,
        canonical(path), meta, JsonLd.of(techArticle(a, description, url)), links.href(Links.record(a.id())));
    return templates.page("article", page, ArticleView.of(a, links, index));
  }

  /** Every page other than the articles, handed to {@code sink} unrendered. */
  public void indexPages(PageSink sink) {
    indexPages(sink, KeptPages.NONE);
  }

  /** The same, but the pages {@code kept} says are unchanged are kept instead. */
  public void indexPages(PageSink sink, KeptPages kept) {
    new IndexPages(templates, links, index, kept).write(sink);
  }

  String canonical(String path) {
    String url = links.absolute(path);
    return url != null ? url : links.href(path);
  }

  private Map<String, Object> techArticle(Article a, String description, String url) {
    Map<String, Object> ld = new LinkedHashMap<>();
    ld.put("@context", "https://schema.org");
    ld.put("@type", "TechArticle");
    ld.put("identifier", a.id().toString());
    ld.put("headline", a.title());
    ld.put("description", description);
    ld.put("inLanguage", "en");
    if (a.lastModified() != null) {
      ld.put("dateModified", a.lastModified().toString());
    }
    if (!a.keywords().isEmpty()) {
      ld.put("keywords", a.keywords());
    }
    if (!a.products().isEmpty()) {
      ld.put("about", a.products().stream().map(p -> Map.of("@type", "Thing", "name", p)).toList());
    }
    Map<String, Object> site = new LinkedHashMap<>();
    site.put("@type", "WebSite");
    site.put("name", SITE_NAME);
    if (url != null) {
      ld.put("url", url);
      ld.put("mainEntityOfPage", url);
      site.put("url", links.absolute(""));
    }
    ld.put("isPartOf", site);
    return ld;
  }

  /** The article's opening words: its summary or symptoms, else its first text, re-flowed and cut. */
  static String description(Article a) {
    List<String> lines = a.body().intro();
    Section first = a.section(SectionKind.SUMMARY);
    if (first == null) {
      first = a.section(SectionKind.SYMPTOMS);
    }
    if (first == null && !a.body().sections().isEmpty() && lines.isEmpty()) {
      first = a.body().sections().get(0);
    }
    if (first != null) {
      lines = first.lines();
    }
    String text = Spaces.collapse(String.join(" ", openingProse(lines))).strip();
    if (text.isEmpty()) {
      return a.title();
    }
    if (text.length() <= DESCRIPTION_LENGTH) {
      return text;
    }
    int cut = text.lastIndexOf(' ', DESCRIPTION_LENGTH);
    return text.substring(0, cut > 0 ? cut : DESCRIPTION_LENGTH) + " …";
  }

  /**
   * The first text that is not drawn: what comes before a rule or a table's border, without the
   * sub-heading a rule underlines, or after it when nothing does; empty bullets left out. A
   * description read out of context ({@code Build Issues ------------ Reducing ...}) has no use
   * for the drawing, nor for the table under it.
   */
  private static List<String> openingProse(List<String> lines) {
    int start = 0;
    for (int i = 0; i < lines.size(); i++) {
      if (DRAWING.matcher(lines.get(i)).matches()) {
        boolean underline = i > start && !lines.get(i - 1).isBlank() && !DRAWING_START.matcher(lines.get(i)).lookingAt();
        List<String> before = lines.subList(start, underline ? i - 1 : i);
        if (before.stream().anyMatch(l -> !l.isBlank())) {
          return withoutBareMarkers(before);
        }
        start = i + 1;
      }
    }
    return withoutBareMarkers(lines.subList(start, lines.size()));
  }

  private static List<String> withoutBareMarkers(List<String> lines) {
    return lines.stream().filter(l -> !BARE_MARKER.matcher(l).matches()).toList();
  }
}
