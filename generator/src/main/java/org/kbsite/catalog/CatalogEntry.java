package org.kbsite.catalog;

import java.util.List;
import org.kbsite.model.ArticleSummary;
import org.kbsite.model.Event;
import org.kbsite.model.KbId;
import org.kbsite.model.Version;

/**
 * One article's summary in {@code api/catalog.json}: the fields for finding articles, without
 * their text (which is in {@code api/kb/<ID>.json} and {@code api/catalog.ndjson}).
 */
public record CatalogEntry(
    String schemaVersion,
    String id,
    String title,
    List<String> tags,
    String url,
    List<String> products,
    String productsRaw,
    String versionsRaw,
    List<Version> versions,
    List<String> os,
    List<String> keywords,
    String lastModified,
    List<SectionHeading> sections,
    List<Integer> eventIds,
    List<String> references) {

  public record SectionHeading(String heading, String kind) {}

  public static CatalogEntry of(ArticleSummary s, String baseUrl) {
    return new CatalogEntry(
        ArticleRecord.SCHEMA_VERSION,
        s.id().toString(),
        s.title(),
        s.tags(),
        baseUrl + s.id().pagePath(),
        s.products(),
        s.productsRaw(),
        s.versionsRaw(),
        s.versions(),
        s.os(),
        s.keywords(),
        s.lastModified() == null ? null : s.lastModified().toString(),
        s.sections().stream().map(h -> new SectionHeading(h.text(), h.kind().key())).toList(),
        s.events().stream().map(Event::id).distinct().toList(),
        s.references().stream().map(KbId::toString).toList());
  }
}
