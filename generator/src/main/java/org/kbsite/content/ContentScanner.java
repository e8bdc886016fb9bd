package org.kbsite.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Lists a content folder in a stable order. Every {@code *.md} file is a page candidate; a page
 * candidate that cannot be read is unreadable (the build rejects it), and every other entry is
 * ignored with its reason. Symbolic links are followed only while they stay inside the content
 * folder, so that a link cannot publish a file from elsewhere on the machine.
 */
public final class ContentScanner {
  /** A folder entry and why it is not a page, or why it could not be read. */
  public record Ignored(String path, String reason) {}

  /**
   * A page candidate: its path relative to the root ({@code /} separators), its size and the
   * time it was last modified, in nanoseconds since the epoch: an incremental build trusts a page
   * whose size and time are as before. The full path is made when asked for, not kept: at a
   * million pages it is some 100 MB.
   */
  public record Page(Path root, String rel, long size, long modified) {
    public Path path() {
      return root.resolve(rel);
    }
  }

  public record Inventory(List<Page> pages, List<Ignored> ignored, List<Ignored> unreadable) {}

  private ContentScanner() {}

  /**
   * Folders this deep are walked in parallel, each on its own: the archive's {@code kb/NNN/}. A
   * walk over 60,000 page folders costs mostly system calls, which two cores make at once.
   */
  private static final int SPLIT_DEPTH = 2;

  public static Inventory scan(Path root) throws IOException {
    Path realRoot = root.toRealPath();
    Walker top = new Walker(root, realRoot, realRoot, root, true, List.of());
    top.walk();
    List<Walker> walkers = new ArrayList<>(List.of(top));
    walkers.addAll(top.deferred.parallelStream().map(dir -> {
      Walker w = new Walker(root, realRoot, dir, top.shown(dir), false, List.of());
      w.walk();
      return w;
    }).toList());
    List<Page> pages = new ArrayList<>();
    List<Ignored> ignored = new ArrayList<>();
    List<Ignored> unreadable = new ArrayList<>();
    for (Walker w : walkers) {
      pages.addAll(w.pages);
      ignored.addAll(w.ignored);
      unreadable.addAll(w.unreadable);
    }
    pages.sort(Comparator.comparing(Page::rel));
    ignored.sort(Comparator.comparing(Ignored::path));
    unreadable.sort(Comparator.comparing(Ignored::path));
    return new Inventory(pages, ignored, unreadable);
  }

  /**
   * Walks one real folder without following links, one {@code lstat} an entry, and shows what it
   * finds under the path the folder has in the content folder ({@code shownAs}: itself, or the
   * link it was reached through). A symbolic link is resolved where it is met: followed when it
   * stays inside the content folder and does not lead back to a folder on the way to it
   * ({@code linked}, the real folders entered through links), else listed as ignored. The top
   * walker defers the folders at {@link #SPLIT_DEPTH} to walkers of their own.
   */
  private static final class Walker extends SimpleFileVisitor<Path> {
    private final Path root;
    private final Path realRoot;
    private final Path start;
    private final Path shownAs;
    private final boolean top;
    private final List<Path> linked;
    final List<Path> deferred = new ArrayList<>();
    final List<Page> pages = new ArrayList<>();
    final List<Ignored> ignored = new ArrayList<>();
    final List<Ignored> unreadable = new ArrayList<>();

    Walker(Path root, Path realRoot, Path start, Path shownAs, boolean top, List<Path> linked) {
      this.root = root;
      this.realRoot = realRoot;
      this.start = start;
      this.shownAs = shownAs;
      this.top = top;
      this.linked = linked;
    }

    void walk() {
      try {
        Files.walkFileTree(start, EnumSet.noneOf(FileVisitOption.class), Integer.MAX_VALUE, this);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** Where a walked path appears in the content folder. */
    Path shown(Path p) {
      return start.equals(shownAs) ? p : shownAs.resolve(start.relativize(p).toString());
    }

    private String rel(Path p) {
      return ContentScanner.rel(root, shown(p));
    }

    @Override
    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
      if (dir.equals(start)) {
        return FileVisitResult.CONTINUE;
      }
      if (dir.getFileName().toString().startsWith(".")) {
        ignored.add(new Ignored(rel(dir) + "/", "hidden folder"));
        return FileVisitResult.SKIP_SUBTREE;
      }
      if (top && start.relativize(dir).getNameCount() == SPLIT_DEPTH) {
        deferred.add(dir);
        return FileVisitResult.SKIP_SUBTREE;
      }
      return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
      String name = shown(file).getFileName().toString();
      if (name.startsWith(".")) {
        boolean folder = attrs.isDirectory() || attrs.isSymbolicLink() && Files.isDirectory(file);
        ignored.add(folder ? new Ignored(rel(file) + "/", "hidden folder") : new Ignored(rel(file), "hidden file"));
      } else if (attrs.isSymbolicLink()) {
        link(file, name.endsWith(".md"));
      } else {
        entry(file, attrs, name.endsWith(".md"));
      }
      return FileVisitResult.CONTINUE;
    }

    /** A file, or the target of the link {@code file}. */
    private void entry(Path file, BasicFileAttributes attrs, boolean page) {
      if (!attrs.isRegularFile()) {
        (page ? unreadable : ignored).add(new Ignored(rel(file), "not a regular file"));
      } else if (page) {
        pages.add(new Page(root, rel(file), attrs.size(), attrs.lastModifiedTime().to(TimeUnit.NANOSECONDS)));
      } else {
        ignored.add(new Ignored(rel(file), "not a page: only *.md files are pages"));
      }
    }

    private void link(Path file, boolean page) {
      Path real;
      BasicFileAttributes target;
      try {
        real = file.toRealPath();
        target = Files.readAttributes(real, BasicFileAttributes.class);
      } catch (IOException e) {
        (page ? unreadable : ignored).add(new Ignored(rel(file), "broken symbolic link"));
        return;
      }
      String shown = rel(file) + (target.isDirectory() ? "/" : "");
      if (!real.startsWith(realRoot)) {
        ignored.add(new Ignored(shown, "symbolic link to outside the content folder: not followed"));
      } else if (!target.isDirectory()) {
        entry(file, target, page);
      } else if (leadsBack(file, real)) {
        ignored.add(new Ignored(shown, "symbolic link loop: not followed"));
      } else {
        List<Path> path = new ArrayList<>(linked);
        path.add(real);
        Walker w = new Walker(root, realRoot, real, shown(file), false, path);
        w.walk();
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

    @Override
    public FileVisitResult visitFileFailed(Path file, IOException e) {
      String path = rel(file) + (Files.isDirectory(file) ? "/" : "");
      unreadable.add(new Ignored(path, "cannot be read: " + IoProblem.reason(e)));
      return FileVisitResult.CONTINUE;
    }
  }

  /** The path relative to the content root, with {@code /} separators on every system. */
  public static String rel(Path root, Path p) {
    return root.relativize(p).toString().replace('\\', '/');
  }
}
