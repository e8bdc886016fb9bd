package org.kbsite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.kbsite.TestPaths;
import org.kbsite.site.CorpusSite;
import org.junit.jupiter.api.Test;

/** {@code --site-url} takes an origin only, and says so when given anything else. */
class SiteUrlOptionTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int build(Path site, String siteUrl) {
    return Main.run(new PrintWriter(out, true), new PrintWriter(err, true), "build", "--quiet",
        "--content", TestPaths.repoRoot().resolve("content").toString(), "--out", site.toString(),
        "--base-url", "kbarchive", "--site-url", siteUrl);
  }

  @Test
  void anOriginWritesTheSitemap() throws Exception {
    Path site = TestPaths.scratch("cli-site-url");
    CorpusSite.deleteTree(site);
    assertEquals(0, build(site, "https://example.org/"), err.toString());
    assertTrue(Files.readString(site.resolve("sitemap.xml")).contains("<loc>https://example.org/kbarchive/sitemap-1.xml</loc>"));
    // The API's index says where the site is, so that a program can make a record's url whole.
    var index = org.kbsite.catalog.Json.MAPPER.readTree(site.resolve("api/index.json").toFile());
    assertEquals("/kbarchive/", index.get("base").asText());
    assertEquals("https://example.org", index.get("site").asText());
    var catalog = org.kbsite.catalog.Json.MAPPER.readTree(site.resolve("api/catalog.json").toFile());
    assertTrue(catalog.get(0).get("url").asText().startsWith(index.get("base").asText()), catalog.get(0).get("url").asText());
  }

  @Test
  void aPathOrAnotherSchemeIsAUsageError() {
    Path site = TestPaths.scratch("cli-site-url-bad");
    assertEquals(Main.USAGE, build(site, "https://example.org/kbarchive/"));
    assertEquals("kbsite: --site-url takes only the origin (put a path in --base-url): https://example.org/kbarchive/",
        err.toString().strip());
    assertEquals(Main.USAGE, build(site, "ftp://example.org"));
    assertTrue(err.toString().contains("must be http:// or https://"), err.toString());
  }
}
