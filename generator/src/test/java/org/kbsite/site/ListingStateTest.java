package org.kbsite.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kbsite.content.ContentScanner;

/** The listings kept for the next scan read back as written, and only for the folder they list. */
class ListingStateTest {
  @TempDir Path dir;

  @Test
  void listingsReadBackForTheirContentFolderOnly() throws IOException {
    Path content = Files.createDirectories(dir.resolve("content"));
    List<ContentScanner.Listing> listings = List.of(
        new ContentScanner.Listing("kb/900/Q900001", 11, 2049, 70001, List.of("README.md")),
        new ContentScanner.Listing("kb/900/Q900002", 12, 2049, 70002, List.of(".notes", "README.md")),
        new ContentScanner.Listing("pages/é", 13, 2049, 70003, List.of()));
    Path file = dir.resolve("listings");
    ListingState.write(file, content, new ContentScanner.Inventory(List.of(), List.of(), List.of(), 99, listings));

    ContentScanner.Previous read = ListingState.load(file, content);
    assertEquals(listings.size(), read.listings().size());
    assertTrue(read.same(listings));
    assertEquals(listings.get(1), read.listings().get("kb/900/Q900002"));

    assertEquals(Map.of(), ListingState.load(file, dir).listings(), "listings of another content folder");
    byte[] bytes = Files.readAllBytes(file);
    Files.write(file, Arrays.copyOf(bytes, bytes.length - 3));
    assertEquals(ListingState.NONE, ListingState.load(file, content), "a damaged file is ignored");
    assertEquals(ListingState.NONE, ListingState.load(dir.resolve("none"), content));
    assertTrue(ListingState.usable(content), "the file system the tests run on keeps folder times: " + content);
  }
}
