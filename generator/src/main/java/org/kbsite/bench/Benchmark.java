package org.kbsite.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.kbsite.catalog.Json;
import org.kbsite.synth.SyntheticArchive;

/**
 * Builds a synthetic archive of N articles in a child JVM (so its heap limit and memory are
 * its own) into a fresh folder and prints what it cost; then, when {@code hugo} is installed,
 * builds the same articles with Hugo as plain pages and prints the ratio.
 */
public final class Benchmark implements AutoCloseable {
  private final Path sample;
  private final Path work;
  private final String heap;
  private final PrintWriter out;
  private final int hugoMax;
  private final int repeats;
  /** Where earlier runs' outputs wait to be deleted until the builds are timed ({@link #clear}). */
  private final Path trash;
  /** Whether a trash folder left by a run that was stopped has been dealt with. */
  private boolean trashChecked;

  /**
   * Longer than ext4 treats a freed inode as recently freed: 60 s, plus 300 s while its inode
   * table block is not yet written back ({@code RECENTCY_MIN}, {@code RECENTCY_DIRTY}).
   */
  private static final java.time.Duration AFTER_DELETING = java.time.Duration.ofMinutes(7);

  /**
   * {@code hugoMax}: the largest archive Hugo is also run on (it needs about 45 KB a page);
   * {@code repeats}: how many times each incremental rebuild is timed.
   */
  public Benchmark(Path sample, Path work, String heap, int hugoMax, PrintWriter out, int repeats) {
    this.hugoMax = hugoMax;
    this.sample = sample;
    this.work = work;
    this.heap = heap;
    this.out = out;
    this.repeats = repeats;
    this.trash = work.resolve(".kbsite-bench-trash");
  }

  public void run(int articles) throws IOException, InterruptedException {
    Path archive = work.resolve("archive-" + articles);
    Path marker = work.resolve("archive-" + articles + ".complete");
    if (!Files.exists(marker)) {
      clear(List.of(archive));
      long t = System.nanoTime();
      SyntheticArchive.write(sample, archive, articles);
      Files.writeString(marker, "");
      out.printf(Locale.ROOT, "made a synthetic archive of %d articles in %.1f s%n", articles, (System.nanoTime() - t) / 1e9);
    }
    Path site = work.resolve("site-" + articles);
    // A build server left by a run that was stopped would rehearse on the old site, and take CPU.
    server("--stop");
    List<Path> earlier = new ArrayList<>(List.of(site, work.resolve("hugo-site-" + articles)));
    // And what a build of the site that was stopped left beside it (.site-N.kbsite-staging-PID).
    try (Stream<Path> beside = Files.list(work)) {
      beside.filter(p -> p.getFileName().toString().startsWith("." + site.getFileName() + ".kbsite-")).forEach(earlier::add);
    }
    clear(earlier);
    readThrough(archive);
    // In a JVM of its own, even with a build server running: the build report's figures are its process's.
    double wall = build(archive, site, "--no-server");
    JsonNode timings = Json.MAPPER.readTree(site.resolve("build-report.json").toFile()).get("timings");
    long[] filesAndBytes = filesAndBytes(site);
    out.printf(Locale.ROOT, "kbsite  articles=%d files=%d bytes=%d wall=%.1fs cpu=%.1fs (kernel %.1fs) heap=%dMB rss=%dMB articles/s=%.0f (-Xmx%s)%n",
        articles, filesAndBytes[0], filesAndBytes[1], wall, timings.get("cpuSeconds").asDouble(),
        timings.get("kernelCpuSeconds").asDouble(),
        timings.get("peakHeapBytes").asLong() >> 20, timings.get("peakRssBytes").asLong() >> 20,
        articles / wall, heap);
    out.printf(Locale.ROOT, "kbsite  stages: %s%n", timings.get("stages"));
    out.flush();
    if (repeats > 0) {
      incremental(archive, site);
    }
    Double hugo = hugo(archive, articles);
    if (hugo != null) {
      out.printf(Locale.ROOT, "ratio   kbsite wall / hugo wall = %.2f%n", wall / hugo);
    }
    out.flush();
  }

  /** Builds the archive into the site in a child JVM; returns the wall seconds. */
  private double build(Path archive, Path site, String... extra) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("java", "-Xmx" + heap, "-jar", selfJar().toString(), "build", "--quiet",
        "--content", archive.toString(), "--out", site.toString()));
    command.addAll(List.of(extra));
    long t = System.nanoTime();
    int code = new ProcessBuilder(command)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.INHERIT)
        .start().waitFor();
    double wall = (System.nanoTime() - t) / 1e9;
    if (code != 0) {
      throw new IOException("kbsite build exited " + code);
    }
    return wall;
  }

  /**
   * Times the same build again into the same folder: with nothing edited, then with one article's
   * title edited each time (the article of the lowest ID, put back as it was afterwards), each in
   * a JVM of its own ({@code --no-server}); then both again through the build server
   * ({@code build --server}), once the build that starts it (in its own process, as without it)
   * is done and the server has warmed up. The server is stopped afterwards.
   */
  private void incremental(Path archive, Path site) throws IOException, InterruptedException {
    Path page;
    try (Stream<Path> s = Files.walk(archive.toRealPath())) {
      page = s.filter(p -> p.getFileName().toString().equals("README.md")).min(Comparator.naturalOrder()).orElseThrow();
    }
    rebuilds(archive, site, page, "--no-server");
    server("--stop");
    try {
      double starting = build(archive, site, "--server");
      long t = System.nanoTime();
      // Polled once a second (each poll is a JVM, which takes CPU from the warm-up) until it says it
      // is ready: at first it may not be listening yet.
      for (int s = 0; s < 120 && !server("--status").contains("ready"); s++) {
        Thread.sleep(1000);
      }
      out.printf(Locale.ROOT, "kbsite  rebuild --server that starts the server: %.2fs (built in its own process);"
          + " the server ready %.1fs later%n", starting, (System.nanoTime() - t) / 1e9);
      rebuilds(archive, site, page, "--server");
    } finally {
      server("--stop");
    }
  }

  private void rebuilds(Path archive, Path site, Path page, String mode) throws IOException, InterruptedException {
    String[] extra = {mode};
    List<Double> unchanged = new ArrayList<>();
    Map<String, String> before = snapshot(site);
    for (int r = 0; r < repeats; r++) {
      unchanged.add(build(archive, site, extra));
    }
    int touched = touched(before, snapshot(site));
    String original = Files.readString(page);
    List<Double> edited = new ArrayList<>();
    JsonNode changes;
    try {
      for (int r = 0; r < repeats; r++) {
        Files.writeString(page, original.replaceFirst("(?m)^title: (\"?)(Q\\d+): ", "title: $1$2: (edit " + (r + 1) + ") "));
        edited.add(build(archive, site, extra));
      }
      changes = Json.MAPPER.readTree(site.resolve("build-report.json").toFile()).get("changes");
    } finally {
      Files.writeString(page, original);
    }
    build(archive, site, extra);
    String how = " " + mode;
    out.printf(Locale.ROOT, "kbsite  rebuild%s, nothing edited:  best=%.2fs median=%.2fs (%d runs: %s); %d files of the"
        + " output folder written, added or deleted in all%n", how, best(unchanged), median(unchanged), repeats, runs(unchanged), touched);
    out.printf(Locale.ROOT, "kbsite  rebuild%s, one title edited: best=%.2fs median=%.2fs (%d runs: %s); %s files written, %s unchanged%n",
        how, best(edited), median(edited), repeats, runs(edited), changes.get("written"), changes.get("unchanged"));
    out.flush();
  }

  /**
   * Runs {@code kbsite server OPTION} for the build server the builds' JVMs (this java, {@code -Xmx}
   * of the benchmark) use; returns what it printed.
   */
  private String server(String option) throws IOException, InterruptedException {
    Process p = new ProcessBuilder("java", "-Xmx" + heap, "-jar", selfJar().toString(), "server", option)
        .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    String printed = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    p.waitFor();
    return printed;
  }

  private static String runs(List<Double> times) {
    return times.stream().map(t -> String.format(Locale.ROOT, "%.2f", t)).collect(java.util.stream.Collectors.joining(" "));
  }

  private static double best(List<Double> times) {
    return times.stream().mapToDouble(Double::doubleValue).min().orElse(0);
  }

  private static double median(List<Double> times) {
    double[] sorted = times.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    int n = sorted.length;
    return n == 0 ? 0 : n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  /** Hugo's wall time for the same pages as plain pages, or null when Hugo is not installed. */
  private Double hugo(Path archive, int articles) throws IOException, InterruptedException {
    if (articles > hugoMax) {
      out.printf(Locale.ROOT, "hugo    not run above %d articles (--hugo-max): it would need about %d GB%n",
          hugoMax, articles * 45L / 1_000_000);
      return null;
    }
    if (!onPath("hugo")) {
      out.println("hugo    not installed (apt-get install hugo): no comparison");
      return null;
    }
    Path project = work.resolve("hugo-" + articles);
    deleteTree(project);
    Files.createDirectories(project.resolve("layouts/_default"));
    Files.writeString(project.resolve("hugo.toml"),
        "baseURL = '/'\ndisableKinds = ['taxonomy', 'term', 'RSS', 'sitemap']\n[markup.goldmark.renderer]\nunsafe = false\n");
    Files.writeString(project.resolve("layouts/_default/single.html"),
        "<!DOCTYPE html><html><head><title>{{ .Title }}</title></head><body><main>{{ .Content }}</main></body></html>\n");
    Files.writeString(project.resolve("layouts/_default/list.html"),
        "<!DOCTYPE html><html><head><title>{{ .Title }}</title></head><body><ul>{{ range .Pages }}<li><a href=\"{{ .RelPermalink }}\">{{ .Title }}</a></li>{{ end }}</ul></body></html>\n");
    Files.createSymbolicLink(project.resolve("content"), archive.toAbsolutePath());
    // Emptied, with kbsite's site, before kbsite's build (clear).
    Path hugoOut = work.resolve("hugo-site-" + articles);
    Path timeLog = work.resolve("hugo-time-" + articles + ".txt");
    long t = System.nanoTime();
    int code = new ProcessBuilder("/usr/bin/time", "-v", "-o", timeLog.toString(),
        "hugo", "--quiet", "-s", project.toString(), "-d", hugoOut.toString())
        .inheritIO().start().waitFor();
    double wall = (System.nanoTime() - t) / 1e9;
    String rss = "?";
    double user = 0;
    double kernel = 0;
    for (String line : Files.readAllLines(timeLog)) {
      String value = line.substring(line.lastIndexOf(':') + 1).strip();
      if (line.contains("Maximum resident set size")) {
        rss = String.valueOf(Long.parseLong(value) >> 10);
      } else if (line.contains("User time (seconds)")) {
        user = Double.parseDouble(value);
      } else if (line.contains("System time (seconds)")) {
        kernel = Double.parseDouble(value);
      }
    }
    long[] fb = filesAndBytes(hugoOut);
    out.printf(Locale.ROOT, "hugo    articles=%d files=%d bytes=%d wall=%.1fs cpu=%.1fs (kernel %.1fs) rss=%sMB exit=%d%n",
        articles, fb[0], fb[1], wall, user + kernel, kernel, rss, code);
    return code == 0 ? wall : null;
  }

  private static boolean onPath(String program) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
      if (Files.isExecutable(Path.of(dir, program))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Every file under {@code dir} (the build's state included) with its size, time and inode: what
   * changes when a file is written, replaced, added or deleted. The benchmark's own check that a
   * rebuild with nothing edited writes nothing, apart from what the build reports.
   */
  private static Map<String, String> snapshot(Path dir) throws IOException {
    Map<String, String> files = new HashMap<>();
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) s::iterator) {
        BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (!a.isDirectory()) {
          files.put(dir.relativize(p).toString(), a.size() + " " + a.lastModifiedTime().to(TimeUnit.NANOSECONDS) + " " + a.fileKey());
        }
      }
    }
    return files;
  }

  /** How many files differ between two snapshots: written, added or deleted. */
  private static int touched(Map<String, String> before, Map<String, String> after) {
    Set<String> paths = new HashSet<>(before.keySet());
    paths.addAll(after.keySet());
    return (int) paths.stream().filter(p -> !java.util.Objects.equals(before.get(p), after.get(p))).count();
  }

  /**
   * Reads every file of the archive once before the timings, so that kbsite's build, the first,
   * finds it in the page cache as Hugo's does after it. Without it, an archive the cache had
   * dropped (made long before, or pushed out by other files) was read from the disk by kbsite's
   * build alone: one such run's scan took 15.2 s instead of 1.5 s.
   */
  private void readThrough(Path archive) throws IOException {
    long t = System.nanoTime();
    long[] filesAndBytes = new long[2];
    try (Stream<Path> s = Files.walk(archive)) {
      for (Path p : (Iterable<Path>) s::iterator) {
        if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
          filesAndBytes[0]++;
          filesAndBytes[1] += Files.readAllBytes(p).length;
        }
      }
    }
    out.printf(Locale.ROOT, "read the archive (%d files, %d bytes) in %.1f s, so that both builds find it in the page cache%n",
        filesAndBytes[0], filesAndBytes[1], (System.nanoTime() - t) / 1e9);
    out.flush();
  }

  private static long[] filesAndBytes(Path dir) throws IOException {
    long[] r = new long[2];
    try (Stream<Path> s = Files.walk(dir)) {
      s.filter(Files::isRegularFile).forEach(p -> {
        r[0]++;
        r[1] += p.toFile().length();
      });
    }
    return r;
  }

  private static Path selfJar() {
    try {
      return Path.of(Benchmark.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Moves what an earlier run left in these folders into the trash folder, which is emptied once
   * every build is timed ({@link #close}): on ext4 without a journal (this project's machine),
   * making files is slow for minutes after a large deletion. The kernel passes over the inodes
   * it freed recently each time it makes a file ({@code find_inode_bit}, {@code
   * recently_deleted}, seen with async-profiler): right after deleting a 60,000-article site
   * (185,000 files), making 5,000 one-file folders took 2.0 to 4.6 s for almost four minutes,
   * against 0.22 s before, and a build of 60,000 articles timed in that window took 56.9 s with
   * 59.5 s of CPU in the kernel, against 31.7 s and 10.5 s out of it. Builds timed right after a
   * deletion measured the deletion.
   */
  private void clear(List<Path> dirs) throws IOException, InterruptedException {
    if (!trashChecked) {
      trashChecked = true;
      // Left by a run that was stopped: deleted, and then its effect waited out.
      long files = deleteTree(trash);
      if (files > 0) {
        out.printf(Locale.ROOT, "deleted %d files and folders an earlier run left in %s; waiting %d minutes before timing builds%n",
            files, trash, AFTER_DELETING.toMinutes());
        out.flush();
        Thread.sleep(AFTER_DELETING.toMillis());
      }
    }
    for (Path dir : dirs) {
      if (Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
        Files.createDirectories(trash);
        Files.move(dir, trash.resolve(dir.getFileName() + "-" + System.nanoTime()));
      }
    }
  }

  /** Deletes the earlier runs' outputs, once every build is timed. */
  @Override
  public void close() throws IOException {
    long t = System.nanoTime();
    long files = deleteTree(trash);
    if (files > 0) {
      out.printf(Locale.ROOT, "deleted %d files and folders of earlier runs in %.1f s, after the timings: on ext4 without a journal,"
          + " builds timed in the next few minutes would be slowed by it%n", files, (System.nanoTime() - t) / 1e9);
      out.flush();
    }
  }

  /** Deletes {@code dir} and all it holds, when it exists; returns how many files and folders that was, itself included. */
  static long deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
      return 0;
    }
    List<Path> all;
    try (Stream<Path> s = Files.walk(dir)) {
      all = new ArrayList<>(s.sorted(Comparator.reverseOrder()).toList());
    }
    for (Path p : all) {
      Files.delete(p);
    }
    return all.size();
  }

}
