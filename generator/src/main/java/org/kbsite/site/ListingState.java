package org.kbsite.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.kbsite.content.ContentScanner;

/**
 * The folder listings of the last scan ({@link ContentScanner.Listing}), kept beside the build
 * state so that the next scan lists only the folders that changed. They say what the content
 * folder held, not what was built from it, so they stay true whether or not that build was
 * published; they are kept for one content folder, named by its real path.
 */
final class ListingState {
  static final String FILE = ".kbsite/listings";
  private static final String MAGIC = "kbsite-listings";
  private static final int FORMAT = 5;

  static final ContentScanner.Previous NONE = ContentScanner.Previous.NONE;

  /**
   * File systems known to change a folder's time whenever an entry is added, removed or renamed,
   * as POSIX asks. Elsewhere (network and FUSE file systems among them) every folder is listed.
   */
  private static final Set<String> FOLDER_TIMES_KEPT = Set.of(
      "ext2", "ext3", "ext4", "xfs", "btrfs", "f2fs", "zfs", "tmpfs", "overlay", "apfs", "hfs", "ntfs", "refs");

  private ListingState() {}

  /** True when listings can stand in for the folders of {@code content}'s file system. */
  static boolean usable(Path content) {
    try {
      return content.getFileSystem().supportedFileAttributeViews().contains("unix")
          && FOLDER_TIMES_KEPT.contains(Files.getFileStore(content).type().toLowerCase(Locale.ROOT));
    } catch (IOException e) {
      return false;
    }
  }

  /** The listings in {@code file} when they were made for {@code realRoot}; else none. */
  static ContentScanner.Previous load(Path file, Path realRoot) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      return NONE;
    }
    return read(bytes, realRoot);
  }

  /** The listings these bytes hold when they were made for {@code realRoot}; else none. */
  static ContentScanner.Previous read(byte[] bytes, Path realRoot) {
    ContentScanner.Previous previous = StateCodec.decode(bytes, in -> {
      if (!StateCodec.header(in, MAGIC, FORMAT) || !realRoot.toString().equals(StateCodec.str(in))) {
        return NONE;
      }
      int n = StateCodec.count(in);
      Map<String, ContentScanner.Listing> listings = new HashMap<>(n * 4 / 3 + 1);
      Map<String, List<String>> shared = new HashMap<>();
      for (int i = 0; i < n; i++) {
        String rel = StateCodec.str(in);
        long changed = in.getLong();
        long device = in.getLong();
        long inode = in.getLong();
        int names = StateCodec.varint(in);
        List<String> list = new ArrayList<>(names);
        for (int k = 0; k < names; k++) {
          list.add(StateCodec.str(in));
        }
        // Most folders hold the same names (README.md): one list for all of them.
        List<String> one = shared.computeIfAbsent(String.join("/", list), x -> List.copyOf(list));
        listings.put(rel, new ContentScanner.Listing(rel, changed, device, inode, one));
      }
      StateCodec.end(in);
      return new ContentScanner.Previous(listings);
    });
    // Not written by this version, or damaged: every folder is listed again.
    return previous == null ? NONE : previous;
  }

  /** Writes the inventory's listings to {@code file}. */
  static void write(Path file, Path realRoot, ContentScanner.Inventory inventory) {
    StateCodec.write(file, MAGIC, FORMAT, out -> {
      StateCodec.str(out, realRoot.toString());
      out.writeInt(inventory.listings().size());
      for (ContentScanner.Listing l : inventory.listings()) {
        StateCodec.str(out, l.rel());
        out.writeLong(l.changed());
        out.writeLong(l.device());
        out.writeLong(l.inode());
        StateCodec.varint(out, l.names().size());
        for (String name : l.names()) {
          StateCodec.str(out, name);
        }
      }
    });
  }
}
