package org.kbsite.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.kbsite.TestPaths;
import org.kbsite.TestTrees;

/**
 * A rehearsal (what a build server runs to warm up) makes the files a title edit of the first
 * page makes, and leaves the output and content folders as they were, stopped or not. On corpus
 * pages where the first, Q131447, is cited by two others (Q172337, Q173065).
 */
class RehearsalTest {
  private static final List<Integer> PAGES = List.of(131447, 172337, 173065, 148840, 158989, 162544);

  private Path work;
  private Path content;
  private Path site;

  @BeforeEach
  void setUp(TestInfo info) throws IOException {
    work = TestPaths.scratch("rehearsal/" + info.getTestMethod().orElseThrow().getName());
    CorpusSite.deleteTree(work);
    content = work.resolve("content");
    for (int n : PAGES) {
      Path page = TestPaths.pageIn(content, n);
      Files.createDirectories(page.getParent());
      Files.copy(TestPaths.corpusPage(n), page);
    }
    site = work.resolve("site");
  }

  @Test
  void aRehearsalMakesWhatATitleEditMakesAndPublishesNothing() throws IOException {
    build();
    Map<String, String> siteBefore = TestTrees.stamps(site);
    Map<String, String> contentBefore = TestTrees.snapshot(content);

    BuildReport rehearsed = builder(SiteBuilder.Tuning.NONE).rehearse();
    assertNotNull(rehearsed);
    assertEquals(siteBefore, TestTrees.stamps(site), "no file of the site written, moved or deleted");
    assertEquals(contentBefore, TestTrees.snapshot(content), "the content as it was");
    assertEquals(List.of(), TestTrees.besideSite(site), "its staging folder removed");

    // The same edit, made for real: the rehearsal made as many files as its build writes.
    Path first = TestPaths.pageIn(content, 131447);
    Files.write(first, Rehearsal.retitled(Files.readAllBytes(first)));
    BuildReport edited = build();
    assertTrue(Files.readString(site.resolve("kb/172/Q172337/index.html")).contains("Rehearsed"),
        "the edit is one that pages citing the article show");
    assertTrue(edited.changes().written() >= 3, "its page, its record and the pages citing it: " + edited.changes());
    assertEquals(edited.changes().written(), rehearsed.changes().written(), "the files the rehearsal made");
  }

  @Test
  void aRehearsalNoLongerWantedStopsAndLeavesTheSiteAsItWas() throws IOException {
    build();
    Map<String, String> before = TestTrees.stamps(site);
    AtomicInteger asked = new AtomicInteger();
    SiteBuilder.Tuning wantedForTwoStages = new SiteBuilder.Tuning() {
      @Override
      public boolean rehearsalWanted() {
        return asked.incrementAndGet() <= 2;
      }
    };
    assertThrows(SiteBuilder.RehearsalStopped.class, () -> builder(wantedForTwoStages).rehearse());
    assertEquals(3, asked.get(), "it stopped at the third place it may stop");
    assertEquals(before, TestTrees.stamps(site));
    assertEquals(List.of(), TestTrees.besideSite(site));
    assertEquals(0, build().changes().written(), "the next build finds nothing to write");
  }

  @Test
  void thereIsNothingToRehearseWithoutABuildToContinue() throws IOException {
    assertNull(builder(SiteBuilder.Tuning.NONE).rehearse(), "no build in the output folder");
    assertTrue(!Files.exists(site) && TestTrees.besideSite(site).isEmpty(), "and nothing made");
    build();
    Map<String, String> before = TestTrees.stamps(site);
    assertNull(new SiteBuilder(options().withClean(true), (n, t) -> {}).rehearse(), "a clean build is not rehearsed");
    assertEquals(before, TestTrees.stamps(site));
  }

  @Test
  void theEditPutsWordsIntoTheTitleAndKeepsEveryOtherByte() {
    assertEquals("---\ntitle: \"Q1: Rehearsed PRB: A\"\n---\n\u00e9", retitled("---\ntitle: \"Q1: PRB: A\"\n---\n\u00e9"));
    assertEquals("---\ntitle: 'Rehearsed How to'\n---\n", retitled("---\ntitle: 'How to'\n---\n"));
    assertEquals("---\ntitle: Rehearsed Plain words\n---\n", retitled("---\ntitle: Plain words\n---\n"));
    assertEquals("---\ntitle: >\n  Folded\n---\n\n", retitled("---\ntitle: >\n  Folded\n---\n"),
        "a block scalar is left alone; a line is added, so the page's bytes still change");
    assertEquals("\tNo front matter\n", retitled("\tNo front matter"));
    byte[] latin1 = {'t', 'i', 't', 'l', 'e', ':', ' ', 'A', (byte) 0xE9, '\n'};
    byte[] expected = "title: Rehearsed A\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
    assertArrayEquals(expected, Rehearsal.retitled(latin1), "bytes that are not UTF-8 pass as they are");
  }

  private static String retitled(String page) {
    return new String(Rehearsal.retitled(page.getBytes(StandardCharsets.ISO_8859_1)), StandardCharsets.ISO_8859_1);
  }

  private BuildOptions options() {
    return new BuildOptions(content, site, null, "/", "https://kb.example.org", false);
  }

  private SiteBuilder builder(SiteBuilder.Tuning tuning) {
    return new SiteBuilder(options(), (n, t) -> {}, tuning);
  }

  private BuildReport build() throws IOException {
    return builder(SiteBuilder.Tuning.NONE).build();
  }

}
