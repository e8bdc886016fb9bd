package org.kbsite.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One KnowledgeBase article, fully parsed. Immutable; holds the article's text, so the pipeline
 * keeps it only while the article is being rendered and retains an {@link ArticleSummary} instead.
 * {@code additionalQueryWords} is null when the article has no such line, empty when the line
 * has no words. {@code appliesToIntro} is the line that opens the "applies to" box as written,
 * null when there is no box. {@code productsRaw} is the {@code Product(s)} header as written
 * ({@code See article} where {@code products} names the Programmer's Library's library).
 * {@code citedTitles}: the title the article's lists of references give a cited article, where
 * they give one. {@code serviceRequests}: the support cases the Programmer's Library's keywords
 * name ({@code SR# S881205-37}), which are not keywords.
 */
public record Article(
    KbId id,
    String sourcePath,
    String permalink,
    String title,
    List<String> tags,
    List<String> products,
    String productsRaw,
    String versionsRaw,
    List<Version> versions,
    List<String> os,
    List<String> keywords,
    List<String> serviceRequests,
    LocalDate lastModified,
    String appliesToIntro,
    List<AppliesTo> appliesTo,
    Body body,
    List<Event> events,
    List<KbId> references,
    Map<KbId, String> citedTitles,
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
    serviceRequests = List.copyOf(serviceRequests);
    appliesTo = List.copyOf(appliesTo);
    events = List.copyOf(events);
    references = List.copyOf(references);
    citedTitles = Map.copyOf(citedTitles);
  }

  /**
   * The first section of a kind that has text, or null: a heading with nothing under it (Q75602's
   * MORE INFORMATION) gives no shortcut, so that a catalog consumer's {@code select(.workaround)}
   * finds only workarounds.
   */
  public Section section(SectionKind kind) {
    return body.sections().stream().filter(s -> s.kind() == kind && s.hasText()).findFirst().orElse(null);
  }

  /** This article with {@code events} as its event-log entries. */
  public Article withEvents(List<Event> events) {
    return new Article(id, sourcePath, permalink, title, tags, products, productsRaw, versionsRaw, versions, os,
        keywords, serviceRequests, lastModified, appliesToIntro, appliesTo, body, events, references, citedTitles,
        additionalQueryWords, trailer, frontMatter, markdownHtml);
  }

  /** The summary of this article alone: see {@link #summary(Interner)}. */
  public ArticleSummary summary() {
    return summary(new Interner());
  }

  /**
   * The summary the site keeps for every article. Values repeated across the archive are shared:
   * strings (products, keywords, tags, versions, headings, event sources) through the JVM's
   * string table, and the lists of tags, products, versions, operating systems, keywords and
   * headings through {@code lists}, the build's. At a million articles the summaries are most of
   * the build's memory, and these values are most of the summaries.
   */
  public ArticleSummary summary(Interner lists) {
    return new ArticleSummary(
        id, title, lists.intern(interned(tags)), lists.intern(interned(products)), productsRaw.intern(),
        versionsRaw.intern(),
        lists.intern(versions.stream().map(v -> new Version(intern(v.platform()), intern(v.version()))).toList()),
        lists.intern(interned(os)), lists.intern(interned(keywords)), lastModified,
        lists.intern(body.sections().stream().map(s -> new ArticleSummary.Heading(s.heading().intern(), s.kind())).toList()),
        events.stream().map(e -> new Event(e.id(), intern(e.source()), intern(e.type()), intern(e.category()),
            e.description(), e.code())).toList(),
        references,
        citedTitles.isEmpty() ? List.of() : references.stream().map(r -> intern(citedTitles.getOrDefault(r, ""))).toList());
  }

  private static List<String> interned(List<String> values) {
    return values.stream().map(String::intern).toList();
  }

  private static String intern(String value) {
    return value == null ? null : value.intern();
  }
}
