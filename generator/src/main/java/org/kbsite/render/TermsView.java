package org.kbsite.render;

import java.util.List;

/**
 * An index of a facet's terms, grouped when the facet is (versions by product): {@code terms.mustache}.
 * {@code mostUsed}: on the first page of a long index, the terms with the most articles, which the
 * alphabetical list would scatter over its pages (PRB, XADM and FIX among 448 tags).
 */
public record TermsView(String heading, String intro, List<TermLink> mostUsed, List<Group> groups, Pager pager) {
  public boolean hasMostUsed() {
    return !mostUsed.isEmpty();
  }

  /** Above the full list, after the most used, when the list has no group headings of its own. */
  public boolean allHeading() {
    return hasMostUsed() && groups.stream().allMatch(g -> g.name() == null);
  }

  /** {@code name} is null for an ungrouped facet; {@code href} links the group's own page, if any. */
  /** Terms under a heading; {@code continued} when the group began on the page before. */
  public record Group(String name, String href, boolean continued, List<TermLink> terms) {}

  public record TermLink(String label, String href, int count) {}
}
