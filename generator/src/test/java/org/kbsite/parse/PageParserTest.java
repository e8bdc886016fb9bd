package org.kbsite.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PageParserTest {
  private static final String PAGE = """
      ---
      layout: page
      title: "Q900001: PRB: A &amp; B"
      permalink: /kb/900/Q900001/
      extra: kept
      ---

      ## Q900001: PRB: A &amp; B

      {% raw %}

      \tArticle: Q900001
      \tEvent Type:\tWarning
      \t  {%INSTALLDIR%} stays literal, *not* Markdown

      {% endraw %}
      """;

  @Test
  void splitsFrontMatterMarkdownAndRawBlock() throws PageException {
    ParsedPage p = PageParser.parse("x.md", PAGE);
    assertEquals("Q900001: PRB: A &amp; B", p.title());
    assertEquals(Map.of("layout", "page", "title", "Q900001: PRB: A &amp; B",
        "permalink", "/kb/900/Q900001/", "extra", "kept"), p.frontMatter());
    assertEquals(List.of("Article: Q900001", "Event Type:\tWarning",
        "  {%INSTALLDIR%} stays literal, *not* Markdown"), p.rawLines());
    assertEquals(12, p.rawFirstLine(), "line of \"Article:\"");
    assertTrue(p.markdown().contains("## Q900001: PRB: A &amp; B"));
  }

  @Test
  void theConvertersNoBreakSpaceAndBulletAreReadBack() throws PageException {
    // Q182837: "<A0>" between two sentences; Q279217: four before a citation; Q274543: one alone
    // on a line; Q129037: "<B7>" as a screen's bullet. NetBIOS's "<1C>" (Q233517) is the text's.
    ParsedPage p = PageParser.parse("x.md", "---\ntitle: \"x\"\n---\n{% raw %}\n"
        + "\tlisted at the beginning of this article.<A0>This problem was corrected\n"
        + "\tsee <A0><A0><A0><A0>Q 274256 - MSN Companion\n"
        + "\t<A0>\n"
        + "\t<B7> To continue, Press ENTER.\n"
        + "\tNS: Query req. for DOMAIN<1C>\n{% endraw %}\n");
    assertEquals(List.of("listed at the beginning of this article. This problem was corrected",
        "see Q 274256 - MSN Companion", "", "\u00b7 To continue, Press ENTER.", "NS: Query req. for DOMAIN<1C>"),
        p.rawLines());
  }

  @Test
  void missingFrontMatterIsReportedAtLineOne() {
    PageException e = assertThrows(PageException.class, () -> PageParser.parse("x.md", "hello\n"));
    assertEquals(1, e.line());
    assertTrue(e.reason().startsWith("no front matter"));
  }

  @Test
  void unterminatedRawBlockNamesTheOpeningLine() {
    PageException e = assertThrows(PageException.class,
        () -> PageParser.parse("x.md", "---\ntitle: \"x\"\n---\n\n{% raw %}\n\tArticle: Q1\n"));
    assertEquals(5, e.line());
    assertEquals("'{% raw %}' with no '{% endraw %}' after it", e.reason());
  }

  @Test
  void invalidYamlNamesItsLine() {
    PageException e = assertThrows(PageException.class,
        () -> PageParser.parse("x.md", "---\ntitle: \"x\"\nbad: [unclosed\n---\n"));
    assertTrue(e.reason().startsWith("invalid YAML"), e.reason());
    assertTrue(e.line() >= 2 && e.line() <= 4, "line " + e.line());
  }

  @Test
  void anUnclosedQuoteIsReportedWhereItOpens() {
    // The parser finds the quote unclosed only at the end of the front matter, lines below it.
    PageException e = assertThrows(PageException.class,
        () -> PageParser.parse("x.md", "---\nlayout: page\ntitle: \"Q1: unclosed\npermalink: /kb/000/Q1/\n---\n"));
    assertEquals(3, e.line(), e.reason());
    assertTrue(e.reason().startsWith("invalid YAML in front matter: ") && e.reason().endsWith("that starts on line 3"),
        e.reason());
  }

  @Test
  void titleThatIsNotAStringIsRejected() {
    PageException e = assertThrows(PageException.class,
        () -> PageParser.parse("x.md", "---\ntitle: [1, 2]\n---\n"));
    assertEquals("front matter 'title' is not a string", e.reason());
  }

  @Test
  void aMarkdownFileIsAPageWhenItHasAnythingOfAnArticle() {
    String page = "kb/123/Q123456/README.md";
    assertTrue(PageParser.looksLikePage("---\ntitle: x\n---\n", page), "front matter at an article's path");
    assertTrue(PageParser.looksLikePage("---\ntitle: \"Q123456: Lost Its Text\"\n---\n", "notes/x.md"),
        "front matter that names an article");
    assertTrue(PageParser.looksLikePage("## Q1: lost its front matter\n{% raw %}\n\tArticle: Q1\n{% endraw %}\n", "x.md"));
    assertTrue(PageParser.looksLikePage("\tArticle: Q123456\n", "x.md"));
    assertTrue(PageParser.looksLikePage("", page), "an empty file is rejected, not passed over");
    assertTrue(PageParser.looksLikePage("\0\0\0", "x.md"), "so is a binary one");
    assertFalse(PageParser.looksLikePage("# About this archive\n\nPlain documentation.\n", "README.md"));
    // A Jekyll checkout's own pages: front matter and Markdown, no article in them.
    assertFalse(PageParser.looksLikePage("---\nlayout: home\ntitle: Microsoft KB Archive\n---\n\nBrowse by product.\n", "index.md"));
    assertFalse(PageParser.looksLikePage("---\nlayout: page\ntitle: About\npermalink: /about/\n---\nAbout.\n", "about.md"));
    assertFalse(PageParser.looksLikePage("---\nlayout: home\n---\nStart with [Q110389](kb/110/Q110389/).\n", "index.md"),
        "a home page that links to an article");
  }
}
