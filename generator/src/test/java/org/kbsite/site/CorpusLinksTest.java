package org.kbsite.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/** The whole sample's site is one web: no broken link or anchor, and crawlers find every page. */
class CorpusLinksTest {
  @Test
  void everyInternalLinkAndAnchorOnEveryPageResolves() throws IOException {
    LinkChecker.Result r = LinkChecker.check(CorpusSite.out(), "/", CorpusSite.ORIGIN, "nav.crumbs");
    System.out.printf("link check: %d pages, %d links, %d broken%n", r.pages(), r.links(), r.broken().size());
    assertTrue(r.pages() > 5028, "article pages and index pages: " + r.pages());
    assertEquals(List.of(), r.broken().subList(0, Math.min(20, r.broken().size())),
        r.broken().size() + " broken links");
    assertEquals(List.of(), r.lacking(), "pages without breadcrumbs");
  }

  @Test
  void sitemapIndexListsEveryPageInFilesUnderTheLimit() throws IOException {
    Path out = CorpusSite.out();
    String origin = CorpusSite.ORIGIN + "/";
    Document index = xml(out.resolve("sitemap.xml"));
    assertEquals("sitemapindex", index.child(0).tagName());
    Set<String> listed = new HashSet<>();
    int withLastmod = 0;
    for (Element loc : index.select("sitemap > loc")) {
      String file = loc.text().substring(origin.length());
      Document sitemap = xml(out.resolve(file));
      List<Element> urls = sitemap.select("urlset > url");
      assertTrue(urls.size() <= 50_000, file + " has " + urls.size() + " URLs");
      for (Element url : urls) {
        String path = url.selectFirst("loc").text().substring(origin.length());
        assertTrue(listed.add(path), "listed twice: " + path);
        if (url.selectFirst("lastmod") != null) {
          withLastmod++;
        }
      }
    }
    Set<String> pages = new HashSet<>();
    try (Stream<Path> walk = Files.walk(out)) {
      walk.filter(p -> p.getFileName().toString().equals("index.html"))
          .map(p -> out.relativize(p.getParent()).toString().replace('\\', '/'))
          .forEach(p -> pages.add(p.isEmpty() ? "" : p + "/"));
    }
    assertEquals(pages, listed);
    assertEquals(5028, withLastmod, "every article gives its last-modified date");
    String robots = Files.readString(out.resolve("robots.txt"));
    assertTrue(robots.contains("Sitemap: " + CorpusSite.ORIGIN + "/sitemap.xml"), robots);
  }

  @Test
  void pagesNameTheirCanonicalUrl() throws IOException {
    Document article = Jsoup.parse(CorpusSite.out().resolve("kb/158/Q158279/index.html").toFile(), "UTF-8");
    assertEquals(CorpusSite.ORIGIN + "/kb/158/Q158279/", article.selectFirst("link[rel=canonical]").attr("href"));
    assertEquals(CorpusSite.ORIGIN + "/kb/158/Q158279/", article.selectFirst("meta[property=og:url]").attr("content"));
    Document notFound = Jsoup.parse(CorpusSite.out().resolve("404.html").toFile(), "UTF-8");
    assertEquals(null, notFound.selectFirst("link[rel=canonical]"), "a 404 page has no canonical URL");
    List<String> entries = new ArrayList<>();
    notFound.select("main a").forEach(a -> entries.add(a.attr("href")));
    assertTrue(entries.contains("/events/") && entries.contains("/missing/"), entries.toString());
  }

  private static Document xml(Path file) throws IOException {
    return Jsoup.parse(Files.readString(file), "", Parser.xmlParser());
  }
}
