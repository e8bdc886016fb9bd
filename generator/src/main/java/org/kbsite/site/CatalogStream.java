package org.kbsite.site;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;

/** {@code api/catalog.ndjson} and its gzipped copy, written one record line at a time. */
final class CatalogStream implements AutoCloseable {
  private final OutputStream plain;
  private final OutputStream gzip;

  CatalogStream(OutputWriter out, String relPath) throws IOException {
    this.plain = out.open(relPath);
    this.gzip = new GZIPOutputStream(out.open(relPath + ".gz"), 1 << 16);
  }

  void append(String jsonLine) {
    byte[] bytes = (jsonLine + "\n").getBytes(StandardCharsets.UTF_8);
    try {
      plain.write(bytes);
      gzip.write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() throws IOException {
    try (plain; gzip) {
      // both closed
    }
  }
}
