package org.kbsite.index;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.kbsite.model.ArticleSummary;
import org.kbsite.model.ByNumber;
import org.kbsite.model.Event;
import org.kbsite.model.KbId;

/**
 * Every article's summary, sorted by ID, and the groupings the site's pages need: facets,
 * event IDs, citations both ways, related articles. Built once on one thread after all pages
 * are parsed; read-only afterwards, so renderers may share it across threads.
 */
public final class SiteIndex {
  private final List<ArticleSummary> articles;
  private final ByNumber<ArticleSummary> byNumber;
  private final Map<String, List<ArticleSummary>> byProduct = new TreeMap<>();
  private final Map<KbId, List<ArticleSummary>> citedBy = new HashMap<>();
  private final Map<KbId, List<ArticleSummary>> missing = new TreeMap<>();
  private final Map<Integer, List<EventMention>> events = new TreeMap<>();
  private final Facets.Lists facetLists;
  private final List<Facet> facets;
  private final Related related;

  /** An event entry and the article that describes it. */
  public record EventMention(ArticleSummary article, Event event) {}

  public SiteIndex(List<ArticleSummary> summaries) {
    this(summaries, null);
  }

  /**
   * What an earlier build's index computed that takes longest (facets, related articles), for a
   * later build to reuse while still valid ({@link Facets.Lists}, {@link Related.Lists}).
   */
  public record Kept(Facets.Lists facets, Related.Lists related) {}

  /** {@code kept}: what an earlier build's index computed, or null. */
  public SiteIndex(List<ArticleSummary> summaries, Kept kept) {
    List<ArticleSummary> sorted = new ArrayList<>(summaries);
    sorted.sort(Comparator.comparing(ArticleSummary::id));
    this.articles = Collections.unmodifiableList(sorted);
    ByNumber.Builder<ArticleSummary> byNumber = ByNumber.builder(sorted.size());
    for (ArticleSummary a : sorted) {
      byNumber.add(a.id().number(), a);
      for (String p : a.products()) {
        byProduct.computeIfAbsent(p, k -> new ArrayList<>()).add(a);
      }
      for (Event e : a.events()) {
        events.computeIfAbsent(e.id(), k -> new ArrayList<>()).add(new EventMention(a, e));
      }
    }
    this.byNumber = byNumber.build();
    for (ArticleSummary a : sorted) {
      for (KbId target : a.references()) {
        citedBy.computeIfAbsent(target, k -> new ArrayList<>()).add(a);
        if (get(target) == null) {
          missing.computeIfAbsent(target, k -> new ArrayList<>()).add(a);
        }
      }
    }
    Facets.Made made = Facets.all(sorted, kept == null ? null : kept.facets(), this.byNumber::get);
    this.facets = made.facets();
    this.facetLists = made.lists();
    this.related = new Related(sorted, kept == null ? null : kept.related(), this::get);
  }

  public List<ArticleSummary> articles() {
    return articles;
  }

  /** The article with this ID, or null when the archive does not hold it. */
  public ArticleSummary get(KbId id) {
    return byNumber.get(id.number());
  }

  /** The article numbered next before this one's, or null for the first (or one the archive does not hold). */
  public ArticleSummary previous(KbId id) {
    int i = byNumber.indexOf(id.number());
    return i > 0 ? byNumber.value(i - 1) : null;
  }

  /** The article numbered next after this one's, or null for the last (or one the archive does not hold). */
  public ArticleSummary next(KbId id) {
    int i = byNumber.indexOf(id.number());
    return i >= 0 && i + 1 < byNumber.size() ? byNumber.value(i + 1) : null;
  }

  /** Product name to its articles (sorted by ID), products in name order. */
  public Map<String, List<ArticleSummary>> byProduct() {
    return Collections.unmodifiableMap(byProduct);
  }

  /** Products, versions, operating systems, keywords, title tags, years, article numbers: in that order. */
  public List<Facet> facets() {
    return facets;
  }
  /** The facet of that ID ({@code products}, {@code versions} ...). */
  public Facet facet(String id) {
    return facets().stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow();
  }


  /** The articles that cite {@code id} (whether or not the archive holds it), sorted by ID. */
  public List<ArticleSummary> citedBy(KbId id) {
    return citedBy.getOrDefault(id, List.of());
  }

  /** Q-numbers the archive cites but does not hold, in ID order, with their citing articles. */
  public Map<KbId, List<ArticleSummary>> missing() {
    return Collections.unmodifiableMap(missing);
  }

  /** Event ID to every entry for it, in article order. */
  public Map<Integer, List<EventMention>> events() {
    return Collections.unmodifiableMap(events);
  }

  /** What a later build may reuse. */
  public Kept kept() {
    return new Kept(facetLists, related.lists());
  }

  /** Up to {@code Related.LIMIT} articles like this one, best first. */
  public List<ArticleSummary> related(KbId id) {
    return related.of(id);
  }

  /** The same product's articles nearest in number, where fewer than {@code Related.LIMIT} are related. */
  public List<ArticleSummary> nearby(KbId id) {
    return related.nearby(id);
  }

  /** The articles cited by the most others, most cited first (ties by ID). */
  public List<ArticleSummary> mostCited(int limit) {
    return articles.stream()
        .filter(a -> !citedBy(a.id()).isEmpty())
        .sorted(Comparator.comparingInt((ArticleSummary a) -> -citedBy(a.id()).size())
            .thenComparing(ArticleSummary::id))
        .limit(limit)
        .toList();
  }
}
