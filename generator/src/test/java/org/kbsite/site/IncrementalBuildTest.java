package org.kbsite.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.kbsite.TestPaths;
import org.kbsite.TestTrees;
import org.kbsite.catalog.Json;
import org.kbsite.content.ContentScanner;
import org.kbsite.incremental.Hash;
import org.kbsite.model.Interner;

/**
 * An incremental build gives the very bytes a clean build gives, after an article is edited,
 * deleted or added; it writes nothing when nothing changed; and a failed one leaves the site as
 * it was. On 41 corpus pages chosen for their links: Q123617 cites nine of them, Q172337 and
 * Q173065 both cite Q131447, five describe event IDs.
 */
class IncrementalBuildTest {
  private static final List<Integer> PAGES = List.of(
      123617, 108584, 120577, 121017, 122042, 122217, 122227, 122301, 122543, 122847,
      172337, 173065, 131447, 157714, 131338, 133387, 137300, 110901, 81342, 101904, 123358, 122544,
      106524, 126384, 130922, 131617, 139170,
      148840, 148351, 158989, 148381, 162544, 146566, 152865, 155048, 158111, 165327, 175512, 154822,
      140341, 101257);

  private Path work;
  private Path content;
  private Path site;
  private Path templates;

  @BeforeEach
  void setUp(TestInfo info) throws IOException {
    work = TestPaths.scratch("incremental/" + info.getTestMethod().orElseThrow().getName());
    CorpusSite.deleteTree(work);
    content = work.resolve("content");
    for (int n : PAGES) {
      copyPage(n);
    }
    site = work.resolve("site");
  }

  @Test
  void editDeleteAndAddGiveWhatACleanBuildGives() throws IOException {
    BuildReport first = build(site, false);
    assertEquals("clean", first.changes().build(), "the first build into a new folder");
    assertEquals(PAGES.size(), first.articles());
    String citing = Files.readString(site.resolve("kb/172/Q172337/index.html"));

    Path cited = TestPaths.pageIn(content, 131447);
    String text = Files.readString(cited);
    String title = text.lines().filter(l -> l.startsWith("title:")).findFirst().orElseThrow();
    Files.writeString(cited, text.replace(title, "title: \"Q131447: Renamed by an editor\"")
        .replaceFirst("(?m)^(\tSUMMARY)", "\tAn added line.\n\t\n$1"));
    BuildReport edited = build(site, false);
    assertEquals("incremental", edited.changes().build());
    assertSameAsClean("after an edit");
    assertTrue(Files.readString(site.resolve("kb/131/Q131447/index.html")).contains("Renamed by an editor"));
    assertNotEquals(citing, Files.readString(site.resolve("kb/172/Q172337/index.html")),
        "a page that shows the edited title is written again");
    assertTrue(edited.changes().written() < first.changes().written() / 3,
        "only the files whose bytes change: " + edited.changes());
    assertEquals(0, edited.changes().deleted());

    CorpusSite.deleteTree(TestPaths.pageIn(content, 122042).getParent());
    BuildReport deleted = build(site, false);
    assertSameAsClean("after a delete");
    assertFalse(Files.exists(site.resolve("kb/122/Q122042")), "the deleted article's folder is gone");
    assertTrue(deleted.changes().deleted() >= 2, "its page and record: " + deleted.changes());

    copyPage(162670);
    BuildReport added = build(site, false);
    assertSameAsClean("after an add");
    assertEquals(PAGES.size(), added.articles());
    assertTrue(Files.isRegularFile(site.resolve("kb/162/Q162670/index.html")));
  }

  /**
   * Edits that leave the links between articles alone but move a term's page and change a related
   * list: the pages of unedited articles that show them are made again too. Q137300 alone has the
   * keyword kbtshoot, and Q148840 is given kbtshoot., whose page is kbtshoot-2; Q154822's only
   * related article is Q140341, through the keyword kbGrpDSVB; none cites or is cited by an edited
   * article.
   */
  @Test
  void editsThatMoveATermOrChangeARelatedListGiveWhatACleanBuildGives() throws IOException {
    Path other = TestPaths.pageIn(content, 148840);
    Files.writeString(other, Files.readString(other).replace("kbHardware kbfaq", "kbHardware kbfaq kbtshoot."));
    build(site, false);
    String movedTerm = "kb/137/Q137300/index.html";
    String lostRelated = "kb/154/Q154822/index.html";
    assertTrue(Files.readString(site.resolve(movedTerm)).contains("/keywords/kbtshoot/"));
    assertTrue(Files.readString(site.resolve("keywords/kbtshoot-2/index.html")).contains("Q148840"));
    assertTrue(Files.readString(site.resolve(lostRelated)).contains("href=\"/kb/140/Q140341/\""));
    // "*kbtshoot" slugs as "kbtshoot" and sorts first: kbtshoot moves to kbtshoot-2, the page
    // kbtshoot. had, and kbtshoot. to kbtshoot-3. The keywords are in the header and in the
    // trailer, which wins.
    Path one = TestPaths.pageIn(content, 172337);
    Files.writeString(one, Files.readString(one).replace(": kbSSafe500bug", ": *kbtshoot kbSSafe500bug"));
    Path two = TestPaths.pageIn(content, 140341);
    Files.writeString(two, Files.readString(two).replace("kbGrpDSVB kbfixlist", "kbfixlist"));
    BuildReport edited = build(site, false);
    assertEquals("incremental", edited.changes().build());
    assertSameAsClean("after edits that move a term and change a related list");
    assertTrue(Files.readString(site.resolve(movedTerm)).contains("/keywords/kbtshoot-2/"), "the term's new page");
    assertTrue(Files.readString(site.resolve("keywords/kbtshoot-2/index.html")).contains("Q137300"));
    assertTrue(Files.readString(site.resolve("keywords/kbtshoot-3/index.html")).contains("Q148840"));
    assertFalse(Files.readString(site.resolve(lostRelated)).contains("href=\"/kb/140/Q140341/\""), "no longer related");
    assertTrue(edited.changes().written() < 100, "only the files whose bytes change: " + edited.changes());
  }

  /**
   * A folder's page links the folders beside it: an article added in a folder the fixture lacks
   * (Q150017, between kb/148/ and kb/152/) changes those two pages, and deleting it changes them
   * back, as after a clean build.
   */
  @Test
  void aFolderAnAddMakesIsLinkedFromTheFoldersBesideIt() throws IOException {
    build(site, false);
    assertTrue(Files.readString(site.resolve("kb/148/index.html")).contains("href=\"/kb/152/\""));
    copyPage(150017);
    build(site, false);
    assertSameAsClean("after an article in a new folder was added");
    assertTrue(Files.readString(site.resolve("kb/148/index.html")).contains("href=\"/kb/150/\""));
    assertTrue(Files.readString(site.resolve("kb/152/index.html")).contains("href=\"/kb/150/\""));
    CorpusSite.deleteTree(TestPaths.pageIn(content, 150017).getParent());
    build(site, false);
    assertSameAsClean("after it was deleted");
    assertFalse(Files.exists(site.resolve("kb/150/index.html")));
  }

  /**
   * A product's page lists its versions: a version an edit adds (Q121017, a C Compiler article of
   * versions 2.0, 2.1, 2.2 and 4.0, given 4.0a) is on it after the rebuild, as after a clean one.
   */
  @Test
  void aVersionAnEditAddsIsOnItsProductsPage() throws IOException {
    build(site, false);
    String product = "products/microsoft-c-compiler/index.html";
    assertFalse(Files.readString(site.resolve(product)).contains("/versions/microsoft-c-compiler-4-0a/"));
    Path page = TestPaths.pageIn(content, 121017);
    Files.writeString(page, Files.readString(page).replace("Version(s): 2.0,2.1,2.2,4.0", "Version(s): 2.0,2.1,2.2,4.0,4.0a"));
    build(site, false);
    assertSameAsClean("after a version was added");
    assertTrue(Files.readString(site.resolve(product)).contains("href=\"/versions/microsoft-c-compiler-4-0a/\">4.0a</a>"));
  }

  /**
   * A version's pages link its product's page in their breadcrumb: when that page moves (an added
   * article's product "Microsoft C !Compiler" sorts first and takes the slug microsoft-c-compiler),
   * the C Compiler versions' pages follow it, as after a clean build.
   */
  @Test
  void aVersionsBreadcrumbFollowsItsProductsPageWhenItMoves() throws IOException {
    build(site, false);
    copyPage(162670);
    Path added = TestPaths.pageIn(content, 162670);
    Files.writeString(added, Files.readString(added).replaceFirst("(?m)^\tProduct\\(s\\): .*$", "\tProduct(s): Microsoft C !Compiler"));
    build(site, false);
    assertSameAsClean("after a product's page moved");
    assertTrue(Files.readString(site.resolve("versions/microsoft-c-compiler-2-0/index.html"))
        .contains("<a href=\"/products/microsoft-c-compiler-2/\">Microsoft C Compiler</a>"));
  }

  /**
   * The "cited but missing" list shows the title the citing articles give each: Q123617 cites
   * Q46024, which the fixture lacks, as "DOCERR: fopen() Will Set errno Values"; an edit of that
   * title shows on the list after the rebuild, as after a clean one.
   */
  @Test
  void aCitedTitleAnEditChangesShowsOnTheMissingList() throws IOException {
    build(site, false);
    assertTrue(Files.readString(site.resolve("missing/index.html")).contains("DOCERR: fopen() Will Set errno Values"));
    Path page = TestPaths.pageIn(content, 123617);
    Files.writeString(page, Files.readString(page).replace("Q46024 DOCERR: fopen() Will Set errno Values",
        "Q46024 DOCERR: fopen() Sets errno"));
    build(site, false);
    assertSameAsClean("after a cited title was edited");
    String missing = Files.readString(site.resolve("missing/index.html"));
    assertTrue(missing.contains("<td>DOCERR: fopen() Sets errno</td>"), "the new title");
    assertFalse(missing.contains("Will Set errno"), "not the old one");
  }

  @Test
  void aStateTooLargeForTheHeapIsNotLoaded() throws IOException {
    assertFalse(SiteBuilder.rebuildsIncrementally(site, Long.MAX_VALUE), "no build to continue yet");
    build(site, false);
    long state = Files.size(site.resolve(BuildState.FILE)) + Files.size(site.resolve(SearchState.FILE));
    // What decides whether a build server is started for the folder (Main): it would rebuild in full.
    assertFalse(SiteBuilder.rebuildsIncrementally(site, state * SiteBuilder.STATE_TO_HEAP - 1));
    assertTrue(SiteBuilder.rebuildsIncrementally(site, state * SiteBuilder.STATE_TO_HEAP));
    BuildOptions options = new BuildOptions(content, site, templates, "/", "https://kb.example.org", false);
    // A heap just too small for the state, then one just large enough.
    SiteBuilder small = new SiteBuilder(options, (n, t) -> {}, state * SiteBuilder.STATE_TO_HEAP - 1);
    BuildReport rebuilt = small.build();
    assertEquals("clean", rebuilt.changes().build(), "built again rather than run out of memory");
    assertEquals(1, small.warnings().size());
    assertTrue(small.warnings().get(0).contains("too large to load"), small.warnings().toString());
    assertSameAsClean("after a build that could not load the state");
    SiteBuilder enough = new SiteBuilder(options, (n, t) -> {}, state * SiteBuilder.STATE_TO_HEAP + (1 << 20));
    assertEquals("incremental", enough.build().changes().build());
    assertEquals(List.of(), enough.warnings());
  }

  /**
   * Nothing edited, nothing written: also when the pages and folders had changed just before the
   * first build, which could not vouch for them by their times.
   */
  @Test
  void nothingEditedWritesNothing() throws IOException, InterruptedException {
    // One page last saved an hour ago: the state vouches for it by its size and time (once past
    // the clock ticks: setting its time changed its status-change time).
    Path saved = TestPaths.pageIn(content, 131447);
    Files.setLastModifiedTime(saved, FileTime.fromMillis(System.currentTimeMillis() - 3_600_000));
    waitPastClockTicks();
    build(site, false);
    Map<String, String> before = TestTrees.stamps(site);
    waitPastClockTicks();
    BuildReport again = build(site, false);
    assertEquals(new BuildReport.Changes("incremental", 0, again.filesWritten() - 1, 0), again.changes());
    assertEquals(List.of(), changed(before, TestTrees.stamps(site)), "no file in the output folder written, moved or deleted");

    // A page saved again with the same bytes: its new time goes into the build state, nothing else
    // (once past the clock ticks: setting its time changed its status-change time).
    Files.setLastModifiedTime(saved, FileTime.fromMillis(System.currentTimeMillis() - 600_000));
    waitPastClockTicks();
    assertEquals(0, build(site, false).changes().written());
    assertEquals(List.of(".kbsite", BuildState.FILE), changed(before, TestTrees.stamps(site)));
  }

  /**
   * Waits until what the test made is older than {@link ContentScanner#RACY_NANOS}: a folder's
   * status time cannot be set back, so only time makes it one a scan can vouch for.
   */
  private static void waitPastClockTicks() throws InterruptedException {
    Thread.sleep(java.util.concurrent.TimeUnit.NANOSECONDS.toMillis(ContentScanner.RACY_NANOS) + 200);
  }

  /**
   * A page edited again in the same clock tick as the build that read it keeps its size and time,
   * which then vouch for nothing: the next build reads it again and sees the edit. So does a page
   * edited with its size kept and its old modification time put back ({@code touch -r}, {@code cp
   * -p}, {@code rsync -t}): its status-change time, which no program sets back, is new.
   */
  @Test
  void aPageChangedJustBeforeTheScanIsReadAgain() throws IOException {
    Path page = TestPaths.pageIn(content, 131447);
    FileTime now = FileTime.fromMillis(System.currentTimeMillis());
    Files.setLastModifiedTime(page, now);
    Path old = TestPaths.pageIn(content, 172337);
    FileTime hourAgo = FileTime.fromMillis(System.currentTimeMillis() - 3_600_000);
    Files.setLastModifiedTime(old, hourAgo);
    build(site, false);

    // The same number of bytes, and the time set back as a clock tick coarser than the edit would leave it.
    String text = Files.readString(page);
    Files.writeString(page, text.replace("undocumented command", "UNDOCUMENTED command"));
    Files.setLastModifiedTime(page, now);
    // The old page edited likewise, its modification time an hour back as before.
    String oldText = Files.readString(old);
    Files.writeString(old, oldText.replace("Q172337: ", "Q172337! "));
    Files.setLastModifiedTime(old, hourAgo);

    build(site, false);
    assertTrue(Files.readString(site.resolve("kb/131/Q131447/index.html")).contains("UNDOCUMENTED command"), "the edit is seen");
    assertTrue(Files.readString(site.resolve("kb/172/Q172337/index.html")).contains("Q172337! "),
        "an edit behind an old modification time is seen");
    assertSameAsClean("after edits that kept the size and the modification time");
  }

  /**
   * Pages saved just before the first build are recorded without their times. A rebuild with
   * nothing edited keeps them so (it writes nothing); one that writes the state anyway records
   * their times, so that they are not read again on every build after.
   */
  @Test
  void pagesRecordedWithoutTheirTimesGetThemWhenTheStateIsWritten() throws IOException, InterruptedException {
    build(site, false);
    String other = "kb/108/Q108584/README.md";
    assertEquals(ContentScanner.UNTRUSTED, BuildState.load(site, new Interner()).sources.get(other).modified());
    waitPastClockTicks();
    assertEquals(0, build(site, false).changes().written());
    assertEquals(ContentScanner.UNTRUSTED, BuildState.load(site, new Interner()).sources.get(other).modified());

    Path edited = TestPaths.pageIn(content, 131447);
    Files.writeString(edited, Files.readString(edited).replace("undocumented", "little-known"));
    build(site, false);
    long modified = Files.getLastModifiedTime(content.resolve(other)).to(java.util.concurrent.TimeUnit.NANOSECONDS);
    assertEquals(modified, BuildState.load(site, new Interner()).sources.get(other).modified());
    assertEquals(ContentScanner.UNTRUSTED, BuildState.load(site, new Interner()).sources.get("kb/131/Q131447/README.md").modified(),
        "the page just edited");
  }

  /**
   * With the content's folders last changed more than two seconds ago, a build lists them, and
   * the next takes them from those listings rather than opening them. An article added beside
   * listed folders and a file added beside a page are still found: adding them changed their
   * folders' status times.
   */
  @Test
  void foldersTakenFromTheLastListingsGiveWhatACleanBuildGives() throws IOException, InterruptedException {
    waitPastClockTicks();
    build(site, false);
    assertTrue(Files.isRegularFile(site.resolve(ListingState.FILE)));
    Map<String, String> before = TestTrees.stamps(site);
    assertEquals(0, build(site, false).changes().written());
    assertEquals(List.of(), changed(before, TestTrees.stamps(site)), "listings as they were are not written again");

    copyPage(162670);
    Files.writeString(TestPaths.pageIn(content, 131447).resolveSibling("notes.txt"), "An archivist's note.");
    BuildReport added = build(site, false);
    assertEquals("incremental", added.changes().build());
    assertSameAsClean("after an add into listed folders");
    assertEquals(PAGES.size() + 1, added.articles());
    assertTrue(added.ignored().contains(new BuildReport.Ignored("kb/131/Q131447/notes.txt",
        "not a page: only *.md files are pages")), added.ignored().toString());
    assertTrue(changed(before, TestTrees.stamps(site)).contains(ListingState.FILE), "the new listings kept for the next build");
  }

  /**
   * A word of an article's text replaced by another: the search shard that held the old word is
   * made again from the published one (search/ShardUpdate), not from every article's terms. Seen
   * here by putting another shard's bytes in its place: the rebuild carries them on, where a
   * build from the articles' terms would not. As with any output, a file changed by hand in OUT
   * is not noticed; --clean puts it right.
   */
  @Test
  void aRebuildMakesTheShardsAnEditTouchesFromThePublishedOnes() throws IOException {
    build(site, false);
    List<String> firstTerms = new ArrayList<>();
    Json.MAPPER.readTree(site.resolve("search/meta.json").toFile()).get("terms").forEach(t -> firstTerms.add(t.asText()));
    assertTrue(firstTerms.size() >= 2, firstTerms.toString());
    int touched = 0;
    while (touched + 1 < firstTerms.size() && firstTerms.get(touched + 1).compareTo("troubleshooting") <= 0) {
      touched++;
    }
    Path shard = site.resolve("search/t/" + touched + ".bin");
    Files.write(shard, Files.readAllBytes(site.resolve("search/t/" + (touched == 0 ? 1 : 0) + ".bin")));
    Path edited = TestPaths.pageIn(content, 131447);
    Files.writeString(edited, Files.readString(edited).replace("troubleshooting", "zymurgical"));
    assertEquals("incremental", build(site, false).changes().build());
    Path clean = work.resolve("clean");
    CorpusSite.deleteTree(clean);
    build(clean, true);
    assertFalse(Arrays.equals(Files.readAllBytes(clean.resolve("search/t/" + touched + ".bin")), Files.readAllBytes(shard)),
        "the shard made from the published one");
    build(site, true);
    assertSameAsClean("after --clean");
  }

  /**
   * A page edited again and again, each time with a word no page had: the search state's term
   * dictionary keeps its size, as the word no page has any more gives its ID to the next new one,
   * and the site is what a clean build makes.
   */
  @Test
  void newWordsInPlaceOfOldOnesLeaveTheSearchStateItsSize() throws IOException {
    build(site, false);
    Path edited = TestPaths.pageIn(content, 131447);
    String original = Files.readString(edited);
    assertTrue(original.contains("troubleshooting"));
    List<Integer> sizes = new ArrayList<>();
    for (String word : List.of("zymurgical", "quodlibetic", "xenodochial", "ultracrepidarian", "zymurgical")) {
      Files.writeString(edited, original.replace("troubleshooting", word));
      assertEquals("incremental", build(site, false).changes().build());
      Hash key = BuildState.read(Files.readAllBytes(site.resolve(BuildState.FILE)), new Interner()).key;
      List<String> names = Arrays.asList(SearchState.load(site, key).names());
      assertTrue(names.contains(word), word);
      sizes.add(names.size());
    }
    assertEquals(1, new java.util.HashSet<>(sizes.subList(1, sizes.size())).size(), "dictionary sizes " + sizes);
    assertSameAsClean("after a page edited again and again");
  }

  /**
   * A file that is not a page, added where nothing else changed: the site is as it was, but the
   * report lists the file, and the build state stays (the next build is incremental).
   */
  @Test
  void aNewIgnoredFileIsReportedThoughNothingElseChanged() throws IOException {
    build(site, false);
    Files.writeString(TestPaths.pageIn(content, 131447).resolveSibling("notes.txt"), "An archivist's note.");
    BuildReport again = build(site, false);
    BuildReport.Ignored notes = new BuildReport.Ignored("kb/131/Q131447/notes.txt", "not a page: only *.md files are pages");
    assertEquals(0, again.changes().written());
    assertTrue(again.ignored().contains(notes), again.ignored().toString());
    assertTrue(Files.readString(site.resolve(StagedSite.MARKER)).contains("kb/131/Q131447/notes.txt"),
        "the published report lists it");
    assertEquals("incremental", build(site, false).changes().build(), "the build state was kept");
    assertSameAsClean("after a file that is not a page was added");
  }

  /**
   * An article added or deleted moves the doc numbers of the search index's articles after it in
   * the order (product, year, ID), but their text files are named by article number: only the
   * added article's is written, only the deleted one's goes. Q162670 is Microsoft Exchange of 1999,
   * ahead of most of the others.
   */
  @Test
  void anAddOrDeleteLeavesTheOtherArticlesSearchTextFilesBe() throws IOException {
    build(site, false);
    Map<String, String> before = TestTrees.stamps(site);
    copyPage(162670);
    build(site, false);
    assertSameAsClean("after an add");
    List<String> changed = changed(before, TestTrees.stamps(site));
    assertTrue(changed.stream().anyMatch(p -> p.startsWith("search/id/") && !p.equals("search/id/162.json")),
        "other articles' doc numbers moved: " + changed);
    assertEquals(List.of("search/x/162/162670.gz"), textFiles(changed));

    Map<String, String> added = TestTrees.stamps(site);
    CorpusSite.deleteTree(TestPaths.pageIn(content, 162670).getParent());
    build(site, false);
    assertSameAsClean("after a delete");
    assertEquals(List.of("search/x/162/162670.gz"), textFiles(changed(added, TestTrees.stamps(site))));
  }

  private static List<String> textFiles(List<String> paths) {
    return paths.stream().filter(p -> p.startsWith("search/x/") && p.endsWith(".gz")).toList();
  }

  private static List<String> changed(Map<String, String> before, Map<String, String> after) {
    TreeMap<String, String> all = new TreeMap<>(before);
    all.putAll(after);
    return all.keySet().stream().filter(k -> !java.util.Objects.equals(before.get(k), after.get(k))).toList();
  }

  @Test
  void changedTemplatesMakeEveryPageAgain() throws IOException {
    build(site, false);
    templates = work.resolve("templates");
    TestTrees.copy(TestPaths.repoRoot().resolve("templates"), templates);
    Path article = templates.resolve("article.mustache");
    Files.writeString(article, Files.readString(article).replace("</article>", "<p>Mirrored by us.</p></article>"));
    BuildReport changed = build(site, false);
    assertEquals("incremental", changed.changes().build());
    assertTrue(Files.readString(site.resolve("kb/131/Q131447/index.html")).contains("Mirrored by us."));
    // The article pages, and the catalog stream, which is too large to be compared byte by byte.
    assertEquals(PAGES.size() + 2, changed.changes().written(), changed.changes().toString());
    assertSameAsClean("after a template change");
  }

  @Test
  void catalogPutTogetherEntryByEntryIsWhatJacksonWrites() throws IOException {
    build(site, false);
    Path catalog = site.resolve(CatalogJson.PATH);
    assertEquals(Json.pretty(Json.MAPPER.readTree(catalog.toFile())), Files.readString(catalog));
    assertEquals(Json.pretty(List.of()), "[ ]\n", "what an archive of no articles gets");
  }

  @Test
  void cleanBuildReplacesTheWholeFolder() throws IOException {
    build(site, false);
    BuildReport clean = build(site, true);
    assertEquals("clean", clean.changes().build());
    assertEquals(clean.filesWritten() - 1, clean.changes().written());
  }

  @Test
  void failedIncrementalBuildLeavesTheSiteUntouched() throws IOException {
    build(site, false);
    Files.writeString(TestPaths.pageIn(content, 131447), Files.readString(TestPaths.pageIn(content, 131447)).replace("undocumented", "little-known"));
    // A catalog stream shorter than the build state says cannot be copied from: the build fails.
    try (FileChannel c = FileChannel.open(site.resolve(CatalogStream.PLAIN), StandardOpenOption.WRITE)) {
      c.truncate(10);
    }
    Map<String, String> before = TestTrees.snapshot(work);
    IOException e = assertThrows(IOException.class, () -> build(site, false));
    assertTrue(e.getMessage().contains("--clean"), e.getMessage());
    assertEquals(before, TestTrees.snapshot(work), "the site as it was, no staging folder left");
    build(site, true);
    assertSameAsClean("after --clean");
  }

  /**
   * An article among another's nearby articles (Q130922 on Q126384's page: the same product, 4,538
   * numbers apart, neither citing the other, not related): its title edit shows there too.
   */
  @Test
  void aTitleEditShowsOnThePagesThatListTheArticleAsNearby() throws IOException {
    build(site, false);
    String neighbour = "kb/126/Q126384/index.html";
    assertTrue(Files.readString(site.resolve(neighbour)).contains("<h2 id=\"nearby\">"));
    assertTrue(Files.readString(site.resolve(neighbour)).contains("href=\"/kb/130/Q130922/\""));
    Path edited = TestPaths.pageIn(content, 130922);
    Files.writeString(edited, Files.readString(edited).replaceFirst("(?m)^title: (\"?)Q130922: ", "title: $1Q130922: Renamed "));
    BuildReport rebuilt = build(site, false);
    assertEquals("incremental", rebuilt.changes().build());
    assertTrue(Files.readString(site.resolve(neighbour)).contains("Renamed Event Error 2022"), "the nearby list shows the new title");
    assertSameAsClean("after a title edit shown in a nearby list");
  }

  /**
   * A rebuild writes its state by copying the entries it keeps from the state it read: the bytes
   * are those of the same state encoded afresh, with sources and outputs added, removed and changed.
   */
  @Test
  void aRebuildsStateIsTheStateEncodedAfresh() throws IOException {
    build(site, false);
    Path edited = TestPaths.pageIn(content, 131447);
    String text = Files.readString(edited);
    Files.writeString(edited, text.replaceFirst("(?m)^title: (\"?)Q131447: ", "title: $1Q131447: Renamed "));
    Files.delete(TestPaths.pageIn(content, 122042));
    copyPage(100069);
    BuildReport rebuilt = build(site, false);
    assertEquals("incremental", rebuilt.changes().build());
    assertTrue(rebuilt.changes().written() > 0 && rebuilt.changes().deleted() > 0, rebuilt.changes().toString());
    BuildState state = BuildState.load(site, new Interner());
    assertTrue(state != null, "the rebuild's state reads back");
    assertEquals(PAGES.size(), state.sources.size());
    assertTrue(state.sources.get("kb/131/Q131447/README.md").result().summary().title().startsWith("Renamed "),
        "the edited page's entry is the new one");
    assertFalse(state.sources.containsKey("kb/122/Q122042/README.md"));
    assertTrue(state.sources.containsKey("kb/100/Q100069/README.md"));
    // Every file of the site is in the state with the hash of its bytes (the catalog stream's two
    // files, written whole through a channel, stand for themselves by their inputs' hash).
    List<String> described = new ArrayList<>();
    state.outputs.forEachSorted((path, o) -> {
      described.add(path);
      if (!path.startsWith(CatalogStream.PLAIN)) {
        try {
          assertEquals(org.kbsite.incremental.Hasher.of(site.resolve(path)), o.bytes(), path);
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }
    });
    List<String> onDisk = files(site).stream()
        .filter(p -> !p.startsWith(".kbsite/") && !p.equals(StagedSite.MARKER)).sorted(Manifest.PATH_ORDER).toList();
    assertEquals(onDisk, described, "the state lists the site's files");
    Path afresh = work.resolve("state-afresh");
    state.writeTo(afresh, null);
    assertTrue(Arrays.equals(Files.readAllBytes(afresh), Files.readAllBytes(site.resolve(BuildState.FILE))),
        "the state written by copying equals the state encoded afresh");
  }

  /** Records what a build tells its tuning, and when its first page is made. */
  private static final class RecordedTuning implements SiteBuilder.Tuning, SiteBuilder.Progress {
    final List<String> calls = java.util.Collections.synchronizedList(new ArrayList<>());

    @Override
    public void shortRun() {
      calls.add("short");
    }

    @Override
    public void longRun(int articles) {
      calls.add("long");
    }

    @Override
    public void ended() {
      calls.add("ended");
    }

    @Override
    public void update(int done, int total) {
      if (!calls.contains("pages")) {
        calls.add("pages");
      }
    }

    /** A build of {@code options} told of its size against a threshold of {@code shortArchive} articles. */
    SiteBuilder builder(BuildOptions options, int shortArchive) {
      return new SiteBuilder(options, this, Runtime.getRuntime().maxMemory(), this, shortArchive);
    }
  }

  /**
   * The CLI tunes the JVM's compiler to the run: in an archive too large for a full build to be a
   * short run (here, with no article below the threshold), a first build is a long run, and a
   * rebuild a short one until its key turns out to differ (then every file is made again, which
   * C2 speeds up); each ends.
   */
  @Test
  void aRebuildIsAShortRunUntilItsKeyDiffers() throws IOException {
    RecordedTuning recording = new RecordedTuning();
    List<String> calls = recording.calls;
    BuildOptions options = new BuildOptions(content, site, templates, "/", "https://kb.example.org", false);
    recording.builder(options, 0).build();
    assertEquals(List.of("long", "pages", "ended"), calls, "a first build");
    calls.clear();
    Path edited = TestPaths.pageIn(content, 131447);
    Files.writeString(edited, Files.readString(edited).replaceFirst("(?m)^title: (\"?)Q131447: ", "title: $1Q131447: Renamed "));
    recording.builder(options, 0).build();
    assertEquals(List.of("short", "pages", "ended"), calls, "a rebuild is a short run to its end");
    calls.clear();
    recording.builder(new BuildOptions(content, site, templates, "/", "https://other.example.org", false), 0).build();
    assertEquals(List.of("short", "long", "pages", "ended"), calls, "another site URL, another key");
    // A rebuild that fails ends its short run too.
    calls.clear();
    Files.writeString(edited, Files.readString(edited).replace("Renamed ", "Renamed again "));
    try (FileChannel c = FileChannel.open(site.resolve(CatalogStream.PLAIN), StandardOpenOption.WRITE)) {
      c.truncate(10);
    }
    assertThrows(IOException.class, () -> recording.builder(new BuildOptions(content, site, templates, "/",
        "https://other.example.org", false), 0).build());
    assertEquals("short", calls.get(0));
    assertEquals("ended", calls.get(calls.size() - 1), "a failed rebuild: " + calls);
  }

  /**
   * A build that makes every page of a small archive is a short run too, told so once the content
   * is scanned: a first build, a clean one, and a rebuild whose key differs, to their end.
   */
  @Test
  void aBuildOfASmallArchiveIsAShortRun() throws IOException {
    RecordedTuning recording = new RecordedTuning();
    List<String> calls = recording.calls;
    int articles = ContentScanner.scan(content).pages().size();
    assertTrue(articles > 1, "the fixture has articles: " + articles);
    BuildOptions options = new BuildOptions(content, site, templates, "/", "https://kb.example.org", false);
    recording.builder(options, articles + 1).build();
    assertEquals(List.of("short", "pages", "ended"), calls, "a first build of a small archive");
    calls.clear();
    recording.builder(new BuildOptions(content, site, templates, "/", "https://kb.example.org", true), articles + 1).build();
    assertEquals(List.of("short", "pages", "ended"), calls, "a clean build of a small archive");
    calls.clear();
    recording.builder(new BuildOptions(content, site, templates, "/", "https://other.example.org", false), articles + 1)
        .build();
    assertEquals(List.of("short", "pages", "ended"), calls, "another key, a small archive");
    calls.clear();
    recording.builder(new BuildOptions(content, site, templates, "/", "https://kb.example.org", true), articles).build();
    assertEquals(List.of("long", "pages", "ended"), calls, "a clean build of as many articles as the threshold is a long run");
  }

  /**
   * A rebuild keeps the files it replaces beside the site until its cleanup runs (a build server
   * runs it after answering, so that freeing a large old file does not hold the answer up): the
   * site is already the new one, the old bytes are in the staging folder, and the cleanup removes
   * them. A clean rebuild's previous site goes the same way.
   */
  @Test
  void whatABuildReplacesGoesWithItsCleanup() throws IOException {
    List<SiteBuilder.Cleanup> cleanups = new ArrayList<>();
    SiteBuilder.Tuning later = new SiteBuilder.Tuning() {
      @Override
      public void afterPublish(SiteBuilder.Cleanup cleanup) {
        cleanups.add(cleanup);
      }
    };
    BuildOptions options = new BuildOptions(content, site, templates, "/", "https://kb.example.org", false);
    build(site, false);
    byte[] before = Files.readAllBytes(site.resolve("kb/131/Q131447/index.html"));
    Path edited = TestPaths.pageIn(content, 131447);
    Files.writeString(edited, Files.readString(edited).replaceFirst("(?m)^title: (\"?)Q131447: ", "title: $1Q131447: Renamed "));
    new SiteBuilder(options, (n, t) -> {}, later).build();
    assertTrue(Files.readString(site.resolve("kb/131/Q131447/index.html")).contains("Renamed"), "the site is the new one");
    assertEquals(1, cleanups.size());
    List<Path> leftovers = TestTrees.besideSite(site);
    assertEquals(1, leftovers.size(), "the staging folder is still there: " + leftovers);
    boolean kept = false;
    try (Stream<Path> s = Files.walk(leftovers.get(0))) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        kept |= Arrays.equals(before, Files.readAllBytes(p));
      }
    }
    assertTrue(kept, "the replaced page's old bytes are kept aside until the cleanup");
    cleanups.get(0).run();
    assertEquals(List.of(), TestTrees.besideSite(site), "the cleanup removes them");

    cleanups.clear();
    new SiteBuilder(new BuildOptions(content, site, templates, "/", "https://kb.example.org", true), (n, t) -> {}, later).build();
    assertEquals(1, TestTrees.besideSite(site).size(), "a clean build's previous site, put aside");
    cleanups.get(0).run();
    assertEquals(List.of(), TestTrees.besideSite(site));
    assertSameAsClean("after the cleanups");
  }

  private BuildReport build(Path out, boolean clean) throws IOException {
    return new SiteBuilder(new BuildOptions(content, out, templates, "/", "https://kb.example.org", clean), (n, t) -> {}).build();
  }

  /** Builds the content clean into another folder and compares every file with the site's. */
  private void assertSameAsClean(String when) throws IOException {
    Path clean = work.resolve("clean");
    CorpusSite.deleteTree(clean);
    build(clean, true);
    List<String> files = files(site);
    assertEquals(files(clean), files, when + ": the same files");
    List<String> differing = new ArrayList<>();
    for (String rel : files) {
      if (!rel.equals(StagedSite.MARKER) && !rel.startsWith(".kbsite/")
          && !Arrays.equals(Files.readAllBytes(site.resolve(rel)), Files.readAllBytes(clean.resolve(rel)))) {
        differing.add(rel);
      }
    }
    assertEquals(List.of(), differing, when + ": files that differ from a clean build's");
    assertEquals(report(clean), report(site), when + ": the report, timings and changes aside");
  }

  private static String report(Path out) throws IOException {
    ObjectNode report = (ObjectNode) Json.MAPPER.readTree(out.resolve(StagedSite.MARKER).toFile());
    report.remove("timings");
    report.remove("changes");
    return report.toString();
  }

  private static List<String> files(Path root) throws IOException {
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(Files::isRegularFile).map(p -> root.relativize(p).toString()).sorted().toList();
    }
  }


  private void copyPage(int n) throws IOException {
    Files.createDirectories(TestPaths.pageIn(content, n).getParent());
    Files.copy(TestPaths.corpusPage(n), TestPaths.pageIn(content, n));
  }
}
