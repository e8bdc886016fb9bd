package org.kbsite.render;

import java.util.List;

/** The home page: {@code home.mustache}. */
public record HomeView(List<Stat> stats, List<IndexLink> indexes, List<TermsView.TermLink> products,
    List<Cited> mostCited) {
  /** A count, linked to its index when it has one. */
  public record Stat(String label, String value, String href) {}

  public record IndexLink(String name, String href, String summary) {}

  public record Cited(String id, String title, String href, int count) {}
}
