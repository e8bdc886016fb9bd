package org.kbsite.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * {@code api/index.json}: what the API holds, for a program that knows only where the site is:
 * the counts, and each file with its schema and the schema's version. Paths are relative to
 * {@code api/}, so that they resolve wherever the site is hosted (under a sub-path, from disk).
 */
public record ApiIndex(String schema, int articles, int eventIds, int missing, List<File> files) {
  static final String NAME = "index.schema.json";

  /** {@code path}: one file, or a pattern with {@code {id}} for one per article ({@code kb/{id}.json}). */
  public record File(String path, String what, String schema, String schemaId) {}

  public static ApiIndex of(int articles, int eventIds, int missing) {
    return new ApiIndex("schema/" + NAME, articles, eventIds, missing, List.of(
        file("catalog.json", "one summary record per article, sorted by ID number", "catalog.schema.json"),
        file("kb/{id}.json", "the full record of one article, {id} its ID (Q158279)", "article.schema.json"),
        file("catalog.ndjson", "every full record, one per line, sorted by ID", "article.schema.json"),
        file("catalog.ndjson.gz", "catalog.ndjson, gzipped", "article.schema.json"),
        file("events.json", "every event ID, with its sources and the articles that cite it", "events.schema.json"),
        file("missing.json", "every Q-number cited that the archive does not hold", "missing.schema.json")));
  }

  private static File file(String path, String what, String schema) {
    return new File(path, what, "schema/" + schema, schemaId(schema));
  }

  /** The schema's {@code $id}, which carries its version ({@code urn:kbsite:schema:events:1.1}). */
  private static String schemaId(String schema) {
    try {
      return Json.MAPPER.readTree(Schemas.read(schema)).get("$id").asText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
