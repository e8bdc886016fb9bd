package org.kbsite.render;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kbsite.text.Wrapped;

import static org.kbsite.text.CitationLabels.ARTICLE_ID;
import static org.kbsite.text.CitationLabels.TITLE;

import static org.kbsite.render.TextBlocks.indent;

/**
 * Lines set in under a sentence that cite other articles, one to a line as the archive lists them
 * ({@code   Q152734 How to Obtain the Latest Windows NT 4.0 Service Pack}, a title too long for
 * its line going on below it at the same indent): a list of citations to read, not text to type,
 * though the indent would make them preformatted.
 */
final class CitationLines {
  /**
   * An article's number, then its title if any ({@code Q126277: 16-Bit Process Creation ...}): not
   * a file name ({@code Q123456.exe}).
   */
  private static final Pattern CITATION = Pattern.compile(" +Q\\d{5,6}(?!\\d)\\s*(?:$|(?:[:-]\\s*)?[\\p{L}\\p{N}\"'].*)");
  /** A run of three spaces: a table's columns, not a title. */
  private static final Pattern COLUMNS = Pattern.compile("\\S {3,}\\S");
  /** A title wraps once, rarely twice: more lines under one number are something else. */
  private static final int MAX_LINES = 3;

  /**
   * A citation at the margin: its number, then a title that starts as titles do, not in lower case
   * ({@code Q130165 PRB: LUPDATE() Does Not Return ...}, not {@code Q171781 explains ...}).
   */
  private static final Pattern AT_MARGIN = Pattern.compile("Q\\d{5,6}(?!\\d)(?::|\\s+-)?\\s+[^\\p{Ll}\\s].*");
  /** A line this long ran to the width: a title's next line goes on with it. */
  private static final int WRAPPED = 60;

  private CitationLines() {}

  /**
   * The citations a chunk at the margin lists, one to a line (Q176481's, a blank line apart;
   * Q298706's, each title wrapped to the margin under its number), each its lines joined; null
   * when it holds anything else.
   */
  static List<String> atMargin(List<String> chunk) {
    // Every prose chunk at the margin comes here: a look at its first character before the regexes.
    if (chunk.isEmpty() || !chunk.get(0).startsWith("Q")) {
      return null;
    }
    List<String> out = new ArrayList<>();
    List<String> citation = new ArrayList<>();
    for (String line : chunk) {
      if (COLUMNS.matcher(line).find()) {
        return null;
      }
      if (AT_MARGIN.matcher(line).matches()) {
        if (!citation.isEmpty()) {
          out.add(Wrapped.join(citation));
        }
        citation.clear();
      } else if (citation.isEmpty() || citation.size() == MAX_LINES
          || citation.get(citation.size() - 1).length() < WRAPPED || indent(line) > 0) {
        return null;
      }
      citation.add(line);
    }
    out.add(Wrapped.join(citation));
    return out;
  }

  /** The citations {@code chunk} lists, each its lines joined; null when it is not only citations. */
  static List<String> of(List<String> chunk) {
    if (!chunk.isEmpty() && ARTICLE_ID.matcher(chunk.get(0)).matches()) {
      return labelled(chunk);
    }
    if (chunk.isEmpty() || !CITATION.matcher(chunk.get(0)).matches()) {
      return null;
    }
    int indent = indent(chunk.get(0));
    List<String> out = new ArrayList<>();
    List<String> citation = new ArrayList<>();
    for (String line : chunk) {
      if (indent(line) < indent || COLUMNS.matcher(line.strip()).find()) {
        return null;
      }
      if (indent(line) == indent && CITATION.matcher(line).matches()) {
        if (!citation.isEmpty()) {
          out.add(Wrapped.join(citation));
        }
        citation.clear();
      } else if (citation.size() == MAX_LINES) {
        return null;
      }
      citation.add(line);
    }
    out.add(Wrapped.join(citation));
    return out;
  }

  /**
   * Puts a citation's number back over its title where a blank line parts them (Q158596's {@code
   * ARTICLE ID: Q158595}, a blank line, {@code TITLE: Mac Encarta 97: ...}), so that the chunk is
   * the one citation {@link #of} reads, as extract.ReferenceTitles reads its title.
   */
  static void numbersOverTitles(List<TextBlocks.Chunk> chunks) {
    for (int c = chunks.size() - 2; c >= 0; c--) {
      List<String> number = chunks.get(c).lines();
      TextBlocks.Chunk next = chunks.get(c + 1);
      if (number.size() == 1 && next.gap() == 1 && titleUnder(number.get(0), next.lines().get(0))) {
        List<String> citation = new ArrayList<>(number);
        citation.addAll(next.lines());
        // Not Q154391's, whose title wraps further in, in a column: a layout kept as set.
        if (of(citation) != null) {
          chunks.set(c, new TextBlocks.Chunk(citation, chunks.get(c).gap()));
          chunks.remove(c + 1);
        }
      }
    }
  }

  /** True when {@code line} is the title's label under {@code number}, a number's alone, at its indent. */
  private static boolean titleUnder(String number, String line) {
    Matcher id = ARTICLE_ID.matcher(number);
    return id.matches() && id.group(2) == null && indent(line) == indent(number) && TITLE.matcher(line).matches();
  }

  /**
   * Citations in the older form, a number over its title, each pair as the newer form has it on one
   * line ({@code Q165418 Before Installing a Windows NT Service Pack}): the labels say what the
   * list's links and titles show. Null when the chunk holds anything else.
   */
  private static List<String> labelled(List<String> chunk) {
    int indent = indent(chunk.get(0));
    List<String> out = new ArrayList<>();
    List<String> citation = new ArrayList<>();
    boolean titled = false;
    for (String line : chunk) {
      if (indent(line) != indent) {
        return null;
      }
      Matcher id = ARTICLE_ID.matcher(line);
      Matcher title = TITLE.matcher(line);
      if (id.matches()) {
        if (!citation.isEmpty()) {
          if (!titled) {
            return null;
          }
          out.add(Wrapped.join(citation));
        }
        citation.clear();
        citation.add("Q" + id.group(1) + (id.group(2) == null ? "" : " " + id.group(2)));
        titled = id.group(2) != null;
      } else if (!titled && citation.size() == 1 && title.matches()) {
        citation.add(title.group(1));
        titled = true;
      } else if (!titled || citation.size() == MAX_LINES) {
        return null;
      } else {
        citation.add(line);
      }
    }
    out.add(Wrapped.join(citation));
    // A number alone may be a column's line (Q154391's, its title a blank line below): left as set.
    return titled ? out : null;
  }
}
