package org.kbsite.render;

import static org.kbsite.render.SubHeadings.boxedHeading;
import static org.kbsite.render.SubHeadings.headingLines;
import static org.kbsite.render.SubHeadings.numberedHeadings;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kbsite.text.Spaces;
import org.kbsite.text.Wrapped;

/**
 * Cuts article text into blocks at blank lines and gives each the shape its layout shows:
 * unindented plain lines are prose and are re-flowed; lines that start with a bullet or a number
 * make a list, with wrapped lines (a hanging indent) joined and blocks indented under an item
 * kept inside it; a line underlined with dashes is a sub-heading. Anything else (indented code,
 * registry paths, event text, tables, rules) stays preformatted, because its shape carries
 * meaning and guessing would lose it. So do lines set one under another rather than wrapped
 * (commands, a record's fields, choices): lines are joined only where the text wrapped.
 */
final class TextBlocks {
  /**
   * A list marker: {@code -} or {@code *}, {@code 1.} or {@code 1)}, {@code (1)}, {@code a.} or
   * {@code a)}; then text. A phone number's area code, {@code (800) 950-5880}, is none. A bullet
   * may stand alone on its line, its item the blocks indented under it (Q135338's {@code -} over
   * {@code   LINK -DUMP -EXPORTS ...}).
   */
  static final Pattern MARKER = Pattern.compile("^( *)(?:([-*\u00b7])(?: +(?=\\S)| *$)"
      + "|(?:(\\d{1,3})([.)])|\\((\\d{1,3})\\)(?! +\\d{3}-\\d{4})|([a-z])([.)])) +(?=\\S))");
  private static final Pattern SHAPED = Pattern.compile("\t|\\S {3,}\\S");
  /** A word of four letters or more that starts in lower case: a sentence's, not a title's. */
  static final Pattern LOWER_WORD = Pattern.compile("(?<![\\p{L}\\p{N}'])\\p{Ll}\\p{L}{3,}");
  /** A note's label in capitals, set in from the margin ({@link #isIndentedNote}). */
  private static final Pattern NOTE_LABEL = Pattern.compile(" +(?:NOTE|WARNING|CAUTION|IMPORTANT): ");
  /** How far in a note is set that reads as a paragraph ({@link #isIndentedNote}). */
  private static final int MAX_NOTE_INDENT = 5;
  /** The word set between two alternatives: {@code -or-} (250 of the sample's indented ones), {@code -and-}, {@code or}. */
  private static final Pattern CONNECTIVE = Pattern.compile("(?i)-? ?(?:or|and) ?-?");
  /** A line that labels what follows on it: {@code Example: John Doe}, {@code Note: ...}. */
  private static final Pattern EXAMPLE_LABEL = Pattern.compile("\\p{Lu}\\p{Ll}+: \\S");

  /**
   * True when {@code s} has a tab or a gap of three spaces between words: text laid out in
   * columns. The regex runs only where one of them can be (most lines have neither).
   */
  static boolean shaped(String s) {
    return (s.indexOf('\t') >= 0 || s.contains("   ")) && SHAPED.matcher(s).find();
  }

  /** The widest the archive's text was wrapped at. */
  private static final int MAX_WIDTH = 80;
  /**
   * The narrowest the archive's text was wrapped at. An article of records ({@code Model:},
   * {@code Phone:}), listings or code at the margin has many short lines that go on into another,
   * and measured over them its width would take every line break for a wrap (Q117421's was 21).
   */
  private static final int MIN_WIDTH = 60;
  /** How far past its width a wrapped line may run (Q245225's 81 columns ending {@code , and}). */
  private static final int OVERRUN = 2;
  /** Fewer lines than this do not tell the width they were wrapped at. */
  private static final int FEW_LINES = 5;

  final Span.Linker linker;
  private final UnaryOperator<String> anchor;
  private final int headingLevel;
  private final int width;
  /** The indent the article's paragraphs start with ({@link Layout#paragraphIndent}); 0 for none. */
  final int paragraphIndent;

  private TextBlocks(Span.Linker linker, UnaryOperator<String> anchor, int headingLevel, int width, int paragraphIndent) {
    this.linker = linker;
    this.anchor = anchor;
    this.headingLevel = headingLevel;
    this.width = width;
    this.paragraphIndent = paragraphIndent;
  }

  /**
   * The width the text was wrapped at, as its lines show it: of the unindented lines that run on
   * into another (rules and lines wider than {@link #MAX_WIDTH}, which were never wrapped, aside),
   * the length that four in five do not exceed, and at least {@link #MIN_WIDTH}. Measured over the
   * whole article, since one section may hold short lines only. An article of lists and indented
   * text (Q82470's steps) has too few such lines to tell by ({@link #FEW_LINES}): its indented
   * lines, which wrapped at the same margin, tell it then. {@link #MIN_WIDTH} when those are too
   * few too: a short page's lines set one under another ({@code ARTICLE-ID: Q123661} over
   * {@code TITLE : ...}) were run together when every break was taken for a wrap.
   */
  static int width(List<String> lines) {
    int width = width(lines, false);
    width = width > 0 ? width : width(lines, true);
    return width > 0 ? width : MIN_WIDTH;
  }

  private static int width(List<String> lines, boolean indented) {
    int[] lengths = new int[lines.size()];
    int n = 0;
    for (int i = 0; i + 1 < lines.size(); i++) {
      String line = lines.get(i);
      int length = line.stripTrailing().length();
      if (length > 0 && length <= MAX_WIDTH && !lines.get(i + 1).isBlank() && (indented || line.charAt(0) != ' ')
          && line.indexOf('\t') < 0 && !isRule(line)) {
        lengths[n++] = length;
      }
    }
    if (n < FEW_LINES) {
      return 0;
    }
    Arrays.sort(lengths, 0, n);
    return Math.max(MIN_WIDTH, lengths[(n - 1) * 4 / 5]);
  }

  /**
   * For each line break in {@code lines}, whether it is where the text wrapped: the first word of
   * the next line would not have fitted after the line, or the line ends in a word broken after
   * its hyphen. The first line ends at column {@code firstEnd}, the others where they end.
   */
  boolean[] wraps(List<String> lines, int firstEnd) {
    boolean[] wraps = new boolean[Math.max(0, lines.size() - 1)];
    int end = firstEnd;
    for (int i = 0; i < wraps.length; i++) {
      wraps[i] = wraps(lines.get(i), end, lines.get(i + 1));
      end = lines.get(i + 1).stripTrailing().length();
    }
    LineBreaks.keepRuns(lines, wraps);
    return wraps;
  }

  /** Whether the text wrapped after {@code line}, which ends at column {@code end}, before {@code next}. */
  private boolean wraps(String line, int end, String next) {
    return LineBreaks.wraps(width, line, end, next);
  }

  /**
   * True when {@code line}, at or left of an item's marker, goes on with the item's text in
   * {@code above}: the text wrapped there, and the line is words, not a table row, a rule or code.
   */
  boolean wrappedAtMargin(String above, String line) {
    return wraps(above, above.stripTrailing().length(), line) && !shaped(line.strip()) && !isRule(line)
        && !CodeLines.symbolic(List.of(line));
  }

  private boolean[] wraps(List<String> lines) {
    return wraps(lines, lines.get(0).stripTrailing().length());
  }

  /**
   * True for lines set one under another, given their breaks' {@link #wraps}: none of them a wrap,
   * or most of them and at least two (code and records may have a line long enough to look wrapped).
   */
  static boolean lineByLine(boolean[] wraps, int from) {
    int breaks = wraps.length - from;
    int set = 0;
    for (int i = from; i < wraps.length; i++) {
      if (!wraps[i]) {
        set++;
      }
    }
    return breaks >= 1 && (set == breaks || set >= 2 && set * 2 > breaks);
  }

  /**
   * The blocks of {@code lines}. {@code anchor} gives each sub-heading a page-unique id from its
   * text; {@code linker} turns text into spans; sub-headings become {@code h<headingLevel>}.
   */
  static List<Block> of(List<String> lines, Span.Linker linker, UnaryOperator<String> anchor, int headingLevel) {
    return of(lines, Layout.of(lines), linker, anchor, headingLevel);
  }

  /** The same, for text laid out as {@code layout} says. */
  static List<Block> of(List<String> lines, Layout layout, Span.Linker linker, UnaryOperator<String> anchor,
      int headingLevel) {
    List<String> split = FirstLineIndents.split(lines, layout);
    return new TextBlocks(linker, anchor, headingLevel, layout.width(), layout.paragraphIndent()).blocks(chunks(split));
  }

  /**
   * How an article's text was set, measured over all of it: the width it was wrapped at
   * ({@link #width}) and the indent its paragraphs' first lines have, 0 for none
   * ({@link FirstLineIndents#of}).
   */
  record Layout(int width, int paragraphIndent) {
    static Layout of(List<String> lines) {
      int width = TextBlocks.width(lines);
      return new Layout(width, FirstLineIndents.of(lines, width));
    }
  }

  /** Lines between blank lines; {@code gap} is how many blank lines came before them. */
  record Chunk(List<String> lines, int gap) {}

  private List<Block> blocks(List<Chunk> chunks) {
    List<Block> out = new ArrayList<>();
    boolean[] starred = CodeLines.starredCode(chunks, lines -> !isProse(lines));
    boolean[] numbered = numberedHeadings(chunks);
    for (int c = 0; c < chunks.size(); c++) {
      List<String> chunk = chunks.get(c).lines();
      if (starred[c]) {
        addPre(out, chunk, chunks.get(c).gap());
        continue;
      }
      if (numbered[c]) {
        out.add(subHeading(joined(chunk)));
        continue;
      }
      if (connective(chunk) && !setInside(chunks, c)) {
        // -or- between two messages or two pieces of code, set in as they are: text between
        // two blocks, not a line of one.
        out.add(Block.para(linker.link(chunk.get(0).strip()), false));
        continue;
      }
      if (boxedHeading(chunk)) {
        chunk = chunk.subList(1, chunk.size());
      }
      int heading = headingLines(chunk);
      if (heading > 0) {
        // A heading on one line as written; one wrapped, its lines joined.
        out.add(subHeading(heading == 1 ? chunk.get(0).strip() : joined(chunk.subList(0, heading))));
        chunk = chunk.subList(heading + 1, chunk.size());
        if (chunk.isEmpty()) {
          continue;
        }
      }
      int marker = firstMarker(chunk);
      ListParse list = null;
      if (marker >= 0 && (marker == 0 || isProse(chunk.subList(0, marker)))) {
        // Text at the margin after a marker is the item's only when the chunk starts with it.
        list = ListParse.of(chunk.subList(marker, chunk.size()), marker == 0 ? this : null);
      }
      int last = list == null ? c : list.absorbFrom(chunks, c, null);
      Block.ListBlock built = list == null ? null : list.build(this);
      if (built == null) {
        boolean[] wraps = (isProse(chunk) || isHangingParagraph(chunk) || isIndentedNote(chunk)) && !CodeLines.code(chunk)
            ? wraps(chunk) : null;
        List<String> citations = CitationLines.atMargin(chunk);
        boolean codeAround = !out.isEmpty() && out.get(out.size() - 1).pre() != null && c + 1 < chunks.size()
            && CodeLines.lineBetween(chunk, chunks.get(c + 1).lines());
        if (citations != null) {
          addCites(out, citations);
        } else if (wrappedKey(chunk)) {
          addPre(out, CodeLines.joinedKey(chunk), chunks.get(c).gap());
        } else if (wraps != null && !lineByLine(wraps, 0) && !codeAround) {
          out.add(para(chunk, wraps));
        } else {
          addPre(out, chunk, chunks.get(c).gap());
        }
        continue;
      }
      if (marker > 0) {
        List<String> prose = chunk.subList(0, marker);
        out.add(para(prose, wraps(prose)));
      }
      c = last;
      out.add(Block.list(built));
    }
    return out;
  }

  /**
   * {@link CodeLines#wrappedKey}, the breaks measured only when the lines start with a key. A break
   * counts as the wrap's only after a line that ends in the last quarter of the width: a key
   * broken far short of the margin (Q123791's {@code HKEY_LOCAL_MACHINE\SYSTEM} over a long path)
   * was broken by its writer, though the path after it would not have fitted.
   */
  private boolean wrappedKey(List<String> lines) {
    if (lines.size() < 2 || !CodeLines.registryKeys(lines.subList(0, 1))) {
      return false;
    }
    boolean[] wraps = wraps(lines);
    for (int i = 0; i < wraps.length; i++) {
      wraps[i] &= lines.get(i).stripTrailing().length() >= Math.max(MIN_WIDTH, width) * 3 / 4;
    }
    return CodeLines.wrappedKey(lines, wraps);
  }

  /** A paragraph: its lines joined where the text wrapped ({@code wraps}), a line break kept where it did not. */
  private Block para(List<String> lines, boolean[] wraps) {
    StringBuilder sb = new StringBuilder();
    boolean kept = false;
    for (int i = 0; i < lines.size(); i++) {
      if (i > 0 && !wraps[i - 1] && !LineBreaks.midSentence(lines.get(i - 1), lines.get(i))) {
        sb.append('\n').append(lines.get(i).strip());
        kept = true;
      } else {
        Wrapped.append(sb, lines.get(i));
      }
    }
    return Block.para(linker.link(sb.toString()), kept);
  }


  /** A list of citations; one a blank line after another joins it, as code a blank line apart is one block. */
  private void addCites(List<Block> out, List<String> citations) {
    Block last = out.isEmpty() ? null : out.get(out.size() - 1);
    List<Span.Text> cites = new ArrayList<>(last != null && last.cites() != null ? last.cites().items() : List.of());
    citations.forEach(c -> cites.add(linker.link(c)));
    if (cites.size() > citations.size()) {
      out.set(out.size() - 1, Block.cites(cites));
    } else {
      out.add(Block.cites(cites));
    }
  }

  /**
   * A preformatted block; one that follows another directly joins it, blank lines included,
   * so that code with blank lines in it stays one block. Lines that only cite articles are a list
   * of citations instead.
   */
  private void addPre(List<Block> out, List<String> lines, int gap) {
    Block last = out.isEmpty() ? null : out.get(out.size() - 1);
    List<String> citations = CitationLines.of(lines);
    if (citations != null) {
      addCites(out, citations);
      return;
    }
    String text = String.join("\n", lines);
    if (last != null && last.pre() != null && gap > 0) {
      out.set(out.size() - 1, Block.pre(linker.link(last.pre().source() + "\n".repeat(gap + 1) + text)));
    } else {
      out.add(Block.pre(linker.link(text)));
    }
  }

  /**
   * True when the connective chunk {@code c} and the alternatives around it are set further in
   * than lines of one block above and below them (Q254232's messages at 5 columns, {@code -or-}
   * between each, under {@code   One or more of the following:} and over more messages at 2):
   * parts of that block, which keeps them as set, not alternatives the page sets apart.
   */
  private static boolean setInside(List<Chunk> chunks, int c) {
    int in = indent(chunks.get(c).lines().get(0));
    return outerAt(chunks, c, -1, in) && outerAt(chunks, c, 1, in);
  }

  /** True when the first chunk from {@code c} in direction {@code step} set left of {@code in} is set in all the same. */
  private static boolean outerAt(List<Chunk> chunks, int c, int step, int in) {
    for (int i = c + step; i >= 0 && i < chunks.size(); i += step) {
      int indent = indent(chunks.get(i).lines().get(0));
      if (indent < in) {
        return indent > 0;
      }
    }
    return false;
  }

  /** "- or -" is no bullet. */
  private static boolean connective(List<String> lines) {
    return lines.size() == 1 && CONNECTIVE.matcher(lines.get(0).strip()).matches();
  }

  /** The list a chunk under an item starts, which may take the chunks after it; null when none. */
  ListParse nestedList(Chunk chunk) {
    List<String> lines = chunk.lines();
    return !connective(lines) && MARKER.matcher(lines.get(0)).lookingAt() ? ListParse.of(lines, this) : null;
  }

  /** Adds a list under an item; one right after a list of its kind goes on with it, as one list interrupted by blank lines. */
  void addNestedList(List<Block> out, Block.ListBlock built) {
    Block previous = out.isEmpty() ? null : out.get(out.size() - 1);
    if (previous != null && previous.list() != null && previous.list().ordered() == built.ordered()) {
      List<Block.Item> merged = new ArrayList<>(previous.list().items());
      merged.addAll(built.items());
      out.set(out.size() - 1, Block.list(new Block.ListBlock(built.ordered(), merged)));
    } else {
      out.add(Block.list(built));
    }
  }

  /**
   * Lines after a blank line, or indented under an item, that start no list ({@link #nestedList}):
   * a paragraph, a paragraph leading into a list, or preformatted.
   */
  void nested(List<Block> out, Chunk chunk, int textColumn, boolean starred) {
    List<String> lines = chunk.lines();
    if (starred) {
      addPre(out, lines, chunk.gap());
      return;
    }
    if (wrappedKey(lines)) {
      addPre(out, CodeLines.joinedKey(lines), chunk.gap());
    } else if (paragraphUnder(lines, textColumn)) {
      out.add(para(lines, wraps(lines)));
    } else if (!connective(lines) && introThenList(out, lines, textColumn)) {
      return;
    } else {
      addPre(out, lines, chunk.gap());
    }
  }

  /**
   * Adds a paragraph and the list it leads into, with no blank line between, under an item
   * (Q193915's {@code   If you are not prompted ..., follow these steps:} / {@code   a. Quit the
   * browser ...}); false, adding nothing, when the lines are not that.
   */
  private boolean introThenList(List<Block> out, List<String> lines, int textColumn) {
    int marker = firstMarker(lines);
    if (marker <= 0 || !lines.get(marker - 1).stripTrailing().endsWith(":")
        || !paragraphUnder(lines.subList(0, marker), textColumn)) {
      return false;
    }
    ListParse list = ListParse.of(lines.subList(marker, lines.size()), this);
    Block.ListBlock built = list == null ? null : list.build(this);
    if (built == null) {
      return false;
    }
    List<String> intro = lines.subList(0, marker);
    out.add(para(intro, wraps(intro)));
    out.add(Block.list(built));
    return true;
  }

  /**
   * True when {@code line}, under {@code above}, which ends a sentence, cannot go on with it: the
   * word between two alternatives ({@code -or-}), or a labelled line ({@code Example: John Doe}).
   */
  static boolean asideAfterSentence(String above, String line) {
    String s = line.strip();
    return endsAsSentence(above.stripTrailing()) && (CONNECTIVE.matcher(s).matches() || EXAMPLE_LABEL.matcher(s).lookingAt());
  }

  /** True when {@code s} ends as a sentence does: a full stop, colon, question or exclamation mark, bracket or quote. */
  private static boolean endsAsSentence(String s) {
    return !s.isEmpty() && ".:?!)\"".indexOf(s.charAt(s.length() - 1)) >= 0;
  }

  /** True when lines under an item whose text starts at {@code textColumn}, not a list, are a paragraph of it. */
  boolean paragraphUnder(List<String> lines, int textColumn) {
    return isHanging(lines, textColumn, Math.max(MAX_WIDTH, width) + OVERRUN) && !lineByLine(wraps(lines), 0);
  }

  /**
   * A paragraph inside a list item: every line at the same indent, no further in than the item's
   * text, plain words. A single short line must end like a sentence, read as one at the margin
   * (from between two steps: {@link #isSentence}) or be the word between two alternatives
   * ({@code -or-}), or it may be a command.
   */
  private static boolean isHanging(List<String> lines, int textColumn, int maxWidth) {
    int indent = indent(lines.get(0));
    for (String line : lines) {
      // A tab after the indent sets a line further in (code's body); a line wider than the text
      // (or 80 columns), by more than a word's last letters, was never wrapped.
      if (indent(line) != indent || line.startsWith("\t", indent) || line.stripTrailing().length() > maxWidth
          || shaped(line.strip()) || isRule(line)) {
        return false;
      }
    }
    String last = lines.get(lines.size() - 1).strip();
    return indent <= textColumn + 1 && !CodeLines.code(lines)
        && (lines.size() > 1 || endsAsSentence(last) || CONNECTIVE.matcher(last).matches()
            || indent == 0 && isSentence(last));
  }

  /**
   * A line of words, four or more in lower case, with none of a path's, a setting's or code's
   * signs: a sentence, though it ends without its full stop (Q255653's "In the Open box, type the
   * following line, and then click OK"), not a command.
   */
  private static boolean isSentence(String line) {
    return LOWER_WORD.matcher(line).results().count() >= 4
        && line.chars().noneMatch(c -> "\\/=<>{}[];|".indexOf(c) >= 0);
  }

  static List<Chunk> chunks(List<String> lines) {
    List<Chunk> chunks = new ArrayList<>();
    List<String> chunk = new ArrayList<>();
    int gap = 0;
    int blanks = 0;
    for (String line : lines) {
      if (line.isBlank()) {
        if (!chunk.isEmpty()) {
          chunks.add(new Chunk(chunk, gap));
          chunk = new ArrayList<>();
          blanks = 0;
        }
        blanks++;
      } else {
        if (chunk.isEmpty()) {
          gap = blanks;
        }
        chunk.add(line);
      }
    }
    if (!chunk.isEmpty()) {
      chunks.add(new Chunk(chunk, gap));
    }
    CitationLines.numbersOverTitles(chunks);
    return chunks;
  }


  /** A heading's lines as one line, runs of spaces made one. */
  private static String joined(List<String> lines) {
    return Spaces.collapse(String.join(" ", lines).strip());
  }

  private Block subHeading(String label) {
    return Block.sub(new Block.Heading(headingLevel, anchor.apply(label), label, linker.link(label)));
  }

  private static boolean isProse(List<String> lines) {
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      String s = line.strip();
      if (indent(line) > 0 || line.contains("\t") || line.contains("   ") || isRule(line)
          || s.startsWith("- ") && !(i > 0 && wrappedDash(lines, i)) || s.startsWith("* ")) {
        return false;
      }
    }
    return true;
  }

  /**
   * A paragraph set with a hanging indent: its first line at the margin, the others two to four
   * columns in, all plain words ({@code WARNING: Using Registry Editor incorrectly can cause} /
   * {@code   problems that ...}; Q138735's {@code Q. My video card ...} / {@code   open my 256
   * color bitmaps?}). It starts with a letter: a number ({@code 11    Executable file was
   * invalid}), a bracket ({@code [LOGON] SamLogon: ...}) or a middle dot (the converter's
   * {@code <B7>}) starts a table's row, a log's entry or a bullet, wrapped as they were set.
   * Whether its breaks are wraps is for the width to tell, as for any paragraph.
   */
  private static boolean isHangingParagraph(List<String> lines) {
    if (lines.size() < 2 || lines.get(0).isEmpty() || !Character.isLetter(lines.get(0).charAt(0))) {
      return false;
    }
    int hang = indent(lines.get(1));
    if (hang < 2 || hang > 4 || lines.stream().skip(1).anyMatch(l -> indent(l) != hang)) {
      return false;
    }
    return isProse(lines.stream().map(String::strip).toList());
  }

  /**
   * A note set in from the margin, all its lines at one indent, that starts with its label in
   * capitals ({@code   NOTE: If you have already installed a previous version of Eximwiz, you must} /
   * {@code   first uninstall it ...}, {@code   WARNING: Using Registry Editor incorrectly ...}): a
   * paragraph to read, where other text set in is a message or code as written. Whether its breaks
   * are wraps is for the width to tell.
   */
  private static boolean isIndentedNote(List<String> lines) {
    int indent = indent(lines.get(0));
    // Set in a few columns, not in a table's second column (Q158957's NOTE under a row's text).
    if (indent == 0 || indent > MAX_NOTE_INDENT || !NOTE_LABEL.matcher(lines.get(0)).lookingAt()
        || lines.stream().anyMatch(l -> indent(l) != indent)) {
      return false;
    }
    return isProse(lines.stream().map(String::strip).toList());
  }

  static boolean isRule(String line) {
    String s = line.strip();
    return !s.isEmpty() && s.chars().allMatch(c -> c == '-' || c == '=' || c == '_' || c == '*');
  }

  private static int firstMarker(List<String> chunk) {
    for (int i = 0; i < chunk.size(); i++) {
      Matcher m = MARKER.matcher(chunk.get(i));
      if (m.lookingAt() && !(i > 0 && (wrappedNumber(chunk.get(i - 1), m) || wrappedDash(chunk, i)))) {
        return i;
      }
    }
    return -1;
  }

  /**
   * True when the number that starts a line is there only because the sentence above wrapped
   * before it ({@code ... running on Microsoft Windows} / {@code 95. It does not ...}, or a phone
   * number's area code: {@code ... technical support at} / {@code (510) 683-0300 for ...}): the
   * line above breaks off after a word or a comma, and a list would not go on, or begin, with it.
   */
  static boolean wrappedNumber(String above, Matcher marker) {
    String number = number(marker);
    if (number == null || number.equals("1")) {
      return false;
    }
    String a = above.strip();
    char last = a.isEmpty() ? '.' : a.charAt(a.length() - 1);
    // A sentence has spaces; a line such as a registry path (HKLM\...\Volumes) above a step does not.
    return (Character.isLetterOrDigit(last) || last == ',') && a.indexOf(' ') >= 0;
  }

  /**
   * True when the dash that starts line {@code i} is there only because a name with a dash in it
   * wrapped before it (Q191529's {@code ... the Visual FoxPro UPDATE} / {@code - SQL command allows
   * ...}; Q169611's {@code ... to "1} / {@code - GetFocus" does not ...}): the line above, at the
   * same indent, breaks off after a word of a sentence, and no other line of the chunk starts with a
   * dash there.
   */
  private static boolean wrappedDash(List<String> chunk, int i) {
    String above = chunk.get(i - 1);
    String a = above.strip();
    int at = indent(chunk.get(i));
    if (!chunk.get(i).startsWith("- ", at) || a.isEmpty() || indent(above) != at || a.indexOf(' ') < 0
        || !Character.isLetterOrDigit(a.charAt(a.length() - 1))) {
      return false;
    }
    return chunk.stream().filter(l -> l.startsWith("- ", at) && indent(l) == at).count() == 1;
  }

  /** The number of a {@link #MARKER} such as {@code 2.}, {@code 2)} or {@code (2)}; null for a bullet or letter. */
  static String number(Matcher marker) {
    return marker.group(3) != null ? marker.group(3) : marker.group(5);
  }

  static int indent(String s) {
    int i = 0;
    while (i < s.length() && s.charAt(i) == ' ') {
      i++;
    }
    return i;
  }
}
