package org.kbsite.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.kbsite.model.ArticleSummary;
import org.kbsite.model.Event;
import org.kbsite.model.Spellings;

/**
 * One line of {@code api/events.json}: an event ID, the sources seen with it (each in the spelling
 * most of the archive's entries use, {@link Spellings}; the source of most entries first, then
 * alphabetical), the articles citing it, and which articles cite it with which source: one event
 * ID from two sources is two events (1000 from Userenv is not 1000 from Application Error).
 */
public record EventIndexEntry(int id, List<String> sources, List<String> articles, List<BySource> bySource) {

  /** The articles that cite the event with {@code source}, in ID order; null for those naming none. */
  public record BySource(String source, List<String> articles) {}

  /** Every event ID in the archive, ascending; articles in ID order. */
  public static List<EventIndexEntry> of(List<ArticleSummary> sortedById) {
    // Each entry with its article, by event ID, in article order.
    Map<Integer, List<Mention>> mentions = new TreeMap<>();
    for (ArticleSummary a : sortedById) {
      for (Event e : a.events()) {
        mentions.computeIfAbsent(e.id(), k -> new ArrayList<>()).add(new Mention(a.id().toString(), e.source()));
      }
    }
    Spellings spellings = Spellings.of(mentions.values().stream().flatMap(List::stream).map(Mention::source).toList());
    List<EventIndexEntry> out = new ArrayList<>();
    mentions.forEach((id, list) -> {
      // Most entries first, as the event pages list them.
      List<String> sources = List.copyOf(spellings.count(list.stream().map(Mention::source).toList()).keySet());
      Set<String> articles = new LinkedHashSet<>();
      Map<String, Set<String>> bySource = new LinkedHashMap<>();
      sources.forEach(s -> bySource.put(s, new LinkedHashSet<>()));
      for (Mention m : list) {
        articles.add(m.article());
        String source = m.source() == null || m.source().isBlank() ? null : spellings.shown(m.source());
        bySource.computeIfAbsent(source, s -> new LinkedHashSet<>()).add(m.article());
      }
      List<BySource> groups = new ArrayList<>();
      bySource.forEach((s, ids) -> groups.add(new BySource(s, List.copyOf(ids))));
      out.add(new EventIndexEntry(id, sources, List.copyOf(articles), groups));
    });
    return out;
  }

  private record Mention(String article, String source) {}
}
