package org.kbsite.site;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.kbsite.catalog.CatalogEntry;
import org.kbsite.catalog.Json;
import org.kbsite.incremental.Hash;
import org.kbsite.model.ArticleSummary;
import org.kbsite.model.ByNumber;

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
   * Writes the file, or keeps it when it was made from the same {@code inputs} (every article's
   * source and the build key). {@code previous} maps article numbers to {@code [offset, length]}
   * of their entries in the published file; returns the same for the new one. Streamed: at a
   * million articles the file is 585 MB.
   */
  static ByNumber<long[]> write(SiteOutput out, List<ArticleSummary> sorted, String baseUrl, Hash inputs,
      ByNumber<long[]> previous, Unchanged unchanged) throws IOException {
    if (out.unchanged(PATH, inputs)) {
      return previous;
    }
    ByNumber.Builder<long[]> offsets = ByNumber.builder(sorted.size());
    MappedByteBuffer published = out.clean() || previous.size() == 0 ? null : mapped(out.site().resolve(PATH));
    out.stream(PATH, inputs, stream -> {
      CountingOutput bytes = new CountingOutput(stream);
      if (sorted.isEmpty()) {
        bytes.write("[ ]\n");
        return;
      }
      bytes.write("[ ");
      for (int i = 0; i < sorted.size(); i++) {
        ArticleSummary s = sorted.get(i);
        if (i > 0) {
          bytes.write(", ");
        }
        long[] at = previous.get(s.id().number());
        long start = bytes.count;
        if (published != null && at != null && at[0] + at[1] <= published.capacity() && unchanged.test(s)) {
          byte[] entry = new byte[(int) at[1]];
          published.get((int) at[0], entry);
          bytes.write(entry, 0, entry.length);
        } else {
          String entry = Json.pretty(CatalogEntry.of(s, baseUrl));
          bytes.write(entry.substring(0, entry.length() - 1));
        }
        offsets.add(s.id().number(), new long[] {start, bytes.count - start});
      }
      bytes.write(" ]\n");
    });
    return offsets.build();
  }

  /** The published file, mapped for reading its unchanged entries; null when it cannot be. */
  private static MappedByteBuffer mapped(Path file) {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      return channel.size() < Integer.MAX_VALUE ? channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size()) : null;
    } catch (IOException e) {
      return null;
    }
  }

  /** Counts the bytes it passes on: where each entry starts. */
  private static final class CountingOutput extends FilterOutputStream {
    long count;

    CountingOutput(OutputStream out) {
      super(out);
    }

    void write(String s) throws IOException {
      byte[] b = s.getBytes(StandardCharsets.UTF_8);
      write(b, 0, b.length);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
      count += len;
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
      count++;
    }
  }
}
