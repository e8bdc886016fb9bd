package org.kbsite.model;

import java.time.LocalDate;
import java.util.List;

/** What the site keeps of every article for indexes, links and the catalog: no text. */
public record ArticleSummary(
    KbId id,
    String title,
    List<String> tags,
    List<String> products,
    String productsRaw,
    String versionsRaw,
    List<Version> versions,
    List<String> os,
    List<String> keywords,
    LocalDate lastModified,
    List<Heading> sections,
    List<Event> events,
    List<KbId> references) {

  /** A section heading and its kind, without the text. */
  public record Heading(String text, SectionKind kind) {}
}
