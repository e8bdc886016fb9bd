package org.kbsite.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kbsite.model.Event;
import org.kbsite.text.Spaces;

/**
 * Event-log entries an article describes: every "Event ID" label followed by a number (and
 * {@code Event: n} heading a block of fields), with the
 * fields written around it (labelled {@code Source:}, {@code Type:}, {@code Category:},
 * {@code Description:} lines of the same paragraph, inline {@code source=} pairs, a source name
 * right before the label, {@code in Source ( X )}), and the bracketed diagnostic code of its
 * description. Ranges, plural lists ("event IDs"), mentions without a number and the titles of
 * referenced articles are not entries. See LABELING.md in the test resources for the rules.
 */
final class EventExtractor {
  /**
   * "Event ID", "EventID", "Event Id" (not "Event IDs"), then the number, maybe in parentheses: at
   * most nine digits, and not a hexadecimal code ({@code Event ID: 0xC0000005} is none).
   */
  static final Pattern LABEL = Pattern.compile(
      "(?i)\\bevent\\s*id\\b(?!')\\s*(?:number\\s*|(?:will\\s+be|is|was)\\s+)?[:=#]?\\s*(?:\\(\\s*)?(\\d{1,9}(?![\\dxX]))?");
  private static final Pattern LABEL_ANYWHERE = Pattern.compile("(?i)event\\s*(?:id|:\\s*\\d)");
  /** "Event" ending a line and "ID n" starting the next: the label wrapped (Q265186's {@code Event} / {@code ID 3120}). */
  private static final Pattern EVENT_AT_END = Pattern.compile("(?i)\\bevent\\s*$");
  private static final Pattern ID_AT_START = Pattern.compile("(?i)^\\s*id\\b\\s*[:#]?\\s*(\\d{1,9})(?![\\dxX])");
  /** {@code Event: 1160} alone on its line, the first line of a block of fields ({@link #labelledBelow}). */
  private static final Pattern EVENT_BLOCK = Pattern.compile("(?i)\\s*event\\s*:\\s*(\\d{1,9})\\s*");
  private static final Pattern SOURCE_OR_TYPE_LINE = Pattern.compile("(?i)^\\s*(?:event\\s+)?(?:source|type)\\s*[:=]");
  /** A range after a number ({@code -1010}, {@code through 1010}): no event in particular. */
  static final Pattern RANGE_AFTER = Pattern.compile("^\\s*(?:-|through|to)\\s*\\d+\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern NUMBER_LIST = Pattern.compile("^\\s*,\\s*\\d+\\b");
  private static final Pattern SECOND_ID = Pattern.compile("^\\s*(?:and|or)\\s+(\\d{1,9})\\b(?!\\s*,)");
  private static final Pattern LEADING_NUMBER = Pattern.compile("^\\s*\"?(\\d{1,9})\\b");
  /** A labelled field: {@code Source: X}, {@code Event Type: X}, {@code source=X}. */
  private static final Pattern FIELD = Pattern.compile(
      "(?i)(?<![A-Za-z])(?:event\\s+)?(source|type|category|description)\\s*[:=]\\s*");
  /** Where a field's value ends: a separator, a wide gap, or the next label. */
  static final Pattern VALUE_END = Pattern.compile(
      "(?i)\\s*(?:,\\s|;|\\s{3,}|\\t|\\s-\\s|$|(?:event\\s+)?(?:source|type|category|description|date|time|user|computer|log)\\s*[:=])");
  /** A line of a properties block that is not description text. */
  static final Pattern FIELD_LINE = Pattern.compile(
      "(?i)^\\s*(?:-\\s*)?(?:event\\s+)?(?:source|type|category|date|time|user|computer|log|data|event\\s*id)\\s*[:=]");
  static final Pattern LETTER = Pattern.compile("\\p{L}");
  /** The gap between a table's columns. */
  private static final Pattern COLUMN_GAP = Pattern.compile(" {2,}|\\t");
  private static final Pattern IN_SOURCE = Pattern.compile("(?i)in\\s+source\\s*\\(\\s*([^)]*?)\\s*\\)");
  /**
   * {@code Source X} without a colon: X is one word ({@code Source DCOM DCOM got error}), or up to
   * four capitalised words when a message starting with an article follows ({@code Source Service
   * Control Manager The Net Logon service terminated}).
   */
  static final Pattern SOURCE_WORD = Pattern.compile(
      "^\\s*Source\\s+([A-Za-z][\\w.-]*(?:\\s+[A-Z][\\w.-]*){0,3}(?=\\s+(?:A|An|The|This)\\s)|[A-Za-z][\\w.-]*)");
  /**
   * {@code Event 630}, no "ID", at the start of an indented line: an entry as Event Viewer's
   * messages are quoted, indented under the text (Q243759's {@code Event 9405:} over its message).
   */
  private static final Pattern INDENTED_EVENT = Pattern.compile("(?i)^( +(?:-\\s*)?)event\\s+#?(\\d{1,9})(?![\\dxX])\\b");
  private static final Pattern PREFIX_SOURCE = Pattern.compile(
      "(?:^|\\()\\s*(?:-\\s*)?([A-Za-z][A-Za-z0-9]*(?: [A-Z][A-Za-z0-9]*)?)\\s+$");
  private static final Pattern CODE = Pattern.compile("\\[([^\\[\\]]+)\\]\\s*\\((\\d+)\\)");
  private static final Pattern REFERENCE_LINE = Pattern.compile(
      "(?i)^\\s*(?:-\\s*)?(?:ARTICLE-ID\\s*:\\s*)?Q\\d{5,6}\\b|^\\s*TITLED?\\s*:");
  /**
   * A title quoted after an article's number in a sentence ({@code see Q122248, "Event Id 2000
   * Errors In System Log"}, {@code Q149387 titled "XFOR: ..."}): the cited article's, not this one's.
   */
  private static final Pattern QUOTED_TITLE = Pattern.compile("(?i)Q\\d{5,6}\\s*,?\\s*(?:titled\\s*:?\\s*)?\"[^\"]*\"?");
  /**
   * A row of Event Viewer's list, which names no "Event ID" (KB-FORMAT.md §9's trap): date, time,
   * source, type, category, the event's number, user, computer ({@code 5/22/97 12:55:53 PM
   * MSExchangeMSMI  Warning  NDR 2371  N/A  TRADE}); the type may come first, as Windows 2000 lists it.
   */
  private static final Pattern VIEWER_ROW = Pattern.compile(
      "\\s*(?:(?<type1>Error|Warning|Information|Success Audit|Failure Audit)\\s+)?"
          + "\\d{1,2}/\\d{1,2}/\\d{2,4}\\s+\\d{1,2}:\\d{2}(?::\\d{2})?\\s*(?:[AaPp][Mm])?\\s+"
          + "(?<source>\\S+(?:\\s\\S+)*?)\\s+(?:(?<type2>Error|Warning|Information|Success Audit|Failure Audit)\\s+)?"
          + "(?<category>\\S+(?:\\s\\S+)*?)\\s+(?<id>\\d{1,5})\\s+(?:N/A|\\S+\\\\\\S+|SYSTEM)(?:\\s|$)");
  private static final Pattern MARKUP = Pattern.compile("(?i)<br\\s*/?>");
  /** One name: {@code MSExchangePOP3}, {@code Srv}. */
  private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]*[A-Za-z0-9]");
  /** A line that is one name: {@code MSExchangeCOCO}, {@code Srv}. */
  private static final Pattern NAME_LINE = Pattern.compile("\\s*([A-Za-z][A-Za-z0-9_.-]{2,})\\s*");
  /** Words that can stand right before "Event ID" without being a source name. */
  private static final Set<String> NOT_SOURCES = Set.of(
      "a", "an", "the", "this", "that", "following", "same", "and", "or", "of", "with", "see",
      "logs", "log", "logged", "generates", "generate", "records", "shows", "show", "receive",
      "error", "warning", "information", "informational", "system", "application", "security",
      "multiple", "incorrect", "previous", "any", "no", "in", "as", "are", "for", "is",
      "following:", "viewer", "number", "about", "produce", "returned", "locate", "may", "event",
      "success", "failure", "audit", "none", "description", "source", "type", "category",
      // words that open a sentence: "If Event ID: 5102 appears again"
      "if", "when", "whenever", "once", "note", "each", "also", "after", "before", "although", "then",
      "typically", "check", "while", "because", "since", "where", "unless", "until", "but", "so");

  private EventExtractor() {}

  /**
   * The article's event entries, then the events its sentences and title name ({@link
   * NamedEvents}), the cited articles' titles blanked once for both: their event IDs are the cited
   * articles' (KB-FORMAT's trap of the titles).
   */
  static List<Event> events(List<String> lines, String title) {
    boolean entries = mentionsEventIds(lines);
    List<String> text = entries || lines.stream().anyMatch(EventExtractor::containsEvent)
        ? withoutReferenceTitles(lines) : lines;
    return NamedEvents.withNamed(entries ? entries(text) : List.of(), text, title);
  }

  /** The event entries of {@code lines}. */
  static List<Event> extract(List<String> lines) {
    return mentionsEventIds(lines) ? entries(withoutReferenceTitles(lines)) : List.of();
  }

  /** The event entries of {@code text}, the cited articles' titles blanked. */
  private static List<Event> entries(List<String> text) {
    List<Found> found = new ArrayList<>();
    for (int i = 0; i < text.size(); i++) {
      String line = text.get(i);
      if (line.isEmpty()) {
        continue;
      }
      Event row = viewerRow(line);
      if (row != null) {
        Found f = new Found(row.id(), i, "");
        f.row = row;
        found.add(f);
        continue;
      }
      Matcher block = EVENT_BLOCK.matcher(line);
      if (block.matches() && labelledBelow(text, i)) {
        found.add(new Found(Integer.parseInt(block.group(1)), i, ""));
        continue;
      }
      Matcher bare = INDENTED_EVENT.matcher(line);
      if (bare.lookingAt()) {
        String after = line.substring(bare.end());
        if (!RANGE_AFTER.matcher(after).find() && !NUMBER_LIST.matcher(after).find()) {
          Found f = new Found(Integer.parseInt(bare.group(2)), i, bare.group(1));
          f.after = after;
          found.add(f);
        }
      }
      Found wrapped = wrappedLabel(text, i);
      if (wrapped != null) {
        found.add(wrapped);
      }
      Matcher m = LABEL.matcher(line);
      while (m.find()) {
        String number = m.group(1);
        int end = m.end();
        if (number == null) {
          // The number may wrap onto the next line.
          if (line.substring(end).isBlank() && i + 1 < text.size()) {
            Matcher next = LEADING_NUMBER.matcher(text.get(i + 1));
            if (next.find()) {
              Found f = new Found(Integer.parseInt(next.group(1)), i, line.substring(0, m.start()));
              f.colon = m.group().indexOf(':') >= 0 || text.get(i + 1).substring(next.end()).stripLeading().startsWith(":");
              found.add(f);
            }
          }
          continue;
        }
        String after = line.substring(end);
        if (RANGE_AFTER.matcher(after).find() || NUMBER_LIST.matcher(after).find()) {
          continue;
        }
        Found f = new Found(Integer.parseInt(number), i, line.substring(0, m.start()));
        f.after = after;
        f.colon = m.group().indexOf(':') >= 0 || after.stripLeading().startsWith(":");
        found.add(f);
        Matcher second = SECOND_ID.matcher(after);
        if (second.find()) {
          Found g = new Found(Integer.parseInt(second.group(1)), i, "");
          g.after = after.substring(second.end());
          found.add(g);
        }
      }
    }
    List<Event> events = new ArrayList<>();
    for (int k = 0; k < found.size(); k++) {
      events.add(describe(found, k, text));
    }
    return EventMerger.merge(events);
  }

  /** The entry a row of Event Viewer's list gives ({@link #VIEWER_ROW}), its message aside; null for any other line. */
  private static Event viewerRow(String line) {
    // The cheap tests first: this runs on every line of the archive.
    if (line.indexOf('/') < 0 || line.indexOf(':') < 0) {
      // A row has a date and a time.
      return null;
    }
    Matcher m = VIEWER_ROW.matcher(line);
    if (!m.lookingAt()) {
      return null;
    }
    String type = m.group("type1") != null ? m.group("type1") : m.group("type2");
    return type == null ? null : new Event(Integer.parseInt(m.group("id")), m.group("source"), type, m.group("category"), null, null);
  }

  /**
   * True when the paragraph goes on below line {@code i} with a {@code Source:} or {@code Type:}
   * line: what makes {@code Event: 1160} alone on its line an entry's block, not a number in prose.
   */
  private static boolean labelledBelow(List<String> text, int i) {
    for (int j = i + 1; j < text.size() && !text.get(j).isEmpty(); j++) {
      if (SOURCE_OR_TYPE_LINE.matcher(text.get(j)).lookingAt()) {
        return true;
      }
    }
    return false;
  }

  /**
   * True for a line that starts an entry with no "ID" in its label: an indented {@code Event 630}
   * ({@link #INDENTED_EVENT}) or {@code Event: 8229} alone on its line ({@link #EVENT_BLOCK}).
   */
  static boolean startsAnEntry(String line) {
    return containsEvent(line) && (INDENTED_EVENT.matcher(line).lookingAt() || EVENT_BLOCK.matcher(line).matches());
  }

  /** A cheap test that spares the 97% of articles without "Event ID" the full scan. */
  private static boolean mentionsEventIds(List<String> lines) {
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (containsEvent(line) && (LABEL_ANYWHERE.matcher(line).find() || INDENTED_EVENT.matcher(line).lookingAt()
          || wrappedLabel(lines, i) != null) || viewerRow(line) != null) {
        return true;
      }
    }
    return false;
  }

  /** The entry whose label line {@code i} ends and the next line ends ({@link #EVENT_AT_END}); null if none. */
  private static Found wrappedLabel(List<String> text, int i) {
    if (i + 1 >= text.size() || !containsEvent(text.get(i)) || !EVENT_AT_END.matcher(text.get(i)).find()) {
      return null;
    }
    String next = text.get(i + 1);
    Matcher id = ID_AT_START.matcher(next);
    if (!id.lookingAt() || RANGE_AFTER.matcher(next.substring(id.end())).find()
        || NUMBER_LIST.matcher(next.substring(id.end())).find()) {
      return null;
    }
    Found f = new Found(Integer.parseInt(id.group(1)), i + 1, "");
    f.after = next.substring(id.end());
    return f;
  }

  /** "event" in any case: a plain scan, far cheaper than a case-insensitive regex on every line. */
  static boolean containsEvent(String line) {
    return containsEvent(line, 'v') || containsEvent(line, 'V');
  }

  private static boolean containsEvent(String line, char v) {
    for (int i = line.indexOf(v); i >= 0; i = line.indexOf(v, i + 1)) {
      if (i >= 1 && line.regionMatches(true, i - 1, "event", 0, 5)) {
        return true;
      }
    }
    return false;
  }

  /** Blank out the reference lists' title lines (and their wrapped continuations). */
  static List<String> withoutReferenceTitles(List<String> lines) {
    List<String> out = new ArrayList<>(lines.size());
    int refIndent = -1;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (REFERENCE_LINE.matcher(line).find()) {
        refIndent = Lines.indent(line);
        out.add("");
      } else if (refIndent >= 0 && !line.isBlank()
          && (Lines.indent(line) > refIndent || ReferenceTitles.isTitleLine(lines.get(i - 1))
              && ReferenceTitles.goesOn(lines, i - 1, refIndent))) {
        out.add("");
      } else {
        refIndent = -1;
        out.add(line.isBlank() ? "" : line);
      }
    }
    withoutQuotedTitles(out);
    return out;
  }

  /**
   * Blanks out the titles quoted after articles' numbers in {@code lines}, a title the line ends
   * inside going on to the next line's closing quote; the lines keep their lengths.
   */
  private static void withoutQuotedTitles(List<String> lines) {
    boolean open = false;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      StringBuilder sb = null;
      int from = 0;
      if (open) {
        int close = line.indexOf('"');
        from = close < 0 ? line.length() : close + 1;
        sb = new StringBuilder(line);
        blank(sb, 0, from);
        open = false;
      }
      if (line.indexOf('"', from) >= 0 && line.indexOf('Q', from) >= 0) {
        Matcher m = QUOTED_TITLE.matcher(line);
        m.region(from, line.length());
        while (m.find()) {
          sb = sb == null ? new StringBuilder(line) : sb;
          int quote = line.indexOf('"', m.start());
          blank(sb, quote, m.end());
          open = m.end() - 1 == quote || line.charAt(m.end() - 1) != '"';
        }
      }
      if (sb != null) {
        lines.set(i, sb.toString());
      }
    }
  }

  private static void blank(StringBuilder sb, int from, int to) {
    for (int k = from; k < to; k++) {
      sb.setCharAt(k, ' ');
    }
  }

  /** Reads the fields that belong to {@code found.get(k)} from its paragraph. */
  private static Event describe(List<Found> found, int k, List<String> text) {
    Found f = found.get(k);
    if (f.row != null) {
      return f.row;
    }
    int from = f.line;
    while (from > 0 && !text.get(from - 1).isEmpty()) {
      from--;
    }
    int to = f.line + 1;
    while (to < text.size() && !text.get(to).isEmpty()) {
      to++;
    }
    // Fields before the ID line belong to it only when no other entry shares the paragraph.
    boolean alone = true;
    for (Found g : found) {
      if (g != f && g.line >= from && g.line < to && g.line != f.line) {
        alone = false;
      }
    }
    int fieldsFrom = alone ? from : f.line;
    int fieldsTo = to;
    for (Found g : found) {
      if (g.line > f.line && g.line < fieldsTo) {
        fieldsTo = g.line;
      }
    }
    Fields fields = new Fields();
    String after = f.after == null ? "" : f.after;
    fields.read(after);
    int descriptionLine = fields.description != null ? f.line : -1;
    for (int i = fieldsFrom; i < fieldsTo; i++) {
      if (i != f.line) {
        boolean had = fields.description != null;
        fields.read(text.get(i));
        if (!had && fields.description != null) {
          descriptionLine = i;
        }
      }
    }
    List<String> row = tableRow(after);
    if (row != null && fields.source == null && fields.category == null) {
      // "Event ID 1000   MSExchangeIS   General": the source's and the category's columns.
      return new Event(f.id, clean(row.get(0)), ProseFields.typeSpelling(clean(fields.type)),
          row.size() > 1 ? clean(row.get(1)) : null, null, null);
    }
    String source = fields.source;
    if (source == null) {
      Matcher in = IN_SOURCE.matcher(after);
      if (in.find()) {
        source = in.group(1);
      }
    }
    if (source == null) {
      Matcher word = SOURCE_WORD.matcher(EventMessage.withoutSeparator(after));
      if (word.find()) {
        source = word.group(1);
      }
    }
    if (source == null && f.colon) {
      source = prefixSource(f.before);
    }
    String type = fields.type;
    String category = fields.category;
    if (source == null || type == null || category == null) {
      ProseFields.Found prose = ProseFields.of(f.before, after, text, f.line);
      source = source == null ? prose.source() : source;
      type = type == null ? prose.type() : type;
      category = category == null ? prose.category() : category;
    }
    if (source == null && fields.sourceLeftEmpty && type != null && NAME.matcher(type).matches()
        && !ProseFields.isEventType(type)) {
      // "Event Type: MSExchangePOP3" over an empty "Event Source:" (Q324025): the name slipped a line.
      source = type;
      type = null;
    }
    String message = after;
    if (source == null && f.before.isBlank()) {
      if (after.isBlank()) {
        source = nameLine(text, f.line);
      } else if (f.line + 1 < text.size() && !text.get(f.line + 1).isEmpty()) {
        // "Event ID 5719 netlogon" over the message's lines: the one name after the ID is the source.
        String word = oneName(after);
        if (word != null) {
          source = word;
          message = "";
        }
      }
    }
    boolean onlyEntry = true;
    for (Found g : found) {
      if (g != f && g.line >= from && g.line < to) {
        onlyEntry = false;
      }
    }
    String description = EventMessage.of(
        new EventMessage.Place(text, f.line, f.before, message, to, fieldsTo, onlyEntry), fields.description, descriptionLine);
    source = clean(source);
    if (source != null && isMessage(source)) {
      // "Source: Workstation <computername> is not a valid computer name." (Q248057): the message
      // under the source's label.
      description = description == null ? source : description;
      source = null;
    } else if (source != null && type == null) {
      Matcher t = TYPE_AFTER_NAME.matcher(source);
      if (t.matches()) {
        source = t.group(1);
        type = t.group(2);
      }
    }
    String code = null;
    if (description != null) {
      Matcher c = CODE.matcher(description);
      if (c.find()) {
        code = "[" + Spaces.collapse(c.group(1).strip()) + "] (" + c.group(2) + ")";
      }
    }
    return new Event(f.id, source, ProseFields.typeSpelling(clean(type)), clean(category),
        EventMessage.withoutEnclosingQuotes(clean(description)), code);
  }

  /**
   * The columns after the ID when they are a table's ({@code Event ID 1000   MSExchangeIS   General}):
   * two or three short cells, each set off by a gap of two or more spaces or a tab, none of them a
   * labelled field; else null.
   */
  private static List<String> tableRow(String after) {
    if (!COLUMN_GAP.matcher(after).lookingAt()) {
      return null;
    }
    String[] cells = COLUMN_GAP.split(after.strip());
    if (cells.length < 2 || cells.length > 3) {
      return null;
    }
    for (String cell : cells) {
      if (cell.length() > 40 || cell.indexOf(':') >= 0 || cell.indexOf('=') >= 0 || cell.split(" ").length > 4
          || !LETTER.matcher(cell).find()) {
        return null;
      }
    }
    return List.of(cells);
  }

  /**
   * The source written as a line of its own next to an ID alone on its line: right above it
   * ({@code MSExchangeCOCO} over {@code EventID: 2002}), or right below it when a
   * {@code Description:} label follows ({@code Event ID 722} / {@code MSExchangeMCA} /
   * {@code Description:}); one name at the ID's indent, not a type or another common word.
   */
  private static String nameLine(List<String> text, int line) {
    int indent = Lines.indent(text.get(line));
    String above = line > 0 ? name(text.get(line - 1), indent) : null;
    if (above != null) {
      return above;
    }
    if (line + 2 < text.size() && EventMessage.isDescriptionLabel(text.get(line + 2))) {
      return name(text.get(line + 1), indent);
    }
    return null;
  }

  private static String name(String line, int indent) {
    return Lines.indent(line) == indent ? oneName(line) : null;
  }

  /** The one name {@code s} holds, spaces aside, unless a type's or another common word; else null. */
  private static String oneName(String s) {
    Matcher m = NAME_LINE.matcher(s);
    return m.matches() && !NOT_SOURCES.contains(m.group(1).toLowerCase(Locale.ROOT)) ? m.group(1) : null;
  }

  static String prefixSource(String before) {
    Matcher m = PREFIX_SOURCE.matcher(before);
    if (!m.find()) {
      return null;
    }
    String name = m.group(1);
    for (String word : name.split(" ")) {
      if (NOT_SOURCES.contains(word.toLowerCase(Locale.ROOT))) {
        return null;
      }
    }
    return name;
  }

  /**
   * An event type written after a source's name of two words or more, no type given apart: {@code
   * Service Control Manager Error} (Q248057). {@code Application Error} is a source's whole name.
   */
  private static final Pattern TYPE_AFTER_NAME = Pattern.compile("(\\S+(?:\\s+\\S+)+)\\s+(Error|Warning|Information)");

  /** A placeholder in angle brackets: {@code <computername>}. */
  private static final Pattern PLACEHOLDER = Pattern.compile("<[^<>]+>");

  /** True when a source is a message: a {@link #PLACEHOLDER}, or four words or more and a full stop. */
  private static boolean isMessage(String source) {
    return PLACEHOLDER.matcher(source).find() || source.endsWith(".") && source.split(" ").length >= 4;
  }

  private static String clean(String value) {
    if (value == null) {
      return null;
    }
    String v = Spaces.collapse(MARKUP.matcher(value).replaceAll("")).strip();
    return v.isEmpty() ? null : v;
  }

  /** One "Event ID n" occurrence: where it is and the text around it on its line. */
  private static final class Found {
    final int id;
    final int line;
    final String before;
    String after;
    /**
     * A colon follows the label or its number ({@code MSExchangeMTA Event ID: 9318}, {@code DNS
     * event ID 203:}): only then is a word before the label its source, since in prose the word
     * opens a sentence ({@code If Event ID 4001 appears again}).
     */
    boolean colon;
    /** The entry a row of Event Viewer's list gives whole; null for any other. */
    Event row;

    Found(int id, int line, String before) {
      this.id = id;
      this.line = line;
      this.before = before;
    }
  }

  /** The labelled fields of a paragraph, first value of each kind kept. */
  private static final class Fields {
    /** A {@code Source:} label with no value. */
    boolean sourceLeftEmpty;
    String source;
    String type;
    String category;
    String description;

    void read(String line) {
      Matcher m = FIELD.matcher(line);
      int pos = 0;
      // Each search starts where the last value ended: there, the label VALUE_END stopped at is
      // a field even when glued to that value ("Source:NetLogonType: Error", a table's cells
      // run together), since the region's bounds hide the letter before it from the lookbehind.
      while (pos < line.length() && m.region(pos, line.length()).find()) {
        String name = m.group(1).toLowerCase(Locale.ROOT);
        int start = m.end();
        String value;
        int next;
        if (name.equals("description")) {
          value = line.substring(start);
          next = line.length();
        } else {
          Matcher e = VALUE_END.matcher(line);
          e.region(start, line.length());
          int end = e.find() ? e.start() : line.length();
          if (end == start && start < line.length() && !VALUE_END.matcher(line.substring(start)).lookingAt()) {
            end = line.length();
          }
          value = line.substring(start, end);
          next = Math.max(end, start + 1);
        }
        set(name, value.strip());
        pos = next;
      }
    }

    private void set(String name, String value) {
      switch (name) {
        case "source" -> {
          sourceLeftEmpty |= value.isEmpty();
          source = source == null ? emptyToNull(value) : source;
        }
        // "Type: Error is logged in the" (inline, the sentence going on): the type's words only.
        case "type" -> type = type == null ? emptyToNull(Objects.requireNonNullElse(ProseFields.typeWords(value), value)) : type;
        case "category" -> category = category == null ? emptyToNull(value) : category;
        default -> description = description == null ? value : description;
      }
    }

    private static String emptyToNull(String s) {
      return s.isEmpty() ? null : s;
    }
  }
}
