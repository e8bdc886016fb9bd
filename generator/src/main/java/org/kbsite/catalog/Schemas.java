package org.kbsite.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** The published JSON Schemas (draft 2020-12), shipped in the jar and copied to api/schema/. */
public final class Schemas {
  public static final List<String> FILES =
      List.of("article.schema.json", "catalog.schema.json", "events.schema.json", "missing.schema.json", ApiIndex.NAME);

  private Schemas() {}

  public static byte[] read(String name) {
    try (InputStream in = Schemas.class.getResourceAsStream("/schema/" + name)) {
      if (in == null) {
        throw new IOException("schema missing from the jar: " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
