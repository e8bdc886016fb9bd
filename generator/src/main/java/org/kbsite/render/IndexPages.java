package org.kbsite.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.kbsite.incremental.ViewKey;
import org.kbsite.index.Facet;
import org.kbsite.index.Facets;
import org.kbsite.index.SiteIndex;
import org.kbsite.catalog.MissingEntry;
import org.kbsite.model.ArticleSummary;
import org.kbsite.model.Event;
import org.kbsite.model.Spellings;
import org.kbsite.model.KbId;

/**
 * The pages around the articles: home, an index and a page per term for every facet, a page
 * per event ID, the "cited but missing" list and 404.html. Long listings are cut into pages of
 * {@link Links#PAGE_SIZE} rows.
 */
final class IndexPages {
  private static final int MOST_CITED = 20;
  /** How many terms an index lists by use on its first page, once it has more than {@link #MOST_USED_FROM}. */
  private static final int MOST_USED = 20;
  private static final int MOST_USED_FROM = 40;

  private final Templates templates;
  private final Links links;
  private final SiteIndex index;
  private final KeptPages kept;

  IndexPages(Templates templates, Links links, SiteIndex index, KeptPages kept) {
    this.templates = templates;
    this.links = links;
    this.index = index;
    this.kept = kept;
  }

  void write(PageSink sink) {
    HomeView home = homeView();
    emit(sink, "index.html", "home", frame(SiteRenderer.SITE_NAME,
        index.articles().size() + " articles of the Microsoft KnowledgeBase, browsable by product,"
            + " version, keyword, event ID and more.", "", List.of(new PageView.Crumb("Home", null)), true), home);
    for (Facet f : index.facets()) {
      facet(f, sink);
    }
    events(sink);
    missing(sink);
    emit(sink, "404.html", "notfound",
        frame("Page not found", "This page does not exist.", null, List.of(crumb("Home", "")), false),
        new NotFoundView(links.base(), home.indexes()));
  }

  /**
   * Hands a page to the sink with the hash of its template name and views, which is all that the
   * page is made from, and the means to render it.
   */
  private void emit(PageSink sink, String path, String template, PageView page, Object view) {
    sink.page(path, () -> ViewKey.of(template, page, view), () -> templates.page(template, page, view));
  }

  private HomeView homeView() {
    List<HomeView.Stat> stats = new ArrayList<>();
    stats.add(new HomeView.Stat("Articles", Integer.toString(index.articles().size()), null));
    List<HomeView.IndexLink> indexes = new ArrayList<>();
    for (Facet f : index.facets()) {
      stats.add(new HomeView.Stat(f.name(), Integer.toString(f.terms().size()), links.href(links.facet(f))));
      indexes.add(new HomeView.IndexLink(f.name(), links.href(links.facet(f)), count(f.terms().size(), f.termNoun())));
    }
    stats.add(new HomeView.Stat("Event IDs", Integer.toString(index.events().size()), links.href("events/")));
    stats.add(new HomeView.Stat("Cited but missing", Integer.toString(index.missing().size()), links.href("missing/")));
    indexes.add(new HomeView.IndexLink("Event IDs", links.href("events/"), count(index.events().size(), "event ID")));
    indexes.add(new HomeView.IndexLink("Cited but missing", links.href("missing/"),
        count(index.missing().size(), "Q-number") + " cited, not in this archive"));
    Facet products = index.facets().get(0);
    List<TermsView.TermLink> productLinks = products.terms().stream()
        .map(t -> new TermsView.TermLink(t.label(), links.href(links.term(products, t)), t.articles().size()))
        .toList();
    List<HomeView.Cited> cited = index.mostCited(MOST_CITED).stream()
        .map(s -> new HomeView.Cited(s.id().toString(), s.title(), links.href(s.id().pagePath()),
            index.citedBy(s.id()).size()))
        .toList();
    return new HomeView(stats, indexes, productLinks, cited);
  }

  private void facet(Facet f, PageSink sink) {
    String first = links.facet(f);
    List<Facet.Term> terms = f.terms();
    boolean numbers = f.id().equals(Facets.NUMBERS);
    // A page of number ranges runs from its first range's first number to its last range's last.
    Pager.Plan plan = numbers ? Pager.plan(links, first, terms, t -> firstNumber(t).toString(), t -> lastNumber(t).toString())
        : Pager.plan(links, first, terms, Facet.Term::title);
    int pages = plan.count();
    String before = null;
    for (int n = 1; n <= pages; n++) {
      Map<String, List<TermsView.TermLink>> groups = new LinkedHashMap<>();
      List<Facet.Term> slice = Pager.slice(terms, n);
      // A group the page before ended in goes on here: its heading says so.
      String continued = before;
      before = slice.isEmpty() ? null : slice.get(slice.size() - 1).group();
      for (Facet.Term t : slice) {
        groups.computeIfAbsent(t.group() == null ? "" : t.group(), g -> new ArrayList<>())
            .add(new TermsView.TermLink(numbers ? numberRange(t, "\u2013") : t.label(), links.href(links.term(f, t)), t.articles().size()));
      }
      List<TermsView.Group> views = new ArrayList<>();
      groups.forEach((g, list) -> views.add(new TermsView.Group(g.isEmpty() ? null : g,
          g.isEmpty() ? null : hrefOrNull(links.term("products", null, g)), !g.isEmpty() && g.equals(continued), list)));
      String intro = numbers
          ? "The articles by number, a thousand numbers to a range as the archive files them (kb/NNN/),"
              + " with the number of articles in each."
          : count(terms.size(), f.termNoun()) + ", with the number of articles for each."
          + (f.id().equals("os") ? " Only the Programmer's Library pages (1988 to 1991) have an operating system"
              + " header; the other articles name theirs among their versions (WINNT:4.0, WINDOWS:95)." : "");
      PageView page = frame(f.name() + pageSuffix(n), intro, Links.page(first, n),
          crumbs(List.of(crumb(f.name(), first)), n), true);
      emit(sink, Links.page(first, n) + "index.html", "terms", page,
          new TermsView(f.name(), intro, n == 1 ? mostUsed(f) : List.of(), views, plan.at(n)));
    }
    Facet versions = f.id().equals("products") ? index.facet("versions") : null;
    Map<String, List<Facet.Term>> versionsOf = versions == null ? Map.of() : versions.byGroup();
    // A range's or a year's pages link the terms before and after it: as before when the terms are.
    boolean ordered = numbers || f.id().equals("years");
    boolean sameNeighbors = !ordered || kept.sameTerms(f);
    for (int i = 0; i < terms.size(); i++) {
      Facet.Term t = terms.get(i);
      String path = links.term(f, t);
      List<Facet.Term> its = versionsOf.getOrDefault(t.label(), List.of());
      // A product's page lists its versions too: it is as before when they are.
      boolean unchanged = sameNeighbors && kept.unchanged(f, t) && its.stream().allMatch(v -> kept.unchanged(versions, v));
      List<ListView.Browse> browse = new ArrayList<>();
      if (!its.isEmpty()) {
        browse.add(new ListView.Browse("Versions", "versions", its.stream()
            .map(v -> new TermsView.TermLink(v.label(), links.href(links.term(versions, v)), v.articles().size()))
            .toList()));
      }
      if (f.id().equals(Facets.SOURCES)) {
        browse.add(eventsOf(t));
      }
      ListView.Browse years = versions == null ? null : yearsOf(t);
      if (years != null && !years.terms().isEmpty()) {
        browse.add(years);
      }
      articleList(termHeading(f, t), count(t.articles().size(), "article") + termIntro(f, t),
          path, trail(f, t, first, path), ordered ? neighbors(f, i) : null, browse, t.articles(), unchanged, sink);
    }
  }

  /**
   * Links to the terms before and after the {@code i}th of an ordered facet: the range or year
   * before and after; null for a facet of one term.
   */
  private ListView.Neighbors neighbors(Facet f, int i) {
    List<Facet.Term> terms = f.terms();
    List<ListView.Neighbor> around = new ArrayList<>();
    if (i > 0) {
      around.add(neighbor(f, terms.get(i - 1), "prev", "Previous "));
    }
    if (i + 1 < terms.size()) {
      around.add(neighbor(f, terms.get(i + 1), "next", "Next "));
    }
    return around.isEmpty() ? null : new ListView.Neighbors("Nearby " + f.termNoun() + "s", around);
  }

  private ListView.Neighbor neighbor(Facet f, Facet.Term t, String rel, String role) {
    String label = f.id().equals(Facets.NUMBERS) ? numberRange(t, "\u2013") : t.title();
    return new ListView.Neighbor(rel, role + f.termNoun(), label, links.href(links.term(f, t)));
  }

  /**
   * The event IDs a source's articles give it, each with how many of them do: made from the term's
   * articles alone, so that its pages are as before when they are.
   */
  private ListView.Browse eventsOf(Facet.Term source) {
    Map<Integer, Integer> ids = new TreeMap<>();
    String key = Facet.fold(source.label());
    for (ArticleSummary a : source.articles()) {
      a.events().stream()
          .filter(e -> e.source() != null && Facet.fold(e.source()).equals(key))
          .map(Event::id).distinct().forEach(id -> ids.merge(id, 1, Integer::sum));
    }
    List<TermsView.TermLink> terms = new ArrayList<>();
    ids.forEach((id, n) -> terms.add(new TermsView.TermLink(Integer.toString(id), links.href(Links.event(id)), n)));
    return new ListView.Browse("Event IDs", "events", terms);
  }

  /**
   * A product's articles by the year they were last modified, each year linking to the search
   * page that lists them (a page of their own per product and year would double the index pages).
   */
  private ListView.Browse yearsOf(Facet.Term product) {
    Map<Integer, Integer> years = new TreeMap<>();
    for (ArticleSummary a : product.articles()) {
      if (a.lastModified() != null) {
        years.merge(a.lastModified().getYear(), 1, Integer::sum);
      }
    }
    List<TermsView.TermLink> terms = new ArrayList<>();
    years.forEach((y, n) -> terms.add(new TermsView.TermLink(Integer.toString(y), links.href(Links.search(product.label(), y)), n)));
    return new ListView.Browse("Last modified", "years", terms);
  }

  /**
   * Where a term page sits: under its facet, and a version under its product's page (Products ›
   * Microsoft Windows NT › 4.0), which lists the product's versions.
   */
  private List<PageView.Crumb> trail(Facet f, Facet.Term t, String first, String path) {
    String product = f.id().equals("versions") ? links.term("products", null, t.group()) : null;
    if (product == null) {
      return List.of(crumb(f.name(), first), crumb(f.id().equals(Facets.NUMBERS) ? numberRange(t, "\u2013") : t.title(), path));
    }
    Facet products = index.facet("products");
    return List.of(crumb(products.name(), links.facet(products)), crumb(t.group(), product), crumb(t.label(), path));
  }

  /**
   * A term page's heading and title: a product or version names itself; a keyword, tag or
   * operating system says which it is, since one word can be all three (MS-DOS, OS/2).
   */
  private static String termHeading(Facet f, Facet.Term t) {
    return switch (f.id()) {
      case "products", "versions" -> t.title();
      case "years" -> "Last modified in " + t.title();
      case Facets.NUMBERS -> "Articles " + numberRange(t, " to ");
      default -> Character.toUpperCase(f.termNoun().charAt(0)) + f.termNoun().substring(1) + ": " + t.title();
    };
  }

  private static String termIntro(Facet f, Facet.Term t) {
    return f.id().equals("years") ? " last modified in " + t.title() + "."
        : f.id().equals(Facets.NUMBERS) ? " numbered " + numberRange(t, " to ") + ", the archive's folder kb/" + t.label() + "/."
        : " with the " + f.termNoun() + " " + t.title() + ".";
  }

  /**
   * How an article-number folder reads: the range of numbers it holds ({@code 100} is Q100000 to
   * Q100999, {@code 000} starts at Q1), with {@code to} between them.
   */
  private static String numberRange(Facet.Term t, String to) {
    return firstNumber(t) + to + lastNumber(t);
  }

  /** The first number of a range of a thousand ({@code kb/151/}: Q151000; {@code kb/000/}: Q1). */
  private static KbId firstNumber(Facet.Term t) {
    return new KbId(Math.max(1, Integer.parseInt(t.label()) * 1000));
  }

  private static KbId lastNumber(Facet.Term t) {
    return new KbId(Integer.parseInt(t.label()) * 1000 + 999);
  }

  /**
   * The terms with the most articles, most first (then as the index orders them); none for a short
   * index, nor for the article numbers, whose order is their point.
   */
  private List<TermsView.TermLink> mostUsed(Facet f) {
    if (f.terms().size() <= MOST_USED_FROM || f.id().equals(Facets.NUMBERS)) {
      return List.of();
    }
    return f.terms().stream()
        .sorted(Comparator.comparingInt((Facet.Term t) -> -t.articles().size()))
        .limit(MOST_USED)
        .map(t -> new TermsView.TermLink(t.title(), links.href(links.term(f, t)), t.articles().size()))
        .toList();
  }

  /** {@code unchanged}: the pages are as the previous build made them, to be kept where it has them. */
  private void articleList(String heading, String intro, String first, List<PageView.Crumb> trail,
      ListView.Neighbors neighbors, List<ListView.Browse> browse, List<ArticleSummary> articles, boolean unchanged,
      PageSink sink) {
    Pager.Plan plan = null;
    for (int n = 1; n <= Pager.count(articles.size()); n++) {
      if (unchanged && kept.keep(Links.page(first, n) + "index.html")) {
        continue;
      }
      plan = plan != null ? plan : Pager.plan(links, first, articles, s -> s.id().toString());
      PageView page = frame(heading + pageSuffix(n), intro, Links.page(first, n), crumbs(trail, n), true);
      ListView view = new ListView(heading, intro, neighbors, n == 1 ? browse : List.of(), rows(Pager.slice(articles, n)),
          plan.at(n));
      emit(sink, Links.page(first, n) + "index.html", "list", page, view);
    }
  }

  private void events(PageSink sink) {
    // Each source and type in one spelling on every page, the one most of the archive uses.
    Spellings sources = spellings(Event::source);
    Spellings types = spellings(Event::type);
    List<EventsView.Row> rows = new ArrayList<>();
    index.events().forEach((id, mentions) -> rows.add(new EventsView.Row(id, links.href(Links.event(id)),
        articlesOf(mentions).size(), counts(mentions, Event::source, sources).entrySet().stream()
            .map(e -> new TermsView.TermLink(e.getKey(), hrefOrNull(links.term(Facets.SOURCES, null, e.getKey())), e.getValue()))
            .toList())));
    String intro = count(rows.size(), "event ID") + " that articles describe, with the sources seen with each.";
    Pager.Plan plan = Pager.plan(links, "events/", rows, r -> String.valueOf(r.id()));
    for (int n = 1; n <= plan.count(); n++) {
      PageView page = frame("Event IDs" + pageSuffix(n), intro, Links.page("events/", n),
          crumbs(List.of(crumb("Event IDs", "events/")), n), true);
      emit(sink, Links.page("events/", n) + "index.html", "events", page,
          new EventsView("Event IDs", intro, hrefOrNull(links.facet(index.facet(Facets.SOURCES))), Pager.slice(rows, n), plan.at(n)));
    }
    index.events().forEach((id, mentions) -> {
      List<ArticleSummary> articles = articlesOf(mentions);
      Map<String, Integer> sourceCounts = counts(mentions, Event::source, sources);
      String path = Links.event(id);
      PageView page = frame("Event ID " + id, "Event ID " + id + ": described in "
          + count(articles.size(), "article") + ".", path,
          List.of(crumb("Home", ""), crumb("Event IDs", "events/"), new PageView.Crumb(Integer.toString(id), null)), true);
      EventView view = new EventView(id, "Described in " + count(articles.size(), "article") + " of this archive.",
          countList(sourceCounts, Facets.SOURCES), countList(counts(mentions, Event::type, types), null),
          descriptionsBySource(mentions, sourceCounts.keySet(), sources), rows(articles));
      emit(sink, path + "index.html", "event", page, view);
    });
  }

  /**
   * The descriptions the articles give, under their source when they name two or more (the same
   * ID from two sources is two events: 1000 from Userenv is not 1000 from Application Error), the
   * commonest source first and those that name none last; in article order under each.
   */
  private List<EventView.SourceGroup> descriptionsBySource(List<SiteIndex.EventMention> mentions,
      Iterable<String> sourceOrder, Spellings sources) {
    Map<String, List<EventView.Description>> bySource = new LinkedHashMap<>();
    sourceOrder.forEach(s -> bySource.put(s, new ArrayList<>()));
    for (SiteIndex.EventMention m : mentions) {
      Event e = m.event();
      if (e.description() != null || e.code() != null) {
        String source = e.source() == null || e.source().isBlank() ? "" : sources.shown(e.source());
        bySource.computeIfAbsent(source, k -> new ArrayList<>()).add(new EventView.Description(e.description(), e.code(),
            m.article().id().toString(), links.href(m.article().id().pagePath())));
      }
    }
    bySource.values().removeIf(List::isEmpty);
    boolean headed = bySource.size() > 1;
    List<EventView.SourceGroup> groups = new ArrayList<>();
    bySource.forEach((source, list) -> groups.add(new EventView.SourceGroup(
        !headed ? null : source.isEmpty() ? "No source given" : "Source: " + source, list)));
    return groups;
  }

  private void missing(PageSink sink) {
    List<MissingView.Row> rows = new ArrayList<>();
    index.missing().forEach((id, citing) -> rows.add(missingRow(id, citing)));
    List<MissingView.Row> top = rows.stream()
        .sorted(Comparator.comparingInt((MissingView.Row r) -> -r.count())
            .thenComparing(r -> KbId.parse(r.id())))
        .limit(MOST_CITED).toList();
    String intro = count(rows.size(), "Q-number") + " that articles cite but this archive does not hold,"
        + " with the title the citing articles give each, where they give one, and the articles that cite it.";
    Pager.Plan plan = Pager.plan(links, "missing/", rows, MissingView.Row::id);
    for (int n = 1; n <= plan.count(); n++) {
      PageView page = frame("Cited but missing" + pageSuffix(n), intro, Links.page("missing/", n),
          crumbs(List.of(crumb("Cited but missing", "missing/")), n), true);
      emit(sink, Links.page("missing/", n) + "index.html", "missing", page,
          new MissingView(intro, n == 1 ? top : List.of(), Pager.slice(rows, n), plan.at(n)));
    }
  }

  private MissingView.Row missingRow(KbId id, List<ArticleSummary> citing) {
    return new MissingView.Row(id.toString(), links.href(links.missing(id)), MissingEntry.citedTitle(id, citing), citing.size(),
        citing.stream().map(s -> ArticleView.cite(s.id(), index, links)).toList());
  }

  private List<ListView.Row> rows(List<ArticleSummary> list) {
    return list.stream()
        .map(s -> new ListView.Row(s.id().toString(), links.href(s.id().pagePath()), s.title(),
            s.lastModified() == null ? "" : s.lastModified().toString()))
        .toList();
  }

  private static List<ArticleSummary> articlesOf(List<SiteIndex.EventMention> mentions) {
    return mentions.stream().map(SiteIndex.EventMention::article).distinct().toList();
  }

  /** Distinct values of a field, however written ({@link Spellings}), most frequent first, then alphabetical. */
  /** How many articles give each value of {@code field} to their entries of the event, in its shown spelling. */
  private static Map<String, Integer> counts(List<SiteIndex.EventMention> mentions, Function<Event, String> field,
      Spellings spellings) {
    // An article with two entries of one source, two messages of one event (Q147551), counts once.
    Set<String> seen = new HashSet<>();
    List<String> values = new ArrayList<>();
    for (SiteIndex.EventMention m : mentions) {
      String v = field.apply(m.event());
      if (v != null && !v.isBlank() && seen.add(m.article().id() + "\n" + spellings.shown(v))) {
        values.add(v);
      }
    }
    return spellings.count(values);
  }

  /** The spellings of a field over every event the archive describes. */
  private Spellings spellings(Function<Event, String> field) {
    return Spellings.of(index.events().values().stream()
        .flatMap(List::stream).map(m -> field.apply(m.event())).toList());
  }

  /** The values counted, each linking to its term's page in {@code facet}, if any. */
  private List<EventView.Count> countList(Map<String, Integer> counts, String facet) {
    return counts.entrySet().stream().map(e -> new EventView.Count(e.getKey(),
        facet == null ? null : hrefOrNull(links.term(facet, null, e.getKey())), count(e.getValue(), "article"))).toList();
  }

  private PageView frame(String title, String description, String path, List<PageView.Crumb> crumbs, boolean canonical) {
    return new PageView(title, links.base(), description, crumbs,
        canonical && path != null ? canonicalOf(path) : null, List.of(), null, null);
  }

  private String canonicalOf(String path) {
    String url = links.absolute(path);
    return url != null ? url : links.href(path);
  }

  private String hrefOrNull(String path) {
    return path == null ? null : links.href(path);
  }

  private PageView.Crumb crumb(String label, String path) {
    return new PageView.Crumb(label, links.href(path));
  }

  /** Home, then {@code trail}; the last crumb is the current page unless this is page 2 or later. */
  private List<PageView.Crumb> crumbs(List<PageView.Crumb> trail, int page) {
    List<PageView.Crumb> out = new ArrayList<>();
    out.add(crumb("Home", ""));
    out.addAll(trail);
    if (page == 1) {
      PageView.Crumb last = out.remove(out.size() - 1);
      out.add(new PageView.Crumb(last.label(), null));
    } else {
      out.add(new PageView.Crumb("Page " + page, null));
    }
    return out;
  }

  private static String pageSuffix(int n) {
    return n == 1 ? "" : " (page " + n + ")";
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
