package org.kbsite.render;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.kbsite.text.Wrapped;

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

  private CitationLines() {}

  /** The citations {@code chunk} lists, each its lines joined; null when it is not only citations. */
  static List<String> of(List<String> chunk) {
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
}
