package org.kbsite.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kbsite.site.CorpusSite;
import org.openqa.selenium.WebElement;

/** The page-not-found page in headless Chromium, served for every missing path as the README's hosts serve it. */
class NotFoundPageTest {
  private static StaticServer server;
  private static Browser browser;

  @BeforeAll
  static void start() throws IOException {
    server = new StaticServer(CorpusSite.out(), "/", true);
    browser = new Browser();
  }

  @AfterAll
  static void stop() {
    browser.close();
    server.close();
  }

  /** The note the page shows for {@code path}, once its script has run; its link's path, or null when it shows none. */
  private static WebElement noteAt(String path) {
    browser.open(server.url(path.substring(1)));
    browser.waitFor("the not-found page's script", d -> Boolean.TRUE.equals(browser.js(
        "return document.readyState === 'complete' && (!document.getElementById('notfound-article').hidden"
            + " || !/q\\d|\\/kb\\/\\d/i.test(location.pathname));")));
    assertEquals(List.of(), browser.consoleErrors().stream().filter(e -> !e.contains("404")).toList(), path);
    return browser.find("#notfound-article");
  }

  @Test
  void anAddressNamingAnArticleThisSiteHasLinksToItsPage() {
    // Old and hand-typed addresses of Q158279, which the sample holds.
    for (String path : List.of("/kb/Q158279/", "/Q158279.htm", "/kb/158279", "/kb/articles/q158279.asp")) {
      WebElement note = noteAt(path);
      assertTrue(note.isDisplayed(), path);
      assertTrue(note.findElement(org.openqa.selenium.By.tagName("a")).getAttribute("href").endsWith("/kb/158/Q158279/"),
          path + ": " + note.getText());
      assertEquals("Q158279", browser.find("#q").getAttribute("value"), "the search box is filled in");
    }
  }

  @Test
  void anAddressNamingAnArticleTheSiteLacksLinksToTheSearchForIt() {
    // Q152734 is cited by sample articles but not in the sample (the missing list names it).
    WebElement note = noteAt("/kb/152/Q152734/");
    assertTrue(note.isDisplayed());
    assertTrue(note.findElement(org.openqa.selenium.By.tagName("a")).getAttribute("href").endsWith("/search/?q=Q152734"),
        note.getText());
  }

  @Test
  void anAddressNamingNoArticleShowsNoNote() {
    assertFalse(noteAt("/nothing/here/").isDisplayed());
    assertTrue(browser.find("main").getText().contains("Page not found"));
  }
}
