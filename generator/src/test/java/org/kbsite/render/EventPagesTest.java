package org.kbsite.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.kbsite.TestPaths;
import org.kbsite.extract.ArticleExtractor;
import org.kbsite.index.SiteIndex;
import org.kbsite.index.Summaries;
import org.kbsite.model.Article;
import org.kbsite.model.ArticleSummary;
import org.kbsite.model.Event;
import org.kbsite.parse.PageParser;
import org.kbsite.site.NuChecker;
import org.junit.jupiter.api.Test;

/** Event pages and an article's event table, from events set on the model by hand. */
class EventPagesTest {
  private static final Templates TEMPLATES = Templates.load(TestPaths.repoRoot().resolve("templates"));

  @Test
  void eachEventIdHasAPageWithItsSourcesDescriptionsAndArticles() throws Exception {
    SiteIndex index = new SiteIndex(Summaries.small());
    Map<String, String> pages = new TreeMap<>();
    new SiteRenderer(TEMPLATES, new Links("/", null, index), index).indexPages((path, inputs, html) -> pages.put(path, html.get()));
    NuChecker checker = new NuChecker();
    checker.checkHtml("events/1294/index.html", pages.get("events/1294/index.html"));
    checker.checkHtml("events/index.html", pages.get("events/index.html"));
    assertEquals(List.of(), checker.errors());
    Document page = Jsoup.parse(pages.get("events/1294/index.html"));
    assertEquals("Event ID 1294", page.selectFirst("main h1").text());
    // The heading says the ID; the fields under it do not say it again (helper-63's review).
    assertEquals(List.of("Sources", "Types"), page.select("main dl.fields dt").eachText());
    assertEquals(List.of("MSExchangeMTA 2 articles"), page.select("main dl.fields dt:contains(Sources) + dd li").eachText());
    // A source's page lists the event IDs its articles log, and the event page links to it.
    assertEquals(List.of("/sources/msexchangemta/"), page.select("main dl.fields dt:contains(Sources) + dd li a").eachAttr("href"));
    Document source = Jsoup.parse(pages.get("sources/msexchangemta/index.html"));
    assertEquals("Event source: MSExchangeMTA", source.selectFirst("main h1").text());
    // A and B log 1294 from it, B 9318 too.
    assertEquals(List.of("/events/1294/", "/events/9318/"), source.select("ul.terms.events a").eachAttr("href"));
    assertEquals(List.of("1294 2", "9318 1"), source.select("ul.terms.events li").eachText());
    assertEquals(List.of("Q100001", "Q100002"), source.select("table.articles td:first-child a").eachText());
    assertEquals(List.of("Error 2 articles"), page.select("main dl.fields dt:contains(Types) + dd li").eachText());
    assertEquals(List.of("An association with entity ended abnormally. in Q100001"),
        page.select("ul.descriptions li").eachText());
    assertEquals(List.of("/kb/100/Q100001/", "/kb/100/Q100002/"), page.select("table.articles td:first-child a").eachAttr("href"));
    // The title links to the article too, a larger target on a phone, out of the keyboard's way.
    assertEquals(List.of("/kb/100/Q100001/", "/kb/100/Q100002/"),
        page.select("table.articles td:nth-child(2) a[tabindex=-1]").eachAttr("href"));
    assertEquals(List.of("Home", "Event IDs", "1294"), page.select("nav.crumbs li").eachText());

    Document list = Jsoup.parse(pages.get("events/index.html"));
    assertEquals(List.of("1294", "9318"), list.select("table.event-ids td:first-child a").eachText());
    assertEquals(List.of("/events/1294/", "/events/9318/"), list.select("table.event-ids td:first-child a").eachAttr("href"));
  }

  /**
   * One event ID from two sources is two events: the descriptions go under their source, the
   * commonest first (however spelled), those naming none last; one source needs no headings.
   */
  @Test
  void anEventPageGroupsItsDescriptionsBySource() throws Exception {
    List<ArticleSummary> summaries = List.of(
        Summaries.summary(100001, "P", List.of(), List.of(), List.of(Summaries.event(1000, "Userenv", "Windows cannot load the profile.")), List.of()),
        Summaries.summary(100002, "P", List.of(), List.of(), List.of(Summaries.event(1000, null, "Faulting application app.exe.")), List.of()),
        Summaries.summary(100003, "P", List.of(), List.of(), List.of(Summaries.event(1000, "Application Error", "Faulting application winword.exe.")), List.of()),
        Summaries.summary(100004, "P", List.of(), List.of(), List.of(Summaries.event(1000, "application error", "Faulting application excel.exe."),
            Summaries.event(1000, "Application Error", "Faulting application excel.exe at 0x0.")), List.of()),
        Summaries.summary(100005, "P", List.of(), List.of(), List.of(Summaries.event(2000, "Srv", "The server's call to a system service failed.")), List.of()));
    SiteIndex index = new SiteIndex(summaries);
    Map<String, String> pages = new TreeMap<>();
    new SiteRenderer(TEMPLATES, new Links("/", null, index), index).indexPages((path, inputs, html) -> pages.put(path, html.get()));
    NuChecker checker = new NuChecker();
    checker.checkHtml("events/1000/index.html", pages.get("events/1000/index.html"));
    assertEquals(List.of(), checker.errors());
    Document page = Jsoup.parse(pages.get("events/1000/index.html"));
    assertEquals(List.of("Source: Application Error", "Source: Userenv", "No source given"), page.select("main h3").eachText());
    // The counts are of articles: Q100004's two messages from Application Error count once.
    assertEquals(List.of("Application Error 2 articles", "Userenv 1 article"),
        page.select("main dl.fields dt:contains(Sources) + dd li").eachText());
    assertEquals(List.of(List.of("Q100003", "Q100004", "Q100004"), List.of("Q100001"), List.of("Q100002")),
        page.select("main h3").stream().map(h -> h.nextElementSibling().select("ul.descriptions a").eachText()).toList());
    Document single = Jsoup.parse(pages.get("events/2000/index.html"));
    assertEquals(List.of(), single.select("main h3").eachText());
    assertEquals(List.of("The server's call to a system service failed. in Q100005"), single.select("ul.descriptions li").eachText());
  }

  @Test
  void anArticleListsItsEventsInATableLinkedToTheEventPages() throws Exception {
    Article source = ArticleExtractor.extract(PageParser.parse("kb/158/Q158279/README.md",
        Files.readString(TestPaths.corpusPage(158279))));
    Article a = source.withEvents(List.of(
        new Event(289, null, null, null, "A connection to ... could not be opened.", "[MTA XFER-IN 19 26] (12)"),
        new Event(1294, "MSExchangeMTA", "Warning", "Interface", "An association with entity ended abnormally.", null)));
    List<ArticleSummary> summaries = new ArrayList<>(Summaries.small());
    summaries.add(a.summary());
    SiteIndex index = new SiteIndex(summaries);
    String html = new SiteRenderer(TEMPLATES, new Links("/", null, index), index).articlePage(a);
    NuChecker checker = new NuChecker();
    checker.checkHtml("kb/158/Q158279/index.html", html);
    assertEquals(List.of(), checker.errors());
    Document page = Jsoup.parse(html);
    assertEquals(List.of("/events/289/", "/events/1294/"), page.select("table.events td:first-child a").eachAttr("href"));
    assertEquals("1294 MSExchangeMTA Warning Interface An association with entity ended abnormally.",
        page.select("table.events tbody tr").get(1).text());
    assertEquals("[MTA XFER-IN 19 26] (12)", page.selectFirst("table.events code").text());
    assertTrue(page.select("nav.toc a").eachAttr("href").contains("#event-log"));
    // Sharing event 1294 makes Q100001 and Q100002 related, ahead of anything else; alike in all
    // else, the nearer in number to Q158279 first.
    assertEquals(List.of("Q100002", "Q100001"), page.select("#related ~ ul.cites a").eachText().subList(0, 2));
  }
}
