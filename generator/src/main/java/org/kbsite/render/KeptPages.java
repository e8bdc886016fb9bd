package org.kbsite.render;

import org.kbsite.index.Facet;

/**
 * Lets an incremental build keep a term's article-list pages without making their views: when
 * they are as the previous build made them, each is kept instead of being handed to the sink.
 */
public interface KeptPages {
  /** Makes every page. */
  KeptPages NONE = new KeptPages() {
    @Override
    public boolean unchanged(Facet facet, Facet.Term term) {
      return false;
    }

    @Override
    public boolean keep(String path) {
      return false;
    }

    @Override
    public boolean sameTerms(Facet facet) {
      return false;
    }
  };

  /** True when the pages listing the term's articles are as the previous build made them. */
  boolean unchanged(Facet facet, Facet.Term term);

  /** True when the facet has the terms it had in the previous build, with the same labels and pages, in the same order. */
  boolean sameTerms(Facet facet);

  /** Keeps a page of the previous build; false when there is none at that path, to be made. */
  boolean keep(String path);
}
