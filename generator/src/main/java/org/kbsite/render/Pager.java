package org.kbsite.render;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Links between the pages of a long listing; shown only when there is more than one page. Each
 * page's link names the first and last of its rows ({@code kbdisplay to kbNoUpdate}, {@code
 * Q151701 to Q170365}; a dash screen readers often pass over), so a reader goes straight to the
 * page that holds a term or a number.
 */
public record Pager(int current, int total, List<PageLink> pages, PageLink prev, PageLink next) {
  /** {@code range}: the page's first and last rows, or its one row. */
  public record PageLink(int number, String href, String range, boolean current) {}

  /** The pages of one listing, whose {@link #at} gives each page's pager. */
  static final class Plan {
    private final List<PageLink> pages;

    private Plan(List<PageLink> pages) {
      this.pages = pages;
    }

    /** The pager of page {@code current}. */
    Pager at(int current) {
      List<PageLink> marked = new ArrayList<>(pages.size());
      for (PageLink p : pages) {
        marked.add(p.number() == current ? new PageLink(p.number(), p.href(), p.range(), true) : p);
      }
      return new Pager(current, pages.size(), marked,
          current > 1 ? marked.get(current - 2) : null,
          current < marked.size() ? marked.get(current) : null);
    }

    int count() {
      return pages.size();
    }
  }

  /** The pages {@code rows} fill, the first page's path being {@code first}, each row named by {@code name}. */
  static <T> Plan plan(Links links, String first, List<T> rows, Function<T, String> name) {
    return plan(links, first, rows, name, name);
  }

  /** The same, a page's first row named by {@code from} and its last by {@code to}. */
  static <T> Plan plan(Links links, String first, List<T> rows, Function<T, String> from, Function<T, String> to) {
    List<PageLink> pages = new ArrayList<>();
    for (int n = 1; n <= count(rows.size()); n++) {
      List<T> slice = slice(rows, n);
      String range = slice.isEmpty() ? null
          : slice.size() == 1 ? from.apply(slice.get(0))
          : from.apply(slice.get(0)) + " to " + to.apply(slice.get(slice.size() - 1));
      pages.add(new PageLink(n, links.href(Links.page(first, n)), range, false));
    }
    return new Plan(pages);
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
