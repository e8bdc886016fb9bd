package org.kbsite.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.kbsite.model.KbId;

/**
 * An archive of any size made from a sample: article {@code i} is a copy of sample page
 * {@code i % sampleSize} under a fresh ID, with its Q-number references to other sample pages
 * remapped to those pages' copies in the same round, so the link graph keeps its shape.
 * Fresh IDs fill Q100000–Q999999, then Q10000–Q99999, then 7 digits, so up to 990,000
 * articles keep archive-shaped 5- and 6-digit IDs.
 */
public final class SyntheticArchive {
  private static final Pattern Q = Pattern.compile("\\bQ(\\d{5,6})\\b");
  private static final Pattern PERMALINK = Pattern.compile("(?m)^permalink: /kb/\\d+/Q\\d+/$");

  private SyntheticArchive() {}

  /** The fresh ID of synthetic article {@code i}. */
  static int freshNumber(int i) {
    if (i < 900_000) {
      return 100_000 + i;
    }
    if (i < 990_000) {
      return 10_000 + (i - 900_000);
    }
    return 1_000_000 + (i - 990_000);
  }

  /** Writes {@code count} articles under {@code out/kb/}; returns the number written. */
  public static int create(Path sample, int count, Path out) throws IOException {
    List<Path> pages;
    try (Stream<Path> s = Files.walk(sample.resolve("kb"))) {
      pages = s.filter(p -> p.getFileName().toString().equals("README.md")).sorted().toList();
    }
    List<Integer> sampleIds = new ArrayList<>();
    Map<Integer, Integer> indexOf = new HashMap<>();
    for (Path p : pages) {
      KbId id = KbId.parse(p.getParent().getFileName().toString());
      indexOf.put(id.number(), sampleIds.size());
      sampleIds.add(id.number());
    }
    List<String> texts = new ArrayList<>();
    for (Path p : pages) {
      texts.add(Files.readString(p, StandardCharsets.UTF_8));
    }
    int n = pages.size();
    IntStream.range(0, count).parallel().forEach(i -> {
      int round = i / n;
      int fresh = freshNumber(i);
      String text = remap(texts.get(i % n), sampleIds.get(i % n), fresh, round, n, count, indexOf);
      KbId id = new KbId(fresh);
      text = PERMALINK.matcher(text).replaceFirst("permalink: /" + id.pagePath());
      Path target = out.resolve(id.pagePath()).resolve("README.md");
      try {
        Files.createDirectories(target.getParent());
        Files.writeString(target, text, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    return count;
  }

  private static String remap(String text, int own, int fresh, int round, int n, int count,
      Map<Integer, Integer> indexOf) {
    Matcher m = Q.matcher(text);
    StringBuilder sb = new StringBuilder(text.length() + 64);
    while (m.find()) {
      int number = Integer.parseInt(m.group(1));
      int target;
      if (number == own) {
        target = fresh;
      } else {
        Integer j = indexOf.get(number);
        int copy = j == null ? -1 : round * n + j;
        // A reference to a page outside the sample, or whose copy does not exist, stays as it is.
        target = copy >= 0 && copy < count ? freshNumber(copy) : number;
      }
      m.appendReplacement(sb, "Q" + target);
    }
    m.appendTail(sb);
    return sb.toString();
  }
}
