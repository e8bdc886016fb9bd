package org.kbsite.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kbsite.model.Event;

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
  /** "Event ID", "EventID", "Event Id" (not "Event IDs"), then the number, maybe in parentheses. */
  private static final Pattern LABEL = Pattern.compile(
      "(?i)\\bevent\\s*id\\b(?!')\\s*(?:number\\s*|(?:will\\s+be|is|was)\\s+)?[:=#]?\\s*(?:\\(\\s*)?(\\d+)?");
  private static final Pattern LABEL_ANYWHERE = Pattern.compile("(?i)event\\s*(?:id|:\\s*\\d)");
  /** {@code Event: 1160} alone on its line, the first line of a block of fields ({@link #labelledBelow}). */
  private static final Pattern EVENT_BLOCK = Pattern.compile("(?i)\\s*event\\s*:\\s*(\\d+)\\s*");
  private static final Pattern SOURCE_OR_TYPE_LINE = Pattern.compile("(?i)^\\s*(?:event\\s+)?(?:source|type)\\s*[:=]");
  private static final Pattern RANGE_AFTER = Pattern.compile("^\\s*(?:-|through|to)\\s*\\d+\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern NUMBER_LIST = Pattern.compile("^\\s*,\\s*\\d+\\b");
  private static final Pattern SECOND_ID = Pattern.compile("^\\s*(?:and|or)\\s+(\\d+)\\b(?!\\s*,)");
  private static final Pattern LEADING_NUMBER = Pattern.compile("^\\s*\"?(\\d+)\\b");
  /** A labelled field: {@code Source: X}, {@code Event Type: X}, {@code source=X}. */
  private static final Pattern FIELD = Pattern.compile(
      "(?i)(?<![A-Za-z])(?:event\\s+)?(source|type|category|description)\\s*[:=]\\s*");
  /** Where a field's value ends: a separator, a wide gap, or the next label. */
  private static final Pattern VALUE_END = Pattern.compile(
      "(?i)\\s*(?:,\\s|;|\\s{3,}|\\t|\\s-\\s|$|(?:event\\s+)?(?:source|type|category|description|date|time|user|computer|log)\\s*[:=])");
  /** A line of a properties block that is not description text. */
  private static final Pattern FIELD_LINE = Pattern.compile(
      "(?i)^\\s*(?:-\\s*)?(?:event\\s+)?(?:source|type|category|date|time|user|computer|log|data|event\\s*id)\\s*[:=]");
  /** What stands before "Event ID" in Event Viewer's "The description for Event ID ( n ) ..." message. */
  private static final Pattern MISSING_LEAD = Pattern.compile("(?i)\\bthe\\s+description\\s+for\\s*$");
  private static final Pattern LETTER = Pattern.compile("\\p{L}");
  private static final Pattern LETTER_OR_DIGIT = Pattern.compile("[\\p{L}\\p{N}]");
  private static final Pattern DIALOG_COLUMN = Pattern.compile("(?i)^\\s*date\\s*:");
  /** A field other than the description at the start of the text after the ID. */
  private static final Pattern LEADING_FIELD = Pattern.compile(
      "(?i)^[\\s,;:.-]*(?:event\\s+)?(?:source|type|category)\\s*[:=]\\s*");
  /** After the ID, a lower-case word and more: the sentence goes on ("Event ID 4088 is written to ..."). */
  private static final Pattern SENTENCE_GOES_ON = Pattern.compile("\\s+\\p{Ll}\\S*\\s+\\S");
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?]\\s+");
  private static final Pattern MESSAGE_WORD = Pattern.compile("(?i)\\b(?:description|message|text)\\b");
  /** After the ID in a sentence: a quoted message, or a colon and a capitalised title to the clause's end. */
  private static final Pattern QUOTED_MESSAGE = Pattern.compile("\\s*\"([^\"]{3,})\"|\\s*:\\s+(\\p{Lu}[^,.;:]*[^,.;:\\s])");
  /** A line that begins with "Event ID": an entry of its own, whatever it ends with. */
  private static final Pattern ENTRY_LINE = Pattern.compile("(?i)^\\s*(?:-\\s*)?event\\s*id\\b");
  /** The gap between a table's columns. */
  private static final Pattern COLUMN_GAP = Pattern.compile(" {2,}|\\t");
  /** A description's label at the start of a line, and what follows it. */
  private static final Pattern DESCRIPTION_LABEL = Pattern.compile("(?i)^\\s*description\\s*:\\s*(.*)$");
  private static final Pattern IN_SOURCE = Pattern.compile("(?i)in\\s+source\\s*\\(\\s*([^)]*?)\\s*\\)");
  private static final Pattern SEPARATOR = Pattern.compile("^\\s*[:.-]?");
  private static final Pattern SOURCE_WORD = Pattern.compile("^\\s*Source\\s+([A-Za-z][\\w.-]*)");
  private static final Pattern PREFIX_SOURCE = Pattern.compile(
      "(?:^|\\()\\s*(?:-\\s*)?([A-Za-z][A-Za-z0-9]*(?: [A-Z][A-Za-z0-9]*)?)\\s+$");
  private static final Pattern CODE = Pattern.compile("\\[([^\\[\\]]+)\\]\\s*\\((\\d+)\\)");
  private static final Pattern REFERENCE_LINE = Pattern.compile(
      "(?i)^\\s*(?:-\\s*)?(?:ARTICLE-ID\\s*:\\s*)?Q\\d{5,6}\\b|^\\s*TITLE\\s*:");
  private static final Pattern MARKUP = Pattern.compile("(?i)<br\\s*/?>");
  /** Words that can stand right before "Event ID" without being a source name. */
  private static final Set<String> NOT_SOURCES = Set.of(
      "a", "an", "the", "this", "that", "following", "same", "and", "or", "of", "with", "see",
      "logs", "log", "logged", "generates", "generate", "records", "shows", "show", "receive",
      "error", "warning", "information", "informational", "system", "application", "security",
      "multiple", "incorrect", "previous", "any", "no", "in", "as", "are", "for", "is",
      "following:", "viewer", "number", "about", "produce", "returned", "locate", "may", "event");

  private EventExtractor() {}

  static List<Event> extract(List<String> lines) {
    if (!mentionsEventIds(lines)) {
      return List.of();
    }
    List<String> text = withoutReferenceTitles(lines);
    List<Found> found = new ArrayList<>();
    for (int i = 0; i < text.size(); i++) {
      String line = text.get(i);
      if (line.isEmpty()) {
        continue;
      }
      Matcher block = EVENT_BLOCK.matcher(line);
      if (block.matches() && labelledBelow(text, i)) {
        found.add(new Found(parseId(block.group(1)), i, ""));
        continue;
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
              found.add(new Found(Integer.parseInt(next.group(1)), i, line.substring(0, m.start())));
            }
          }
          continue;
        }
        String after = line.substring(end);
        if (RANGE_AFTER.matcher(after).find() || NUMBER_LIST.matcher(after).find()) {
          continue;
        }
        Found f = new Found(parseId(number), i, line.substring(0, m.start()));
        f.after = after;
        found.add(f);
        Matcher second = SECOND_ID.matcher(after);
        if (second.find()) {
          Found g = new Found(parseId(second.group(1)), i, "");
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

  /** A cheap test that spares the 97% of articles without "Event ID" the full scan. */
  private static boolean mentionsEventIds(List<String> lines) {
    for (String line : lines) {
      if (containsEvent(line) && LABEL_ANYWHERE.matcher(line).find()) {
        return true;
      }
    }
    return false;
  }

  /** "event" in any case: a plain scan, far cheaper than a case-insensitive regex on every line. */
  private static boolean containsEvent(String line) {
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

  private static int parseId(String digits) {
    return digits.length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(digits);
  }

  /** Blank out the reference lists' title lines (and their wrapped continuations). */
  private static List<String> withoutReferenceTitles(List<String> lines) {
    List<String> out = new ArrayList<>(lines.size());
    int refIndent = -1;
    for (String line : lines) {
      if (REFERENCE_LINE.matcher(line).find()) {
        refIndent = Lines.indent(line);
        out.add("");
      } else if (refIndent >= 0 && !line.isBlank() && Lines.indent(line) > refIndent) {
        out.add("");
      } else {
        refIndent = -1;
        out.add(line.isBlank() ? "" : line);
      }
    }
    return out;
  }

  /** Reads the fields that belong to {@code found.get(k)} from its paragraph. */
  private static Event describe(List<Found> found, int k, List<String> text) {
    Found f = found.get(k);
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
    int descriptionLine = -1;
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
      return new Event(f.id, clean(row.get(0)), clean(fields.type), row.size() > 1 ? clean(row.get(1)) : null, null, null);
    }
    String source = fields.source;
    if (source == null) {
      Matcher in = IN_SOURCE.matcher(after);
      if (in.find()) {
        source = in.group(1);
      }
    }
    if (source == null) {
      Matcher word = SOURCE_WORD.matcher(withoutSeparator(after));
      if (word.find()) {
        source = word.group(1);
      }
    }
    if (source == null) {
      source = prefixSource(f.before);
    }
    String description = fields.description;
    boolean prose = false;
    if (description == null) {
      Matcher missing = MISSING_LEAD.matcher(f.before);
      if (missing.find()) {
        // "The description for Event ID ( n ) in Source ( X ) could not be found": the sentence
        // is what Event Viewer shows for the entry.
        description = looseDescription(text.get(f.line).substring(missing.start()), text, f.line + 1, fieldsTo);
      } else if (startsItsLine(f.before) && !continuesASentence(text, f.line) && !SENTENCE_GOES_ON.matcher(after).lookingAt()) {
        description = looseDescription(withoutLeadingFields(after), text, f.line + 1, fieldsTo);
      } else {
        // A mention inside a sentence: what follows it is the sentence, not the entry's message,
        // unless the sentence quotes the message or introduces it.
        prose = true;
        StringBuilder sentence = new StringBuilder(after);
        for (int i = f.line + 1; i < to; i++) {
          sentence.append(' ').append(text.get(i).strip());
        }
        description = quotedMessage(sentence.toString());
        if (description == null && introducesTheMessage(found, f, text, from, to)) {
          // "... will generate an event ID 5004 containing / the following text:", then the message.
          description = indentedNextParagraph(text, to);
        }
      }
    } else if (descriptionLine >= 0) {
      // The text goes on below "Description:" (or starts there, the label alone on its line) to
      // the end of the entry's lines, field lines aside.
      String more = looseDescription("", text, descriptionLine + 1, fieldsTo);
      description = more == null ? description : description.isEmpty() ? more : description + " " + more;
    }
    if (!prose && (description == null || description.isEmpty())) {
      // A block of fields only, its message in the next (indented) paragraph.
      description = indentedNextParagraph(text, fieldsTo);
    }
    String code = null;
    if (description != null) {
      Matcher c = CODE.matcher(description);
      if (c.find()) {
        code = "[" + c.group(1).strip().replaceAll("\\s+", " ") + "] (" + c.group(2) + ")";
      }
    }
    return new Event(f.id, clean(source), clean(fields.type), clean(fields.category), clean(description), code);
  }

  /**
   * True when the paragraph of {@code f} (lines {@code from} to {@code to}) mentions no other entry
   * and ends by introducing the message below it: a colon closing the sentence that mentions the
   * ID, or a last sentence about the message ({@code The description will read as follows:}).
   */
  private static boolean introducesTheMessage(List<Found> found, Found f, List<String> text, int from, int to) {
    for (Found g : found) {
      if (g != f && g.line >= from && g.line < to) {
        return false;
      }
    }
    if (!text.get(to - 1).strip().endsWith(":")) {
      return false;
    }
    StringBuilder rest = new StringBuilder(f.after == null ? "" : f.after);
    for (int i = f.line + 1; i < to; i++) {
      rest.append(' ').append(text.get(i).strip());
    }
    String[] sentences = SENTENCE_END.split(rest);
    return sentences.length == 1 || MESSAGE_WORD.matcher(sentences[sentences.length - 1]).find();
  }

  /**
   * The message a sentence gives right after the ID: quoted ({@code Event ID 2009 "Number of
   * sessions exceeds 2048" may be recorded}) or after a colon ({@code logged as Event ID 642: User
   * Account Changed, and ...}, up to the clause's end); else null.
   */
  private static String quotedMessage(String after) {
    Matcher m = QUOTED_MESSAGE.matcher(after);
    if (!m.lookingAt()) {
      return null;
    }
    return m.group(1) != null ? m.group(1) : m.group(2);
  }

  /**
   * True when the label begins its line: nothing but marks before it (a bullet, a number, a
   * quote), a source name ({@code MSExchangeMTA Event ID: 9318}) or the first column of Event
   * Viewer's dialog ({@code Date: ...   Event ID: n}).
   */
  private static boolean startsItsLine(String before) {
    return !LETTER.matcher(before).find() || DIALOG_COLUMN.matcher(before).lookingAt() || prefixSource(before) != null;
  }

  /**
   * True when the line above, of the same paragraph, breaks off mid-sentence (a word or a comma)
   * and is neither a field nor an entry.
   */
  private static boolean continuesASentence(List<String> text, int line) {
    if (line == 0 || text.get(line - 1).isEmpty() || FIELD_LINE.matcher(text.get(line - 1)).lookingAt()
        || ENTRY_LINE.matcher(text.get(line - 1)).lookingAt()) {
      return false;
    }
    String above = text.get(line - 1).strip();
    char last = above.charAt(above.length() - 1);
    return Character.isLowerCase(last) || last == ',';
  }

  /**
   * The text after the ID without the labelled fields written first ({@code Source = X},
   * {@code Source X}): what is left is the message.
   */
  private static String withoutLeadingFields(String after) {
    String rest = after;
    for (Matcher m = LEADING_FIELD.matcher(rest); m.lookingAt(); m = LEADING_FIELD.matcher(rest)) {
      Matcher e = VALUE_END.matcher(rest);
      e.region(m.end(), rest.length());
      int end = e.find() ? e.start() : rest.length();
      if (end == m.end()) {
        end = rest.length();
      }
      rest = rest.substring(end);
    }
    String text = withoutSeparator(rest);
    Matcher word = SOURCE_WORD.matcher(text);
    return word.find() ? text.substring(word.end()) : rest;
  }

  /** The text after the ID without the separator that may follow it ({@code :}, {@code .}, {@code -}). */
  private static String withoutSeparator(String after) {
    return SEPARATOR.matcher(after).replaceFirst("");
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

  private static String prefixSource(String before) {
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

  /** Text after the number on its line, or the unlabelled lines below it. */
  private static String looseDescription(String after, List<String> text, int from, int to) {
    String rest = after.replaceFirst("^\\s*\\)?\\s*(?:[:.-]|-{1,2})?\\s*", "").strip();
    StringBuilder sb = new StringBuilder(rest);
    for (int i = from; i < to; i++) {
      if (FIELD_LINE.matcher(text.get(i)).lookingAt()) {
        continue;
      }
      sb.append(' ').append(text.get(i).strip());
    }
    String d = sb.toString().strip();
    return LETTER_OR_DIGIT.matcher(d).find() ? d : null;
  }

  private static String indentedNextParagraph(List<String> text, int from) {
    int i = from;
    while (i < text.size() && text.get(i).isEmpty()) {
      i++;
    }
    if (i >= text.size() || Lines.indent(text.get(i)) == 0 || LABEL.matcher(text.get(i)).find()) {
      return null;
    }
    Matcher label = DESCRIPTION_LABEL.matcher(text.get(i));
    if (label.matches() && label.group(1).isEmpty() && i + 1 < text.size() && text.get(i + 1).isEmpty()) {
      // "Description:" in a paragraph of its own: the text is the paragraph after it.
      return indentedNextParagraph(text, i + 1);
    }
    StringBuilder sb = new StringBuilder();
    for (int first = i; i < text.size() && !text.get(i).isEmpty(); i++) {
      String line = text.get(i).strip();
      sb.append(' ').append(i == first ? DESCRIPTION_LABEL.matcher(line).replaceFirst("$1") : line);
    }
    String d = sb.toString().strip();
    return d.isEmpty() ? null : d;
  }

  private static String clean(String value) {
    if (value == null) {
      return null;
    }
    String v = MARKUP.matcher(value).replaceAll("").replaceAll("\\s+", " ").strip();
    return v.isEmpty() ? null : v;
  }

  /** One "Event ID n" occurrence: where it is and the text around it on its line. */
  private static final class Found {
    final int id;
    final int line;
    final String before;
    String after;

    Found(int id, int line, String before) {
      this.id = id;
      this.line = line;
      this.before = before;
    }
  }

  /** The labelled fields of a paragraph, first value of each kind kept. */
  private static final class Fields {
    String source;
    String type;
    String category;
    String description;

    void read(String line) {
      Matcher m = FIELD.matcher(line);
      int pos = 0;
      while (pos < line.length() && m.find(pos)) {
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
        case "source" -> source = source == null ? emptyToNull(value) : source;
        case "type" -> type = type == null ? emptyToNull(value) : type;
        case "category" -> category = category == null ? emptyToNull(value) : category;
        default -> description = description == null ? value : description;
      }
    }

    private static String emptyToNull(String s) {
      return s.isEmpty() ? null : s;
    }
  }
}
