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

  /** These listings as a scan {@code later} nanoseconds after this one gets them. */
  private static ContentScanner.Previous previous(List<ContentScanner.Listing> listings, long scanned) {
    return new ContentScanner.Previous(
        listings.stream().collect(Collectors.toMap(ContentScanner.Listing::rel, Function.identity())), scanned);
  }

  /** The listing of one folder as a scan without earlier listings makes it. */
  private ContentScanner.Listing listing(String rel) throws IOException {
    return ContentScanner.scan(root, ContentScanner.Previous.NONE).listings().stream()
        .filter(l -> l.rel().equals(rel)).findFirst().orElseThrow();
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
    ContentScanner.Inventory first = ContentScanner.scan(root, ContentScanner.Previous.NONE);
    // Every folder is listed, a folder's folders with a slash.
    assertEquals(List.of("", "kb", "kb/900", "kb/900/Q900001", "kb/900/Q900002"),
        first.listings().stream().map(ContentScanner.Listing::rel).toList());
    assertEquals(List.of("kb/"), first.listings().get(0).names());
    assertEquals(List.of("Q900001/", "Q900002/"), first.listings().get(2).names());
    assertEquals(List.of(".notes", "README.md", "picture.gif"), first.listings().get(4).names());
    assertEquals(List.of(), ContentScanner.scan(root).listings(), "a scan without listings lists none");
    // The next scan, three seconds later: the folders' times are well before it.
    ContentScanner.Previous previous = previous(first.listings(), first.scanned() + 3 * SECOND);
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
    long later = now.changed() + 3 * SECOND;
    assertEquals(List.of("kb/900/Q900001/README.md", "kb/900/Q900002/README.md"),
        pages(ContentScanner.scan(root, previous(List.of(withNames(now, "README.md")), later))));
    // Unless its time is within two seconds of the scan that made it: the folder could have
    // changed again in the same clock tick.
    assertEquals(all, pages(ContentScanner.scan(root, previous(List.of(withNames(now, "README.md")), now.changed() + SECOND))));
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
    ContentScanner.Inventory first = ContentScanner.scan(root, ContentScanner.Previous.NONE);
    ContentScanner.Previous previous = previous(first.listings(), System.currentTimeMillis() * 1_000_000 + 3 * SECOND);
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
        previous(List.of(withNames(now, "README.md", "notes.txt")), now.changed() + 3 * SECOND));
    assertEquals(List.of("kb/900/Q900001/README.md", "kb/900/Q900001/notes.txt/inner.md"), pages(inv));
    assertEquals(now, inv.listings().stream().filter(l -> l.rel().equals("kb/900/Q900001")).findFirst().orElseThrow(),
        "the folder was opened and listed again");
  }

  @Test
  void aListedFolderIsWalkedWithoutOpeningItsParent() throws IOException {
    page("kb/900/Q900001/README.md");
    page("kb/900/Q900002/README.md");
    ContentScanner.Listing now = listing("kb/900");
    long later = now.changed() + 3 * SECOND;
    // A listing of kb/900 that leaves Q900002 out stands in for the folder, which is not opened.
    assertEquals(List.of("kb/900/Q900001/README.md"),
        pages(ContentScanner.scan(root, previous(List.of(withNames(now, "Q900001/")), later))));
    // One that takes a file for a folder says the folder changed while it was scanned.
    Files.writeString(root.resolve("kb/900/notes.txt"), "x");
    ContentScanner.Listing changed = listing("kb/900");
    ContentScanner.Inventory inv = ContentScanner.scan(root,
        previous(List.of(withNames(changed, "Q900001/", "Q900002/", "notes.txt/")), changed.changed() + 3 * SECOND));
    assertEquals(List.of("kb/900/notes.txt cannot be read: changed while the content folder was scanned"),
        inv.unreadable().stream().map(i -> i.path() + " " + i.reason()).toList());
  }
}
