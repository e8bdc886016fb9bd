package org.kbsite.text;

import java.util.regex.Pattern;

/**
 * The older form of a citation, an article's number over its title, each under its label
 * ({@code ARTICLE-ID: Q165418} over {@code TITLE : Before Installing a Windows NT Service Pack}):
 * read for the cited titles (extract) and laid out as a list of citations (render).
 */
public final class CitationLabels {
  private CitationLabels() {}

  /**
   * The number under its label ({@code ARTICLE-ID:}, {@code Article-ID:}, {@code ARTICLE ID :}):
   * group 1 its digits, group 2 the title when the line goes on with it ({@code ARTICLE-ID: Q176476
   * OFF: Office Assistant ...}), else null.
   */
  public static final Pattern ARTICLE_ID = Pattern.compile("(?i) *ARTICLE[- ]?ID *: *Q(\\d{5,6})(?!\\d)(?: +(\\S.*?))? *");
  /** The title under its label ({@code TITLE : ...}, {@code Title:}, {@code Titled :}): group 1 the title. */
  public static final Pattern TITLE = Pattern.compile("(?i) *TITLED? *: *(\\S.*)");
}
