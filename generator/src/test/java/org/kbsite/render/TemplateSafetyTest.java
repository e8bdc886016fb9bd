package org.kbsite.render;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.kbsite.TestPaths;

/**
 * The templates keep to the Content-Security-Policy that the layout declares: the site's own
 * scripts and styles only, so nothing inline (no script or style element without a file, no
 * {@code style=} or {@code on...=} attribute, no {@code javascript:} URL).
 */
class TemplateSafetyTest {
  private static final Path TEMPLATES = TestPaths.repoRoot().resolve("templates");
  private static final Pattern INLINE = Pattern.compile(
      "(?i)<style|<script(?![^>]*\\ssrc=)(?![^>]*type=\"application/ld\\+json\")|\\sstyle\\s*=|\\son[a-z]+\\s*=|javascript:");

  @Test
  void layoutDeclaresAPolicyThatAllowsOnlyTheSitesOwnFiles() throws IOException {
    Element meta = Jsoup.parse(Files.readString(TEMPLATES.resolve("layout.mustache")))
        .selectFirst("meta[http-equiv=Content-Security-Policy]");
    assertTrue(meta != null, "layout.mustache has a Content-Security-Policy meta element");
    List<String> directives = List.of(meta.attr("content").split(";\\s*"));
    for (String d : List.of("default-src 'self'", "script-src 'self'", "style-src 'self'", "object-src 'none'")) {
      assertTrue(directives.contains(d), d + " in " + directives);
    }
    assertFalse(meta.attr("content").contains("unsafe"), meta.attr("content"));
    assertFalse(meta.attr("content").contains("*"), meta.attr("content"));
  }

  /** JSON-LD blocks are data, not script: browsers never run them, and a CSP does not block them. */
  @Test
  void noTemplateHasInlineScriptOrStyle() throws IOException {
    List<Path> templates;
    try (Stream<Path> walk = Files.walk(TEMPLATES)) {
      templates = walk.filter(p -> p.toString().endsWith(".mustache") || p.toString().endsWith(".html")).toList();
    }
    assertFalse(templates.isEmpty());
    for (Path t : templates) {
      var m = INLINE.matcher(Files.readString(t));
      if (m.find()) {
        fail(t.getFileName() + " has inline script or style: " + m.group());
      }
    }
  }
}
