package org.kbsite.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Checks that every internal link and anchor of a built site resolves: each {@code href} and
 * {@code src} under the site's base path (or its origin and base path) names a file that exists
 * ({@code dir/} meaning {@code dir/index.html}), and each {@code #fragment} an id in that file.
 * Every page is parsed once, in parallel; the ids of all pages are kept, nothing else.
 */
final class LinkChecker {
  /**
   * What a check found: how many pages and links it looked at, what does not resolve, and the
   * pages that lack an element matching the required selector.
   */
  record Result(int pages, int links, List<String> broken, List<String> lacking) {}

  private LinkChecker() {}

  /**
   * {@code origin} may be null (then absolute URLs are all external); every page must contain
   * an element matching {@code required}.
   */
  static Result check(Path out, String base, String origin, String required) throws IOException {
    List<Path> pages;
    Set<String> files = new HashSet<>();
    try (Stream<Path> walk = Files.walk(out)) {
      List<Path> all = walk.filter(Files::isRegularFile).toList();
      all.forEach(p -> files.add(rel(out, p)));
      pages = all.stream().filter(p -> p.toString().endsWith(".html")).sorted().toList();
    }
    Map<String, Set<String>> ids = new ConcurrentHashMap<>();
    Map<String, List<String>> links = new ConcurrentHashMap<>();
    Set<String> lacking = ConcurrentHashMap.newKeySet();
    pages.parallelStream().forEach(p -> {
      Document doc;
      try {
        doc = Jsoup.parse(p.toFile(), "UTF-8");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      Set<String> pageIds = new HashSet<>();
      doc.select("[id]").forEach(e -> pageIds.add(e.id()));
      ids.put(rel(out, p), pageIds);
      if (doc.selectFirst(required) == null) {
        lacking.add(rel(out, p));
      }
      List<String> targets = new ArrayList<>();
      for (Element e : doc.select("a[href], link[href], script[src], img[src]")) {
        targets.add(e.hasAttr("href") ? e.attr("href") : e.attr("src"));
      }
      links.put(rel(out, p), targets);
    });
    List<String> broken = new ArrayList<>();
    int count = 0;
    for (Path p : pages) {
      String page = rel(out, p);
      for (String href : links.get(page)) {
        count++;
        String problem = resolve(page, href, base, origin, files, ids);
        if (problem != null) {
          broken.add(page + ": " + href + ": " + problem);
        }
      }
    }
    return new Result(pages.size(), count, broken, lacking.stream().sorted().toList());
  }

  private static String resolve(String page, String href, String base, String origin, Set<String> files,
      Map<String, Set<String>> ids) {
    URI uri;
    try {
      uri = URI.create(href);
    } catch (IllegalArgumentException e) {
      return "not a URL";
    }
    String path;
    if (uri.getScheme() != null) {
      if (origin == null || !href.startsWith(origin + "/")) {
        return null; // external
      }
      path = URI.create(href.substring(origin.length())).getPath();
    } else if (href.startsWith("#")) {
      path = null;
    } else if (uri.getPath().startsWith("/")) {
      path = uri.getPath();
    } else {
      return "relative link (links are absolute paths, so that they work from any page)";
    }
    String file = page;
    if (path != null) {
      if (!path.startsWith(base)) {
        return "outside the base path " + base;
      }
      file = path.substring(base.length());
      if (file.isEmpty() || file.endsWith("/")) {
        file += "index.html";
      }
      if (!files.contains(file)) {
        return "no file " + file;
      }
    }
    String fragment = uri.getFragment();
    if (fragment != null && !fragment.isEmpty()) {
      Set<String> target = ids.get(file);
      if (target == null || !target.contains(fragment)) {
        return "no id '" + fragment + "' in " + file;
      }
    }
    return null;
  }

  private static String rel(Path root, Path p) {
    return root.relativize(p).toString().replace('\\', '/');
  }
}
