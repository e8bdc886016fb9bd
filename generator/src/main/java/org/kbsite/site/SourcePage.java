package org.kbsite.site;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.kbsite.catalog.Coverage;
import org.kbsite.content.IoProblem;
import org.kbsite.content.SourceText;
import org.kbsite.extract.ArticleExtractor;
import org.kbsite.incremental.Hash;
import org.kbsite.incremental.Hasher;
import org.kbsite.model.Article;
import org.kbsite.model.Interner;
import org.kbsite.parse.PageException;
import org.kbsite.parse.PageParser;
import org.kbsite.parse.ParsedPage;

/** Reads one content file and turns it into an article: the load, parse and extract stages. */
final class SourcePage {
  /**
   * The archive's largest page has 178 KB. A page of 2 MiB of hostile text (100,000 headings
   * alike) takes about two seconds and 300 MB to build; the limit keeps that the worst case.
   */
  static final int MAX_PAGE_BYTES = 2 << 20;

  /**
   * The article, or the reason there is none; {@code notes} are remarks about an accepted input;
   * {@code content} is the hash of the bytes read, null when they could not be read.
   */
  record Outcome(Article article, BuildReport.Problem rejection, List<BuildReport.Problem> notes, Hash content,
      boolean notAPage) {
    /** What the build keeps of the outcome once the page has been parsed; {@code lists}: the build's. */
    PageResult result(Interner lists) {
      return article == null
          ? new PageResult(content, null, 0, rejection, notes, notAPage)
          : new PageResult(content, article.summary(lists), Coverage.of(article), null, notes, false);
    }
  }

  private SourcePage() {}

  /**
   * The first-pass result of a page: {@code cached}, the result of an earlier build, when the
   * page's bytes are still the ones it was made from; otherwise the page is parsed. {@code lists}
   * shares the summaries' repeated lists across the build.
   */
  static PageResult result(Path file, String relPath, PageResult cached, Interner lists) {
    Read r = read(file, relPath);
    if (r.failure() != null) {
      return r.failure().result(lists);
    }
    Hash content = Hasher.of(r.bytes());
    return cached != null && content.equals(cached.content()) ? cached : parse(r.bytes(), content, relPath).result(lists);
  }

  static Outcome load(Path file, String relPath) {
    Read r = read(file, relPath);
    return r.failure() != null ? r.failure() : parse(r.bytes(), Hasher.of(r.bytes()), relPath);
  }

  /** A page's bytes, or the outcome of a page that cannot be read. */
  private record Read(byte[] bytes, Outcome failure) {}

  private static Read read(Path file, String relPath) {
    try {
      long size = Files.size(file);
      if (size > MAX_PAGE_BYTES) {
        return new Read(null, rejected(relPath, 0, tooLarge(size), null));
      }
      byte[] bytes;
      try (InputStream in = Files.newInputStream(file)) {
        // Bounded even if the file grows between the size check and the read.
        bytes = in.readNBytes(MAX_PAGE_BYTES + 1);
      }
      if (bytes.length > MAX_PAGE_BYTES) {
        return new Read(null, rejected(relPath, 0, tooLarge(bytes.length), null));
      }
      return new Read(bytes, null);
    } catch (IOException e) {
      return new Read(null, rejected(relPath, 0, "cannot be read: " + IoProblem.reason(e), null));
    }
  }

  private static Outcome parse(byte[] bytes, Hash content, String relPath) {
    SourceText source = SourceText.decode(bytes);
    if (!PageParser.looksLikePage(source.text(), relPath)) {
      return new Outcome(null, new BuildReport.Problem(relPath, 0,
          "not an article: no raw block, no 'Article:' line, no article ID in its path or front matter"), List.of(), content, true);
    }
    try {
      ParsedPage page = PageParser.parse(relPath, source.text());
      Article article = ArticleExtractor.extract(page);
      List<BuildReport.Problem> notes = new ArrayList<>();
      source.notes().forEach(n -> notes.add(new BuildReport.Problem(relPath, n.line(), n.reason())));
      page.notes().forEach(n -> notes.add(new BuildReport.Problem(relPath, n.line(), n.reason())));
      notes.addAll(PageIdentity.notes(article, source.text()));
      return new Outcome(article, null, notes, content, false);
    } catch (PageException e) {
      return rejected(relPath, e.line(), e.reason(), content);
    } catch (RuntimeException | StackOverflowError e) {
      // A bug in an extractor must not take the whole build down: the page is reported.
      return rejected(relPath, 0, "internal error while parsing: " + e, content);
    }
  }

  private static String tooLarge(long size) {
    return String.format(Locale.ROOT, "%,d bytes: larger than the %,d-byte limit for a page", size, MAX_PAGE_BYTES);
  }

  private static Outcome rejected(String path, int line, String reason, Hash content) {
    return new Outcome(null, new BuildReport.Problem(path, line, reason), List.of(), content, false);
  }
}
