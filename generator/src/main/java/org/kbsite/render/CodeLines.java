package org.kbsite.render;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What tells code from text where the layout alone does not ({@link TextBlocks}): symbols that
 * code and markup are full of, and lines starting with {@code *} that are comments or marks in
 * code rather than bullets.
 */
final class CodeLines {
  private CodeLines() {}

  /** Characters that code and markup are full of and sentences use seldom. */
  private static final String SYMBOLS = "{}[]<>=|;$#@~^*";
  /** {@link #SYMBOLS} by character, for a look-up per character of every paragraph. */
  private static final boolean[] SYMBOL = new boolean[128];

  static {
    SYMBOLS.chars().forEach(c -> SYMBOL[c] = true);
  }

  /**
   * True when one character in ten, spaces aside, is a {@link #SYMBOLS symbol}, a backslash
   * counting half, and there are two or more ({@code CASE #1:} has one): code or markup
   * (Q193538's RTF, style definitions in braces after backslashes), not a paragraph, though its
   * lines may run on. A sentence with a registry path in it has a few in a hundred, and so does a
   * long path wrapped over two lines, which is joined.
   */
  static boolean symbolic(List<String> lines) {
    int halves = 0;
    int chars = 0;
    for (String line : lines) {
      for (int i = 0; i < line.length(); i++) {
        char c = line.charAt(i);
        if (c != ' ') {
          chars++;
          halves += c == '\\' ? 1 : c < 128 && SYMBOL[c] ? 2 : 0;
        }
      }
    }
    return halves >= 4 && halves * 5 >= chars;
  }

  /** A comment's start in BASIC ({@code REM}, {@code '}), C++ and Java ({@code //}) or assembler and INI files ({@code ;}). */
  private static final Pattern COMMENT = Pattern.compile("\\s*(REM\\b|'|//|;)");

  /**
   * True when two lines or more all start with the same comment mark: a program's comment, which
   * runs to the width as text does ({@code REM This program executes correctly and does not}),
   * not a paragraph.
   */
  static boolean commented(List<String> lines) {
    if (lines.size() < 2) {
      return false;
    }
    String mark = null;
    for (String line : lines) {
      Matcher m = COMMENT.matcher(line);
      if (!m.lookingAt() || mark != null && !mark.equals(m.group(1))) {
        return false;
      }
      mark = m.group(1);
    }
    return true;
  }

  /** A statement's start: an assignment ({@code MsgOut=string$(...)}, {@code eax=00f50000}) or a call ({@code DBSETPROP('RV', ...)}). */
  private static final Pattern STATEMENT = Pattern.compile("\\s*[\\p{L}_][\\w.$%&!#()]*?(?:=(?!=)\\S|\\()");
  /** A sentence going on after a name: a word in lower case ({@code LineTo() essentially builds ...}). */
  private static final Pattern WORD_AFTER = Pattern.compile("\\S*\\s+\\p{Ll}+(?:[\\s,.;:]|$)");

  /**
   * True when two lines or more all start with a statement: assignments or calls one under
   * another (Q28447's BASIC, Q317720's DBSETPROP calls, Q178253's registers, Q177353's functions
   * each with a dash and what it does), which may be as long as wrapped text and have few of the
   * {@link #symbolic symbols}. A sentence that starts with a function's name goes on with a word
   * ({@code IsFieldDirty() is called twice}). A line inside parentheses that a line above opened
   * goes on with that line: Q160053's {@code DEVICE=...DIALNDIS.EXE (After the line} over {@code
   * DEVICE=...\PROTMAN.DOS)} is one line wrapped, not two statements.
   */
  static boolean statements(List<String> lines) {
    if (lines.size() == 1) {
      return setting(lines.get(0)) || command(lines.get(0));
    }
    int statements = 0;
    int depth = 0;
    for (String line : lines) {
      if (depth <= 0) {
        Matcher m = STATEMENT.matcher(line);
        if (!m.lookingAt() || WORD_AFTER.matcher(line).region(m.end(), line.length()).lookingAt()) {
          return false;
        }
        statements++;
        depth = 0;
      }
      depth += count(line, '(') - count(line, ')');
    }
    return statements >= 2;
  }

  /** A name, {@code =} and a value with no space around it, then words: {@code device=EMM386.EXE NOEMS X=C600-C7FF}. */
  private static final Pattern ASSIGNMENT = Pattern.compile("\\s*[\\p{L}_][\\w.$%&!#]*=\\S+(?: +\\S+)*\\s*");

  /**
   * True when a line alone is a setting (a CONFIG.SYS or INI line, Q86357's {@code
   * device=EMM386.EXE NOEMS X=C600-C7FF}): a paragraph would run its spaces together. One that goes
   * on as a sentence ({@code x=5 is the answer.}) is none.
   */
  private static boolean setting(String line) {
    return line.indexOf('=') > 0 && ASSIGNMENT.matcher(line).matches()
        && !WORD_AFTER.matcher(line).region(line.indexOf('=') + 1, line.length()).lookingAt();
  }

  /** A program named in capitals or by its path, then its arguments: {@code NET VIEW /?}, {@code C:\MASM611A\BIN\ML.EXE /c}. */
  private static final Pattern COMMAND = Pattern.compile("\\s*(?:[A-Za-z]:\\\\\\S*|[A-Z][A-Z0-9._-]+) ");
  /** A switch after a space: {@code /?}, {@code /sc_query:}, {@code -n}. */
  private static final Pattern SWITCH = Pattern.compile("(?<= )[/-][\\w?]");

  /**
   * True when a line alone is a command with a switch (Q130874's {@code NET VIEW /?}, Q106399's
   * {@code C:\MASM611A\BIN\ML.EXE /c /Cx /coff $(InputPath)}, {@code NLTEST /sc_query:<Account
   * Domain>}): typed as written, not a sentence, which has words in lower case.
   */
  private static boolean command(String line) {
    return line.indexOf('/') + line.indexOf('-') > -2 && COMMAND.matcher(line).lookingAt()
        && SWITCH.matcher(line).find() && !SPACED_WORD.matcher(line).find();
  }

  private static int count(String s, char c) {
    int n = 0;
    for (int i = s.indexOf(c); i >= 0; i = s.indexOf(c, i + 1)) {
      n++;
    }
    return n;
  }

  /** A section's header in a registry or INI file: {@code [HKEY_LOCAL_MACHINE\SOFTWARE\ODBC]}, {@code [Application]}. */
  private static final Pattern SECTION = Pattern.compile("\\s*\\[[^\\]]+\\]\\s*");
  /** A setting under it: {@code "Driver"="C:\\WINNT\\..."}, {@code "56592553"=1,MYDATA.DB$,...}, {@code @="..."}, {@code Name=value}. */
  private static final Pattern SETTING = Pattern.compile("\\s*(?:\"[^\"]*\"|@|[\\w.$%&!#-]+)\\s*=.*");

  /**
   * True when two lines or more are a registry or INI file's: settings under a section's header,
   * or settings with quoted names ({@code "Driver"="C:\\WINNT\\System32\\odbcjt32.dll"}), which a
   * reader pastes into a .reg file as they are (Q190059, Q136995). Their header has few
   * {@link #symbolic symbols}, and a quoted name is no {@link #statements statement}.
   */
  static boolean settings(List<String> lines) {
    if (lines.size() < 2) {
      return false;
    }
    boolean marked = false;
    for (String line : lines) {
      if (SECTION.matcher(line).matches()) {
        marked = true;
      } else if (SETTING.matcher(line).matches()) {
        marked |= line.strip().charAt(0) == '"';
      } else {
        return false;
      }
    }
    return marked;
  }

  /** A registry key's root, after a backslash some articles put first: {@code HKEY_LOCAL_MACHINE\}, {@code \HKLM\}, {@code HKCU/}. */
  private static final Pattern REGISTRY_KEY = Pattern.compile("\\s*\\\\?(?:HKEY_[A-Z_]+|HK(?:LM|CU|CR|U|CC))(?:[\\\\/:]|\\s*$)");
  /** A word in lower case after a space: the sentence a key may go on with, not a part of its path. */
  private static final Pattern SPACED_WORD = Pattern.compile("(?<= )\\p{Ll}\\p{L}{3,}");

  /**
   * True when every line is a registry key alone ({@code HKEY_LOCAL_MACHINE\SOFTWARE\Banyan},
   * Q181022's {@code \HKLM\SYSTEM\...\Parameters}): what a reader looks for in Registry Editor
   * as written, which its few {@link #symbolic symbols} would leave a paragraph. A placeholder's
   * word ({@code <service name>}) may be in lower case; a key that goes on as a sentence ({@code
   * (default value is 4 hours).}) is none.
   */
  static boolean registryKeys(List<String> lines) {
    for (String line : lines) {
      if (!REGISTRY_KEY.matcher(line).lookingAt() || SPACED_WORD.matcher(line).results().count() > 1) {
        return false;
      }
    }
    return true;
  }

  /**
   * True when the chunk is one registry key wrapped over two or three lines, its path going on
   * under its root ({@code HKEY_LOCAL_MACHINE\SYSTEM\CurrentControlSet\Services} over {@code
   * \NwRdr\Parameters}, Q196051): one key, whose lines are joined where they broke, and set as
   * code. Only where a line goes on with a backslash or the line above ends with one (Q235173's
   * {@code ...\Services\} over {@code SMS_NT_Logon_Discovery_Agent}): Q123791's {@code
   * HKEY_LOCAL_MACHINE\SYSTEM} over {@code CurrentControlSet\...} and a value's {@code
   * Frametype:REG_DWORD:number} stay as set, as the joins a paragraph would make of them are not
   * the key. Or where the text wrapped ({@code wraps}, a break's) at a space inside a name, the
   * line going on with names in capitals (Q271758's {@code ...\Uninstall\Network} over {@code
   * Associates Exchange AV Client}, {@code ...\CurrentVersion\App} over {@code Paths\AVExch32.exe}).
   */
  static boolean wrappedKey(List<String> lines, boolean[] wraps) {
    if (lines.size() < 2 || lines.size() > 3 || !registryKeys(lines.subList(0, 1))) {
      return false;
    }
    long words = SPACED_WORD.matcher(lines.get(0)).results().count();
    for (int i = 1; i < lines.size(); i++) {
      String above = lines.get(i - 1).stripTrailing();
      String line = lines.get(i).strip();
      boolean atSeparator = separatorAt(line, 0) || separatorAt(above, above.length() - 1);
      boolean atSpace = !atSeparator && wraps[i - 1] && LOWER_START.matcher(line).results().findAny().isEmpty();
      // Q185193's " _" is the article's own mark that a line goes on: kept as set.
      if (above.endsWith(" _") || !(atSeparator || atSpace) || REGISTRY_KEY.matcher(line).lookingAt()) {
        return false;
      }
      words += SPACED_WORD.matcher(line).results().count();
    }
    return words <= 1;
  }

  /** A word that starts in lower case: the sentence a line goes on with, not a key's name. */
  private static final Pattern LOWER_START = Pattern.compile("(?<![\\S])\\p{Ll}");

  /** True when {@code s} has a key's separator at {@code i}: a backslash, or the slash some articles write (Q150959). */
  private static boolean separatorAt(CharSequence s, int i) {
    return i >= 0 && i < s.length() && (s.charAt(i) == '\\' || s.charAt(i) == '/');
  }

  /**
   * A registry key wrapped over lines ({@link #wrappedKey}) as one line at their indent, joined at
   * their separators, or with a space where it broke at one; after a hyphen with none (a CLSID's
   * {@code {00020820-0000-0000-C000-} over {@code 000000000046}\...}).
   */
  static List<String> joinedKey(List<String> lines) {
    StringBuilder key = new StringBuilder(lines.get(0).stripTrailing());
    for (String line : lines.subList(1, lines.size())) {
      String part = line.strip();
      boolean separatorBefore = separatorAt(key, key.length() - 1);
      if (!separatorBefore && !separatorAt(part, 0) && key.charAt(key.length() - 1) != '-') {
        key.append(' ');
      }
      key.append(part, separatorBefore && separatorAt(part, 0) ? 1 : 0, part.length());
    }
    return List.of(key.toString());
  }

  /** A stack frame, {@code module!function+0x offset} alone or after its addresses ({@code NT!_KiTrap0E+0x25e}). */
  private static final Pattern FRAME = Pattern.compile("\\s*(?:\\p{XDigit}{8}\\s+)*[\\w.]+![\\w@?$:~<>]+\\+0x\\p{XDigit}+\\b");
  /** A debugger's prompt: {@code kd>}, {@code 0: kd>}, {@code 0:000>}. */
  private static final Pattern PROMPT = Pattern.compile("\\s*(?:\\d+:\\s*)?(?:kd|\\d+:\\d{3})>", Pattern.CASE_INSENSITIVE);

  /**
   * True when two lines or more are, half of them at least, a debugger's or a dump's: three words
   * of eight hexadecimal digits or more (addresses and values), a {@link #FRAME stack frame} or a
   * {@link #PROMPT prompt}. A stack trace (Q126724, Q225157), whose frames' names start in lower
   * case, read as sentences wrapped: its frames were run together.
   */
  static boolean machineOutput(List<String> lines) {
    if (lines.size() < 2) {
      return false;
    }
    int machine = 0;
    for (String line : lines) {
      // The regexes only where their mark is: a frame's !, a prompt's >.
      if (hexWords(line) >= 3 || line.indexOf('!') > 0 && FRAME.matcher(line).lookingAt()
          || line.indexOf('>') > 0 && PROMPT.matcher(line).lookingAt()) {
        machine++;
      }
    }
    return machine * 2 >= lines.size();
  }

  /** How many of the line's words, between spaces, are eight hexadecimal digits. */
  private static int hexWords(String line) {
    int n = 0;
    int start = 0;
    for (int i = 0; i <= line.length(); i++) {
      if (i == line.length() || Character.isWhitespace(line.charAt(i))) {
        if (i - start == 8 && allHex(line, start, i)) {
          n++;
        }
        start = i + 1;
      }
    }
    return n;
  }

  /** True when {@code s} from {@code start} to {@code end} is hexadecimal digits, without a substring: this runs on every line of every paragraph. */
  private static boolean allHex(String s, int start, int end) {
    for (int i = start; i < end; i++) {
      char c = s.charAt(i);
      if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F')) {
        return false;
      }
    }
    return true;
  }

  /**
   * True when {@code lines} are code by their {@link #symbolic symbols}, {@link #commented
   * comments}, {@link #statements}, {@link #settings}, {@link #registryKeys registry keys} or
   * {@link #machineOutput a debugger's output}.
   */
  static boolean code(List<String> lines) {
    return symbolic(lines) || commented(lines) || statements(lines) || settings(lines) || registryKeys(lines)
        || machineOutput(lines);
  }

  /**
   * Which of {@code chunks} start with {@code *} lines set among code at their indent: comments in
   * FoxPro and xBase programs ({@code * Program start.}), lines an article marks as added. A run of
   * such chunks beside a chunk at the same indent or further out that is laid out preformatted
   * ({@code code}, and not a list, a rule or a sub-heading), or whose text is code itself
   * ({@link #symbolic}: Q177092's HTML), is code, not a bulleted list whose markers would be
   * dropped.
   */
  static boolean[] starredCode(List<TextBlocks.Chunk> chunks, Predicate<List<String>> code) {
    boolean[] starred = new boolean[chunks.size()];
    int start = 0;
    while (start < chunks.size()) {
      int indent = starIndent(chunks.get(start).lines());
      int end = start + 1;
      if (indent >= 0) {
        while (end < chunks.size() && starIndent(chunks.get(end).lines()) == indent) {
          end++;
        }
        if (start > 0 && codeAt(chunks.get(start - 1).lines(), indent, code)
            || end < chunks.size() && codeAt(chunks.get(end).lines(), indent, code)
            || symbolic(withoutMarkers(chunks.subList(start, end)))) {
          Arrays.fill(starred, start, end, true);
        }
      }
      start = end;
    }
    return starred;
  }

  /** The lines of {@code chunks} without the list markers they start with. */
  private static List<String> withoutMarkers(List<TextBlocks.Chunk> chunks) {
    List<String> lines = new ArrayList<>();
    for (TextBlocks.Chunk chunk : chunks) {
      for (String line : chunk.lines()) {
        Matcher m = TextBlocks.MARKER.matcher(line);
        lines.add(m.lookingAt() ? line.substring(m.end()) : line);
      }
    }
    return lines;
  }

  /** The indent of the {@code *} marker that starts the chunk; -1 when it starts otherwise. */
  private static int starIndent(List<String> lines) {
    Matcher m = TextBlocks.MARKER.matcher(lines.get(0));
    return m.lookingAt() && "*".equals(m.group(2)) ? m.group(1).length() : -1;
  }

  private static boolean codeAt(List<String> lines, int indent, Predicate<List<String>> code) {
    String first = lines.get(0);
    return TextBlocks.indent(first) <= indent && !TextBlocks.MARKER.matcher(first).lookingAt()
        && !TextBlocks.isRule(first) && SubHeadings.headingLines(lines) == 0
        && code.test(lines);
  }

  /** A sign of code in a line, or a gap of two spaces between its words (a listing's columns). */
  private static final Pattern CODE_SIGN = Pattern.compile("[;{}=<>#\\\\|]|\\S {2,}\\S");

  /**
   * A line alone between code above and {@code next}, code below, with a sign of code in it, not
   * leading into what follows: the code's line, not a sentence between two pieces of it (Q65645's
   * {@code double x;} between {@code #include <stdio.h>} and {@code void main (void)}; Q98262's
   * {@code Directory of B:\HLP} between two listings).
   */
  static boolean lineBetween(List<String> chunk, List<String> next) {
    if (chunk.size() != 1) {
      return false;
    }
    String line = chunk.get(0).strip();
    // A sentence has words in lower case (Q89482's "This entry takes a comma-separated list; for example").
    return !line.endsWith(":") && !line.endsWith(".") && CODE_SIGN.matcher(line).find()
        && TextBlocks.LOWER_WORD.matcher(line).results().count() < 4
        && (code(next) || TextBlocks.indent(next.get(0)) > 0 && !TextBlocks.MARKER.matcher(next.get(0)).lookingAt());
  }
}
