package org.kbsite.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.kbsite.TestPaths;
import org.kbsite.catalog.Json;
import org.junit.jupiter.api.Test;

/** The sample pages of content/ built under a sub-path, with and without a site origin. */
class SubPathSiteTest {
  private static Path build(String name, String siteUrl) throws Exception {
    Path out = TestPaths.scratch(name);
    CorpusSite.deleteTree(out);
    new SiteBuilder(new BuildOptions(TestPaths.repoRoot().resolve("content"), out,
        TestPaths.repoRoot().resolve("templates"), "/kbarchive/", siteUrl), (n, t) -> {}).build();
    return out;
  }

  @Test
  void everyLinkStaysUnderTheBasePathAndResolves() throws Exception {
    Path out = build("subpath-site", "https://example.org");
    LinkChecker.Result r = LinkChecker.check(out, "/kbarchive/", "https://example.org", "nav.crumbs");
    assertTrue(r.links() > 1000, "links: " + r.links());
    assertEquals(List.of(), r.broken());
    assertEquals(List.of(), r.lacking());

    Document article = Jsoup.parse(out.resolve("kb/900/Q900004/index.html").toFile(), "UTF-8");
    assertEquals("/kbarchive/assets/style.css", article.selectFirst("link[rel=stylesheet]").attr("href"));
    assertEquals("https://example.org/kbarchive/kb/900/Q900004/", article.selectFirst("link[rel=canonical]").attr("href"));
    JsonNode ld = Json.MAPPER.readTree(article.selectFirst("script[type=application/ld+json]").data());
    assertEquals("TechArticle", ld.get("@type").asText());
    assertEquals("Q900004", ld.get("identifier").asText());
    assertEquals("XCON: MTA Logs Event ID 9318 When Remote X.400 Host Is Unavailable", ld.get("headline").asText());
    assertEquals("https://example.org/kbarchive/kb/900/Q900004/", ld.get("url").asText());
    assertEquals("article", article.selectFirst("meta[property=og:type]").attr("content"));
    assertEquals(ld.get("description").asText(), article.selectFirst("meta[property=og:description]").attr("content"));
    // The article's catalog record, named in the head for programs and in the header for people.
    String record = article.selectFirst("link[rel=alternate][type=application/json]").attr("href");
    assertEquals("/kbarchive/api/kb/Q900004.json", record);
    assertEquals(List.of(record), article.select("dl.fields a:contains(JSON)").eachAttr("href"));
    assertEquals("Q900004", Json.MAPPER.readTree(out.resolve("api/kb/Q900004.json").toFile()).get("id").asText());

    String sitemap = Files.readString(out.resolve("sitemap-1.xml"));
    assertTrue(sitemap.contains("<loc>https://example.org/kbarchive/kb/900/Q900004/</loc>"), sitemap);
    assertTrue(Files.readString(out.resolve("robots.txt")).contains("Sitemap: https://example.org/kbarchive/sitemap.xml"));
  }

  @Test
  void withoutAnOriginOnlyRelativeUrlsAreWritten() throws Exception {
    Path out = build("subpath-site-no-origin", null);
    assertEquals(List.of(), LinkChecker.check(out, "/kbarchive/", null, "nav.crumbs").broken());
    Document article = Jsoup.parse(out.resolve("kb/900/Q900004/index.html").toFile(), "UTF-8");
    assertEquals("/kbarchive/kb/900/Q900004/", article.selectFirst("link[rel=canonical]").attr("href"));
    assertEquals(null, article.selectFirst("meta[property=og:url]"));
    assertFalse(Json.MAPPER.readTree(article.selectFirst("script[type=application/ld+json]").data()).has("url"));
    assertFalse(Files.exists(out.resolve("sitemap.xml")), "a sitemap needs absolute URLs");
    assertEquals("User-agent: *\nDisallow:\n", Files.readString(out.resolve("robots.txt")));
  }

  @Test
  void jsonLdCannotCloseItsScriptElement() throws Exception {
    Path out = build("subpath-site", "https://example.org");
    // Q900011's title holds <Ctrl>+<Esc>: escaped in the JSON, read back intact.
    Document article = Jsoup.parse(out.resolve("kb/900/Q900011/index.html").toFile(), "UTF-8");
    String data = article.selectFirst("script[type=application/ld+json]").data();
    assertFalse(data.contains("<") || data.contains(">"), data);
    assertEquals("PC Win: <Ctrl>+<Esc> Ignored in Full-Screen MS-DOS Program",
        Json.MAPPER.readTree(data).get("headline").asText());
  }
}
