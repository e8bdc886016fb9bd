package org.kbsite.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.kbsite.model.ArticleSummary;
import org.kbsite.model.Event;
import org.kbsite.model.KbId;
import org.junit.jupiter.api.Test;

class RelatedTest {
  private static ArticleSummary summary(int number, String product, List<String> keywords, int... events) {
    List<Event> es = new ArrayList<>();
    for (int e : events) {
      es.add(new Event(e, null, null, null, null, null));
    }
    return new ArticleSummary(new KbId(number), "Q" + number, List.of(), List.of(product), product, "", List.of(), List.of(),
        keywords, null, List.of(), es, List.of());
  }

  private static ArticleSummary logging(int number, int event, String source) {
    // A product of its own: the product's nearest articles would fill the list.
    return new ArticleSummary(new KbId(number), "Q" + number, List.of(), List.of("Windows NT " + number), "Windows NT", "", List.of(),
        List.of(), List.of("kbother" + number), null, List.of(), List.of(new Event(event, source, null, null, null, null)),
        List.of());
  }

  private static List<Integer> related(List<ArticleSummary> sorted, int number) {
    return numbers(related(sorted).of(new KbId(number)));
  }

  private static List<Integer> nearby(List<ArticleSummary> sorted, int number) {
    return numbers(related(sorted).nearby(new KbId(number)));
  }

  private static Related related(List<ArticleSummary> sorted) {
    Map<KbId, ArticleSummary> byId = new TreeMap<>();
    sorted.forEach(s -> byId.put(s.id(), s));
    return new Related(sorted, null, byId::get);
  }

  private static List<Integer> numbers(List<ArticleSummary> articles) {
    return articles.stream().map(s -> s.id().number()).toList();
  }

  @Test
  void sharedEventsRankFirstThenProductsThenRarerKeywords() {
    List<ArticleSummary> sorted = List.of(
        summary(100, "Exchange", List.of("kbmta")),
        summary(200, "Exchange", List.of("kbmta", "kbsetup"), 9318),
        summary(300, "Windows NT", List.of("kbmta"), 9318),
        summary(400, "Exchange", List.of("kbmta")),
        summary(500, "Exchange", List.of("kbsetup")),
        summary(600, "Windows NT", List.of("kbother")));
    // 300 shares the event; 500 the product and kbsetup, which two articles carry (kbmta four, so
    // kbsetup weighs more); 100 and 400 the product and kbmta, 100 nearer; 600 shares nothing.
    assertEquals(List.of(300, 500, 100, 400), related(sorted, 200));
  }

  @Test
  void ofCandidatesAlikeInAllElseTheNearestInNumberComeFirst() {
    List<ArticleSummary> sorted = new ArrayList<>();
    for (int n = 1000; n <= 1100; n += 10) {
      sorted.add(summary(n, "Programmer's Library: BASIC", List.of("ENDUSER", "mspl13_basic")));
    }
    // 1050's neighbours at 10 apart, then 20 (the lower first on a tie), then 30: not 1000 to 1040.
    assertEquals(List.of(1040, 1060, 1030, 1070, 1020), related(sorted, 1050));
    assertEquals(List.of(1010, 1020, 1030, 1040, 1050), related(sorted, 1000));
  }

  @Test
  void tooFewAlikeAndTheProductsArticlesNearestInNumberMakeUpTheDifferenceApart() {
    // Q97559's shape: LAN Manager articles with no keywords and no events, which found nothing.
    List<ArticleSummary> sorted = new ArrayList<>();
    for (int n = 100; n <= 900; n += 100) {
      sorted.add(summary(n, n == 400 ? "MS-DOS" : "LAN Manager", List.of()));
    }
    assertEquals(List.of(), related(sorted, 500));
    assertEquals(List.of(600, 300, 700, 200, 800), nearby(sorted, 500));
    assertEquals(List.of(200, 300, 500, 600, 700), nearby(sorted, 100));
    // An article alike by a rare keyword is related; the product's nearest make up the other four.
    sorted.set(8, summary(900, "Windows NT", List.of("kbnetwork")));
    sorted.set(0, summary(100, "LAN Manager", List.of("kbnetwork")));
    assertEquals(List.of(900), related(sorted, 100));
    assertEquals(List.of(200, 300, 500, 600), nearby(sorted, 100));
    // A product of one article has no neighbours.
    assertEquals(List.of(), nearby(sorted, 400));
    // Nor are articles more than 5,000 numbers away neighbours (helper-64's review: Microsoft
    // Press's reached 110,252 away).
    List<ArticleSummary> mail = List.of(summary(10_000, "Mail", List.of()), summary(14_000, "Mail", List.of()),
        summary(16_000, "Mail", List.of()), summary(30_000, "Mail", List.of()));
    assertEquals(List.of(14_000), nearby(mail, 10_000));
    assertEquals(List.of(16_000, 10_000), nearby(mail, 14_000));
    assertEquals(List.of(), nearby(mail, 30_000));
  }

  @Test
  void anEventFromAnotherSourceIsAnotherEvent() {
    // Q147551's event 3 is the serial driver's, Q171781's the DNS server's: nothing in common.
    List<ArticleSummary> sorted = List.of(
        logging(100, 3, "Serial"), logging(200, 3, "DNS"), logging(300, 3, null), logging(400, 3, "serial"),
        logging(500, 3, "Service Control Manager"), logging(600, 3, "service control manager"));
    assertEquals(List.of(300, 400), related(sorted, 100));
    // A source unnamed may be either (all five, the nearest in number first); one written in other
    // case or spacing is the same.
    assertEquals(List.of(200, 400, 100, 500, 600), related(sorted, 300));
    assertEquals(List.of(600, 300), related(sorted, 500));
  }
}
