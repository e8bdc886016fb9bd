package org.kbsite.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.kbsite.content.SourceText;
import org.kbsite.extract.ArticleExtractor;
import org.kbsite.model.Article;
import org.kbsite.parse.PageException;
import org.kbsite.parse.PageParser;

/** Reads one content file and turns it into an article: the load, parse and extract stages. */
final class SourcePage {
  /** The article, or the reason there is none; {@code note} is a remark about an accepted input. */
  record Outcome(Article article, BuildReport.Problem rejection, BuildReport.Problem note) {}

  private SourcePage() {}

  static Outcome load(Path file, String relPath) {
    SourceText source;
    try {
      source = SourceText.decode(Files.readAllBytes(file));
    } catch (IOException e) {
      return rejected(relPath, 0, "cannot be read: " + e.getMessage());
    }
    try {
      Article article = ArticleExtractor.extract(PageParser.parse(relPath, source.text()));
      BuildReport.Problem note = source.note() == null ? null : new BuildReport.Problem(relPath, 0, source.note());
      return new Outcome(article, null, note);
    } catch (PageException e) {
      return rejected(relPath, e.line(), e.reason());
    } catch (RuntimeException e) {
      // A bug in an extractor must not take the whole build down: the page is reported.
      return rejected(relPath, 0, "internal error while parsing: " + e);
    }
  }

  private static Outcome rejected(String path, int line, String reason) {
    return new Outcome(null, new BuildReport.Problem(path, line, reason), null);
  }
}
