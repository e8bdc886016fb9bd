package org.kbsite.catalog;

import java.util.List;
import java.util.Map;
import org.kbsite.model.Article;
import org.kbsite.model.Event;
import org.kbsite.model.KbId;
import org.kbsite.model.Section;
import org.kbsite.model.SectionKind;
import org.kbsite.model.Version;

/** The full JSON record of one article: {@code api/kb/<ID>.json} and a line of catalog.ndjson. */
public record ArticleRecord(
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
    List<String> serviceRequests,
    String lastModified,
    String preamble,
    List<String> appliesTo,
    List<Integer> appliesToDepth,
    String intro,
    List<SectionRecord> sections,
    String summary,
    String symptoms,
    String cause,
    String resolution,
    String status,
    String workaround,
    String moreInformation,
    List<Event> events,
    List<String> references,
    String additionalQueryWords,
    List<String> technology,
    String issueType,
    String solutionType,
    Map<String, String> trailer) {

  /**
   * 1.1 added {@code preamble}; 1.2 added {@code productsRaw}; 1.3 added {@code appliesToDepth};
   * 1.4 added {@code serviceRequests}, taken out of {@code keywords}; 1.5 put the TAR numbers there too;
   * 1.6 added {@code versions} to the catalog's summaries, so that a program finds an article by
   * its version without reading every full record.
   */
  public static final String SCHEMA_VERSION = "1.6";

  public record SectionRecord(String heading, String kind, String text) {}

  public static ArticleRecord of(Article a, String baseUrl) {
    return new ArticleRecord(
        SCHEMA_VERSION,
        a.id().toString(),
        a.title(),
        a.tags(),
        baseUrl + a.id().pagePath(),
        a.products(),
        a.productsRaw(),
        a.versionsRaw(),
        a.versions(),
        a.os(),
        a.keywords(),
        a.serviceRequests(),
        a.lastModified() == null ? null : a.lastModified().toString(),
        lines(a.body().preBox()),
        a.appliesTo().stream().map(x -> x.text()).toList(),
        a.appliesTo().stream().map(x -> x.depth()).toList(),
        lines(a.body().intro()),
        a.body().sections().stream()
            .map(s -> new SectionRecord(s.heading(), s.kind().key(), s.text()))
            .toList(),
        text(a, SectionKind.SUMMARY),
        text(a, SectionKind.SYMPTOMS),
        text(a, SectionKind.CAUSE),
        text(a, SectionKind.RESOLUTION),
        text(a, SectionKind.STATUS),
        text(a, SectionKind.WORKAROUND),
        text(a, SectionKind.MORE_INFORMATION),
        a.events(),
        a.references().stream().map(KbId::toString).toList(),
        a.additionalQueryWords() == null || a.additionalQueryWords().isEmpty() ? null : a.additionalQueryWords(),
        a.trailer().technology(),
        a.trailer().issueType(),
        a.trailer().solutionType(),
        a.trailer().fields());
  }

  /** Lines of text as one string, blank lines around them left out, indentation kept; null when all are blank. */
  private static String lines(List<String> lines) {
    int from = 0;
    int to = lines.size();
    while (from < to && lines.get(from).isBlank()) {
      from++;
    }
    while (to > from && lines.get(to - 1).isBlank()) {
      to--;
    }
    return from == to ? null : String.join("\n", lines.subList(from, to));
  }

  private static String text(Article a, SectionKind kind) {
    Section s = a.section(kind);
    return s == null ? null : s.text();
  }
}
