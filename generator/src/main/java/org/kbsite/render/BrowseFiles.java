package org.kbsite.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kbsite.index.Facet;
import org.kbsite.index.SiteIndex;

/**
 * What the search page offers to browse when a query names a product, or a product and a version
 * ("exchange 5.5"): {@code search/browse.json} lists the products as {@code [name, path, articles,
 * versions file or -1, versions' keys]} (space-separated, as {@link Facet#fold} makes them), and
 * {@code search/browse/N.json} a product's versions as {@code [version, path, articles]}, so that a
 * query fetches only the product list and the versions of the products that have the one it names.
 * Paths are relative to the site's root.
 */
public final class BrowseFiles {
  public static final String PRODUCTS = "search/browse.json";

  private BrowseFiles() {}

  /** The files by path, in order: the product list, then each product's versions. */
  public static Map<String, Object> of(SiteIndex index, Links links) {
    Facet products = index.facet("products");
    Facet versions = index.facet("versions");
    Map<String, List<Facet.Term>> versionsOf = versions.byGroup();
    Map<String, Object> files = new LinkedHashMap<>();
    List<List<Object>> list = new ArrayList<>();
    files.put(PRODUCTS, list);
    for (Facet.Term t : products.terms()) {
      List<Facet.Term> its = versionsOf.get(t.label());
      int file = its == null ? -1 : files.size() - 1;
      if (its != null) {
        files.put(versionsPath(file), its.stream()
            .map(v -> List.<Object>of(v.label(), links.term(versions, v), v.articles().size())).toList());
      }
      // The versions' keys, so that a query fetches the versions only of products that have the one it names.
      String keys = its == null ? "" : String.join(" ", its.stream().map(v -> Facet.fold(v.label())).toList());
      list.add(List.of(t.label(), links.term(products, t), t.articles().size(), file, keys));
    }
    return files;
  }

  static String versionsPath(int n) {
    return "search/browse/" + n + ".json";
  }
}
