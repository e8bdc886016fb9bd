package org.kbsite.synth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes an archive of any size from a sample in the archive's layout: copy 0 keeps the sample's
 * IDs, every further copy of a page gets a fresh ID (the lowest unused number from 10000 up, so
 * that IDs stay as dense as the real archive's) and its Q-number references are remapped to the
 * same copy of the cited article, so the link graph keeps the sample's shape. Articles cited but
 * absent from the sample stay absent. Deterministic: the same sample and count give the same files.
 */
public final class SyntheticArchive {
  private static final Pattern QREF = Pattern.compile("\\bQ(\\d{4,7})\\b");
  private static final Pattern PERMALINK = Pattern.compile("permalink: /kb/\\d{3,4}/Q(\\d+)/");
  private static final int FIRST_ID = 10000;

  private SyntheticArchive() {}

  /** Writes {@code count} articles under {@code out}/kb/ and returns how many were written. */
  public static int write(Path sample, Path out, int count) throws IOException {
    TreeMap<Integer, Path> pages = samplePages(sample);
    if (pages.isEmpty()) {
      throw new IOException("no kb/NNN/QNNNNN/README.md pages under " + sample);
    }
    int copies = (count + pages.size() - 1) / pages.size();
    List<int[]> ids = allocate(pages, copies);
    List<Integer> order = new ArrayList<>(pages.keySet());
    int written = 0;
    for (int copy = 0; copy < copies && written < count; copy++) {
      int[] idOf = ids.get(copy);
      int i = 0;
      for (var page : pages.entrySet()) {
        if (written == count) {
          break;
        }
        String text = Files.readString(page.getValue(), StandardCharsets.UTF_8);
        int id = idOf[i++];
        String remapped = copy == 0 ? text : remap(text, order, idOf);
        Path target = out.resolve(String.format("kb/%03d/Q%d/README.md", id / 1000, id));
        Files.createDirectories(target.getParent());
        Files.writeString(target, remapped, StandardCharsets.UTF_8);
        written++;
      }
    }
    return written;
  }

  private static TreeMap<Integer, Path> samplePages(Path sample) throws IOException {
    TreeMap<Integer, Path> pages = new TreeMap<>();
    Pattern dir = Pattern.compile("Q(\\d+)");
    try (var walk = Files.walk(sample.resolve("kb"))) {
      for (Path p : walk.filter(f -> f.getFileName().toString().equals("README.md")).toList()) {
        Matcher m = dir.matcher(p.getParent().getFileName().toString());
        if (m.matches()) {
          pages.put(Integer.parseInt(m.group(1)), p);
        }
      }
    }
    return pages;
  }

  /** For each copy, the new ID of each sample page (in ID order). */
  private static List<int[]> allocate(TreeMap<Integer, Path> pages, int copies) {
    BitSet used = new BitSet();
    pages.keySet().forEach(used::set);
    List<int[]> ids = new ArrayList<>();
    int next = FIRST_ID;
    for (int copy = 0; copy < copies; copy++) {
      int[] idOf = new int[pages.size()];
      int i = 0;
      for (int original : pages.keySet()) {
        if (copy == 0) {
          idOf[i++] = original;
          continue;
        }
        next = used.nextClearBit(next);
        used.set(next);
        idOf[i++] = next;
      }
      ids.add(idOf);
    }
    return ids;
  }

  /** The page with its own and its cited sample IDs replaced by this copy's IDs. */
  private static String remap(String text, List<Integer> order, int[] idOf) {
    Matcher m = QREF.matcher(text);
    StringBuilder sb = new StringBuilder(text.length() + 64);
    while (m.find()) {
      int n = Integer.parseInt(m.group(1));
      int at = Collections.binarySearch(order, n);
      m.appendReplacement(sb, at >= 0 ? "Q" + idOf[at] : m.group());
    }
    m.appendTail(sb);
    // The permalink's folder follows the new number.
    Matcher b = PERMALINK.matcher(sb);
    if (b.find()) {
      int n = Integer.parseInt(b.group(1));
      sb.replace(b.start(), b.end(), String.format("permalink: /kb/%03d/Q%d/", n / 1000, n));
    }
    return sb.toString();
  }
}
