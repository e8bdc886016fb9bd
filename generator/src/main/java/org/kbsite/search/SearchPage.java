package org.kbsite.search;

import java.util.List;
import org.kbsite.index.Facet;
import org.kbsite.render.PageView;
import org.kbsite.render.Templates;

/** The search page, {@code search/index.html}: the filters, the results list and the search scripts. */
public final class SearchPage {
  /** What search.mustache sees. */
  public record View(String root, List<String> products, List<Integer> years) {}

  private SearchPage() {}

  public static String render(Templates templates, String base, SearchIndexWriter index) {
    PageView page = new PageView("Search", base, "Search the KnowledgeBase archive by article ID, event ID, error message or words",
        List.of(new PageView.Crumb("Home", base), new PageView.Crumb("Search", null)));
    // As the products page lists them: "Schedule+" before "SNA Server".
    List<String> products = index.products().stream()
        .sorted(Facet.LABEL_ORDER).toList();
    return templates.page("search", page, new View(base, products, index.years()));
  }
}
