package org.kbsite.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An entry's source, type and category written in the sentence that names its ID rather than as
 * labelled fields: {@code event ID 2009 with a source of Srv}, {@code Event Id 54's coming from
 * source SNA Host Security}, {@code SOURCE will be the MSExchangeIS Public, the EVENT ID will be
 * 3089, the CATEGORY will be Replication and Type will be Warning}. The value is a name: one to
 * four words that start with a capital, as Event Viewer writes sources.
 */
final class ProseFields {
  /** Capitalised words that end a name rather than go on with it ("Application Error In Windows NT"). */
  private static final String FUNCTION_WORDS =
      "(?:In|On|At|Of|For|To|From|With|By|And|Or|But|The|This|That|These|When|If|Is|Was|Will|As)\\b";
  /** Another entry's label: what is on its far side of the sentence is that entry's. */
  private static final Pattern OTHER_ID = Pattern.compile("(?i)\\bevent\\s*id\\b");
  private static final Pattern FIELD = Pattern.compile(
      "(?i:\\b(?:(?:with(?:\\s+(?:a|the))?|from(?:\\s+the)?)\\s+(source)(?:\\s+of)?"
      + "|(source|type|category)\\s+(?:will\\s+be|is|was|of))(?:\\s+the)?)"
      + "\\s+([A-Z][A-Za-z0-9_.-]*(?:\\s+(?!" + FUNCTION_WORDS + ")[A-Z][A-Za-z0-9_-]*){0,3})");
  /** The end of a sentence: a full stop before a space or at the end. */
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?](?=\\s|$)");
  /** The types Event Viewer gives; another word after "type is" is no event's type. */
  private static final Set<String> TYPES = Set.of(
      "error", "warning", "information", "informational", "success", "failure", "audit", "critical", "verbose");
  private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[.,;:)\\]]+$");
  /** How many lines below the ID's a sentence is followed over. */
  private static final int LINES_AFTER = 2;

  /** What the sentence gives; null where it gives nothing. */
  record Found(String source, String type, String category) {}

  private ProseFields() {}

  /**
   * The fields of the sentence around an ID on line {@code line} of {@code text}: from the last
   * sentence end in {@code before} (the text before the ID) to the first after it, over
   * {@code after} (the text after the ID) and up to two more lines of its paragraph. The nearest
   * to the ID of each field counts, after it before before it; none from beyond another entry's
   * label ({@code Event ID 5 ... from source Disk and event ID 7 ...}: Disk is 5's, not 7's).
   */
  static Found of(String before, String after, List<String> text, int line) {
    String rest = after;
    for (int i = line + 1; !ends(rest) && i <= line + LINES_AFTER && i < text.size() && !text.get(i).isEmpty(); i++) {
      rest = rest + " " + text.get(i).strip();
    }
    Matcher end = SENTENCE_END.matcher(rest);
    String ahead = end.find() ? rest.substring(0, end.start()) : rest;
    Matcher other = OTHER_ID.matcher(ahead);
    if (other.find()) {
      ahead = ahead.substring(0, other.start());
    }
    String behind = sentenceStart(before);
    if (OTHER_ID.matcher(behind).find()) {
      behind = "";
    }
    Found after1 = read(ahead, false);
    Found before1 = read(behind, true);
    return new Found(after1.source() != null ? after1.source() : before1.source(),
        after1.type() != null ? after1.type() : before1.type(),
        after1.category() != null ? after1.category() : before1.category());
  }

  /** The fields {@code text} gives: of each kind the first, or the {@code last}. */
  private static Found read(String text, boolean last) {
    String source = null;
    String type = null;
    String category = null;
    Matcher m = FIELD.matcher(text);
    while (m.find()) {
      String label = (m.group(1) != null ? m.group(1) : m.group(2)).toLowerCase(Locale.ROOT);
      String value = m.group(3);
      switch (label) {
        case "source" -> source = source == null || last ? value : source;
        case "type" -> type = type == null || last ? orElse(typeWords(value), type) : type;
        default -> category = category == null || last ? value : category;
      }
    }
    return new Found(source, type, category);
  }

  private static String orElse(String value, String other) {
    return value != null ? value : other;
  }

  /** Whether {@code value} is one of Event Viewer's types ({@code Error}, {@code Success Audit} ...) by its first word. */
  static boolean isEventType(String value) {
    return typeWords(value.strip()) != null;
  }

  /**
   * An event type in Event Viewer's spelling, so that a program finds every entry of one type by
   * its name: {@code ERROR} and {@code error} are {@code Error}, {@code success audit} is
   * {@code Success Audit}, {@code Informational} is {@code Information}. Any other value, and
   * null, as it is.
   */
  static String typeSpelling(String type) {
    if (type == null || !type.equals(typeWords(type))) {
      return type;
    }
    if (type.equalsIgnoreCase("informational")) {
      // Event Viewer's own word, which 12 entries of the archive write so.
      return "Information";
    }
    StringBuilder sb = new StringBuilder();
    for (String word : type.split(" ")) {
      sb.append(sb.length() == 0 ? "" : " ").append(word.substring(0, 1).toUpperCase(Locale.ROOT))
          .append(word.substring(1).toLowerCase(Locale.ROOT));
    }
    return sb.toString();
  }

  /**
   * The event type {@code value} starts with ({@code Warning}, {@code Success Audit}), or null;
   * punctuation after a type's word ends it ({@code Error.}, {@code Error)}).
   */
  static String typeWords(String value) {
    String[] words = value.strip().split("\\s+");
    List<String> type = new ArrayList<>();
    for (String word : words) {
      String bare = TRAILING_PUNCTUATION.matcher(word).replaceFirst("");
      if (!TYPES.contains(bare.toLowerCase(Locale.ROOT))) {
        break;
      }
      type.add(bare);
      if (bare.length() < word.length()) {
        break;
      }
    }
    return type.isEmpty() ? null : String.join(" ", type);
  }

  private static boolean ends(String s) {
    return SENTENCE_END.matcher(s).find();
  }

  /** The part of {@code before} after its last sentence end. */
  private static String sentenceStart(String before) {
    Matcher m = SENTENCE_END.matcher(before);
    int start = 0;
    while (m.find()) {
      start = m.end();
    }
    return before.substring(start);
  }
}
