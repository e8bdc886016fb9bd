package org.kbsite.render;

import java.util.List;

/**
 * What every page's frame shows: its title, the site root (for links under a sub-path), the
 * breadcrumbs that lead to it, and what the page tells machines: its canonical URL (null for
 * none), Open Graph properties, schema.org JSON-LD (already serialised, or null) and where the
 * same content is as JSON ({@code json}, an article's catalog record; null for none).
 */
public record PageView(String title, String root, String description, List<Crumb> crumbs,
    String canonical, List<Meta> meta, String jsonLd, String json) {
  public record Crumb(String label, String href) {}

  /** A {@code <meta property content>} tag (Open Graph). */
  public record Meta(String property, String content) {}

  public PageView(String title, String root, String description, List<Crumb> crumbs) {
    this(title, root, description, crumbs, null, List.of(), null, null);
  }

  public PageView {
    crumbs = List.copyOf(crumbs);
    meta = List.copyOf(meta);
  }

  public boolean hasCrumbs() {
    return !crumbs.isEmpty();
  }
}
