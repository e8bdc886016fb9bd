package org.kbsite.render;

import java.util.List;

/**
 * A page that lists articles: {@code list.mustache}. {@code browse}: on a product's first page,
 * ways into its articles before the list (its versions, its years), each a list of links with
 * counts. {@code neighbors}: for a term of an ordered facet (a number range, a year), the terms
 * before and after it, so that a reader can walk the archive in order; null for others.
 */
public record ListView(String heading, String intro, Neighbors neighbors, List<Browse> browse, List<Row> articles,
    Pager pager) {
  public boolean hasBrowse() {
    return !browse.isEmpty();
  }

  /** {@code label}: the navigation's accessible name ("Nearby number ranges"). */
  public record Neighbors(String label, List<Neighbor> links) {}

  /** {@code rel}: {@code prev} or {@code next}; {@code role}: how the link is introduced ("Previous range"). */
  public record Neighbor(String rel, String role, String label, String href) {}

  /** {@code kind}: the list's class, which sets its columns. */
  public record Browse(String heading, String kind, List<TermsView.TermLink> terms) {}

  public record Row(String id, String href, String title, String date) {}
}
