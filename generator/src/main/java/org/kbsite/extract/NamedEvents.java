package org.kbsite.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kbsite.model.Event;

/**
 * The event IDs an article names outside its entries: in its title, the events it is about
 * ({@code DHCP Event 1020}, {@code Perfproc.dll Logs Event 2002 Errors}, {@code Service Control
 * Manager Event 7003 and 7024}), and in its text's sentences ({@code logs an Event 631 in the
 * Application Log}, {@code the Event Log will typically show events 2051 and 9405}), which give no
 * fields to read. A support engineer who looks up event 9405 expects those articles too.
 */
final class NamedEvents {
  /**
   * "Event", "Events", "Event ID", "EventID", "Event IDs", then a number (not a hexadecimal code, a
   * version, a count of times or a duration; not the idiom "in the event 2 servers fail"),
   * then more numbers after a comma, "and", "or" or "&", or after a space when the label is plural
   * ({@code Events 5004 5012}).
   */
  private static final Pattern NAMED = Pattern.compile(
      "(?i)(?<!\\bin (?:the|any|this|that) )\\bevent(s?)\\s*(?:id(s?)\\b)?\\s*[:#]?\\s*(\\d{1,9})"
          + "(?![\\dxX]|\\.\\d|\\s+(?:times|minutes|seconds|hours|days|percent)\\b)");
  private static final Pattern MORE = Pattern.compile("(?i)(?:\\s*,\\s*(?:(?:and|or|&)\\s+)?|\\s+(?:and|or|&)\\s+)(\\d{1,9})\\b");
  private static final Pattern MORE_PLURAL = Pattern.compile("\\s+(\\d{1,9})\\b");

  private NamedEvents() {}

  /** The IDs {@code title}, or a line of text, names, in order, each once. */
  static List<Integer> ids(String title) {
    List<Integer> ids = new ArrayList<>();
    if (title != null) {
      addNamed(ids, title);
    }
    return ids;
  }

  private static void addNamed(List<Integer> ids, String title) {
    Matcher m = NAMED.matcher(title);
    while (m.find()) {
      String rest = title.substring(m.end());
      if (EventExtractor.RANGE_AFTER.matcher(rest).find()) {
        continue;
      }
      add(ids, m.group(3));
      boolean plural = !m.group(1).isEmpty() || m.group(2) != null && !m.group(2).isEmpty();
      while (true) {
        Matcher more = MORE.matcher(rest);
        if (!more.lookingAt() && !(plural && (more = MORE_PLURAL.matcher(rest)).lookingAt())) {
          break;
        }
        add(ids, more.group(1));
        rest = rest.substring(more.end());
      }
    }
  }

  /** The IDs the lines of {@code text} name, the titles of the articles it refers to aside. */
  static List<Integer> inText(List<String> text) {
    List<Integer> ids = new ArrayList<>();
    if (text.stream().noneMatch(EventExtractor::containsEvent)) {
      return ids;
    }
    for (String line : EventExtractor.withoutReferenceTitles(text)) {
      if (EventExtractor.containsEvent(line)) {
        addNamed(ids, line);
      }
    }
    return ids;
  }

  /**
   * The entries of the text, then an entry with no fields for each ID that the text's sentences,
   * then the title, name and none of them has: the entries tell what the article knows of an
   * event; a name only that the article speaks of it.
   */
  static List<Event> withNamed(List<Event> entries, List<String> text, String title) {
    List<Event> out = new ArrayList<>(entries);
    List<Integer> named = inText(text);
    named.addAll(ids(title));
    for (int id : named) {
      if (out.stream().noneMatch(e -> e.id() == id)) {
        out.add(new Event(id, null, null, null, null, null));
      }
    }
    return out.size() == entries.size() ? entries : List.copyOf(out);
  }

  private static void add(List<Integer> ids, String number) {
    int id = Integer.parseInt(number);
    if (!ids.contains(id)) {
      ids.add(id);
    }
  }
}
