package org.kbsite.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kbsite.content.ContentScanner;

/**
 * The edit a rehearsal rebuilds ({@link SiteBuilder#rehearse}): the first page's title, changed in
 * a copy of the page, so that the rebuild parses it again and makes what a title edit makes (its
 * page and record, the pages that show its title, the catalog, the search shards). The content
 * folder is never written: the copy lies in the staging folder, which a rehearsal never publishes.
 */
final class Rehearsal {
  /** Where the copy goes, under the staging folder, at the page's own relative path. */
  static final String FOLDER = ".kbsite-rehearsal";

  /**
   * A front matter title's value, after any quote and the article's Q number: where words go in,
   * as a user's edit puts them, without changing the value's YAML form.
   */
  private static final Pattern TITLE = Pattern.compile("(?m)^title:[ \\t]*[\"']?(?:Q\\d+: )?(?=[^\\s|>])");

  private Rehearsal() {}

  /** The inventory with its first page replaced by an edited copy in {@code staging}; as it was when it has none. */
  static ContentScanner.Inventory edit(ContentScanner.Inventory inventory, Path staging) throws IOException {
    if (inventory.pages().isEmpty()) {
      return inventory;
    }
    ContentScanner.Page first = inventory.pages().get(0);
    Path root = staging.resolve(FOLDER);
    Path copy = root.resolve(first.rel());
    Files.createDirectories(copy.getParent());
    Files.write(copy, retitled(Files.readAllBytes(first.path())));
    List<ContentScanner.Page> pages = new ArrayList<>(inventory.pages());
    pages.set(0, new ContentScanner.Page(root, first.rel(), Files.size(copy), Files.getLastModifiedTime(copy).to(
        java.util.concurrent.TimeUnit.NANOSECONDS)));
    return new ContentScanner.Inventory(pages, inventory.ignored(), inventory.unreadable(), inventory.scanned(),
        inventory.listings());
  }

  /**
   * The page with words put into its title; with a line added at its end when it has no title
   * this can edit, so that the copy's bytes differ from the page's all the same.
   */
  static byte[] retitled(byte[] page) {
    // ISO-8859-1 maps every byte to one char and back: the rest of the page keeps its bytes.
    String text = new String(page, StandardCharsets.ISO_8859_1);
    Matcher m = TITLE.matcher(text);
    String edited = m.find() ? text.substring(0, m.end()) + "Rehearsed " + text.substring(m.end()) : text + "\n";
    return edited.getBytes(StandardCharsets.ISO_8859_1);
  }
}
