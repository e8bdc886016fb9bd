package org.kbsite.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kbsite.site.CorpusSite;

/**
 * axe-core (the axe.min.js that Deque's Maven artifact ships) run in headless Chromium on every
 * kind of page of the sample site: no serious or critical violation. Minor and moderate ones are
 * printed.
 */
class AccessibilityTest {
  private static StaticServer server;
  private static Browser browser;
  private static String axe;

  @BeforeAll
  static void start() throws IOException {
    try (InputStream in = AccessibilityTest.class.getResourceAsStream("/axe.min.js")) {
      if (in == null) {
        throw new IllegalStateException("axe.min.js not on the test class path (com.deque.html.axe-core:selenium)");
      }
      axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    server = new StaticServer(CorpusSite.out(), "/");
    browser = new Browser();
  }

  @AfterAll
  static void stop() {
    browser.close();
    server.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "kb/158/Q158279/", "products/", "search/?q=invalid+page+fault"})
  void noSeriousOrCriticalViolations(String path) throws IOException {
    String page = path.equals("products/") ? firstProductPage() : path;
    browser.open(server.url(page));
    if (page.startsWith("search/")) {
      new SearchPage(browser, server).await("invalid page fault");
    }
    browser.js(axe);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> violations = (List<Map<String, Object>>) browser.driver().executeAsyncScript(
        "const done = arguments[arguments.length - 1];"
            + "axe.run(document, {resultTypes: ['violations']})"
            + ".then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.length}))))"
            + ".catch(e => done([{id: 'axe-error', impact: 'critical', help: String(e), nodes: 0}]));");
    List<String> serious = new ArrayList<>();
    for (Map<String, Object> v : violations) {
      String line = v.get("impact") + " " + v.get("id") + " (" + v.get("nodes") + " nodes): " + v.get("help");
      System.out.println("axe /" + page + ": " + line);
      if ("serious".equals(v.get("impact")) || "critical".equals(v.get("impact"))) {
        serious.add(line);
      }
    }
    assertEquals(List.of(), serious, "/" + page);
    assertEquals(List.of(), browser.consoleErrors(), "/" + page);
  }

  /** The first product's list page: an index page. */
  private static String firstProductPage() throws IOException {
    try (Stream<java.nio.file.Path> dirs = Files.list(CorpusSite.out().resolve("products"))) {
      return "products/" + dirs.sorted().findFirst().orElseThrow().getFileName() + "/";
    }
  }
}
