package org.kbsite.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.kbsite.parallel.Parallel;

/**
 * Lists a content folder in a stable order. Every {@code *.md} file (the extension in any case) is a page candidate; a page
 * candidate that cannot be read is unreadable (the build rejects it), and every other entry is
 * ignored with its reason. Symbolic links are followed only while they stay inside the content
 * folder, so that a link cannot publish a file from elsewhere on the machine.
 */
public final class ContentScanner {
  /** Why an entry whose name Java cannot ask for is not read. */
  public static final String UNNAMEABLE = "its name is not in this system's file-name encoding ("
      + System.getProperty("sun.jnu.encoding") + "), so Java cannot open it: rename it, or build under a UTF-8 locale"
      + " (LANG=C.UTF-8) if it is UTF-8";

  /** A folder entry and why it is not a page, or why it could not be read. */
  public record Ignored(String path, String reason) {}

  /**
   * A page candidate: its path relative to the root ({@code /} separators), its size and the
   * time it last changed, in nanoseconds since the epoch: an incremental build trusts a page
   * whose size and time are as before. The time is the later of its modification time and its
   * status-change time ({@code ctime}), which no program can set back: an edit that keeps the size
   * and puts the old modification time back ({@code touch -r}, {@code cp -p}, {@code rsync -t})
   * still changes it. The full path is made when asked for, not kept: at a million pages it is
   * some 100 MB.
   */
  public record Page(Path root, String rel, long size, long modified) {
    public Path path() {
      return root.resolve(rel);
    }
  }

  /**
   * What a folder held when it was listed: its path relative to the root, its status-change time
   * ({@code ctime}, nanoseconds), device and inode, and the names of its entries, sorted, a
   * folder's with {@code /} after it. Adding, removing or renaming an entry changes a folder's
   * status-change time, as do renaming the folder, changing its permissions or setting its times,
   * and no program can set it back; a folder moved into its place is another inode. So a later
   * scan that finds all three unchanged knows the folder's entries, and which of them are
   * folders, without opening it. It still reads each file's size and time, and each folder's own
   * status. Only folders that hold nothing but plain files and folders are listed: a link is
   * resolved each time. {@code changed} is as {@link #vouching} gives it.
   */
  public record Listing(String rel, long changed, long device, long inode, List<String> names) {}

  /**
   * What a scan found: pages, entries ignored and entries that could not be read, each sorted by
   * path; when it started, in nanoseconds since the epoch; and the listing of every folder
   * without links or special files, not reached through a link, sorted by path, for the next scan.
   */
  public record Inventory(List<Page> pages, List<Ignored> ignored, List<Ignored> unreadable, long scanned,
      List<Listing> listings) {
    public Inventory withoutListings() {
      return new Inventory(pages, ignored, unreadable, scanned, List.of());
    }
  }

  /**
   * Two seconds: coarser than the time stamps of any common file system. A file or folder whose
   * time is this close to a scan could have changed again after the scan without its time changing.
   */
  public static final long RACY_NANOS = 2_000_000_000L;

  /** Stands for a time that vouches for nothing ({@link #vouching}): never a file's or folder's. */
  public static final long UNTRUSTED = Long.MIN_VALUE;

  /**
   * A file's or folder's {@code time} as the state of a scan that started at {@code scanned}
   * keeps it: {@link #UNTRUSTED} when within {@link #RACY_NANOS} of the scan, as it could change
   * again unseen in the same clock tick, so that the next build looks at it again. Judged when the
   * entry is made, not against a scan time kept beside it, so that two builds of the same content
   * keep the same state.
   */
  public static long vouching(long time, long scanned) {
    return time < scanned - RACY_NANOS ? time : UNTRUSTED;
  }

  private ContentScanner() {}

  /**
   * Folders this deep are walked in parallel, each on its own: the archive's {@code kb/NNN/}. A
   * walk over 60,000 page folders costs mostly system calls, which two cores make at once.
   */
  private static final int SPLIT_DEPTH = 2;

  /** Scans {@code root}, opening every folder and listing none. */
  public static Inventory scan(Path root) throws IOException {
    return scan(root, null);
  }

  /** The listings of an earlier scan of the same root, by path. */
  public record Previous(Map<String, Listing> listings) {
    /** No earlier listings: every folder is opened, and listed for the next scan. */
    public static final Previous NONE = new Previous(Map.of());

    /** The listing of a folder that can be trusted for one with this status, else null. */
    Listing trusted(String rel, long changed, long device, long inode) {
      Listing l = listings.get(rel);
      return l != null && l.changed() == changed && changed != UNTRUSTED && l.device() == device
          && l.inode() == inode ? l : null;
    }

    /**
     * True when {@code now} are these listings, no more and no fewer: they need not be kept again.
     * A listing whose time vouched for nothing is as good as one of the same folder with the same
     * names, so that a build with nothing edited writes nothing.
     */
    public boolean same(List<Listing> now) {
      return now.size() == listings.size() && now.stream().allMatch(l -> alike(listings.get(l.rel()), l));
    }

    private static boolean alike(Listing was, Listing now) {
      return was != null && (was.equals(now) || was.changed() == UNTRUSTED
          && was.device() == now.device() && was.inode() == now.inode() && was.names().equals(now.names()));
    }
  }

  /**
   * Scans {@code root}, opening only the folders {@code previous} cannot vouch for, and lists the
   * folders without links or special files for the next scan; with {@code previous} null, lists none. Listings
   * need a file system with POSIX status times (see {@code ListingState}).
   */
  public static Inventory scan(Path root, Previous previous) throws IOException {
    return scan(root, previous, TimeUnit.MILLISECONDS.toNanos(System.currentTimeMillis()));
  }

  /** {@link #scan(Path, Previous)} as if it started at {@code scanned}, nanoseconds since the epoch. */
  static Inventory scan(Path root, Previous previous, long scanned) throws IOException {
    Path realRoot = root.toRealPath();
    Walker top = new Walker(root, realRoot, true, List.of(), previous, scanned);
    top.walk(realRoot, "");
    List<Walker> walkers = new ArrayList<>(List.of(top));
    walkers.addAll(Parallel.map(top.deferred.size(), i -> {
      Walker w = new Walker(root, realRoot, false, List.of(), previous, scanned);
      w.walk(top.deferred.get(i).path(), top.deferred.get(i).rel());
      return w;
    }));
    List<Page> pages = new ArrayList<>();
    List<Ignored> ignored = new ArrayList<>();
    List<Ignored> unreadable = new ArrayList<>();
    List<Listing> listings = new ArrayList<>();
    for (Walker w : walkers) {
      pages.addAll(w.pages);
      ignored.addAll(w.ignored);
      unreadable.addAll(w.unreadable);
      listings.addAll(w.listings);
    }
    pages.sort(Comparator.comparing(Page::rel));
    ignored.sort(Comparator.comparing(Ignored::path));
    unreadable.sort(Comparator.comparing(Ignored::path));
    listings.sort(Comparator.comparing(Listing::rel));
    return new Inventory(pages, ignored, unreadable, scanned, listings);
  }

  /**
   * One {@code lstat} of a folder: whether it is one, and, when listings are kept, its
   * status-change time, device and inode ({@link Listing}); null when they could not be read.
   */
  private record FolderStatus(boolean directory, long[] listable) {
    private static final String ATTRIBUTES = "unix:isDirectory,ctime,dev,ino";

    static FolderStatus of(Path dir, boolean listing) throws IOException {
      if (listing) {
        try {
          Map<String, Object> a = Files.readAttributes(dir, ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
          return new FolderStatus((Boolean) a.get("isDirectory"), new long[] {
              EntryStatus.nanos(a.get("ctime")), (Long) a.get("dev"), (Long) a.get("ino")});
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
          // No unix view after all: the folder is listed each time.
        }
      }
      return new FolderStatus(Files.readAttributes(dir, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).isDirectory(), null);
    }

    /** The status, or null when it cannot be read (the folder's listing then fails, and says why). */
    static FolderStatus orNull(Path dir) {
      try {
        return of(dir, true);
      } catch (IOException e) {
        return null;
      }
    }
  }

  /**
   * One {@code lstat} (or {@code stat}, through a link) of an entry: its kind, size, and the later
   * of its modification and status-change times ({@link Page#modified}). A page's status-change
   * time is read in the same call as the rest: a second call per page made a 60,000-page scan
   * some 0.3 s slower.
   */
  private record EntryStatus(boolean directory, boolean regular, boolean link, long size, long changed) {
    private static final String ATTRIBUTES = "unix:isDirectory,isRegularFile,isSymbolicLink,size,lastModifiedTime,ctime";

    static EntryStatus of(Path entry, LinkOption... options) throws IOException {
      try {
        Map<String, Object> a = Files.readAttributes(entry, ATTRIBUTES, options);
        return new EntryStatus((Boolean) a.get("isDirectory"), (Boolean) a.get("isRegularFile"),
            (Boolean) a.get("isSymbolicLink"), (Long) a.get("size"),
            Math.max(nanos(a.get("lastModifiedTime")), nanos(a.get("ctime"))));
      } catch (UnsupportedOperationException | IllegalArgumentException e) {
        // No unix view: the modification time alone.
        BasicFileAttributes a = Files.readAttributes(entry, BasicFileAttributes.class, options);
        return new EntryStatus(a.isDirectory(), a.isRegularFile(), a.isSymbolicLink(), a.size(), nanos(a.lastModifiedTime()));
      }
    }

    private static long nanos(Object time) {
      return ((FileTime) time).to(TimeUnit.NANOSECONDS);
    }
  }

  /** A real folder, and its path relative to the content root as it appears there. */
  private record Folder(Path path, String rel) {}

  /**
   * Walks real folders without following links, one {@code lstat} an entry (a folder whose
   * listing holds: one for it, one for each file), and shows what it
   * finds under the path ({@code rel}) it has in the content folder, which may be through a link.
   * A symbolic link is resolved where it is met: followed when it stays inside the content folder
   * and does not lead back to a folder on the way to it ({@code linked}, the real folders entered
   * through links), else listed as ignored. The top walker defers the folders at
   * {@link #SPLIT_DEPTH} to walkers of their own. A walker not reached through a link lists the
   * folders without links or special files it walks ({@link Listing}), and takes a folder's entries from
   * {@code previous} instead of opening it when it can: which is why it decides about a folder
   * before opening it, unlike {@link Files#walkFileTree}.
   */
  private static final class Walker {
    private final Path root;
    private final Path realRoot;
    private final boolean top;
    private final List<Path> linked;
    private final Previous previous;
    /** When the scan started: a folder changed since two seconds before is listed without its time. */
    private final long scanned;
    private final boolean listing;
    final List<Folder> deferred = new ArrayList<>();
    final List<Page> pages = new ArrayList<>();
    final List<Ignored> ignored = new ArrayList<>();
    final List<Ignored> unreadable = new ArrayList<>();
    final List<Listing> listings = new ArrayList<>();

    Walker(Path root, Path realRoot, boolean top, List<Path> linked, Previous previous, long scanned) {
      this.root = root;
      this.realRoot = realRoot;
      this.top = top;
      this.linked = linked;
      this.previous = previous;
      this.scanned = scanned;
      this.listing = previous != null && linked.isEmpty();
    }

    /** Walks the real folder {@code start}, shown as {@code rel}. */
    void walk(Path start, String rel) {
      // One status read for the folder: whether it still is one, and what its listing is checked against.
      FolderStatus status;
      try {
        status = FolderStatus.of(start, listing);
      } catch (IOException e) {
        failed(start, rel, e);
        return;
      }
      if (!status.directory()) {
        // Found a folder by the walk that deferred it, and replaced since.
        failed(start, rel, new IOException("changed while the content folder was scanned"));
        return;
      }
      folder(start, rel, status.listable(), 0);
    }

    private static String child(String rel, String name) {
      return rel.isEmpty() ? name : rel + "/" + name;
    }

    /**
     * Walks a folder {@code depth} below the start. {@code status}: its status-change time, device
     * and inode when they were read, else null (read here when listings are kept).
     */
    private void folder(Path dir, String rel, long[] status, int depth) {
      if (depth > 0 && dir.getFileName().toString().startsWith(".")) {
        ignored.add(new Ignored(rel + "/", "hidden folder"));
        return;
      }
      if (top && depth == SPLIT_DEPTH) {
        deferred.add(new Folder(dir, rel));
        return;
      }
      if (listing && status == null) {
        FolderStatus s = FolderStatus.orNull(dir);
        if (s != null && !s.directory()) {
          failed(dir, rel, new IOException("changed while the content folder was scanned"));
          return;
        }
        status = s == null ? null : s.listable();
      }
      if (status != null && replay(dir, rel, previous.trusted(rel, status[0], status[1], status[2]), depth)) {
        return;
      }
      List<Path> entries = new ArrayList<>();
      try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
        stream.forEach(entries::add);
      } catch (IOException | DirectoryIteratorException e) {
        failed(dir, rel, e instanceof DirectoryIteratorException d ? d.getCause() : (IOException) e);
        return;
      }
      List<String> names = new ArrayList<>();
      boolean plain = true;
      for (Path entry : entries) {
        String name = entry.getFileName().toString();
        if (!namesItself(dir, name, entry)) {
          unreadable.add(new Ignored(child(rel, name) + (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS) ? "/" : ""),
              "cannot be read: " + UNNAMEABLE));
          plain = false;
          continue;
        }
        EntryStatus a;
        try {
          a = EntryStatus.of(entry, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
          failed(entry, child(rel, name), e);
          plain = false;
          continue;
        }
        if (a.directory()) {
          folder(entry, child(rel, name), null, depth + 1);
          names.add(name + "/");
        } else {
          visit(entry, child(rel, name), a);
          plain &= a.regular();
          names.add(name);
        }
      }
      if (status != null && plain) {
        names.sort(null);
        listings.add(new Listing(rel, vouching(status[0], scanned), status[1], status[2], List.copyOf(names)));
      }
    }

    /**
     * Visits the entries {@code listing} (null for none) says the folder holds, without opening
     * the folder, when each file is still a plain file; false, having visited nothing, when one is
     * not. A listed folder is walked as any other, its own status read first.
     */
    private boolean replay(Path dir, String rel, Listing listing, int depth) {
      if (listing == null) {
        return false;
      }
      List<EntryStatus> attrs = new ArrayList<>(listing.names().size());
      for (String name : listing.names()) {
        if (name.endsWith("/")) {
          continue;
        }
        try {
          EntryStatus a = EntryStatus.of(dir.resolve(name), LinkOption.NOFOLLOW_LINKS);
          if (!a.regular()) {
            return false;
          }
          attrs.add(a);
        } catch (IOException e) {
          return false;
        }
      }
      int file = 0;
      for (String name : listing.names()) {
        if (name.endsWith("/")) {
          String folder = name.substring(0, name.length() - 1);
          folder(dir.resolve(folder), child(rel, folder), null, depth + 1);
        } else {
          visit(dir.resolve(name), child(rel, name), attrs.get(file++));
        }
      }
      listings.add(listing);
      return true;
    }

    /** An entry that is not a folder, shown as {@code rel}. */
    private void visit(Path file, String rel, EntryStatus attrs) {
      String name = rel.substring(rel.lastIndexOf('/') + 1);
      if (name.startsWith(".")) {
        boolean folder = attrs.link() && Files.isDirectory(file);
        ignored.add(folder ? new Ignored(rel + "/", "hidden folder") : new Ignored(rel, "hidden file"));
      } else if (attrs.link()) {
        link(file, rel, isPage(name));
      } else {
        entry(file, rel, attrs, isPage(name));
      }
    }

    /** Jekyll takes an extension in any case for Markdown: {@code README.MD} copied off Windows is a page. */
    private static boolean isPage(String name) {
      return name.regionMatches(true, name.length() - 3, ".md", 0, 3);
    }

    /** A file, or the target of a link, at {@code file} and shown as {@code rel}. */
    private void entry(Path file, String rel, EntryStatus attrs, boolean page) {
      if (!attrs.regular()) {
        (page ? unreadable : ignored).add(new Ignored(rel, "not a regular file"));
      } else if (page) {
        pages.add(new Page(root, rel, attrs.size(), attrs.changed()));
      } else {
        ignored.add(new Ignored(rel, "not a page: only *.md files are pages"));
      }
    }

    private void link(Path file, String rel, boolean page) {
      Path real;
      EntryStatus target;
      try {
        real = file.toRealPath();
        target = EntryStatus.of(real);
      } catch (IOException e) {
        (page ? unreadable : ignored).add(new Ignored(rel, "broken symbolic link"));
        return;
      }
      String shown = rel + (target.directory() ? "/" : "");
      if (!real.startsWith(realRoot)) {
        ignored.add(new Ignored(shown, "symbolic link to outside the content folder: not followed"));
      } else if (!target.directory()) {
        entry(real, rel, target, page);
      } else if (leadsBack(file, real)) {
        ignored.add(new Ignored(shown, "symbolic link loop: not followed"));
      } else {
        List<Path> path = new ArrayList<>(linked);
        path.add(real);
        Walker w = new Walker(root, realRoot, false, path, previous, scanned);
        w.walk(real, rel);
        pages.addAll(w.pages);
        ignored.addAll(w.ignored);
        unreadable.addAll(w.unreadable);
      }
    }

    /** True when the linked folder holds the link, or was itself entered through a link on the way here. */
    private boolean leadsBack(Path link, Path real) {
      try {
        return link.getParent().toRealPath().startsWith(real) || linked.contains(real);
      } catch (IOException e) {
        return true;
      }
    }

    /**
     * True when {@code name}, the entry's name as Java reads it, leads back to the entry: a name
     * whose bytes the system's file-name encoding cannot read (not UTF-8 under a UTF-8 locale, any
     * non-ASCII byte under LANG=C) is read with U+FFFD in their place, and names another file or
     * none; the page under it could not be opened, nor the folder listed again.
     */
    private static boolean namesItself(Path dir, String name, Path entry) {
      // Every encoding reads ASCII back as it was: only other names need the round trip.
      if (name.chars().allMatch(c -> c < 0x80)) {
        return true;
      }
      try {
        return dir.resolve(name).equals(entry);
      } catch (InvalidPathException e) {
        return false;
      }
    }

    private void failed(Path file, String rel, IOException e) {
      String path = rel + (Files.isDirectory(file) ? "/" : "");
      unreadable.add(new Ignored(path, "cannot be read: " + IoProblem.reason(e)));
    }
  }
}
