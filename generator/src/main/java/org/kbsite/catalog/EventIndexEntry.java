package org.kbsite.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.kbsite.model.ArticleSummary;
import org.kbsite.model.Event;
import org.kbsite.model.Spellings;

/**
 * One line of {@code api/events.json}: an event ID, the sources seen with it (each in the spelling
 * most of the archive's entries use, {@link Spellings}; the source of most entries first, then
 * alphabetical), the articles citing it.
 */
public record EventIndexEntry(int id, List<String> sources, List<String> articles) {

  /** Every event ID in the archive, ascending; articles in ID order. */
  public static List<EventIndexEntry> of(List<ArticleSummary> sortedById) {
    Map<Integer, List<String>> sources = new TreeMap<>();
    Map<Integer, List<String>> articles = new TreeMap<>();
    for (ArticleSummary a : sortedById) {
      for (Event e : a.events()) {
        sources.computeIfAbsent(e.id(), k -> new ArrayList<>()).add(e.source());
        List<String> list = articles.computeIfAbsent(e.id(), k -> new ArrayList<>());
        String id = a.id().toString();
        if (list.isEmpty() || !list.get(list.size() - 1).equals(id)) {
          list.add(id);
        }
      }
    }
    Spellings spellings = Spellings.of(sources.values().stream().flatMap(List::stream).toList());
    List<EventIndexEntry> out = new ArrayList<>();
    // Most entries first, as the event pages list them.
    sources.forEach((id, s) -> out.add(new EventIndexEntry(id, List.copyOf(spellings.count(s).keySet()), articles.get(id))));
    return out;
  }
}
