package org.kbsite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/** Folder trees for tests: a copy, and a snapshot that shows any change to a tree. */
public final class TestTrees {
  private TestTrees() {}

  /**
   * Every entry under {@code root}, links not followed: its relative path mapped to its kind and,
   * for files, a SHA-256 of the bytes; for links, the target.
   */
  public static Map<String, String> snapshot(Path root) {
    Map<String, String> out = new TreeMap<>();
    try {
      Files.walkFileTree(root, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
          out.put(rel(root, dir) + "/", "dir");
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
          out.put(rel(root, file), attrs.isSymbolicLink()
              ? "link -> " + Files.readSymbolicLink(file) : "file " + sha256(file));
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
          out.put(rel(root, file), "unreadable");
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** Every entry's inode and modification time: a write or a move changes them. */
  public static Map<String, String> stamps(Path root) throws IOException {
    Map<String, String> out = new TreeMap<>();
    try (var s = Files.walk(root)) {
      for (Path p : s.toList()) {
        BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
        out.put(root.relativize(p).toString(), a.fileKey() + " " + a.lastModifiedTime());
      }
    }
    return out;
  }

  /** The folders a build makes beside the site {@code site} (staging, the previous site): {@code .SITE.kbsite-*}. */
  public static java.util.List<Path> besideSite(Path site) throws IOException {
    try (var s = Files.list(site.getParent())) {
      return s.filter(p -> p.getFileName().toString().startsWith("." + site.getFileName() + ".kbsite-")).toList();
    }
  }

  /** Copies a folder, hidden files included. */
  public static void copy(Path from, Path to) throws IOException {
    try (var walk = Files.walk(from)) {
      for (Path p : walk.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target, StandardCopyOption.COPY_ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
        }
      }
    }
  }

  private static String rel(Path root, Path p) {
    return root.relativize(p).toString().replace('\\', '/');
  }

  private static String sha256(Path file) throws IOException {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
