package org.kbsite.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
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

  private static final long HOUR = TimeUnit.HOURS.toNanos(1);

  private void folderTime(String rel, long nanos) throws IOException {
    Files.setLastModifiedTime(root.resolve(rel), FileTime.from(nanos, TimeUnit.NANOSECONDS));
  }

  private static List<String> pages(ContentScanner.Inventory inv) {
    return inv.pages().stream().map(ContentScanner.Page::rel).toList();
  }

  private static ContentScanner.Previous previous(ContentScanner.Inventory inv, long scanned) {
    return new ContentScanner.Previous(
        inv.listings().stream().collect(Collectors.toMap(ContentScanner.Listing::rel, Function.identity())), scanned);
  }

  @Test
  void aFolderWhoseTimeIsUnchangedIsTakenFromTheLastListing() throws IOException {
    page("kb/900/Q900001/README.md");
    page("kb/900/Q900002/README.md");
    Files.writeString(root.resolve("kb/900/Q900002/.notes"), "x");
    Files.writeString(root.resolve("kb/900/Q900002/picture.gif"), "x");
    long old = System.currentTimeMillis() * 1_000_000 - HOUR;
    for (String folder : List.of("kb/900/Q900001", "kb/900/Q900002", "kb/900", "kb")) {
      folderTime(folder, old);
    }
    ContentScanner.Inventory first = ContentScanner.scan(root);
    // Only the folders of plain files are listed.
    assertEquals(List.of(
        new ContentScanner.Listing("kb/900/Q900001", old, List.of("README.md")),
        new ContentScanner.Listing("kb/900/Q900002", old, List.of(".notes", "README.md", "picture.gif"))),
        first.listings());
    ContentScanner.Previous previous = previous(first, first.scanned());

    ContentScanner.Inventory again = ContentScanner.scan(root, previous);
    assertEquals(first.pages(), again.pages());
    assertEquals(first.ignored(), again.ignored(), "a listed folder's other files are ignored as before");
    assertTrue(previous.same(again.listings()));

    // A page edited in place: its folder is not listed, but its size and time are read.
    Files.writeString(root.resolve("kb/900/Q900001/README.md"), "---\ntitle: longer\n---\n");
    assertEquals(Files.size(root.resolve("kb/900/Q900001/README.md")),
        ContentScanner.scan(root, previous).pages().get(0).size());

    // A page added and its folder's time put back, as no editor does: the listing stands in for the
    // folder, and only a scan without listings (a clean build's) finds the page.
    page("kb/900/Q900001/more.md");
    folderTime("kb/900/Q900001", old);
    assertEquals(List.of("kb/900/Q900001/README.md", "kb/900/Q900002/README.md"),
        pages(ContentScanner.scan(root, previous)));
    assertEquals(List.of("kb/900/Q900001/README.md", "kb/900/Q900001/more.md", "kb/900/Q900002/README.md"),
        pages(ContentScanner.scan(root)));

    // A folder whose time is within two seconds of the last scan could have changed after it in
    // the same clock tick: it is listed again.
    ContentScanner.Previous racy = previous(first, old + ContentScanner.RACY_NANOS);
    ContentScanner.Inventory relisted = ContentScanner.scan(root, racy);
    assertEquals(3, relisted.pages().size());
    assertFalse(racy.same(relisted.listings()));

    // The folder's time changed, as adding the page changes it: listed again.
    folderTime("kb/900/Q900001", old + 1);
    assertEquals(3, ContentScanner.scan(root, previous).pages().size());
  }

  @Test
  void aListedFileThatIsNoLongerAPlainFileMakesItsFolderListedAgain() throws IOException {
    page("kb/900/Q900001/README.md");
    Files.writeString(root.resolve("kb/900/Q900001/notes.txt"), "x");
    long old = System.currentTimeMillis() * 1_000_000 - HOUR;
    folderTime("kb/900/Q900001", old);
    ContentScanner.Previous previous = previous(ContentScanner.scan(root), System.currentTimeMillis() * 1_000_000);
    Files.delete(root.resolve("kb/900/Q900001/notes.txt"));
    Files.createDirectory(root.resolve("kb/900/Q900001/notes.txt"));
    page("kb/900/Q900001/notes.txt/inner.md");
    folderTime("kb/900/Q900001", old);
    ContentScanner.Inventory inv = ContentScanner.scan(root, previous);
    assertEquals(List.of("kb/900/Q900001/README.md", "kb/900/Q900001/notes.txt/inner.md"), pages(inv));
    assertEquals(Map.of(), Map.copyOf(inv.listings().stream().filter(l -> l.rel().equals("kb/900/Q900001"))
        .collect(Collectors.toMap(ContentScanner.Listing::rel, ContentScanner.Listing::names))),
        "a folder that holds a folder is not listed");
  }
}
