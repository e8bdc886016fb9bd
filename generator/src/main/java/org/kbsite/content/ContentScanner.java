package org.kbsite.content;

import java.io.IOException;
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

/**
 * Lists a content folder in a stable order: every {@code *.md} file is a page candidate; every
 * other file, and anything that cannot be read, is recorded as ignored with its reason.
 */
public final class ContentScanner {
  /** A file that is not a page, or a folder entry that could not be visited. */
  public record Ignored(String path, String reason) {}

  public record Inventory(List<Path> pages, List<Ignored> ignored) {}

  private ContentScanner() {}

  public static Inventory scan(Path root, Path skip) throws IOException {
    List<Path> pages = new ArrayList<>();
    List<Ignored> ignored = new ArrayList<>();
    Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            if (skip != null && dir.equals(skip)) {
              ignored.add(new Ignored(rel(root, dir) + "/", "the output folder: not content"));
              return FileVisitResult.SKIP_SUBTREE;
            }
            String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
            if (!dir.equals(root) && name.startsWith(".")) {
              ignored.add(new Ignored(rel(root, dir) + "/", "hidden folder"));
              return FileVisitResult.SKIP_SUBTREE;
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            if (!attrs.isRegularFile()) {
              ignored.add(new Ignored(rel(root, file), "not a regular file"));
            } else if (file.getFileName().toString().endsWith(".md")) {
              pages.add(file);
            } else {
              ignored.add(new Ignored(rel(root, file), "not a page: only *.md files are pages"));
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) {
            String why = e instanceof java.nio.file.FileSystemLoopException
                ? "symbolic link loop" : "cannot be read: " + e.getClass().getSimpleName();
            ignored.add(new Ignored(rel(root, file), why));
            return FileVisitResult.CONTINUE;
          }
        });
    Comparator<Path> byName = Comparator.comparing(p -> rel(root, p));
    pages.sort(byName);
    ignored.sort(Comparator.comparing(Ignored::path));
    return new Inventory(pages, ignored);
  }

  /** The path relative to the content root, with {@code /} separators on every system. */
  public static String rel(Path root, Path p) {
    return root.relativize(p).toString().replace('\\', '/');
  }
}
