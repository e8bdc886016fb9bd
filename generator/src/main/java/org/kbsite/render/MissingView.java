package org.kbsite.render;

import java.util.List;

/** Q-numbers the archive cites but does not hold: {@code missing.mustache}. */
public record MissingView(String intro, List<Row> mostCited, List<Row> rows, Pager pager) {
  /**
   * {@code href} leads to the row's entry in the full list; {@code title} is the title the citing
   * articles give it (the commonest), null when none does.
   */
  public record Row(String id, String href, String title, int count, List<ArticleView.Cite> citedBy) {}

  public boolean hasMostCited() {
    return !mostCited.isEmpty();
  }
}
