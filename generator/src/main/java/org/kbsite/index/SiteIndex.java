package org.kbsite.index;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.kbsite.model.ArticleSummary;
import org.kbsite.model.KbId;

/**
 * Every article's summary, sorted by ID, and the groupings the site's pages need. Built once on
 * one thread after all pages are parsed; read-only afterwards.
 */
public final class SiteIndex {
  private final List<ArticleSummary> articles;
  private final Map<KbId, ArticleSummary> byId = new HashMap<>();
  private final Map<String, List<ArticleSummary>> byProduct = new TreeMap<>();

  public SiteIndex(List<ArticleSummary> summaries) {
    List<ArticleSummary> sorted = new ArrayList<>(summaries);
    sorted.sort((a, b) -> a.id().compareTo(b.id()));
    this.articles = Collections.unmodifiableList(sorted);
    for (ArticleSummary a : sorted) {
      byId.put(a.id(), a);
      for (String p : a.products()) {
        byProduct.computeIfAbsent(p, k -> new ArrayList<>()).add(a);
      }
    }
  }

  public List<ArticleSummary> articles() {
    return articles;
  }

  public ArticleSummary get(KbId id) {
    return byId.get(id);
  }

  /** Product name to its articles (sorted by ID), products in name order. */
  public Map<String, List<ArticleSummary>> byProduct() {
    return Collections.unmodifiableMap(byProduct);
  }
}
