package org.kbsite.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.kbsite.model.ArticleSummary;
import org.kbsite.model.KbId;
import org.kbsite.model.Version;
import org.junit.jupiter.api.Test;

class SiteIndexTest {
  private final SiteIndex index = new SiteIndex(Summaries.small());

  private static List<String> ids(List<ArticleSummary> list) {
    return list.stream().map(s -> s.id().toString()).toList();
  }

  @Test
  void citationsGoBothWaysAndMissingTargetsAreCounted() {
    assertEquals(List.of("Q100001", "Q100003"), ids(index.citedBy(new KbId(100002))));
    assertEquals(List.of(), ids(index.citedBy(new KbId(100001))));
    assertEquals(List.of(new KbId(999999)), List.copyOf(index.missing().keySet()));
    assertEquals(List.of("Q100001"), ids(index.missing().get(new KbId(999999))));
    assertEquals(List.of("Q100002"), ids(index.mostCited(5)));
  }

  @Test
  void eventIdsListEveryEntryInArticleOrder() {
    assertEquals(List.of(1294, 9318), List.copyOf(index.events().keySet()));
    assertEquals(List.of("Q100001", "Q100002"),
        index.events().get(1294).stream().map(m -> m.article().id().toString()).toList());
  }

  @Test
  void relatedRanksSharedEventsThenProductThenKeywords() {
    // B shares event 1294; D shares product P and kbX; C shares only kbRare.
    assertEquals(List.of("Q100002", "Q100004", "Q100003"), ids(index.related(new KbId(100001))));
    // C shares kbRare with A and B, both in another product and sharing nothing else: the nearer
    // in number, B, first.
    assertEquals(List.of("Q100002", "Q100001"), ids(index.related(new KbId(100003))));
  }

  @Test
  void relatedIsTheSameWhateverTheInputOrder() {
    List<ArticleSummary> reversed = Summaries.small().stream()
        .sorted(Comparator.comparing(ArticleSummary::id).reversed()).toList();
    SiteIndex other = new SiteIndex(reversed);
    for (ArticleSummary s : index.articles()) {
      assertEquals(ids(index.related(s.id())), ids(other.related(s.id())));
    }
  }

  @Test
  void facetsMergeSpellingsAndGroupVersionsByProduct() {
    Map<String, Facet> facets = new java.util.LinkedHashMap<>();
    index.facets().forEach(f -> facets.put(f.id(), f));
    assertEquals(List.of("products", "versions", "os", "keywords", "tags", "sources", "years", "kb"), List.copyOf(facets.keySet()));
    Facet keywords = facets.get("keywords");
    assertEquals(List.of("kbRare", "kbX"), keywords.terms().stream().map(Facet.Term::label).toList());
    assertEquals(List.of("Q100001", "Q100002", "Q100003"), ids(keywords.terms().get(0).articles()));
    Facet versions = facets.get("versions");
    assertEquals(List.of("P 3.51", "P 4.0"), versions.terms().stream().map(Facet.Term::title).toList());
    assertEquals(List.of("Q100001", "Q100002"), ids(versions.terms().get(1).articles()));
    assertEquals(List.of("1999"), facets.get("years").terms().stream().map(Facet.Term::label).toList());
    // The sources the event-log entries name: A and B log 1294 from MSExchangeMTA.
    assertEquals(List.of("MSExchangeMTA"), facets.get("sources").terms().stream().map(Facet.Term::label).toList());
    assertEquals(List.of("Q100001", "Q100002"), ids(facets.get("sources").terms().get(0).articles()));
  }

  @Test
  void anEditKeepsTheFacetsItDoesNotTouch() {
    List<ArticleSummary> before = Summaries.small();
    SiteIndex.Kept kept = new SiteIndex(before).kept();
    // Q100004's title tag changes from PRB to FIX; nothing else does.
    List<ArticleSummary> after = before.stream().map(s -> !s.id().equals(new KbId(100004)) ? s
        : new ArticleSummary(s.id(), s.title(), List.of("FIX"), s.products(), s.productsRaw(), s.versionsRaw(),
            s.versions(), s.os(), s.keywords(), s.lastModified(), s.sections(), s.events(), s.references())).toList();
    SiteIndex edited = new SiteIndex(after, kept);
    List<Facets.Numbers> was = kept.facets().facets();
    List<Facets.Numbers> is = edited.kept().facets().facets();
    for (int f = 0; f < was.size(); f++) {
      assertEquals(!was.get(f).id().equals("tags"), was.get(f) == is.get(f), was.get(f).id() + " kept");
    }
    // What is kept or made again is what an index made from nothing gives.
    assertEquals(new SiteIndex(after).facets(), edited.facets());
    assertEquals(List.of("FIX", "PRB"), edited.facets().get(4).terms().stream().map(Facet.Term::label).toList());
    assertSame(kept.facets(), new SiteIndex(before, kept).kept().facets(), "nothing changed: the very same lists");
  }

  @Test
  void aProductsErrorMessageTagIsFiledUnderTheErrorMessageTagToo() {
    // helper-63's review: 89 sample articles were only under tags such as Windows Err Msg.
    List<ArticleSummary> sorted = new ArrayList<>();
    List<List<String>> tags = List.of(List.of("Err Msg"), List.of("Windows Err Msg"), List.of("XCLN", "MemMaker Error"),
        List.of("Msg"), List.of("Error Message"), List.of("PRB"), List.of("Windows Err Msg", "ErrMsg"), List.of("STOP Message"),
        List.of("Message"));
    for (int i = 0; i < tags.size(); i++) {
      ArticleSummary s = Summaries.summary(100001 + i, "P", List.of(), List.of(), List.of(), List.of());
      sorted.add(new ArticleSummary(s.id(), s.title(), tags.get(i), s.products(), s.productsRaw(), s.versionsRaw(),
          s.versions(), s.os(), s.keywords(), s.lastModified(), s.sections(), s.events(), s.references()));
    }
    Facet facet = new SiteIndex(sorted).facets().get(4);
    Map<String, List<String>> terms = new java.util.TreeMap<>();
    facet.terms().forEach(t -> terms.put(t.label(), ids(t.articles())));
    // A bare "Message" is no error message's tag; "STOP Message" is (a STOP screen's).
    assertEquals(List.of("Q100001", "Q100002", "Q100003", "Q100004", "Q100005", "Q100007", "Q100008"), terms.get("Err Msg"));
    // Each tag as written keeps its page.
    assertEquals(List.of("Q100002", "Q100007"), terms.get("Windows Err Msg"));
    assertEquals(List.of("Q100003"), terms.get("MemMaker Error"));
    assertEquals(List.of("Q100006"), terms.get("PRB"));
  }

  @Test
  void labelsSortWithTheirNumbersAsNumbers() {
    // helper-63's review: Q38285's keywords read "7, 80287, 80387, 8087, 87". Equal numbers go as written.
    List<String> labels = new ArrayList<>(List.of("87", "8087", "kbVC200", "7", "C2279", "80287", "kbVC152bug",
        "C 5.10 MTDYNA.DOC", "kbvc152bug", "007", "Schedule+", "SNA Server"));
    labels.sort(Facet.LABEL_ORDER);
    assertEquals(List.of("007", "7", "87", "8087", "80287", "C 5.10 MTDYNA.DOC", "C2279", "kbVC152bug", "kbvc152bug",
        "kbVC200", "Schedule+", "SNA Server"), labels);
  }

  @Test
  void versionsSortAsNumbers() {
    TreeSet<String> sorted = new TreeSet<>(Facets.VERSION_ORDER);
    sorted.addAll(List.of("10", "3.11", "9", "3.1", "3.1a", "4.0 SP3", "4.0", "2000", "95"));
    assertEquals(List.of("3.1", "3.1a", "3.11", "4.0", "4.0 SP3", "9", "10", "95", "2000"), List.copyOf(sorted));
    // The digits after the first point are a decimal fraction: 8.01 comes before 8.1.
    TreeSet<String> decimals = new TreeSet<>(Facets.VERSION_ORDER);
    decimals.addAll(List.of("8.2.1", "8.01", "8.1", "8.02", "8.2", "8.03", "3.6", "3.51", "3.5"));
    assertEquals(List.of("3.5", "3.51", "3.6", "8.01", "8.02", "8.03", "8.1", "8.2", "8.2.1"), List.copyOf(decimals));
  }

  @Test
  void aProductsVersionsGoUnderItsPagesSpellingHoweverAnArticleWritesIt() {
    // Two articles write Microsoft Exchange, one Microsoft exchange: one product page, and all three
    // articles' versions under it (6.0 went under a "Microsoft exchange" of its own).
    List<ArticleSummary> sorted = List.of(
        Summaries.summary(100001, "Microsoft Exchange", List.of(new Version(null, "5.5")), List.of(), List.of(), List.of()),
        Summaries.summary(100002, "Microsoft Exchange", List.of(new Version(null, "5.5")), List.of(), List.of(), List.of()),
        Summaries.summary(100003, "Microsoft exchange", List.of(new Version(null, "6.0")), List.of(), List.of(), List.of()));
    SiteIndex index = new SiteIndex(sorted);
    Facet products = index.facets().stream().filter(f -> f.id().equals("products")).findFirst().orElseThrow();
    Facet versions = index.facets().stream().filter(f -> f.id().equals("versions")).findFirst().orElseThrow();
    assertEquals(List.of("Microsoft Exchange"), products.terms().stream().map(Facet.Term::label).toList());
    assertEquals(List.of("Microsoft Exchange 5.5", "Microsoft Exchange 6.0"), versions.terms().stream().map(Facet.Term::title).toList());
  }

  @Test
  void aLetterOrServicePackFollowsItsOwnVersionNotTheNextOne() {
    // The versions pages sort the folded keys (4.0a is "4a"); the sample's IIS, C and Exchange
    // versions had 1.0a after 1.1 and 4.0 SP1 after 4.2b.
    List<String> written = new ArrayList<>(List.of("4.2b", "1.1", "4.0 SP6a", "4.0b", "5.0sp1", "1.0a", "4.01",
        "4.0 SP1", "4.0", "4.2", "5.1", "4.0a", "1.0", "5.0", "4.x", "6.11", "6.00ax", "6.00a", "3.0 SP1", "3.51", "3.0"));
    written.sort(Comparator.comparing(Facet::fold, Facets.VERSION_ORDER));
    // 4.x, every 4 release, after them all.
    assertEquals(List.of("1.0", "1.0a", "1.1", "3.0", "3.0 SP1", "3.51", "4.0", "4.0a", "4.0b", "4.0 SP1",
        "4.0 SP6a", "4.01", "4.2", "4.2b", "4.x", "5.0", "5.0sp1", "5.1", "6.00a", "6.00ax", "6.11"), written);
    // Service packs numbered past 9, and keys with no number, which come last.
    List<String> packs = new ArrayList<>(List.of("sp10", "Part 2", "sp2", "2.6 sp10", "2.6 SP2"));
    packs.sort(Comparator.comparing(Facet::fold, Facets.VERSION_ORDER));
    assertEquals(List.of("2.6 SP2", "2.6 sp10", "Part 2", "sp2", "sp10"), packs);
    // A series of a version's point releases after them (the sample's Programming Utilities read
    // 5.0x, 5.01 ... 5.1, 5.1x, 5.11).
    List<String> series = new ArrayList<>(List.of("5.1x", "5.11", "5.0x", "5.01", "5.1", "5.02", "5.2", "5.0", "5.13", "4.x"));
    series.sort(Comparator.comparing(Facet::fold, Facets.VERSION_ORDER));
    assertEquals(List.of("4.x", "5.0", "5.01", "5.02", "5.0x", "5.1", "5.11", "5.13", "5.1x", "5.2"), series);
  }

  @Test
  void theErrorMessageTagIsOneTagHoweverItIsSpelled() {
    // The sample's titles write it seven ways (Q131483 "Error Message", Q89646 "Error Msg" ...).
    for (String spelling : List.of("ErrMsg", "Error Message", "Error Msg", "Err Mss", "Err Mssg", "Err. Message", "ERR MSG")) {
      assertEquals(Facet.fold("Err Msg"), Facet.fold(spelling), spelling);
    }
    // Other tags that start so are others: Error alone, Error 4266, a product's error messages.
    for (String other : List.of("Error", "Err", "Error 4266", "DNS Err Msg", "Error Using From")) {
      assertNotEquals(Facet.fold("Err Msg"), Facet.fold(other), other);
    }
  }

  @Test
  void oneVersionWrittenWithMoreOrFewerZerosIsOneVersion() {
    // The sample writes C 2.0 and 2.00, FoxPro 2.5a and 2.50a, Exchange 5.0 and 5.
    assertEquals(Facet.fold("2.0"), Facet.fold("2.00"));
    assertEquals(Facet.fold("5.0"), Facet.fold("5"));
    assertEquals(Facet.fold("2.5a"), Facet.fold("2.50a"));
    assertEquals(Facet.fold("4.0 SP3"), Facet.fold("4.00 SP3"));
    // A service pack written out is one too (the sample's SQL Server "6.5 Service Pack 4", its
    // Site Server "4.01 Service Pack 2"; helper-63's review).
    assertEquals(Facet.fold("6.5 SP4"), Facet.fold("6.5 Service Pack 4"));
    assertEquals(Facet.fold("4.01 SP2"), Facet.fold("4.01 service pack 2"));
    assertNotEquals(Facet.fold("Service Pack 4"), Facet.fold("SP4"), "a keyword or tag is folded as it is written");
    // Digits that are not trailing zeros tell versions apart.
    assertNotEquals(Facet.fold("3.1"), Facet.fold("3.11"));
    assertNotEquals(Facet.fold("8.01"), Facet.fold("8.1"));
    assertNotEquals(Facet.fold("2000"), Facet.fold("2"));
  }

  @Test
  void anOperatingSystemTakesOnlyItsOwnPlatformsVersions() {
    // The sample's headers: Q195685 (Windows NT) "WINDOWS:95; WINNT:4.0", an MS-DOS page
    // "MS-DOS:6.0; WINDOWS:3.1", and FoxPro's "MACINTOSH:2.5; WINDOWS:2.6".
    String nt = "Microsoft Windows NT";
    String dos = "Microsoft Disk Operating System";
    List<ArticleSummary> summaries = List.of(
        Summaries.summary(100001, nt, List.of(new Version("WINDOWS", "95"), new Version("WINNT", "4.0")), List.of(), List.of(), List.of()),
        Summaries.summary(100002, dos, List.of(new Version("MS- DOS", "6.0"), new Version("WINDOWS", "3.1"), new Version(null, "3.3")),
            List.of(), List.of(), List.of()),
        Summaries.summary(100003, "Microsoft FoxPro", List.of(new Version("MACINTOSH", "2.5"), new Version("WINDOWS", "2.6")),
            List.of(), List.of(), List.of()),
        // Q268882 writes Windows 95 as "Win2000:95".
        Summaries.summary(100006, nt, List.of(new Version("Win2000", "95"), new Version("winnt", "4.0")), List.of(), List.of(), List.of()),
        // Without its own platform in the header, a system's versions are all kept.
        Summaries.summary(100004, nt, List.of(new Version("Win95", "5.0")), List.of(), List.of(), List.of()),
        // Windows 2000 is an NT release; Q142606 (Windows NT) says "WINDOWS:2000; winnt:4.0".
        Summaries.summary(100005, nt, List.of(new Version("WINDOWS", "2000"), new Version("winnt", "4.0")), List.of(), List.of(), List.of()));
    Facet versions = new SiteIndex(summaries).facets().stream().filter(f -> f.id().equals("versions")).findFirst().orElseThrow();
    assertEquals(List.of("Microsoft Disk Operating System 3.3", "Microsoft Disk Operating System 6.0",
            "Microsoft FoxPro 2.5", "Microsoft FoxPro 2.6", "Microsoft Windows NT 2000", "Microsoft Windows NT 4.0", "Microsoft Windows NT 5.0"),
        versions.terms().stream().map(Facet.Term::title).sorted().toList());
  }
}
