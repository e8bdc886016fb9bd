package org.kbsite.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kbsite.text.Wrapped;

/**
 * The message of an event-log entry: what the article gives as its text, found by the shape of
 * the lines around the ID ({@link EventExtractor} finds the entries and their labelled fields).
 * A {@code Description:} field goes on over the lines below it; an ID that begins its line is
 * followed by its message, on that line or below; an ID mentioned inside a sentence has none,
 * unless the sentence quotes the message or introduces it; a block of fields alone has its
 * message in the indented paragraph after it.
 */
final class EventMessage {
  /** What stands before "Event ID" in Event Viewer's "The description for Event ID ( n ) ..." message. */
  private static final Pattern MISSING_LEAD = Pattern.compile("(?i)\\bthe\\s+description\\s+for\\s*$");
  private static final Pattern LETTER_OR_DIGIT = Pattern.compile("[\\p{L}\\p{N}]");
  private static final Pattern DIALOG_COLUMN = Pattern.compile("(?i)^\\s*date\\s*:");
  /** A field other than the description at the start of the text after the ID ({@code Log: System}). */
  private static final Pattern LEADING_FIELD = Pattern.compile(
      "(?i)^[\\s,;:.-]*(?:event\\s+)?(?:source|type|category|log|date|time|user|computer)\\s*[:=]\\s*");
  /** After the ID, a lower-case word and more: the sentence goes on ("Event ID 4088 is written to ..."). */
  private static final Pattern SENTENCE_GOES_ON = Pattern.compile("\\s+\\p{Ll}\\S*\\s+\\S");
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?]\\s+");
  private static final Pattern MESSAGE_WORD = Pattern.compile("(?i)\\b(?:description|message|text)\\b");
  /**
   * After the ID in a sentence: a quoted message, a comma or colon before it or not ({@code Event
   * ID 11, "Database engine stopped"}), or a colon and a capitalised title to the clause's end.
   */
  private static final Pattern QUOTED_MESSAGE = Pattern.compile("\\s*[,:]?\\s*\"([^\"]{3,})\"|\\s*:\\s+(\\p{Lu}[^,.;:]*[^,.;:\\s])");
  /** A line that begins with "Event ID": an entry of its own, whatever it ends with. */
  private static final Pattern ENTRY_LINE = Pattern.compile("(?i)^\\s*(?:-\\s*)?event\\s*id\\b");
  /** A description's label at the start of a line, and what follows it. */
  private static final Pattern DESCRIPTION_LABEL = Pattern.compile("(?i)^\\s*description\\s*:\\s*(.*)$");
  private static final Pattern SEPARATOR = Pattern.compile("^\\s*[:.-]?");
  /**
   * The label of what a message reference says about the message, not part of it ({@code
   * Explanation :}, or {@code EXPLANATION} alone on its line over the text).
   */
  private static final Pattern COMMENTARY = Pattern.compile("(?i)^\\s*(?:explanation|user\\s+action|action)\\s*(?::|$)");

  /**
   * How the article's own words after a quoted message begin: a note, a remark on the event, a
   * label of the article's sections. A paragraph that begins so is not more of the message.
   */
  private static final Pattern REMARK = Pattern.compile(
      "(?i)^\\s*(?:note\\b|this\\s+event\\b|where\\b|(?:workaround|cause|resolution|status|more\\s+information|symptoms?)\\s*(?::|$))");

  private EventMessage() {}

  /**
   * Where an entry stands: its line in {@code text}, what its line has before the label and after
   * the number, where its paragraph ends and where its fields end (the next entry's line, or the
   * paragraph's end), and whether it is the only entry its paragraph mentions.
   */
  record Place(List<String> text, int line, String before, String after, int paragraphEnd, int fieldsEnd,
      boolean onlyEntry) {}

  /**
   * The entry's message, or null; {@code labelled}: the value of its {@code Description:} field
   * (null for none), on line {@code labelledLine}.
   */
  static String of(Place p, String labelled, int labelledLine) {
    List<String> text = p.text();
    String description = labelled;
    boolean prose = false;
    if (description == null) {
      Matcher missing = MISSING_LEAD.matcher(p.before());
      if (missing.find()) {
        // "The description for Event ID ( n ) in Source ( X ) could not be found": the sentence
        // is what Event Viewer shows for the entry.
        description = looseDescription(text.get(p.line()).substring(missing.start()), text, p.line() + 1, p.fieldsEnd());
      } else if (startsItsLine(p.before()) && !continuesASentence(text, p.line())
          && !SENTENCE_GOES_ON.matcher(p.after()).lookingAt()) {
        description = looseDescription(withoutLeadingFields(p.after()), text, p.line() + 1, p.fieldsEnd());
      } else {
        // A mention inside a sentence: what follows it is the sentence, not the entry's message,
        // unless the sentence quotes the message or introduces it.
        prose = true;
        StringBuilder sentence = new StringBuilder(p.after());
        for (int i = p.line() + 1; i < p.paragraphEnd(); i++) {
          Wrapped.append(sentence, text.get(i));
        }
        description = quotedMessage(sentence.toString());
        if (description == null && introducesTheMessage(p)) {
          // "... will generate an event ID 5004 containing / the following text:", then the message.
          description = indentedNextParagraph(text, p.paragraphEnd());
        }
      }
    } else {
      // The text goes on below "Description:" (or starts there, the label alone on its line) to
      // the end of the entry's lines, field lines aside.
      String more = looseDescription("", text, labelledLine + 1, p.fieldsEnd());
      description = more == null ? description : Wrapped.join(List.of(description, more));
    }
    if (prose) {
      return description;
    }
    if (description == null || description.isEmpty()) {
      // A block of fields only, its message in the next (indented) paragraph.
      return indentedNextParagraph(text, p.fieldsEnd());
    }
    return goesOn(inItsParentheses(p.before(), description), text, p.fieldsEnd());
  }

  /**
   * The message up to the parenthesis that closes one opened before the entry: Q162769's "(DNS
   * event ID 203: DNS server could not parse database file x line number y), BIND to ..." ends
   * at "line number y".
   */
  private static String inItsParentheses(String before, String message) {
    int depth = 0;
    for (int i = 0; i < before.length(); i++) {
      depth += before.charAt(i) == '(' ? 1 : before.charAt(i) == ')' ? -1 : 0;
    }
    for (int i = 0; depth > 0 && i < message.length(); i++) {
      depth += message.charAt(i) == '(' ? 1 : message.charAt(i) == ')' ? -1 : 0;
      if (depth == 0) {
        return message.substring(0, i).strip();
      }
    }
    return message;
  }

  /** True for a {@code Description:} label with nothing after it on its line. */
  static boolean isDescriptionLabel(String line) {
    Matcher m = DESCRIPTION_LABEL.matcher(line);
    return m.matches() && m.group(1).isBlank();
  }

  /** The message without the quotation marks set around the whole of it, and only around it. */
  static String withoutEnclosingQuotes(String description) {
    if (description == null) {
      return null;
    }
    String d = description.strip();
    if (d.length() > 2 && d.charAt(0) == '"' && d.indexOf('"', 1) == d.length() - 1) {
      return d.substring(1, d.length() - 1).strip();
    }
    return description;
  }

  /**
   * True when the entry's paragraph mentions no other entry and ends by introducing the message
   * below it: a colon closing the sentence that mentions the ID, or a last sentence about the
   * message ({@code The description will read as follows:}).
   */
  private static boolean introducesTheMessage(Place p) {
    if (!p.onlyEntry()) {
      return false;
    }
    List<String> text = p.text();
    int to = p.paragraphEnd();
    if (!text.get(to - 1).strip().endsWith(":")) {
      return false;
    }
    StringBuilder rest = new StringBuilder(p.after());
    for (int i = p.line() + 1; i < to; i++) {
      Wrapped.append(rest, text.get(i));
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
    return !EventExtractor.LETTER.matcher(before).find() || DIALOG_COLUMN.matcher(before).lookingAt() || EventExtractor.prefixSource(before) != null;
  }

  /**
   * True when the line above, of the same paragraph, breaks off mid-sentence (a word or a comma)
   * and is neither a field nor an entry.
   */
  private static boolean continuesASentence(List<String> text, int line) {
    if (line == 0 || text.get(line - 1).isEmpty() || EventExtractor.FIELD_LINE.matcher(text.get(line - 1)).lookingAt()
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
      Matcher e = EventExtractor.VALUE_END.matcher(rest);
      e.region(m.end(), rest.length());
      int end = e.find() ? e.start() : rest.length();
      if (end == m.end()) {
        end = rest.length();
      }
      rest = rest.substring(end);
    }
    String text = withoutSeparator(rest);
    Matcher word = EventExtractor.SOURCE_WORD.matcher(text);
    return word.find() ? text.substring(word.end()) : rest;
  }

  /** The text after the ID without the separator that may follow it ({@code :}, {@code .}, {@code -}). */
  static String withoutSeparator(String after) {
    return SEPARATOR.matcher(after).replaceFirst("");
  }

  /** Text after the number on its line, or the unlabelled lines below it. */
  private static String looseDescription(String after, List<String> text, int from, int to) {
    String rest = after.replaceFirst("^\\s*\\)?\\s*(?:[:.-]|-{1,2})?\\s*", "").strip();
    StringBuilder sb = new StringBuilder(rest);
    for (int i = from; i < to; i++) {
      if (COMMENTARY.matcher(text.get(i)).lookingAt()) {
        break;
      }
      if (EventExtractor.FIELD_LINE.matcher(text.get(i)).lookingAt()) {
        continue;
      }
      Wrapped.append(sb, text.get(i));
    }
    String d = sb.toString().strip();
    return LETTER_OR_DIGIT.matcher(d).find() ? d : null;
  }

  private static String indentedNextParagraph(List<String> text, int from) {
    int i = from;
    while (i < text.size() && text.get(i).isEmpty()) {
      i++;
    }
    if (i >= text.size() || Lines.indent(text.get(i)) == 0 || holdsAnEntry(text, i)) {
      return null;
    }
    Matcher label = DESCRIPTION_LABEL.matcher(text.get(i));
    if (label.matches() && label.group(1).isEmpty() && i + 1 < text.size() && text.get(i + 1).isEmpty()) {
      // "Description:" in a paragraph of its own: the text is the paragraph after it.
      return indentedNextParagraph(text, i + 1);
    }
    int indent = Lines.indent(text.get(i));
    StringBuilder sb = new StringBuilder();
    for (int first = i; i < text.size() && !text.get(i).isEmpty(); i++) {
      String line = text.get(i).strip();
      Wrapped.append(sb, i == first ? DESCRIPTION_LABEL.matcher(line).replaceFirst("$1") : line);
    }
    int end = appendParagraphsBelow(sb, text, i, indent);
    String d = sb.toString().strip();
    return d.isEmpty() ? null : goesOn(d, text, end);
  }

  /**
   * Appends to {@code message}, which ends before line {@code from}, the paragraphs below it at
   * {@code indent} or deeper (Q167648's second paragraph, before the next entry): up to one that
   * is not its text (a field such as {@code Data:}, commentary, an entry) or is less indented.
   * Returns the line after the last paragraph appended, or {@code from}.
   */
  private static int appendParagraphsBelow(StringBuilder message, List<String> text, int from, int indent) {
    int i = from;
    for (int next = nextParagraph(text, i); next >= 0 && continuesTheMessage(text, next, indent); next = nextParagraph(text, i)) {
      for (i = next; i < text.size() && !text.get(i).isEmpty(); i++) {
        Wrapped.append(message, text.get(i).strip());
      }
    }
    return i;
  }

  /** The first line of the paragraph after the blank lines from {@code from}, or -1 at the text's end. */
  private static int nextParagraph(List<String> text, int from) {
    int i = from;
    while (i < text.size() && text.get(i).isEmpty()) {
      i++;
    }
    return i < text.size() && i > from ? i : -1;
  }

  /**
   * True when the paragraph from line {@code i}, at {@code indent} or deeper (Q165396's {@code
   * From:} and {@code Subject:} lines), is more of the message above it.
   */
  private static boolean continuesTheMessage(List<String> text, int i, int indent) {
    String line = text.get(i);
    return Lines.indent(line) >= indent && !holdsAnEntry(text, i) && !EventExtractor.FIELD_LINE.matcher(line).lookingAt()
        && !COMMENTARY.matcher(line).lookingAt() && !REMARK.matcher(line).lookingAt() && !DESCRIPTION_LABEL.matcher(line).lookingAt();
  }

  /**
   * {@code message}, and when it ends with a colon ("... failed to load:", "... Error Log Data
   * text:"), what it introduces: the indented paragraph from line {@code from}, if there is one.
   */
  private static String goesOn(String message, List<String> text, int from) {
    if (!message.endsWith(":")) {
      return message;
    }
    String more = indentedNextParagraph(text, from);
    return more == null ? message : Wrapped.join(List.of(message, more));
  }

  /**
   * True when the paragraph from line {@code i} has an event label on any line: an entry of its own
   * (Q167248's "Component:NET" over "Event ID:5512"), not the message of the one before it.
   */
  private static boolean holdsAnEntry(List<String> text, int i) {
    for (; i < text.size() && !text.get(i).isEmpty(); i++) {
      if (EventExtractor.LABEL.matcher(text.get(i)).find() || EventExtractor.startsAnEntry(text.get(i))) {
        return true;
      }
    }
    return false;
  }
}
