package org.kbsite.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kbsite.site.CorpusSite;

/** An article page as printed and on a phone, in headless Chromium (its media and width emulated). */
class ArticlePrintAndPhoneTest {
  private static StaticServer server;
  private static Browser browser;

  @BeforeAll
  static void start() throws IOException {
    server = new StaticServer(CorpusSite.out(), "/");
    browser = new Browser();
  }

  @AfterAll
  static void stop() {
    browser.close();
    server.close();
  }

  private static String style(String script) {
    return String.valueOf(browser.js("return " + script + ";"));
  }

  @Test
  void printingLeavesOutTheLinksOfNoUseOnPaper() {
    // Q171781 has a catalog record link, related articles and articles it cites (read off its page).
    browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
    try {
      browser.open(server.url("kb/171/Q171781/"));
      assertEquals("none", style("getComputedStyle(document.querySelector('section[aria-labelledby=related]')).display"));
      assertEquals("none", style("getComputedStyle([...document.querySelectorAll('dl.fields dt')]"
          + ".find(d => d.textContent === 'Catalog record')).display"));
      assertEquals("none", style("getComputedStyle(document.querySelector('dl.fields a[href$=\".json\"]').parentElement"
          + ".closest('dd')).display"));
      // The rest of the header and the event log are printed.
      assertEquals("block", style("getComputedStyle(document.querySelector('section[aria-labelledby=event-log]')).display"));
      assertEquals("block", style("getComputedStyle(document.querySelector('dl.fields dt')).display"));
    } finally {
      browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
    }
  }

  @Test
  void onAPhoneAnEventsCellsSayWhatTheyAre() {
    // At 390 pixels the table's column heads are hidden; Q171781's rows have a source each.
    browser.driver().executeCdpCommand("Emulation.setDeviceMetricsOverride",
        Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
    try {
      browser.open(server.url("kb/171/Q171781/"));
      assertEquals("none", style("getComputedStyle(document.querySelector('table.events thead')).display"));
      assertEquals("\"Source \"", style("getComputedStyle(document.querySelector('table.events td[data-label=Source]'), '::before').content"));
      // Q165546's table has no description column: its source, the row's last cell, is labelled
      // and set on the ID's line all the same.
      browser.open(server.url("kb/165/Q165546/"));
      assertEquals("\"Source \"", style("getComputedStyle(document.querySelector('table.events td[data-label=Source]'), '::before').content"));
      assertEquals("inline", style("getComputedStyle(document.querySelector('table.events td[data-label=Source]')).display"));
    } finally {
      browser.driver().executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }
  }
}
