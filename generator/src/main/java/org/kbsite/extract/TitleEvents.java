package org.kbsite.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kbsite.model.Event;

/**
 * The event IDs an article's title names: the events the article is about ({@code DHCP Event
 * 1020}, {@code Perfproc.dll Logs Event 2002 Errors}, {@code Service Control Manager Event 7003
 * and 7024}). A support engineer who looks up event 1020 expects the article whose title names
 * it, though its text may say only "the following Event" or "event 2002" in prose, which are not
 * entries there.
 */
final class TitleEvents {
  /**
   * "Event", "Events", "Event ID", "EventID", "Event IDs", then a number (not a hexadecimal code),
   * then more numbers after a comma, "and", "or" or "&", or after a space when the label is plural
   * ({@code Events 5004 5012}).
   */
  private static final Pattern NAMED = Pattern.compile(
      "(?i)\\bevent(s?)\\s*(?:id(s?)\\b)?\\s*[:#]?\\s*(\\d{1,9})(?![\\dxX])");
  private static final Pattern MORE = Pattern.compile("(?i)(?:\\s*,\\s*(?:(?:and|or|&)\\s+)?|\\s+(?:and|or|&)\\s+)(\\d{1,9})\\b");
  private static final Pattern MORE_PLURAL = Pattern.compile("\\s+(\\d{1,9})\\b");

  private TitleEvents() {}

  /** The IDs {@code title} names, in order, each once. */
  static List<Integer> ids(String title) {
    List<Integer> ids = new ArrayList<>();
    if (title == null) {
      return ids;
    }
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
    return ids;
  }

  /**
   * The entries of the text, then an entry with no fields for each ID the title names that none of
   * them has: the text tells what it knows of an event; the title only that it is the subject.
   */
  static List<Event> withTitled(List<Event> entries, String title) {
    List<Event> out = new ArrayList<>(entries);
    for (int id : ids(title)) {
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
