package org.kbsite.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.kbsite.markdown.MarkdownRenderer;
import org.kbsite.model.AppliesTo;
import org.kbsite.model.Article;
import org.kbsite.model.Body;
import org.kbsite.model.KbId;
import org.kbsite.model.Trailer;
import org.kbsite.parse.PageException;
import org.kbsite.parse.ParsedPage;

/** Turns a parsed page into an {@link Article}: pure, no I/O. */
public final class ArticleExtractor {
  private static final Pattern TITLE_HEADING = Pattern.compile("(?m)^##\\s+(.*)$");

  private ArticleExtractor() {}

  public static Article extract(ParsedPage page) throws PageException {
    List<String> raw = page.rawLines();
    int first = page.rawFirstLine();
    if (raw.isEmpty()) {
      throw new PageException(1, "no '{% raw %}' block with an article in it");
    }
    HeaderFields header = HeaderFields.read(raw, first);
    KbId id = header.id();

    AppliesToBox box = AppliesToBox.find(raw, header.lineCount());
    int bodyStart = box == null ? afterStrayRule(raw, header.lineCount()) : box.end();
    int trailerStart = TrailerParser.start(raw, bodyStart);
    int bodyEnd = trailerStart < 0 ? withoutClosingRule(raw, bodyStart) : trailerStart;
    QueryWords queryWords = QueryWords.find(raw, bodyStart, bodyEnd);
    List<String> preBox = box == null ? List.of() : strayRules(raw.subList(header.lineCount(), box.start()));
    List<String> text = raw.subList(bodyStart, queryWords.tailStart());
    List<String> blockKeywords = CategoryLines.blockKeywords(preBox);
    Body body = SectionSplitter.split(preBox, !blockKeywords.isEmpty(), text, first + bodyStart);
    Trailer trailer = trailerStart < 0 ? Trailer.NONE : TrailerParser.parse(raw.subList(trailerStart, raw.size()));

    String title = TitleParser.title(page.title());
    // A keyword written twice (Q238255's "_IK") is one keyword, as a reference cited twice is one.
    List<String> words = new ArrayList<>(TrailerParser.words(trailer.fields().containsKey("Keywords")
        ? trailer.fields().get("Keywords") : header.keywords()));
    List<String> serviceRequests = serviceRequests(words);
    List<String> keywords = new ArrayList<>(new LinkedHashSet<>(words));
    Stream.concat(blockKeywords.stream(), CategoryLines.keywords(text).stream())
        .filter(k -> !keywords.contains(k)).forEach(keywords::add);
    List<AppliesTo> appliesTo = box == null ? List.of() : box.items();
    List<String> afterHeader = raw.subList(header.lineCount(), raw.size());
    List<KbId> references = ReferenceExtractor.extract(afterHeader, id);
    List<String> os = splitPipes(header.os());
    String versions = wholeVersions(header.versions(), trailer);
    if (shifted(header.versions(), os)) {
      // Q46919's "Version(s):" is empty, its "Operating System(s): 5.00 5.10 5.10a | ..." and
      // its "Keyword(s): MS-DOS | OS/2 | mspl13_masm": a Programmer's Library page whose fields
      // slipped a line. The numbers are its versions, the keywords' groups but the library its
      // operating systems.
      versions = header.os();
      os = splitPipes(header.keywords()).stream().filter(k -> !Products.isLibrary(k)).toList();
      keywords.removeAll(os);
    }
    versions = onTheirSystems(versions, os);

    return new Article(
        id,
        page.path(),
        permalink(page.frontMatter(), id),
        title,
        TitleParser.tags(title),
        Products.of(header.product(), keywords),
        header.product(),
        header.versions(),
        VersionParser.parse(versions),
        os,
        keywords,
        serviceRequests,
        header.lastModified(),
        box == null ? null : box.intro(),
        appliesTo,
        body,
        EventExtractor.events(text, title),
        references,
        citedTitles(ReferenceTitles.of(afterHeader, id), references),
        queryWords.value(),
        trailer,
        page.frontMatter(),
        MarkdownRenderer.toHtml(withoutTitleHeading(page.markdown(), page.title())));
  }

  /** The label the Programmer's Library's keywords put before a support case's number. */
  private static final String SERVICE_REQUEST = "SR#";
  /** A support case's number: {@code S881205-37}, {@code G881019-4906}. */
  private static final Pattern CASE = Pattern.compile("[A-Z]\\d{6}-\\d+");

  /** A technical assistance request's number, in the same keywords: {@code TAR59473}, {@code tar75933}. */
  private static final Pattern TAR = Pattern.compile("(?i)tar\\d{4,}");

  /**
   * The support cases {@code words} name, each the number after {@code SR#} ({@code ENDUSER | SR#
   * S881205-37 | mspl13_basic}), taken out of {@code words} with their label, or a TAR number
   * ({@code ENDUSER | TAR59473 | mspl13_basic}), as written: a case's number is no keyword, and
   * would make an index page of one article each. A label without a number stays.
   */
  private static List<String> serviceRequests(List<String> words) {
    List<String> cases = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      if (TAR.matcher(words.get(i)).matches()) {
        cases.add(words.remove(i--));
      } else if (i + 1 < words.size() && words.get(i).equals(SERVICE_REQUEST) && CASE.matcher(words.get(i + 1)).matches()) {
        cases.add(words.remove(i + 1));
        words.remove(i--);
      }
    }
    return cases;
  }

  /** The titles of {@code titles} whose article is one of {@code references} (not a file named Q123456ENU.exe). */
  private static Map<KbId, String> citedTitles(Map<KbId, String> titles, List<KbId> references) {
    Map<KbId, String> cited = new HashMap<>(titles);
    cited.keySet().retainAll(new HashSet<>(references));
    return cited;
  }

  /**
   * The lines before the box, or none when they are only a stray rule of dashes (KB-FORMAT.md
   * §11: a rule drawn twice over the box), which is no text.
   */
  private static List<String> strayRules(List<String> preBox) {
    return preBox.stream().allMatch(l -> l.isBlank() || Lines.isRule(l, '-', 3)) ? List.of() : preBox;
  }

  /**
   * Where the text of a page without a box starts: after a rule of dashes drawn under the header
   * with no "applies to" line below it (KB-FORMAT.md §11), which is no text.
   */
  private static int afterStrayRule(List<String> raw, int from) {
    int i = from;
    while (i < raw.size() && raw.get(i).isBlank()) {
      i++;
    }
    return i < raw.size() && Lines.isRule(raw.get(i), '-', 3) ? i + 1 : from;
  }

  /**
   * The Programmer's Library's versions with the operating system each group is for: its
   * {@code 5.00 5.10 | 5.10} over {@code MS-DOS | OS/2} is {@code MS-DOS:5.00 5.10; OS/2:5.10}.
   * Only when the groups and the systems pair off one to one and the systems are names, not the
   * archive's junk ({@code 0S/2}); else as written.
   */
  private static String onTheirSystems(String versions, List<String> os) {
    String[] groups = versions.split("\\|", -1);
    if (os.isEmpty() || groups.length != os.size() || versions.indexOf(':') >= 0 || versions.isBlank()
        || !os.stream().allMatch(o -> Character.isLetter(o.charAt(0)))) {
      return versions;
    }
    StringBuilder paired = new StringBuilder();
    for (int i = 0; i < groups.length; i++) {
      paired.append(i == 0 ? "" : "; ").append(os.get(i)).append(':').append(groups[i].strip());
    }
    return paired.toString();
  }

  /** Whether the operating systems are versions, with no versions written: each starts with a digit. */
  private static boolean shifted(String versions, List<String> os) {
    return versions.isBlank() && !os.isEmpty() && os.stream().allMatch(o -> Character.isDigit(o.charAt(0)));
  }

  /** The header's values are cut off at about 87 characters; one this long may have been. */
  private static final int CUT_HEADER = 80;

  /**
   * The versions to parse: the trailer's {@code Version} when the header's is a cut-off start of
   * it ({@code ...WINDOWS NT:1.0,2.} against {@code ...WINDOWS NT:1.0,2.0,4.0,5.0}), else the
   * header's, which the trailer often writes otherwise ({@code :5.1} for {@code 5.1}). The empty
   * platform the header drops is dropped from the trailer's before they are compared
   * ({@code 1.0,...,Fall} against {@code :1.0,...,Fall 1993 edition}).
   */
  private static String wholeVersions(String header, Trailer trailer) {
    String whole = trailer.fields().get("Version");
    if (whole != null && whole.startsWith(":") && !header.startsWith(":")) {
      whole = whole.substring(1);
    }
    return whole != null && header.length() >= CUT_HEADER && whole.length() > header.length() && whole.startsWith(header)
        ? whole : header;
  }

  /**
   * Where the body of a page without a trailer ends: before the lone rule of {@code =} that closes
   * some such pages (Q69537), unless that rule underlines the line above it as a heading.
   */
  private static int withoutClosingRule(List<String> raw, int bodyStart) {
    int last = raw.size() - 1;
    while (last >= bodyStart && raw.get(last).isBlank()) {
      last--;
    }
    if (last <= bodyStart || !Lines.isRule(raw.get(last), '=', 3) || SectionSplitter.isHeading(raw, last - 1)) {
      return raw.size();
    }
    return last;
  }

  private static String permalink(Map<String, Object> frontMatter, KbId id) {
    return "/" + id.pagePath();
  }

  /** The archive repeats the title as a {@code ##} heading; the page shows it once, as its h1. */
  private static String withoutTitleHeading(String markdown, String title) {
    if (title == null) {
      return markdown;
    }
    var m = TITLE_HEADING.matcher(markdown);
    if (m.find() && m.group(1).strip().equals(title.strip())) {
      return markdown.substring(0, m.start()) + markdown.substring(m.end());
    }
    return markdown;
  }

  private static List<String> splitPipes(String value) {
    List<String> out = new ArrayList<>();
    for (String part : value.split("\\|")) {
      if (!part.isBlank()) {
        out.add(part.strip());
      }
    }
    return out;
  }
}
