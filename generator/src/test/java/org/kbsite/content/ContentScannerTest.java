package org.kbsite.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scanner's handling of symbolic links to folders, which the hostile fixtures do not have,
 * and its use of the last scan's listings.
 */
class ContentScannerTest {
  @TempDir Path root;

  private void page(String rel) throws IOException {
    Path p = root.resolve(rel);
    Files.createDirectories(p.getParent());
    Files.writeString(p, "---\ntitle: x\n---\n");
  }

  @Test
  void followsFolderLinksInsideTheContentAndStopsAtCycles() throws IOException {
    page("kb/900/Q900001/README.md");
    page("a/one.md");
    page("b/two.md");
    Files.createSymbolicLink(root.resolve("mirror"), Path.of("kb/900"));
    // A cycle through two sibling folders: a/to-b -> b, b/to-a -> a.
    Files.createSymbolicLink(root.resolve("a/to-b"), Path.of("../b"));
    Files.createSymbolicLink(root.resolve("b/to-a"), Path.of("../a"));
    Files.createSymbolicLink(root.resolve(".hidden-link"), Path.of("kb"));
    Files.createSymbolicLink(root.resolve("kb/900/up"), Path.of(".."));

    ContentScanner.Inventory inv = ContentScanner.scan(root);

    assertEquals(List.of(
        "a/one.md", "a/to-b/to-a/one.md", "a/to-b/two.md",
        "b/to-a/one.md", "b/to-a/to-b/two.md", "b/two.md",
        "kb/900/Q900001/README.md", "mirror/Q900001/README.md"),
        inv.pages().stream().map(ContentScanner.Page::rel).toList());
    assertEquals(List.of(
        ".hidden-link/ hidden folder",
        "a/to-b/to-a/to-b/ symbolic link loop: not followed",
        "b/to-a/to-b/to-a/ symbolic link loop: not followed",
        "kb/900/up/ symbolic link loop: not followed",
        "mirror/up/ symbolic link loop: not followed"),
        inv.ignored().stream().map(i -> i.path() + " " + i.reason()).toList());
    // A page reached through a link is read through it.
    assertEquals(root.resolve("mirror/Q900001/README.md"), inv.pages().get(7).path());
  }

  private static final long SECOND = 1_000_000_000L;

  private static List<String> pages(ContentScanner.Inventory inv) {
    return inv.pages().stream().map(ContentScanner.Page::rel).toList();
  }

  /** These listings as the next scan gets them. */
  private static ContentScanner.Previous previous(List<ContentScanner.Listing> listings) {
    return new ContentScanner.Previous(
        listings.stream().collect(Collectors.toMap(ContentScanner.Listing::rel, Function.identity())));
  }

  /** A scan three seconds from now: the folders just made are old enough to be listed. */
  private ContentScanner.Inventory scanLater(ContentScanner.Previous previous) throws IOException {
    return ContentScanner.scan(root, previous, System.currentTimeMillis() * 1_000_000 + 3 * SECOND);
  }

  /** The listing of one folder as a scan without earlier listings makes it. */
  private ContentScanner.Listing listing(String rel) throws IOException {
    return scanLater(ContentScanner.Previous.NONE).listings().stream()
        .filter(l -> l.rel().equals(rel)).findFirst().orElseThrow();
  }

  /** The listing of kb/900/Q900001 by a scan at {@code scanned} without earlier listings. */
  private ContentScanner.Listing listed(long scanned) throws IOException {
    return ContentScanner.scan(root, ContentScanner.Previous.NONE, scanned).listings().stream()
        .filter(l -> l.rel().equals("kb/900/Q900001")).findFirst().orElseThrow();
  }

  /** The same listing with other names: what the folder held at another time. */
  private static ContentScanner.Listing withNames(ContentScanner.Listing l, String... names) {
    return new ContentScanner.Listing(l.rel(), l.changed(), l.device(), l.inode(), List.of(names));
  }

  @Test
  void aFolderWhoseStatusIsUnchangedIsTakenFromTheLastListing() throws IOException {
    page("kb/900/Q900001/README.md");
    page("kb/900/Q900002/README.md");
    Files.writeString(root.resolve("kb/900/Q900002/.notes"), "x");
    Files.writeString(root.resolve("kb/900/Q900002/picture.gif"), "x");
    ContentScanner.Inventory first = scanLater(ContentScanner.Previous.NONE);
    // Every folder is listed, a folder's folders with a slash.
    assertEquals(List.of("", "kb", "kb/900", "kb/900/Q900001", "kb/900/Q900002"),
        first.listings().stream().map(ContentScanner.Listing::rel).toList());
    assertEquals(List.of("kb/"), first.listings().get(0).names());
    assertEquals(List.of("Q900001/", "Q900002/"), first.listings().get(2).names());
    assertEquals(List.of(".notes", "README.md", "picture.gif"), first.listings().get(4).names());
    assertEquals(List.of(), ContentScanner.scan(root).listings(), "a scan without listings lists none");
    ContentScanner.Previous previous = previous(first.listings());
    ContentScanner.Inventory again = ContentScanner.scan(root, previous);
    assertEquals(first.pages(), again.pages());
    assertEquals(first.ignored(), again.ignored(), "a listed folder's other files are ignored as before");
    assertTrue(previous.same(again.listings()));

    // A page edited in place: its folder is not opened, but its size and time are read.
    Files.writeString(root.resolve("kb/900/Q900001/README.md"), "---\ntitle: longer\n---\n");
    assertEquals(Files.size(root.resolve("kb/900/Q900001/README.md")),
        ContentScanner.scan(root, previous).pages().get(0).size());

    // A page added, and the folder's times set back by hand: its status time still changed, so
    // the folder is opened again.
    FileTime times = Files.getLastModifiedTime(root.resolve("kb/900/Q900001"));
    page("kb/900/Q900001/more.md");
    Files.setLastModifiedTime(root.resolve("kb/900/Q900001"), times);
    List<String> all = List.of("kb/900/Q900001/README.md", "kb/900/Q900001/more.md", "kb/900/Q900002/README.md");
    assertEquals(all, pages(ContentScanner.scan(root, previous)));

    // A listing that leaves the page out, of the folder as it is now: it stands in for the
    // folder, which is not opened. That is what makes the scan cheap, and shows it is used.
    ContentScanner.Listing now = listing("kb/900/Q900001");
    assertEquals(List.of("kb/900/Q900001/README.md", "kb/900/Q900002/README.md"),
        pages(ContentScanner.scan(root, previous(List.of(withNames(now, "README.md"))))));
    // A folder whose time is within two seconds of the scan is listed without its time: it could
    // change again in the same clock tick, unseen. Such a listing does not stand in for the folder.
    ContentScanner.Listing racy = listed(now.changed() + SECOND);
    assertEquals(new ContentScanner.Listing(now.rel(), ContentScanner.UNTRUSTED, now.device(), now.inode(), now.names()), racy);
    assertEquals(now, listed(now.changed() + 3 * SECOND));
    assertEquals(all, pages(ContentScanner.scan(root, previous(List.of(withNames(racy, "README.md"))))));
  }

  @Test
  void aListingWithoutATimeIsAsGoodAsOneOfTheSameNames() {
    ContentScanner.Listing a = new ContentScanner.Listing("kb/900/A", 1, 2, 3, List.of("README.md"));
    ContentScanner.Listing b = new ContentScanner.Listing("kb/900/B", 1, 2, 4, List.of("README.md"));
    ContentScanner.Listing racyA = new ContentScanner.Listing("kb/900/A", ContentScanner.UNTRUSTED, 2, 3, List.of("README.md"));
    ContentScanner.Listing aChanged = new ContentScanner.Listing("kb/900/A", 5, 2, 3, List.of("README.md", "x.md"));
    assertTrue(previous(List.of(racyA, b)).same(List.of(a, b)), "kept without its time, now with it: not kept again");
    assertFalse(previous(List.of(a, b)).same(List.of(racyA, b)), "kept with its time, now without it");
    assertFalse(previous(List.of(racyA, b)).same(List.of(aChanged, b)), "other names");
    assertFalse(previous(List.of(a)).same(List.of(a, b)), "a folder listed for the first time");
    assertFalse(previous(List.of(a, b)).same(List.of(b)), "a folder no longer listed");
  }

  @Test
  void aFolderMovedIntoThePlaceOfAListedOneIsOpened() throws IOException {
    page("kb/900/A/README.md");
    page("kb/900/B/README.md");
    page("kb/900/B/extra.md");
    // Both with the same times, as an archive unpacked or copied with its times leaves them.
    FileTime same = FileTime.fromMillis(System.currentTimeMillis() - 3_600_000);
    Files.setLastModifiedTime(root.resolve("kb/900/A"), same);
    Files.setLastModifiedTime(root.resolve("kb/900/B"), same);
    ContentScanner.Previous previous = previous(scanLater(ContentScanner.Previous.NONE).listings());
    Files.move(root.resolve("kb/900/A"), root.resolve("kb/900/T"));
    Files.move(root.resolve("kb/900/B"), root.resolve("kb/900/A"));
    Files.move(root.resolve("kb/900/T"), root.resolve("kb/900/B"));
    assertEquals(List.of("kb/900/A/README.md", "kb/900/A/extra.md", "kb/900/B/README.md"),
        pages(ContentScanner.scan(root, previous)));
  }

  @Test
  void aListedFileThatIsNoLongerAPlainFileMakesItsFolderOpened() throws IOException {
    page("kb/900/Q900001/README.md");
    Files.createDirectory(root.resolve("kb/900/Q900001/notes.txt"));
    page("kb/900/Q900001/notes.txt/inner.md");
    ContentScanner.Listing now = listing("kb/900/Q900001");
    assertEquals(List.of("README.md", "notes.txt/"), now.names());
    // A listing of the folder with its status as it is, that takes notes.txt for a file.
    ContentScanner.Inventory inv = ContentScanner.scan(root,
        previous(List.of(withNames(now, "README.md", "notes.txt"))), now.changed() + 3 * SECOND);
    assertEquals(List.of("kb/900/Q900001/README.md", "kb/900/Q900001/notes.txt/inner.md"), pages(inv));
    assertEquals(now, inv.listings().stream().filter(l -> l.rel().equals("kb/900/Q900001")).findFirst().orElseThrow(),
        "the folder was opened and listed again");
  }

  @Test
  void aListedFolderIsWalkedWithoutOpeningItsParent() throws IOException {
    page("kb/900/Q900001/README.md");
    page("kb/900/Q900002/README.md");
    ContentScanner.Listing now = listing("kb/900");
    // A listing of kb/900 that leaves Q900002 out stands in for the folder, which is not opened.
    assertEquals(List.of("kb/900/Q900001/README.md"),
        pages(ContentScanner.scan(root, previous(List.of(withNames(now, "Q900001/"))))));
    // One that takes a file for a folder says the folder changed while it was scanned.
    Files.writeString(root.resolve("kb/900/notes.txt"), "x");
    ContentScanner.Listing changed = listing("kb/900");
    ContentScanner.Inventory inv = ContentScanner.scan(root,
        previous(List.of(withNames(changed, "Q900001/", "Q900002/", "notes.txt/"))));
    assertEquals(List.of("kb/900/notes.txt cannot be read: changed while the content folder was scanned"),
        inv.unreadable().stream().map(i -> i.path() + " " + i.reason()).toList());
  }
}
