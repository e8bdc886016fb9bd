package org.kbsite.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scanner's handling of symbolic links to folders, which the hostile fixtures do not have. */
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
}
