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
    Map<Integer, List<Event>> mentions = new TreeMap<>();
    Map<Integer, List<ArticleSummary>> citers = new TreeMap<>();
    for (ArticleSummary a : sortedById) {
      for (Event e : a.events()) {
        mentions.computeIfAbsent(e.id(), k -> new ArrayList<>()).add(e);
        List<ArticleSummary> list = citers.computeIfAbsent(e.id(), k -> new ArrayList<>());
        if (list.isEmpty() || list.get(list.size() - 1) != a) {
          list.add(a);
        }
      }
    }
    Spellings spellings = Spellings.of(mentions.values().stream().flatMap(List::stream).map(Event::source).toList());
    List<EventIndexEntry> out = new ArrayList<>();
    mentions.forEach((id, events) -> {
      // Most entries first, as the event pages list them.
      List<String> sources = List.copyOf(spellings.count(events.stream().map(Event::source).toList()).keySet());
      Map<String, Set<String>> bySource = new LinkedHashMap<>();
      sources.forEach(s -> bySource.put(s, new LinkedHashSet<>()));
      for (ArticleSummary a : citers.get(id)) {
        for (Event e : a.events()) {
          if (e.id() == id) {
            String source = e.source() == null || e.source().isBlank() ? null : spellings.shown(e.source());
            bySource.computeIfAbsent(source, s -> new LinkedHashSet<>()).add(a.id().toString());
          }
        }
      }
      List<BySource> groups = new ArrayList<>();
      bySource.forEach((s, ids) -> groups.add(new BySource(s, List.copyOf(ids))));
      out.add(new EventIndexEntry(id, sources, citers.get(id).stream().map(a -> a.id().toString()).toList(), groups));
    });
    return out;
  }
}
