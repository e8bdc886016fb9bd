package org.kbsite.site;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.kbsite.index.Facet;
import org.kbsite.index.SiteIndex;
import org.kbsite.model.ArticleSummary;
import org.kbsite.model.KbId;
import org.kbsite.render.ArticleView;
import org.kbsite.render.Links;

/**
 * What changed since the previous build in the context of article pages, when the links between
 * articles did not: which articles changed, which terms' pages moved, whose related lists differ.
 * An unchanged article none of whose context changed keeps its page without its context key
 * ({@link ArticleView#contextKey}) being computed, so that an edit costs work in proportion to what
 * it touches rather than to the archive.
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
  private final Map<Integer, int[]> related;
  private final Map<Integer, int[]> relatedBefore;

  /** {@code changed}: the articles whose source changed; {@code before}: the previous build's index lists. */
  ContextChanges(Set<KbId> changed, SiteIndex.Kept before, SiteIndex.Kept now) {
    changed.forEach(id -> this.changed.add(id.number()));
    if (before.facets() != now.facets()) {
      Map<String, String> was = Links.termPaths(before.facets());
      Map<String, String> is = Links.termPaths(now.facets());
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
  }

  /**
   * True when the page of {@code s}, an article whose source is unchanged, shows nothing that
   * changed: no changed article among those it cites, that cite it or that are related to it, no
   * term whose page moved, the same related articles.
   */
  boolean unaffected(ArticleSummary s, SiteIndex index) {
    int[] relatedNow = related.get(s.id().number());
    if (relatedBefore != null && !Arrays.equals(relatedNow, relatedBefore.get(s.id().number()))) {
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
    for (int n : relatedNow == null ? new int[0] : relatedNow) {
      if (changed.contains(n)) {
        return false;
      }
    }
    return true;
  }
}
