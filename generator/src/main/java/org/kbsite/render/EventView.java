package org.kbsite.render;

import java.util.List;

/** One event ID's page: {@code event.mustache}. */
public record EventView(int id, String summary, List<Count> sources, List<Count> types,
    List<SourceGroup> descriptions, List<ListView.Row> articles) {
  /** A source or type, the page of a source's articles, and how many articles give it, in words ({@code 6 articles}). */
  public record Count(String value, String href, String count) {}

  /** Descriptions under a heading naming their source, or under none when all have the same. */
  public record SourceGroup(String heading, List<Description> descriptions) {}

  /** A description as one article gives it. */
  public record Description(String text, String code, String articleId, String href) {
    public String separateCode() {
      return EventView.separateCode(text, code);
    }
  }

  /** The code shown apart from the description only when the description does not already hold it. */
  static String separateCode(String description, String code) {
    return code != null && (description == null || !description.contains(code)) ? code : null;
  }

  /** The heading says the ID; the fields under it are the sources and types, when the articles name any. */
  public boolean hasFields() {
    return hasSources() || hasTypes();
  }

  public boolean hasSources() {
    return !sources.isEmpty();
  }

  public boolean hasTypes() {
    return !types.isEmpty();
  }

  public boolean hasDescriptions() {
    return !descriptions.isEmpty();
  }
}
