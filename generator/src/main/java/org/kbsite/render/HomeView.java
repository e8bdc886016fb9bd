package org.kbsite.render;

import java.util.List;

/** The home page: {@code home.mustache}. */
public record HomeView(int articleCount, int productCount, List<Entry> products) {
  public record Entry(String name, String href, int count) {}
}
