package org.kbsite.search;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
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
        .sorted(Comparator.comparing((String p) -> p.toLowerCase(Locale.ROOT)).thenComparing(Comparator.naturalOrder()))
        .toList();
    return templates.page("search", page, new View(base, products, index.years()));
  }
}
