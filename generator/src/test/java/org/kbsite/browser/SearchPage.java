package org.kbsite.browser;

import java.util.List;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** Drives the search page as a user would: open it, type a query, press Enter, read the results. */
final class SearchPage {
  /** What one query showed and cost: result links best first, bytes and files fetched, ms to results. */
  record Result(String query, List<String> links, List<String> titles, long bytes, List<String> files,
      long millis, List<String> consoleErrors) {
    String first() {
      return links.isEmpty() ? null : links.get(0);
    }
  }

  private final Browser browser;
  private final StaticServer server;

  SearchPage(Browser browser, StaticServer server) {
    this.browser = browser;
    this.server = server;
  }

  /** Loads the search page afresh, waits for its manifest, then types the query and counts what it fetches. */
  Result query(String query) {
    browser.open(server.url("search/"));
    browser.waitFor("search page ready", d -> !browser.all("[data-search-results][data-search-ready]").isEmpty());
    browser.consoleErrors();
    server.reset();
    WebElement box = browser.find("input[type=search]");
    box.clear();
    box.sendKeys(query + Keys.ENTER);
    return await(query);
  }

  /** Waits until the results for {@code query} are on screen. */
  Result await(String query) {
    browser.waitFor("results for " + query, d -> query.equals(browser.find("[data-search-results]").getAttribute("data-search-query")));
    WebElement results = browser.find("[data-search-results]");
    List<WebElement> anchors = browser.all("[data-search-results] a");
    return new Result(query,
        anchors.stream().map(a -> a.getAttribute("href")).toList(),
        anchors.stream().map(WebElement::getText).toList(),
        server.bytes(), server.requests(),
        Long.parseLong(results.getAttribute("data-search-ms")),
        browser.consoleErrors());
  }
}
