package org.kbsite.site;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kbsite.catalog.CatalogEntry;
import org.kbsite.catalog.Json;
import org.kbsite.model.ArticleSummary;

/**
 * {@code api/catalog.json}: exactly what {@code Json.pretty} makes of the list of entries, put
 * together entry by entry ({@code [ }, the entries joined by {@code , }, {@code  ]}), so that an
 * incremental build copies the entries of unchanged articles from the published file instead of
 * serialising 60,000 of them again. Where each entry lies is kept in the build state.
 */
final class CatalogJson {
  static final String PATH = "api/catalog.json";

  private CatalogJson() {}

  /** Whether an article's entry is unchanged since the published file was made. */
  interface Unchanged {
    boolean test(ArticleSummary s);
  }

  /**
   * Writes the file; {@code previous} maps article numbers to {@code [offset, length]} of their
   * entries in the published file; returns the same for the new one.
   */
  static Map<Integer, long[]> write(SiteOutput out, List<ArticleSummary> sorted, String baseUrl,
      Map<Integer, long[]> previous, Unchanged unchanged) throws IOException {
    byte[] old = null;
    if (!out.clean() && !previous.isEmpty() && sorted.stream().anyMatch(s -> previous.containsKey(s.id().number()))) {
      try {
        old = Files.readAllBytes(out.site().resolve(PATH));
      } catch (IOException e) {
        old = null;
      }
    }
    Map<Integer, long[]> offsets = new HashMap<>();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(old == null ? 1 << 16 : old.length + (1 << 16));
    if (sorted.isEmpty()) {
      bytes.writeBytes("[ ]\n".getBytes(StandardCharsets.UTF_8));
    } else {
      bytes.writeBytes("[ ".getBytes(StandardCharsets.UTF_8));
      for (int i = 0; i < sorted.size(); i++) {
        ArticleSummary s = sorted.get(i);
        if (i > 0) {
          bytes.writeBytes(", ".getBytes(StandardCharsets.UTF_8));
        }
        long[] at = previous.get(s.id().number());
        long start = bytes.size();
        if (old != null && at != null && at[0] + at[1] <= old.length && unchanged.test(s)) {
          bytes.write(old, (int) at[0], (int) at[1]);
        } else {
          String entry = Json.pretty(CatalogEntry.of(s, baseUrl));
          bytes.writeBytes(entry.substring(0, entry.length() - 1).getBytes(StandardCharsets.UTF_8));
        }
        offsets.put(s.id().number(), new long[] {start, bytes.size() - start});
      }
      bytes.writeBytes(" ]\n".getBytes(StandardCharsets.UTF_8));
    }
    out.write(PATH, bytes.toByteArray());
    return offsets;
  }
}
