package org.kbsite.render;

import java.util.ArrayList;
import java.util.HashMap;
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
    Facet products = null;
    Facet versions = null;
    for (Facet f : index.facets()) {
      if (f.id().equals("products")) {
        products = f;
      } else if (f.id().equals("versions")) {
        versions = f;
      }
    }
    Map<String, List<List<Object>>> byProduct = new HashMap<>();
    if (versions != null) {
      for (Facet.Term t : versions.terms()) {
        byProduct.computeIfAbsent(t.group(), g -> new ArrayList<>())
            .add(List.of(t.label(), links.term(versions, t), t.articles().size()));
      }
    }
    Map<String, Object> files = new LinkedHashMap<>();
    List<List<Object>> list = new ArrayList<>();
    files.put(PRODUCTS, list);
    if (products == null) {
      return files;
    }
    for (Facet.Term t : products.terms()) {
      List<List<Object>> its = byProduct.get(t.label());
      int file = its == null ? -1 : files.size() - 1;
      if (its != null) {
        files.put(versionsPath(file), its);
      }
      // The versions' keys, so that a query fetches the versions only of products that have the one it names.
      String keys = its == null ? "" : String.join(" ", its.stream().map(v -> Facet.fold((String) v.get(0))).toList());
      list.add(List.of(t.label(), links.term(products, t), t.articles().size(), file, keys));
    }
    return files;
  }

  static String versionsPath(int n) {
    return "search/browse/" + n + ".json";
  }
}
