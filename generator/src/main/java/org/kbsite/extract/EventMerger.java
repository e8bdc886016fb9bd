package org.kbsite.extract;

import java.util.ArrayList;
import java.util.List;
import org.kbsite.model.Event;
import org.kbsite.model.Spellings;

/**
 * One entry per event ID and source: repeated mentions merge, an entry without a source merges
 * into the first entry of the same ID that has one, and merged entries fill each other's missing
 * fields. Two entries whose messages differ stay two: one event logged for two things (Q147551's
 * event 22 for two drivers). Order is that of first appearance.
 */
final class EventMerger {
  private EventMerger() {}

  static List<Event> merge(List<Event> events) {
    List<Event> out = new ArrayList<>();
    for (Event e : events) {
      int at = find(out, e);
      if (at < 0) {
        out.add(e);
      } else {
        out.set(at, fill(out.get(at), e));
      }
    }
    // A source-less entry seen before the sourced one of the same ID joins it.
    List<Event> result = new ArrayList<>();
    for (Event e : out) {
      if (e.source() == null) {
        int sourced = firstWithSource(out, e.id());
        if (sourced >= 0) {
          int at = find(result, out.get(sourced));
          if (at >= 0) {
            result.set(at, fill(result.get(at), e));
          } else {
            result.add(fill(out.get(sourced), e));
          }
          continue;
        }
      } else {
        int at = find(result, e);
        if (at >= 0) {
          result.set(at, fill(result.get(at), e));
          continue;
        }
      }
      result.add(e);
    }
    return result;
  }

  private static int find(List<Event> list, Event e) {
    for (int i = 0; i < list.size(); i++) {
      Event x = list.get(i);
      if (x.id() == e.id() && Spellings.key(x.source()).equals(Spellings.key(e.source())) && sameMessage(x, e)) {
        return i;
      }
    }
    return -1;
  }

  /** Whether two entries may be one: one has no message, or both have the same. */
  private static boolean sameMessage(Event a, Event b) {
    return a.description() == null || b.description() == null || a.description().equals(b.description());
  }

  private static int firstWithSource(List<Event> list, int id) {
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i).id() == id && list.get(i).source() != null) {
        return i;
      }
    }
    return -1;
  }

  private static Event fill(Event a, Event b) {
    return new Event(
        a.id(),
        a.source() != null ? a.source() : b.source(),
        a.type() != null ? a.type() : b.type(),
        a.category() != null ? a.category() : b.category(),
        a.description() != null ? a.description() : b.description(),
        a.code() != null ? a.code() : b.code());
  }
}
