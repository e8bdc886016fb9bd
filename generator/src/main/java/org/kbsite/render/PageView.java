package org.kbsite.render;

import java.util.List;

/**
 * What every page's frame shows: its title, the site root (for links under a sub-path) and the
 * breadcrumbs that lead to it.
 */
public record PageView(String title, String root, String description, List<Crumb> crumbs) {
  public record Crumb(String label, String href) {}

  public boolean hasCrumbs() {
    return !crumbs.isEmpty();
  }
}
