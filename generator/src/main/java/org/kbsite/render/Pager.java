package org.kbsite.render;

import java.util.ArrayList;
import java.util.List;

/** Links between the pages of a long listing; shown only when there is more than one page. */
public record Pager(int current, int total, List<PageLink> pages, PageLink prev, PageLink next) {
  public record PageLink(int number, String href, boolean current) {}

  /** Page {@code current} of {@code total}, the first page's path being {@code first}. */
  static Pager of(Links links, String first, int current, int total) {
    List<PageLink> pages = new ArrayList<>();
    for (int n = 1; n <= total; n++) {
      pages.add(new PageLink(n, links.href(Links.page(first, n)), n == current));
    }
    return new Pager(current, total, pages,
        current > 1 ? pages.get(current - 2) : null,
        current < total ? pages.get(current) : null);
  }

  /** How many pages {@code size} rows fill. */
  static int count(int size) {
    return Math.max(1, (size + Links.PAGE_SIZE - 1) / Links.PAGE_SIZE);
  }

  /** The rows of page {@code n} (1-based). */
  static <T> List<T> slice(List<T> rows, int n) {
    return rows.subList(Math.min(rows.size(), (n - 1) * Links.PAGE_SIZE), Math.min(rows.size(), n * Links.PAGE_SIZE));
  }

  public boolean shown() {
    return total > 1;
  }

  /** The pager above the listing; {@link #atEnd} is the one below it, landmarks named apart. */
  public Place atStart() {
    return new Place("Pages");
  }

  public Place atEnd() {
    return new Place("Pages, at the end of the list");
  }

  /** Where a pager is on its page, which its navigation landmark's name says. */
  public record Place(String label) {}
}
