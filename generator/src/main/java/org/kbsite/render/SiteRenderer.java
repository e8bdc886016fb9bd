package org.kbsite.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kbsite.index.SiteIndex;
import org.kbsite.model.Article;
import org.kbsite.model.ArticleSummary;

/**
 * Renders the site's HTML pages from view models. Paths are site-relative ({@code kb/158/Q158279/
 * index.html}); links are absolute under the base URL.
 */
public final class SiteRenderer {
  private final Templates templates;
  private final String base;
  private final Map<String, String> productSlugs = new LinkedHashMap<>();

  public SiteRenderer(Templates templates, String baseUrl, SiteIndex index) {
    this.templates = templates;
    this.base = baseUrl;
    Anchors.Unique slugs = new Anchors.Unique();
    for (String product : index.byProduct().keySet()) {
      productSlugs.put(product, slugs.of(Anchors.slug(product)));
    }
  }

  public String articlePage(Article a) {
    List<PageView.Crumb> crumbs = new ArrayList<>();
    crumbs.add(new PageView.Crumb("Home", base));
    for (String p : a.products()) {
      crumbs.add(new PageView.Crumb(p, productHref(p)));
    }
    crumbs.add(new PageView.Crumb(a.id().toString(), null));
    PageView page = new PageView(a.id() + ": " + a.title(), base, a.title(), crumbs);
    return templates.page("article", page, ArticleView.of(a));
  }

  public String home(SiteIndex index) {
    List<HomeView.Entry> products = new ArrayList<>();
    index.byProduct().forEach((name, list) -> products.add(new HomeView.Entry(name, productHref(name), list.size())));
    PageView page = new PageView("Home", base, "Microsoft KnowledgeBase archive", List.of());
    return templates.page("home", page, new HomeView(index.articles().size(), products.size(), products));
  }

  /** Site-relative path to page HTML, for every product. */
  public Map<String, String> productPages(SiteIndex index) {
    Map<String, String> out = new LinkedHashMap<>();
    index.byProduct().forEach((name, list) -> {
      PageView page = new PageView(name, base, "Articles about " + name,
          List.of(new PageView.Crumb("Home", base), new PageView.Crumb(name, null)));
      out.put(productPath(name) + "index.html", templates.page("list", page, new ListView(name, list.size(), rows(list))));
    });
    return out;
  }

  private List<ListView.Row> rows(List<ArticleSummary> list) {
    return list.stream()
        .map(s -> new ListView.Row(s.id().toString(), base + s.id().pagePath(), s.title(),
            s.lastModified() == null ? "" : s.lastModified().toString()))
        .toList();
  }

  private String productPath(String product) {
    return "products/" + productSlugs.get(product) + "/";
  }

  private String productHref(String product) {
    return base + productPath(product);
  }
}
