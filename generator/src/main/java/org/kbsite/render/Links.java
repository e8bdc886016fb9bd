package org.kbsite.render;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kbsite.extract.ReferenceExtractor;
import org.kbsite.index.Facet;
import org.kbsite.index.Facets;
import org.kbsite.index.SiteIndex;
import org.kbsite.model.KbId;

/**
 * The site's URL layout, in one place. Paths are site-relative folders ({@code kb/158/Q158279/});
 * {@link #href} puts the base path in front, for links that work under any sub-path and from
 * any page (404.html included); {@link #absolute} adds the site's origin when one is known.
 */
public final class Links {
  /** How many rows an index page lists before it continues on the next page. */
  public static final int PAGE_SIZE = 200;

  private final String base;
  private final String origin;
  private final SiteIndex index;
  private final Map<String, String> termPaths;
  private final Map<KbId, Integer> missingPositions = new HashMap<>();

  /** {@code origin} is e.g. {@code https://example.org}, or null when unknown. */
  public Links(String base, String origin, SiteIndex index) {
    this.base = base;
    this.origin = origin;
    this.index = index;
    this.termPaths = termPaths(index.kept().facets());
    int i = 0;
    for (KbId id : index.missing().keySet()) {
      missingPositions.put(id, i++);
    }
  }

  /**
   * Every term's page, keyed by facet ID, a newline and the term's key ({@link Facet#termKey}).
   * Slugs that would clash are numbered in term order, so one term's path can depend on others.
   */
  public static Map<String, String> termPaths(Facets.Lists facets) {
    Map<String, String> paths = new HashMap<>();
    for (Facets.Numbers f : facets.facets()) {
      // "page" is where a listing's further pages live.
      Anchors.Unique slugs = new Anchors.Unique(Set.of("page"));
      for (Facets.TermNumbers t : f.terms()) {
        Facet.Term term = new Facet.Term(t.label(), t.group(), List.of());
        paths.put(f.id() + "\n" + term.key(), f.id() + "/" + slugs.of(Anchors.slug(term.title())) + "/");
      }
    }
    return paths;
  }

  /** This site's term pages, as {@link #termPaths(Facets.Lists)} gives them. */
  public Map<String, String> termPaths() {
    return java.util.Collections.unmodifiableMap(termPaths);
  }

  public String base() {
    return base;
  }

  public String href(String path) {
    return base + path;
  }

  /** The full URL of a path, or null when the site's origin is not known. */
  public String absolute(String path) {
    return origin == null ? null : origin + base + path;
  }

  public boolean hasOrigin() {
    return origin != null;
  }

  public String facet(Facet f) {
    return f.id() + "/";
  }

  /** The page of a term, or null when the facet has no such term. */
  public String term(String facetId, String group, String value) {
    return termPaths.get(facetId + "\n" + Facet.termKey(group, value));
  }

  public String term(Facet f, Facet.Term t) {
    return termPaths.get(f.id() + "\n" + t.key());
  }

  /** An article's catalog record. */
  public static String record(KbId id) {
    return "api/kb/" + id + ".json";
  }

  public static String event(int id) {
    return "events/" + id + "/";
  }

  /** The search page listing a product's articles last modified in a year (search.js reads the query). */
  public static String search(String product, int year) {
    return "search/?product=" + URLEncoder.encode(product, StandardCharsets.UTF_8) + "&year=" + year;
  }

  /** Page {@code n} (1-based) of a paginated listing whose first page is {@code first}. */
  public static String page(String first, int n) {
    return n == 1 ? first : first + "page/" + n + "/";
  }

  /** Where a Q-number the archive does not hold is listed, with its anchor. */
  public String missing(KbId id) {
    Integer pos = missingPositions.get(id);
    int page = pos == null ? 1 : pos / PAGE_SIZE + 1;
    return page("missing/", page) + "#" + id;
  }

  /** A link to an article, or to its "not in this archive" entry. */
  public Span article(KbId id, String text) {
    return index.get(id) != null
        ? new Span(text, href(id.pagePath()), false)
        : new Span(text, href(missing(id)), true);
  }

  /**
   * Links the Q-numbers in the text of article {@code self}, as its references list them, and the
   * number of each {@code Event ID n} or {@code Event n} whose ID is one of {@code events}, the IDs
   * of the entries the article has: to the event's page, the way to every other article that logs it.
   */
  public Span.Linker linker(KbId self, Set<Integer> events) {
    return text -> {
      List<Mention> mentions = mentions(text, self, events);
      if (mentions.isEmpty()) {
        // Most lines: nothing to link.
        return new Span.Text(List.of(Span.plain(text)));
      }
      List<Span> spans = new ArrayList<>();
      int at = 0;
      for (Mention m : mentions) {
        if (m.start() > at) {
          spans.add(Span.plain(text.substring(at, m.start())));
        }
        spans.add(m.link());
        at = m.end();
      }
      if (at < text.length()) {
        spans.add(Span.plain(text.substring(at)));
      }
      return new Span.Text(spans);
    };
  }

  /**
   * The web addresses of {@code text} whose host is a domain name ({@code http://localhost/},
   * {@code http://server/share} are examples, not places), up to a bracket that closes one opened
   * before them ({@code (see http://www.microsoft.com/windows).}, {@code (www.zonelabs.com)--for})
   * and without the punctuation that ends their sentence.
   */
  private static void webAddresses(String text, List<Mention> found) {
    Matcher m = URL.matcher(text);
    while (m.find()) {
      String url = m.group();
      int end = closerOutside(url);
      while (end > 0 && ".,;:!?".indexOf(url.charAt(end - 1)) >= 0) {
        end--;
      }
      url = url.substring(0, end);
      int scheme = url.indexOf("://");
      String rest = scheme < 0 ? url : url.substring(scheme + 3);
      int slash = rest.indexOf('/');
      String host = slash < 0 ? rest : rest.substring(0, slash);
      if (host.indexOf('.') > 0 && !host.endsWith(".") && host.chars().anyMatch(Character::isLetter)) {
        String href = scheme < 0 ? "http://" + url : url;
        found.add(new Mention(m.start(), m.start() + end, new Span(url, href, false)));
      }
    }
  }

  /** Whether {@code text} has a {@code ://} or a {@code www.}: one pass over it, as every line of every article comes here. */
  private static boolean mayHaveWebAddress(String text) {
    for (int i = text.indexOf('/'); i > 0; i = text.indexOf('/', i + 1)) {
      if (text.charAt(i - 1) == ':' && i + 1 < text.length() && text.charAt(i + 1) == '/') {
        return true;
      }
    }
    for (int i = text.indexOf('.'); i >= 3; i = text.indexOf('.', i + 1)) {
      if (text.regionMatches(true, i - 3, "www", 0, 3)) {
        return true;
      }
    }
    return false;
  }

  /** Where a bracket closes that {@code url} did not open ({@code mfc(vs.71).asp} keeps its own); its length when none does. */
  private static int closerOutside(String url) {
    int[] open = new int[3];
    for (int i = 0; i < url.length(); i++) {
      int kind = "([{".indexOf(url.charAt(i));
      int closer = ")]}".indexOf(url.charAt(i));
      if (kind >= 0) {
        open[kind]++;
      } else if (closer >= 0 && open[closer]-- == 0) {
        return i;
      }
    }
    return url.length();
  }

  /** A run of text that links somewhere. */
  private record Mention(int start, int end, Span link) {}

  /**
   * {@code Event ID 1294}, {@code EventID: 9318}, {@code Event ID (5002)}, {@code Event 630}: the
   * number is group 1. Not a range's first number ({@code Event ID 1000-1010}), nor a hexadecimal
   * code or a name ({@code Event ID 0x1294}, {@code Event1_Click}); a label glued after the number
   * is the archive's ({@code Event ID:5512Log: System}).
   */
  private static final Pattern EVENT_ID = Pattern.compile(
      "(?i)\\bevent\\s*(?:id\\b)?\\s*[:=#]?\\s*\\(?\\s*(\\d{1,9})(?![\\dxX_]|\\s*(?:-|through|to)\\s*\\d)");

  /**
   * A web address: {@code http://}, {@code https://} or {@code ftp://}, or {@code www.}, then
   * anything but spaces, quotes and angle brackets ({@code http://<server>/} is a placeholder).
   */
  private static final Pattern URL = Pattern.compile("(?i)\\b(?:(?:https?|ftp)://|www\\.)[^\\s<>\"'`]+");

  /**
   * What the article says to type: {@code "expand spoolss.dl_ ..." (without the quotation marks)},
   * the archive's way of marking a command in prose, often with a space inside each quote
   * ({@code " fdisk " (without the quotation marks)}); the text inside the quotes, without those
   * spaces, is group 1. The note may wrap after {@code (without} or {@code (without the}, where a
   * line of preformatted text ends.
   */
  private static final Pattern TYPED = Pattern.compile(
      "\" *([^\"\\s](?:[^\"]{0,298}[^\"\\s])?) *\"(?=\\s*\\(without(?:\\s+the)?(?:\\s+(?:quotation\\s+marks?|quotes|quotation)\\b|\\s*$))");

  /** The article, event and web-address mentions of {@code text}, in order, none overlapping another. */
  private List<Mention> mentions(String text, KbId self, Set<Integer> events) {
    List<ReferenceExtractor.Mention> articles = ReferenceExtractor.mentions(text, self);
    boolean urls = mayHaveWebAddress(text);
    boolean typed = text.contains("(without");
    if (articles.isEmpty() && events.isEmpty() && !urls && !typed) {
      return List.of();
    }
    List<Mention> found = new ArrayList<>();
    for (ReferenceExtractor.Mention a : articles) {
      found.add(new Mention(a.start(), a.end(), article(a.id(), text.substring(a.start(), a.end()))));
    }
    if (urls) {
      webAddresses(text, found);
    }
    if (typed) {
      Matcher m = TYPED.matcher(text);
      while (m.find()) {
        found.add(new Mention(m.start(1), m.end(1), Span.code(m.group(1))));
      }
    }
    if (!events.isEmpty()) {
      Matcher m = EVENT_ID.matcher(text);
      while (m.find()) {
        int id = Integer.parseInt(m.group(1));
        if (events.contains(id)) {
          found.add(new Mention(m.start(1), m.end(1), new Span(m.group(1), href(event(id)), false)));
        }
      }
    }
    found.sort(Comparator.comparingInt(Mention::start));
    List<Mention> apart = new ArrayList<>();
    for (Mention x : found) {
      if (apart.isEmpty() || x.start() >= apart.get(apart.size() - 1).end()) {
        apart.add(x);
      }
    }
    return apart;
  }
}
