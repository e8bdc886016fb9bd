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
 * Application Log}, {@code the Event Log will typically show events 2051 and 9405}, {@code event
 * number 7003}), which give no fields to read but those their sentence may
 * ({@code an Event 7000 with source of Service Control Manager}). A support engineer who looks up
 * event 9405 expects those articles too.
 */
final class NamedEvents {
  /**
   * "Event", "Events", "Event ID", "EventID", "Event IDs", "event number", then a number (not a hexadecimal code, a
   * version, a count of times or a duration; not the idiom "in the event 2 servers fail"),
   * then more numbers after a comma, "and", "or" or "&", or after a space when the label is plural
   * ({@code Events 5004 5012}).
   */
  private static final Pattern NAMED = Pattern.compile(
      "(?i)(?<!\\bin (?:the|any|this|that) )\\bevent(s?)\\s*(?:id(s?)\\b|numbers?\\b)?\\s*[:#]?\\s*(\\d{1,9})"
          + "(?![\\dxX]|\\.\\d|\\s+(?:times|minutes|seconds|hours|days|percent)\\b)");
  private static final Pattern MORE = Pattern.compile("(?i)(?:\\s*,\\s*(?:(?:and|or|&)\\s+)?|\\s+(?:and|or|&)\\s+)(\\d{1,9})\\b");
  private static final Pattern MORE_PLURAL = Pattern.compile("\\s+(\\d{1,9})\\b");

  private NamedEvents() {}

  /** The IDs {@code title} names, in order, each once. */
  static List<Integer> ids(String title) {
    List<Event> named = new ArrayList<>();
    if (title != null) {
      addNamed(named, List.of(title), 0, false);
    }
    return named.stream().map(Event::id).toList();
  }

  /**
   * Adds the IDs line {@code i} of {@code text} names, each once, with the fields the sentence
   * gives them when {@code readFields} ({@code an Event 7000 with source of Service Control
   * Manager}): the sentence around a run of IDs ({@code events 2051 and 9405 from source X}) is
   * every one of theirs.
   */
  private static void addNamed(List<Event> named, List<String> text, int i, boolean readFields) {
    String line = text.get(i);
    Matcher m = NAMED.matcher(line);
    while (m.find()) {
      String rest = line.substring(m.end());
      if (EventExtractor.RANGE_AFTER.matcher(rest).find()) {
        continue;
      }
      List<String> run = new ArrayList<>(List.of(m.group(3)));
      boolean plural = !m.group(1).isEmpty() || m.group(2) != null && !m.group(2).isEmpty();
      while (true) {
        Matcher more = MORE.matcher(rest);
        if (!more.lookingAt() && !(plural && (more = MORE_PLURAL.matcher(rest)).lookingAt())) {
          break;
        }
        run.add(more.group(1));
        rest = rest.substring(more.end());
      }
      ProseFields.Found fields = readFields
          ? ProseFields.of(line.substring(0, m.start()), rest, text, i) : new ProseFields.Found(null, null, null);
      for (String number : run) {
        int id = Integer.parseInt(number);
        if (named.stream().noneMatch(e -> e.id() == id)) {
          named.add(new Event(id, fields.source(), ProseFields.typeSpelling(fields.type()), fields.category(), null, null));
        }
      }
    }
  }

  /** The IDs the lines of {@code lines} name (the titles of the articles they cite blanked), with their sentences' fields. */
  private static List<Event> inText(List<String> lines) {
    List<Event> named = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (EventExtractor.containsEvent(lines.get(i))) {
        addNamed(named, lines, i, true);
      }
    }
    return named;
  }

  /**
   * The entries of the text, then an entry for each ID that the text's sentences, then the title,
   * name and none of them has, with the fields its sentence gives and no others: the entries tell
   * what the article knows of an event; a name only that the article speaks of it. {@code text}
   * has the titles of the articles it cites blanked ({@link EventExtractor#events}).
   */
  static List<Event> withNamed(List<Event> entries, List<String> text, String title) {
    List<Event> out = new ArrayList<>(entries);
    List<Event> named = inText(text);
    for (int id : ids(title)) {
      named.add(new Event(id, null, null, null, null, null));
    }
    for (Event e : named) {
      if (out.stream().noneMatch(o -> o.id() == e.id())) {
        out.add(e);
      }
    }
    return out.size() == entries.size() ? entries : List.copyOf(out);
  }
}
