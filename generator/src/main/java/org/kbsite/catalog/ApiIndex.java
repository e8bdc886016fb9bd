package org.kbsite.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * {@code api/index.json}: what the API holds, for a program that knows only where the site is:
 * where the site is served (so that the records' site-relative {@code url} can be made whole), the
 * counts, and each file with its schema and the schema's version. Paths are relative to
 * {@code api/}, so that they resolve wherever the site is hosted (under a sub-path, from disk).
 */
public record ApiIndex(String schema, String base, String site, int articles, int eventIds, int missing, List<File> files) {
  static final String NAME = "index.schema.json";

  /** {@code path}: one file, or a pattern with {@code {id}} for one per article ({@code kb/{id}.json}). */
  public record File(String path, String what, String schema, String schemaId) {}

  /**
   * {@code base}: the path the site is served under, which the records' {@code url} start with;
   * {@code site}: its origin, null when the build was not told it ({@code --site-url}).
   */
  public static ApiIndex of(String base, String site, int articles, int eventIds, int missing) {
    return new ApiIndex("schema/" + NAME, base, site, articles, eventIds, missing, List.of(
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
