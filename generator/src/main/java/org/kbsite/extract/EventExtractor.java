package org.kbsite.extract;

import java.util.List;
import org.kbsite.model.Event;

/** Event-log entries described in an article's text. */
final class EventExtractor {
  private EventExtractor() {}

  static List<Event> extract(List<String> lines) {
    return List.of();
  }
}
