package org.kbsite.render;

import java.util.List;

/** A page that lists articles: {@code list.mustache}. */
public record ListView(String heading, String intro, int count, List<Row> articles, Pager pager) {
  public record Row(String id, String href, String title, String date) {}
}
