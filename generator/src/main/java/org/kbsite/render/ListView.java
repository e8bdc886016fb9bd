package org.kbsite.render;

import java.util.List;

/**
 * A page that lists articles: {@code list.mustache}. {@code browse}: on a product's first page,
 * ways into its articles before the list (its versions, its years), each a list of links with counts.
 */
public record ListView(String heading, String intro, List<Browse> browse, List<Row> articles, Pager pager) {
  public boolean hasBrowse() {
    return !browse.isEmpty();
  }

  /** {@code kind}: the list's class, which sets its columns. */
  public record Browse(String heading, String kind, List<TermsView.TermLink> terms) {}

  public record Row(String id, String href, String title, String date) {}
}
