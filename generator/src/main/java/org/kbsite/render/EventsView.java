package org.kbsite.render;

import java.util.List;

/** The index of event IDs: {@code events.mustache}. */
public record EventsView(String heading, String intro, List<Row> rows, Pager pager) {
  /** {@code sources}: those the articles name with the ID, each linking to its articles' page. */
  public record Row(int id, String href, int articles, List<TermsView.TermLink> sources) {
    public boolean named() {
      return !sources.isEmpty();
    }
  }
}
