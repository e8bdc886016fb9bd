package org.kbsite.render;

import java.util.List;

/** The index of event IDs: {@code events.mustache}. */
public record EventsView(String heading, String intro, List<Row> rows, Pager pager) {
  public record Row(int id, String href, int articles, String sources) {}
}
