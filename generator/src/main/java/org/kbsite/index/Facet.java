package org.kbsite.index;

import java.util.List;
import org.kbsite.model.ArticleSummary;
import org.kbsite.model.Spellings;

/**
 * One way to browse the archive (products, keywords, years ...): its terms in display order,
 * each with the articles that carry it, sorted by ID. {@code id} names the facet in URLs.
 */
public record Facet(String id, String name, String termNoun, List<Term> terms) {
  public Facet {
    terms = List.copyOf(terms);
  }

  /**
   * A value of the facet, in its commonest spelling. {@code group} is the heading the term is listed under on the facet's
   * index (a version's product), null when the facet is not grouped.
   */
  public record Term(String label, String group, List<ArticleSummary> articles) {
    public Term {
      articles = List.copyOf(articles);
    }

    /** How the term reads on its own page: the group first, when there is one. */
    public String title() {
      return group == null ? label : group + " " + label;
    }

    /** What finds this term: see {@link Facet#termKey(String, String)}. */
    public String key() {
      return Facet.termKey(group, label);
    }
  }

  /** Identifies a term by its group and value, ignoring case and white space in the value ({@link Spellings}). */
  public static String termKey(String group, String value) {
    return (group == null ? "" : group) + "\n" + fold(value);
  }

  static String fold(String value) {
    return Spellings.key(value);
  }
}
