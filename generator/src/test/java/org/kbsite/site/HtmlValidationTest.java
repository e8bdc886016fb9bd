package org.kbsite.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The Nu Html Checker finds no error in the generated pages: up to {@value #PER_KIND} pages of
 * every kind (all of a kind that has fewer), spread evenly over the sample's build, and the
 * stylesheet; the same pages carry no inline style or script and load nothing from elsewhere.
 */
class HtmlValidationTest {
  private static final int PER_KIND = 250;

  @Test
  void pagesOfEveryKindHaveNoErrors() throws Exception {
    Path out = CorpusSite.out();
    Map<String, List<Path>> kinds = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(out)) {
      walk.filter(p -> p.toString().endsWith(".html")).sorted()
          .forEach(p -> kinds.computeIfAbsent(kind(out.relativize(p).toString().replace('\\', '/')),
              k -> new ArrayList<>()).add(p));
    }
    NuChecker checker = new NuChecker();
    List<String> inline = new ArrayList<>();
    int checked = 0;
    for (Map.Entry<String, List<Path>> kind : kinds.entrySet()) {
      List<Path> sample = spread(kind.getValue(), PER_KIND);
      for (Path page : sample) {
        checker.checkFile(page);
        Document doc = Jsoup.parse(page.toFile(), "UTF-8");
        // A strict Content-Security-Policy allows no inline style or script and nothing from elsewhere.
        for (Element e : doc.select("[style], style, script:not([type=application/ld+json]):not([src^=/]), [src^=http], link[rel=stylesheet][href^=http], [onclick], [onload]")) {
          inline.add(out.relativize(page) + ": " + e.tagName());
        }
      }
      checked += sample.size();
      System.out.printf("validated %d of %d %s pages%n", sample.size(), kind.getValue().size(), kind.getKey());
    }
    checker.checkCss(out.resolve("assets/style.css"));
    List<String> errors = checker.errors();
    assertTrue(kinds.keySet().containsAll(List.of("article", "home", "not found", "products term",
        "versions index", "keywords term", "tags term", "years term", "os term", "missing")), kinds.keySet().toString());
    assertTrue(kinds.get("article").size() >= 200 && checked >= 1000, "pages checked: " + checked);
    assertEquals(List.of(), errors.subList(0, Math.min(20, errors.size())), errors.size() + " errors");
    assertEquals(List.of(), inline.subList(0, Math.min(20, inline.size())), "inline styles, scripts or external resources");
  }

  /** A page's kind from its path: article, home, not found, or the index family and level. */
  static String kind(String path) {
    if (path.startsWith("kb/")) {
      return "article";
    }
    if (path.equals("index.html")) {
      return "home";
    }
    if (path.equals("404.html")) {
      return "not found";
    }
    String[] parts = path.split("/");
    if (parts[0].equals("missing")) {
      return "missing";
    }
    boolean index = parts.length == 2 || parts[1].equals("page");
    return parts[0] + (index ? " index" : " term");
  }

  /** {@code n} items spread evenly over the list, or all of it. */
  static <T> List<T> spread(List<T> all, int n) {
    if (all.size() <= n) {
      return all;
    }
    List<T> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(all.get((int) ((long) i * all.size() / n)));
    }
    return out;
  }
}
