package org.kbsite.render;

import java.util.List;

/**
 * A page that lists articles: {@code list.mustache}. {@code versions}: on a product's first page,
 * the product's versions, each linking to its own list.
 */
public record ListView(String heading, String intro, List<TermsView.TermLink> versions, List<Row> articles, Pager pager) {
  public boolean hasVersions() {
    return !versions.isEmpty();
  }

  public record Row(String id, String href, String title, String date) {}
}
