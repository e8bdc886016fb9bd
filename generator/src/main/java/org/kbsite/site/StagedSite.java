package org.kbsite.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import com.fasterxml.jackson.databind.JsonNode;
import org.kbsite.catalog.Json;
import org.kbsite.content.IoProblem;

/**
 * The output folder, changed only once a build has succeeded. A build writes into a fresh staging
 * folder beside OUT ({@code .OUT.kbsite-staging-PID}). A clean build stages the whole site, and
 * {@link #publish()} renames OUT aside, renames the staging folder into its place and deletes the
 * old site. An incremental build stages only the files whose bytes change, and
 * {@link #publishChanges} moves each over its counterpart in OUT and deletes the files the site no
 * longer has. A build that fails before either deletes its staging folder and leaves OUT as it was.
 *
 * <p>Two builds never write one output folder at once ({@link ProcessLock#forOutput}). Before anything is
 * written, the folders are checked: OUT must not be, be inside or contain
 * the content folder, must not contain the templates, and an existing OUT must be empty or hold an
 * earlier kbsite build (its {@code build-report.json}), so that a mistyped {@code --out} never
 * replaces someone's files.
 */
final class StagedSite implements AutoCloseable {
  static final String MARKER = "build-report.json";

  private final Path out;
  private final Path staging;
  private final ProcessLock lock;
  /** Notes on what builds that were stopped had left beside OUT ({@link #removeAbandoned}). */
  private final List<String> abandoned;
  private boolean published;
  /** What a published build leaves beside the site: see {@link #removeLeftovers}. */
  private Path leftover;
  /** The files linked aside in the staging folder so far, which names the next. */
  private int replacedCount;

  private StagedSite(Path out, Path staging, ProcessLock lock, List<String> abandoned) {
    this.abandoned = abandoned;
    this.out = out;
    this.staging = staging;
    this.lock = lock;
  }

  /**
   * Checks the folders, then locks the output folder for a build ({@link ProcessLock#forOutput}; waiting,
   * and running {@code waiting} first, while another build holds it) and makes the staging folder.
   */
  static StagedSite open(BuildOptions options, Runnable waiting) throws IOException {
    Path out = check(options);
    Files.createDirectories(out.getParent());
    return open(options, ProcessLock.exclusive(ProcessLock.forOutput(out), waiting), true);
  }

  /** As {@link #open(BuildOptions, Runnable)} for a rehearsal, which only reads the site: null when a build holds it. */
  static StagedSite openForRehearsal(BuildOptions options) throws IOException {
    Path out = check(options);
    if (!Files.isDirectory(out)) {
      return null;
    }
    ProcessLock lock = ProcessLock.tryShared(ProcessLock.forOutput(out));
    return lock == null ? null : open(options, lock, false);
  }

  /**
   * True when another process holds the output folder for a build or waits to (what stops a
   * rehearsal); false when none does, or the folders do not pass the checks a build makes.
   */
  static boolean heldByAnotherBuild(BuildOptions options) {
    try (ProcessLock lock = ProcessLock.tryShared(ProcessLock.forOutput(check(options)))) {
      return lock == null;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /** {@code build}: a build, which removes what stopped builds left; else a rehearsal, which only reads the site. */
  private static StagedSite open(BuildOptions options, ProcessLock lock, boolean build) throws IOException {
    try {
      // Checked again under the lock: a build that held it may have changed the folder.
      Path out = check(options);
      List<String> abandoned = build ? removeAbandoned(out) : List.of();
      return new StagedSite(out, createSibling(out, "staging"), lock, abandoned);
    } catch (IOException | RuntimeException e) {
      lock.close();
      throw e;
    }
  }

  /** The output folder's real path, once it is known to be one a build may write. */
  private static Path check(BuildOptions options) throws IOException {
    Path content = realPath(options.content());
    Path out = realPath(options.out());
    if (!Files.isDirectory(content)) {
      throw new IOException("content folder not found: " + options.content());
    }
    if (out.equals(content)) {
      throw new IOException("the output folder is the content folder: " + options.out());
    }
    if (out.startsWith(content)) {
      throw new IOException("the output folder " + options.out() + " is inside the content folder " + options.content());
    }
    if (content.startsWith(out)) {
      throw new IOException("the output folder " + options.out() + " contains the content folder " + options.content());
    }
    if (options.templates() != null && realPath(options.templates()).startsWith(out)) {
      throw new IOException("the templates folder " + options.templates()
          + " is inside the output folder " + options.out() + ", which a build replaces");
    }
    if (Files.exists(out)) {
      if (!Files.isDirectory(out)) {
        throw new IOException("the output path is not a folder: " + options.out());
      }
      if (!isBuildReport(out.resolve(MARKER)) && !isEmpty(out)) {
        throw new IOException("the output folder " + options.out()
            + " is not empty and holds no kbsite build (no " + MARKER + " of kbsite's): not replacing it");
      }
    }
    return out;
  }

  /**
   * True when {@code file} is a kbsite build's report, a JSON object with its fields: another
   * tool's file of that name, or an empty one, does not make a folder a kbsite build's.
   */
  private static boolean isBuildReport(Path file) {
    try {
      JsonNode report = Json.MAPPER.readTree(file.toFile());
      return report != null && report.isObject() && REPORT_FIELDS.stream().allMatch(report::has);
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  private static final List<String> REPORT_FIELDS = List.of("inputs", "articles", "pagesWritten", "rejected", "changes");

  /** What this build found that builds which were stopped had left beside OUT, and removed or could not. */
  List<String> abandoned() {
    return abandoned;
  }

  /**
   * Removes what builds that were stopped (killed, interrupted, their machine turned off) left
   * beside OUT: a staging folder (up to a whole site), or the previous site a clean build had put
   * aside. Only the folders of this user's processes that are no longer running: a build
   * server's warm-up, or another user's build (whose locks are its own), may be using theirs.
   * When OUT is missing (a clean build stopped between its two renames), the previous site is
   * put back instead, and a previous site is never deleted while there is no other. Done before
   * the build writes anything, so that a disk a stopped build had filled has room again. Never
   * fails the build; returns a note on each folder, for the user.
   */
  private static List<String> removeAbandoned(Path out) {
    Pattern ours = Pattern.compile(Pattern.quote(siblingPrefix(out)) + "(staging|old)-(\\d{1,18})(?:-\\d+)?");
    List<Path> staging = new ArrayList<>();
    List<Path> old = new ArrayList<>();
    try (var beside = Files.list(out.getParent())) {
      for (Path p : (Iterable<Path>) beside::iterator) {
        var m = ours.matcher(p.getFileName().toString());
        if (m.matches() && abandoned(p, Long.parseLong(m.group(2)))) {
          (m.group(1).equals("old") ? old : staging).add(p);
        }
      }
    } catch (IOException | UncheckedIOException e) {
      return List.of("could not look beside the output folder for what stopped builds left there: " + e.getMessage());
    }
    staging.sort(null);
    old.sort(null);
    List<String> notes = new ArrayList<>();
    if (!Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
      for (Path p : old) {
        if (Files.isRegularFile(p.resolve(MARKER))) {
          try {
            Files.move(p, out, StandardCopyOption.ATOMIC_MOVE);
            notes.add("put the previous site back in place from " + p.getFileName()
                + ", where a clean build that was stopped had left it");
            old.remove(p);
          } catch (IOException e) {
            notes.add("could not put the previous site back in place from " + p + ": " + IoProblem.describe(e));
          }
          break;
        }
      }
      if (!Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
        old.clear();
      }
    }
    for (List<Path> folders : List.of(staging, old)) {
      for (Path p : folders) {
        try {
          deleteTree(p);
          notes.add("removed " + p.getFileName() + " from beside the output folder: a build that was stopped had left it there");
        } catch (IOException e) {
          notes.add("could not remove " + p + ", left there by a build that was stopped: " + IoProblem.describe(e));
        }
      }
    }
    return notes;
  }

  /** A folder of this user's that the process {@code pid}, no longer running, left. */
  private static boolean abandoned(Path folder, long pid) {
    try {
      return ProcessHandle.of(pid).isEmpty() && Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)
          && Files.getOwner(folder, LinkOption.NOFOLLOW_LINKS).getName().equals(System.getProperty("user.name"));
    } catch (IOException | UnsupportedOperationException e) {
      return false;
    }
  }

  /** True when a build of another process waits for the folder this rehearsal holds. */
  boolean buildWaiting() {
    return lock.othersWaiting();
  }

  /** The folder the build writes into. */
  Path staging() {
    return staging;
  }

  /** The output folder (its real path). */
  Path out() {
    return out;
  }

  /**
   * Moves the staged files ({@code moved}) over their counterparts in OUT and deletes
   * {@code deleted} from it, then the folders they leave empty, then moves the staged build state
   * files ({@code states}, in order). The old build state is removed first and the new one moved
   * in last, so that a publish cut short (a crash, a full disk) leaves no state vouching for files
   * it did not write: the next build is then a clean one. Then {@code notes}: staged files that
   * describe the content rather than the site ({@link ListingState}), true whatever was published.
   */
  void publishChanges(List<String> moved, List<String> deleted, List<String> states, List<String> notes)
      throws IOException {
    if (!moved.isEmpty() || !deleted.isEmpty() || !states.isEmpty()) {
      Files.deleteIfExists(out.resolve(BuildState.FILE));
    }
    Map<Path, Boolean> checked = new HashMap<>();
    Files.createDirectories(staging.resolve(REPLACED));
    try {
      for (String rel : moved) {
        moveIn(rel, inside(out.resolve(rel), checked), true);
      }
      for (String rel : deleted) {
        Path target = inside(out.resolve(rel), checked);
        Files.deleteIfExists(target);
        for (Path dir = target.getParent(); !dir.equals(out) && isEmpty(dir); dir = dir.getParent()) {
          Files.delete(dir);
        }
      }
      for (String rel : states) {
        moveIn(rel, out.resolve(rel), false);
      }
    } catch (IOException e) {
      // Some files are in and some not: say so, and what puts it right.
      throw new IOException(IoProblem.describe(e) + "; the site was partly updated, and the next build makes"
          + " every file again", e);
    }
    for (String rel : notes) {
      moveIn(rel, out.resolve(rel), false);
    }
    published = true;
    leftover = staging;
  }

  /**
   * Where a file about to be replaced is linked from, or moved to ({@link #MOVED_ASIDE_FIRST}), in
   * the staging folder: the move over it then frees nothing, and the old file's blocks and cached pages are freed with the staging
   * folder ({@link #removeLeftovers}), after the build. Freeing the old {@code catalog.ndjson}
   * (328 MB at 60,000 articles) took 0.2 s inside the move.
   */
  private static final String REPLACED = ".kbsite-replaced";

  /** A hard link to {@code target} at {@code link}; none when there is no target or no hard links. */
  private static void keepAside(Path target, Path link) {
    try {
      Files.createLink(link, target);
    } catch (IOException | UnsupportedOperationException e) {
      // Then the move frees the old file itself.
    }
  }

  /**
   * Removes what the build left beside the published site: the staging folder, with the files the
   * site replaced, or the previous site that a clean build put aside.
   */
  void removeLeftovers() throws IOException {
    if (leftover == null) {
      return;
    }
    try {
      deleteTree(leftover);
    } catch (IOException e) {
      throw new IOException("the new site is in place, but what it replaced could not be removed from "
          + leftover + ": " + IoProblem.describe(e), e);
    }
    leftover = null;
  }

  /** Moves a staged file over its counterpart in OUT, the file it replaces linked aside first. */
  private void moveIn(String rel, Path target, boolean largeAsideFirst) throws IOException {
    Files.createDirectories(target.getParent());
    Path staged = staging.resolve(rel);
    Path aside = staging.resolve(REPLACED).resolve(Integer.toString(replacedCount++));
    if (largeAsideFirst && Files.size(staged) >= MOVED_ASIDE_FIRST && Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
      Files.move(target, aside, StandardCopyOption.ATOMIC_MOVE);
      Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE);
      return;
    }
    keepAside(target, aside);
    Files.move(staged, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  /**
   * A file of the site this large (the catalog's: at 60,000 articles 44, 68 and 319 MB) is moved
   * in after its old copy is moved aside, not over it: renamed over a file, a file just written
   * makes ext4 allocate its blocks and start writing it to disk inside the rename (its {@code
   * auto_da_alloc}), which took 184 and 233 ms for {@code catalog.ndjson} and 0.26 and 0.34 s for
   * the three in a title edit's rebuild, against 0.1 ms into a free name. The price: for the
   * microseconds between the two renames the file is missing from OUT, and it loses ext4's
   * guarantee for a file replaced by a rename, that a power cut soon after leaves the old bytes or
   * the new. Not the build states or the report, which say what OUT holds (the report is what
   * makes OUT a kbsite build): they are renamed over as before.
   */
  private static final long MOVED_ASIDE_FIRST = 8L << 20;

  /**
   * {@code target}, once its folder is known to be inside OUT with symbolic links resolved: a link
   * planted in the published site must not lead a write elsewhere.
   */
  private Path inside(Path target, Map<Path, Boolean> checked) throws IOException {
    Path dir = target.getParent();
    if (!checked.computeIfAbsent(dir, d -> {
      try {
        return realPath(d).startsWith(out);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    })) {
      throw new IOException("refusing to write outside the output folder: " + target + " leads elsewhere");
    }
    return target;
  }

  /**
   * Puts the staged site in place of OUT, with what the previous folder held at its top that no
   * build makes there ({@code CNAME}, {@code .htaccess}, a host's verification page), moved
   * across: an incremental build leaves such files alone, and so does a clean one. Returns a
   * note on what was kept, or could not be (the previous site is then left beside OUT); empty
   * when there was nothing.
   */
  List<String> publish() throws IOException {
    Path old = null;
    if (Files.exists(out)) {
      old = freeSibling(out, "old");
      Files.move(out, old, StandardCopyOption.ATOMIC_MOVE);
    }
    try {
      Files.move(staging, out, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      if (old != null) {
        Files.move(old, out, StandardCopyOption.ATOMIC_MOVE);
      }
      throw e;
    }
    published = true;
    leftover = old;
    return old == null ? List.of() : keepForeign(old);
  }

  /**
   * What a build writes at the top of the site only sometimes: {@code --site-url}'s sitemaps
   * ({@code sitemap.xml}, {@code sitemap-1.xml} ...), and the build state (a previous state must
   * never vouch for a new site).
   */
  private static final Pattern SOMETIMES_BUILT = Pattern.compile("sitemap(?:-\\d+)?\\.xml|\\.kbsite");

  private List<String> keepForeign(Path old) {
    List<String> kept = new ArrayList<>();
    try (var entries = Files.list(old)) {
      for (Path p : (Iterable<Path>) entries.sorted()::iterator) {
        String name = p.getFileName().toString();
        if (!SOMETIMES_BUILT.matcher(name).matches() && !Files.exists(out.resolve(name), LinkOption.NOFOLLOW_LINKS)) {
          Files.move(p, out.resolve(name), StandardCopyOption.ATOMIC_MOVE);
          kept.add(name);
        }
      }
    } catch (IOException | UncheckedIOException e) {
      leftover = null;
      return List.of("the new site is in place, but not all that the previous one held and no build makes could be moved"
          + " into it (" + IoProblem.describe(e instanceof UncheckedIOException u ? u.getCause() : (IOException) e)
          + "): the previous site is left at " + old);
    }
    return kept.isEmpty() ? List.of()
        : List.of("kept what the output folder held at its top that this build does not make: " + String.join(", ", kept));
  }

  /** Deletes the staging folder unless it was published, and releases the lock. */
  @Override
  public void close() throws IOException {
    try (lock) {
      if (!published) {
        deleteTree(staging);
      }
    }
  }

  /** The real path of {@code p}, or of its nearest existing ancestor with the rest appended. */
  static Path realPath(Path p) throws IOException {
    Path head = p.toAbsolutePath().normalize();
    Path tail = head.getFileSystem().getPath("");
    while (head.getParent() != null && !Files.exists(head)) {
      tail = head.getFileName().resolve(tail);
      head = head.getParent();
    }
    return head.toRealPath().resolve(tail);
  }

  private static Path createSibling(Path out, String role) throws IOException {
    for (int attempt = 0; ; attempt++) {
      try {
        // Not createTempDirectory: its owner-only permissions would end up on the published site.
        return Files.createDirectory(freeSibling(out, role));
      } catch (FileAlreadyExistsException e) {
        if (attempt > 10) {
          throw e;
        }
      }
    }
  }

  /** How the names of the folders a build makes beside OUT begin: {@code .OUT.kbsite-}. */
  private static String siblingPrefix(Path out) {
    return "." + out.getFileName() + ".kbsite-";
  }

  /** A path beside OUT that does not exist yet: {@code .OUT.kbsite-ROLE-PID[-N]}. */
  private static Path freeSibling(Path out, String role) {
    String base = siblingPrefix(out) + role + "-" + ProcessHandle.current().pid();
    Path p = out.resolveSibling(base);
    for (int n = 2; Files.exists(p, LinkOption.NOFOLLOW_LINKS); n++) {
      p = out.resolveSibling(base + "-" + n);
    }
    return p;
  }

  private static boolean isEmpty(Path dir) throws IOException {
    try (var entries = Files.list(dir)) {
      return entries.findAny().isEmpty();
    }
  }

  /** Deletes a folder and everything in it; symbolic links are removed, never followed. */
  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    Files.walkFileTree(dir, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        Files.delete(file);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
        if (e != null) {
          throw e;
        }
        Files.delete(d);
        return FileVisitResult.CONTINUE;
      }
    });
  }
}
