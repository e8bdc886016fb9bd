package org.kbsite.render;

import java.util.List;

/** An index of a facet's terms, grouped when the facet is (versions by product): {@code terms.mustache}. */
public record TermsView(String heading, String intro, List<Group> groups, Pager pager) {
  /** {@code name} is null for an ungrouped facet; {@code href} links the group's own page, if any. */
  public record Group(String name, String href, List<TermLink> terms) {}

  public record TermLink(String label, String href, int count) {}
}
