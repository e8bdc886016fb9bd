package org.kbsite.site;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.kbsite.index.Facet;
import org.kbsite.index.Facets;
import org.kbsite.index.SiteIndex;
import org.kbsite.model.ArticleSummary;
import org.kbsite.model.ByNumber;
import org.kbsite.model.KbId;
import org.kbsite.render.ArticleView;
import org.kbsite.render.Links;

/**
 * What changed since the previous build (made with the same key) around the pages: which articles
 * changed, which terms' pages moved, which terms list other articles, whose related lists differ.
 * A page none of whose inputs changed is kept without its view or context key being made, so that
 * an edit costs work in proportion to what it touches rather than to the archive: an unchanged
 * article's page ({@link #unaffected}, when the links between articles are as before) and the
 * pages of a term's article list ({@link #termUnchanged}).
 *
 * <p>With the same article IDs and references, the articles a page cites and that cite it are the
 * same, and so are the "missing" pages' numbering; their titles change only with their sources.
 */
final class ContextChanges {
  /** The numbers of the articles whose source changed. */
  private final Set<Integer> changed = new HashSet<>();
  /** Facet ID, newline, term key: the terms whose page path differs from before. */
  private final Set<String> movedTerms = new HashSet<>();
  /** Every article's related articles by number; and as before, or null when the lists are the same. */
  private final ByNumber<int[]> related;
  private final ByNumber<int[]> relatedBefore;
  /** The same for the nearby articles. */
  private final ByNumber<int[]> nearby;
  private final ByNumber<int[]> nearbyBefore;
  private final boolean sameLinks;
  private final SiteIndex.Kept before;
  /** Facet ID to its terms as before, by term key: made when first asked for. */
  private final Map<String, Map<String, Facets.TermNumbers>> termsBefore = new HashMap<>();

  /**
   * {@code changed}: the articles whose source changed; {@code before}: the previous build's index
   * lists; {@code links}: this build's, over an index whose lists are {@code now}; {@code sameLinks}:
   * whether every article's ID and references are as before.
   */
  ContextChanges(Set<KbId> changed, SiteIndex.Kept before, SiteIndex.Kept now, Links links, boolean sameLinks) {
    this.sameLinks = sameLinks;
    this.before = before;
    changed.forEach(id -> this.changed.add(id.number()));
    if (before.facets() != now.facets()) {
      Map<String, String> was = Links.termPaths(before.facets());
      Map<String, String> is = links.termPaths();
      for (var e : is.entrySet()) {
        if (!e.getValue().equals(was.get(e.getKey()))) {
          movedTerms.add(e.getKey());
        }
      }
      for (String key : was.keySet()) {
        if (!is.containsKey(key)) {
          movedTerms.add(key);
        }
      }
    }
    this.related = now.related().related();
    this.relatedBefore = before.related() == now.related() ? null : before.related().related();
    this.nearby = now.related().nearby();
    this.nearbyBefore = before.related() == now.related() ? null : before.related().nearby();
  }

  /**
   * True when the page of {@code s}, an article whose source is unchanged, shows nothing that
   * changed: no changed article among those it cites, that cite it or that are related or nearby
   * to it, no term whose page moved, the same related and nearby articles.
   */
  boolean unaffected(ArticleSummary s, SiteIndex index) {
    if (!sameLinks) {
      return false;
    }
    int[] relatedNow = related.get(s.id().number());
    if (relatedBefore != null && !Arrays.equals(relatedNow, relatedBefore.get(s.id().number()))) {
      return false;
    }
    int[] nearbyNow = nearby.get(s.id().number());
    if (nearbyBefore != null && !Arrays.equals(nearbyNow, nearbyBefore.get(s.id().number()))) {
      return false;
    }
    if (!movedTerms.isEmpty()) {
      boolean[] moved = {false};
      ArticleView.forEachTerm(s, (facet, group, value) ->
          moved[0] |= movedTerms.contains(facet + "\n" + Facet.termKey(group, value)));
      if (moved[0]) {
        return false;
      }
    }
    if (changed.isEmpty()) {
      return true;
    }
    for (KbId r : s.references()) {
      if (changed.contains(r.number())) {
        return false;
      }
    }
    for (ArticleSummary c : index.citedBy(s.id())) {
      if (changed.contains(c.id().number())) {
        return false;
      }
    }
    for (int[] shown : new int[][] {relatedNow, nearbyNow}) {
      for (int n : shown == null ? new int[0] : shown) {
        if (changed.contains(n)) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * True when the pages listing a term's articles are as before: the same label and page, the
   * same articles in the same order, none of them changed (so their rows, titles and dates, are
   * the same), and for a version, its product's page where it was. Whether other articles or their links changed does not matter to these pages.
   */
  boolean termUnchanged(String facet, Facet.Term term) {
    if (movedTerms.contains(facet + "\n" + term.key())) {
      return false;
    }
    // A version's pages link its product's page in their breadcrumb.
    if (term.group() != null && movedTerms.contains("products\n" + Facet.termKey(null, term.group()))) {
      return false;
    }
    Facets.TermNumbers was = termsBefore.computeIfAbsent(facet, this::termsOf).get(term.key());
    if (was == null || !was.label().equals(term.label()) || !Objects.equals(was.group(), term.group())
        || was.articles().length != term.articles().size()) {
      return false;
    }
    int i = 0;
    for (ArticleSummary a : term.articles()) {
      int number = a.id().number();
      if (was.articles()[i++] != number || changed.contains(number)) {
        return false;
      }
    }
    return true;
  }

  /**
   * True when the facet's terms are the previous build's, in the same order and at the same pages:
   * what a page linking the terms beside its own shows of them.
   */
  boolean sameTerms(String facet, List<Facet.Term> terms) {
    for (Facets.Numbers f : before.facets().facets()) {
      if (f.id().equals(facet)) {
        if (f.terms().size() != terms.size()) {
          return false;
        }
        for (int i = 0; i < terms.size(); i++) {
          Facets.TermNumbers was = f.terms().get(i);
          Facet.Term now = terms.get(i);
          if (!was.label().equals(now.label()) || !Objects.equals(was.group(), now.group())
              || movedTerms.contains(facet + "\n" + now.key())) {
            return false;
          }
        }
        return true;
      }
    }
    return false;
  }

  private Map<String, Facets.TermNumbers> termsOf(String facet) {
    Map<String, Facets.TermNumbers> terms = new HashMap<>();
    for (Facets.Numbers f : before.facets().facets()) {
      if (f.id().equals(facet)) {
        f.terms().forEach(t -> terms.put(Facet.termKey(t.group(), t.label()), t));
      }
    }
    return terms;
  }
}
