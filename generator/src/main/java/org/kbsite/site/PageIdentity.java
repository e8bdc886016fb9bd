package org.kbsite.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kbsite.model.Article;
import org.kbsite.model.KbId;

/**
 * Where a page's identity disagrees with itself: the {@code Article:} line decides the ID and the
 * page is always written at that article's canonical path {@code /kb/NNN/QNNNNN/}, whatever its
 * title prefix, folder or permalink say. Each disagreement becomes a note in the report. A
 * permalink is never used as an output path, so a hostile one ({@code ..}, a URL scheme, a
 * backslash) cannot place a file anywhere. A page without the title or date every archive page
 * has is built, with a note.
 */
final class PageIdentity {
  private static final Pattern TITLE_ID = Pattern.compile("^\\s*(Q\\d+)\\s*:");
  private static final Pattern KB_FILE = Pattern.compile("(?:^|/)kb/\\d+/(Q\\d+)/README\\.(?i:md)$");
  private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");
  private static final int SHOWN_CHARS = 80;

  private PageIdentity() {}

  /**
   * True when the page sits where the archive files this article: {@code kb/NNN/QNNNNN/README.md},
   * the extension in any case ({@code README.MD} is a page too).
   */
  static boolean atCanonicalPath(String relPath, KbId id) {
    String canonical = (id.pagePath() + "README.md").toLowerCase(Locale.ROOT);
    String path = relPath.toLowerCase(Locale.ROOT);
    return path.equals(canonical) || path.endsWith("/" + canonical);
  }

  static List<BuildReport.Problem> notes(Article a, String text) {
    List<BuildReport.Problem> notes = new ArrayList<>();
    String path = a.sourcePath();
    String where = "/" + a.id().pagePath();
    Object title = a.frontMatter().get("title");
    Matcher t = title instanceof String s ? TITLE_ID.matcher(s) : null;
    if (t != null && t.find() && !t.group(1).equals(a.id().toString())) {
      notes.add(new BuildReport.Problem(path, keyLine(text, "title"), "title names " + t.group(1)
          + " but the 'Article:' line says " + a.id() + ": built as " + a.id()));
    }
    Matcher f = KB_FILE.matcher(path);
    if (f.find() && !atCanonicalPath(path, a.id())) {
      notes.add(new BuildReport.Problem(path, 0, "the file is not in the article's folder "
          + a.id().pagePath() + ": built as " + a.id()));
    }
    // What every archive page has: a page without it is built, and the report says what it lacks.
    if (a.title().isBlank()) {
      notes.add(new BuildReport.Problem(path, Math.max(1, keyLine(text, "title")), "no title in the front matter: built with none"));
    }
    if (a.lastModified() == null) {
      notes.add(new BuildReport.Problem(path, 0, "no 'Last Modified:' date in the header: built with none, under no year"));
    }
    if (a.frontMatter().containsKey("permalink")) {
      Object permalink = a.frontMatter().get("permalink");
      String problem = permalink instanceof String p ? permalinkProblem(p, where) : "is not a string";
      if (problem != null) {
        notes.add(new BuildReport.Problem(path, keyLine(text, "permalink"),
            "permalink " + problem + ": ignored, the page is written at " + where));
      }
    }
    return notes;
  }

  /** What is wrong with a permalink, or null when it is the article's canonical path. */
  static String permalinkProblem(String p, String canonical) {
    String shown = "\"" + (p.length() > SHOWN_CHARS ? p.substring(0, SHOWN_CHARS) + "…" : p) + "\" ";
    if (p.indexOf('\\') >= 0) {
      return shown + "has a backslash";
    }
    if (SCHEME.matcher(p).find()) {
      return shown + "has a URL scheme";
    }
    if (p.startsWith("//")) {
      return shown + "names a host";
    }
    for (String segment : p.split("/")) {
      if (segment.equals("..") || segment.equals(".")) {
        return shown + "has a '" + segment + "' segment";
      }
    }
    if (p.chars().anyMatch(c -> c < 0x20 || c == 0x7F || "<>:\"|?*".indexOf(c) >= 0)) {
      return shown + "has characters that file names cannot hold";
    }
    if (!p.equals(canonical) && !p.equals(canonical.substring(0, canonical.length() - 1))) {
      return shown + "is not the article's path";
    }
    return null;
  }

  /** The 1-based line of {@code key:} in the front matter; 0 when not found. */
  private static int keyLine(String text, String key) {
    int line = 1;
    for (int start = 0; start < text.length(); line++) {
      int end = text.indexOf('\n', start);
      end = end < 0 ? text.length() : end;
      if (text.startsWith(key + ":", start)) {
        return line;
      }
      if (line > 1 && text.startsWith("---", start)) {
        return 0;
      }
      start = end + 1;
    }
    return 0;
  }
}
