package org.kbsite.model;

import java.time.LocalDate;
import java.util.List;

/**
 * What the site keeps of every article for indexes, links and the catalog: no text, but the
 * titles its references give the articles it cites, which for an article the archive lacks are
 * all that is known of it ({@link #citedTitle}).
 */
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
    List<KbId> references,
    List<String> citedTitles) {

  /** A summary whose article gives no titles for the articles it cites. */
  public ArticleSummary(KbId id, String title, List<String> tags, List<String> products, String productsRaw,
      String versionsRaw, List<Version> versions, List<String> os, List<String> keywords, LocalDate lastModified,
      List<Heading> sections, List<Event> events, List<KbId> references) {
    this(id, title, tags, products, productsRaw, versionsRaw, versions, os, keywords, lastModified, sections, events,
        references, List.of());
  }

  /**
   * The title the article's list of references gives {@code cited}; null when it gives none.
   * {@code citedTitles} is empty, or has a title ("" for none) for each of {@code references}.
   */
  public String citedTitle(KbId cited) {
    int at = citedTitles.isEmpty() ? -1 : references.indexOf(cited);
    return at < 0 || citedTitles.get(at).isEmpty() ? null : citedTitles.get(at);
  }

  /** A section heading and its kind, without the text. */
  public record Heading(String text, SectionKind kind) {}
}
