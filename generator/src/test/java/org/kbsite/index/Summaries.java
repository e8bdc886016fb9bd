package org.kbsite.index;

import java.time.LocalDate;
import java.util.List;
import org.kbsite.model.ArticleSummary;
import org.kbsite.model.Event;
import org.kbsite.model.KbId;
import org.kbsite.model.Version;

/** Hand-made article summaries for index and page tests. */
public final class Summaries {
  private Summaries() {}

  public static ArticleSummary summary(int id, String product, List<Version> versions, List<String> keywords,
      List<Event> events, List<Integer> references) {
    KbId kb = new KbId(id);
    return new ArticleSummary(kb, "Title of " + kb, List.of("PRB"), List.of(product),
        product, "", versions, List.of(), keywords, LocalDate.of(1999, 4, 9), List.of(), events,
        references.stream().map(KbId::new).toList());
  }

  public static Event event(int id, String source, String description) {
    return new Event(id, source, "Error", null, description, null);
  }

  /**
   * A cites B and a missing Q999999; C cites B. A and B describe event 1294; A and C share the
   * rare keyword kbRare (spelled kbrare on B); A and D share product P and keyword kbX.
   */
  public static List<ArticleSummary> small() {
    return List.of(
        summary(100001, "P", List.of(new Version("winnt", "4.0")), List.of("kbX", "kbRare"),
            List.of(event(1294, "MSExchangeMTA", "An association with entity ended abnormally.")),
            List.of(100002, 999999)),
        summary(100002, "P", List.of(new Version(null, "4.0"), new Version(null, "3.51")), List.of("kbrare"),
            List.of(event(1294, "MSExchangeMTA", null), event(9318, "MSExchangeMTA", null)), List.of()),
        summary(100003, "Q", List.of(), List.of("kbRare"), List.of(), List.of(100002)),
        summary(100004, "P", List.of(), List.of("kbX"), List.of(), List.of()));
  }
}
