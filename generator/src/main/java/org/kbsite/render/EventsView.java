package org.kbsite.render;

import java.util.List;

/** The index of event IDs: {@code events.mustache}. */
/** {@code sourcesHref}: the index of the sources, for a reader who knows the program, not the ID. */
public record EventsView(String heading, String intro, String sourcesHref, List<Row> rows, Pager pager) {
  /** {@code sources}: those the articles name with the ID, each linking to its articles' page. */
  public record Row(int id, String href, int articles, List<TermsView.TermLink> sources) {
    public boolean named() {
      return !sources.isEmpty();
    }
  }
}
