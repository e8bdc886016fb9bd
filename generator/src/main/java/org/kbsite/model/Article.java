package org.kbsite.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One KnowledgeBase article, fully parsed. Immutable; holds the article's text, so the pipeline
 * keeps it only while the article is being rendered and retains an {@link ArticleSummary} instead.
 * {@code additionalQueryWords} is null when the article has no such line, empty when the line
 * has no words. {@code appliesToIntro} is the line that opens the "applies to" box as written,
 * null when there is no box.
 */
public record Article(
    KbId id,
    String sourcePath,
    String permalink,
    String title,
    List<String> tags,
    List<String> products,
    String versionsRaw,
    List<Version> versions,
    List<String> os,
    List<String> keywords,
    LocalDate lastModified,
    String appliesToIntro,
    List<AppliesTo> appliesTo,
    Body body,
    List<Event> events,
    List<KbId> references,
    String additionalQueryWords,
    Trailer trailer,
    Map<String, Object> frontMatter,
    String markdownHtml) {

  public Article {
    tags = List.copyOf(tags);
    products = List.copyOf(products);
    versions = List.copyOf(versions);
    os = List.copyOf(os);
    keywords = List.copyOf(keywords);
    appliesTo = List.copyOf(appliesTo);
    events = List.copyOf(events);
    references = List.copyOf(references);
  }

  /** The first section of a kind, or null. */
  public Section section(SectionKind kind) {
    return body.sections().stream().filter(s -> s.kind() == kind).findFirst().orElse(null);
  }

  public ArticleSummary summary() {
    return new ArticleSummary(
        id, permalink, title, tags, products, versionsRaw, versions, os, keywords, lastModified,
        body.sections().stream().map(s -> new ArticleSummary.Heading(s.heading(), s.kind())).toList(),
        events, references);
  }
}
