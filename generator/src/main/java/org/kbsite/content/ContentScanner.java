package org.kbsite.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemLoopException;
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
   * whose size and time are as before.
   */
  public record Page(Path path, String rel, long size, long modified) {}

  public record Inventory(List<Page> pages, List<Ignored> ignored, List<Ignored> unreadable) {}

  private ContentScanner() {}

  /**
   * Folders this deep are walked in parallel, each on its own: the archive's {@code kb/NNN/}. A
   * walk over 60,000 page folders costs mostly system calls, which two cores make at once.
   */
  private static final int SPLIT_DEPTH = 2;

  public static Inventory scan(Path root) throws IOException {
    Path realRoot = root.toRealPath();
    Walker top = new Walker(root, realRoot, null);
    Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, top);
    List<Walker> walkers = new ArrayList<>(List.of(top));
    walkers.addAll(top.deferred.parallelStream().map(dir -> {
      Walker w = new Walker(root, realRoot, dir);
      try {
        Files.walkFileTree(dir, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, w);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
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
   * Walks the whole folder ({@code subtree} null), deferring the folders at {@link #SPLIT_DEPTH},
   * or walks one deferred folder.
   */
  private static final class Walker extends SimpleFileVisitor<Path> {
    private final Path root;
    private final Path realRoot;
    private final Path subtree;
    final List<Path> deferred = new ArrayList<>();
    final List<Page> pages = new ArrayList<>();
    final List<Ignored> ignored = new ArrayList<>();
    final List<Ignored> unreadable = new ArrayList<>();

    Walker(Path root, Path realRoot, Path subtree) {
      this.root = root;
      this.realRoot = realRoot;
      this.subtree = subtree;
    }

    @Override
    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
      if (dir.equals(root) || dir.equals(subtree)) {
        return FileVisitResult.CONTINUE;
      }
      String why = dir.getFileName().toString().startsWith(".") ? "hidden folder" : leavesRoot(dir);
      if (why == null && subtree != null && leadsAbove(dir)) {
        // The walk of the whole folder would have seen this loop: the link leads to an ancestor.
        why = "symbolic link loop: not followed";
      }
      if (why != null) {
        ignored.add(new Ignored(rel(root, dir) + "/", why));
        return FileVisitResult.SKIP_SUBTREE;
      }
      if (subtree == null && root.relativize(dir).getNameCount() == SPLIT_DEPTH) {
        deferred.add(dir);
        return FileVisitResult.SKIP_SUBTREE;
      }
      return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
      String name = file.getFileName().toString();
      boolean page = name.endsWith(".md");
      String why;
      if (name.startsWith(".")) {
        why = "hidden file";
        page = false;
      } else if (attrs.isSymbolicLink()) {
        // With FOLLOW_LINKS, a link's own attributes arrive only when its target is missing.
        why = "broken symbolic link";
      } else if ((why = leavesRoot(file)) != null) {
        page = false;
      } else if (!attrs.isRegularFile()) {
        why = "not a regular file";
      } else if (page) {
        pages.add(new Page(file, rel(root, file), attrs.size(), attrs.lastModifiedTime().to(TimeUnit.NANOSECONDS)));
        return FileVisitResult.CONTINUE;
      } else {
        why = "not a page: only *.md files are pages";
      }
      (page ? unreadable : ignored).add(new Ignored(rel(root, file), why));
      return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFileFailed(Path file, IOException e) {
      if (e instanceof FileSystemLoopException) {
        ignored.add(new Ignored(rel(root, file) + "/", "symbolic link loop: not followed"));
      } else {
        String path = rel(root, file) + (Files.isDirectory(file) ? "/" : "");
        unreadable.add(new Ignored(path, "cannot be read: " + IoProblem.reason(e)));
      }
      return FileVisitResult.CONTINUE;
    }

    /** Why a symbolic link is not followed, or null when {@code p} stays inside the content folder. */
    private String leavesRoot(Path p) {
      if (!Files.isSymbolicLink(p)) {
        return null;
      }
      try {
        return p.toRealPath().startsWith(realRoot)
            ? null : "symbolic link to outside the content folder: not followed";
      } catch (IOException e) {
        return "symbolic link cannot be followed: " + IoProblem.reason(e);
      }
    }

    /** True when the linked folder {@code dir} is the deferred folder or holds it. */
    private boolean leadsAbove(Path dir) {
      try {
        return Files.isSymbolicLink(dir) && subtree.toRealPath().startsWith(dir.toRealPath());
      } catch (IOException e) {
        return false;
      }
    }
  }

  /** The path relative to the content root, with {@code /} separators on every system. */
  public static String rel(Path root, Path p) {
    return root.relativize(p).toString().replace('\\', '/');
  }
}
