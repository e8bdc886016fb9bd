package org.kbsite.parse;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Splits a page's text into front matter, Markdown and the {@code {% raw %}} block. Pure: text in,
 * {@link ParsedPage} out, or a {@link PageException} naming the line.
 */
public final class PageParser {
  /**
   * Limits that keep one hostile page from costing the build minutes or gigabytes. The archive's
   * longest line has 779 characters, and outside the raw block its pages hold one heading line;
   * Flexmark and snakeyaml-engine take quadratic time or overflow the stack on some larger input.
   */
  public static final int MAX_LINE_CHARS = 100_000;
  public static final int MAX_MARKDOWN_CHARS = 16_384;
  public static final int MAX_FRONT_MATTER_CHARS = 65_536;

  private static final String RAW_START = "{% raw %}";
  private static final String RAW_END = "{% endraw %}";

  private PageParser() {}

  /**
   * Whether a Markdown file at {@code path} is meant as an article's page: it holds a raw block or
   * an {@code Article:} line, or opens with front matter and names an article ID in its path or
   * front matter (a damaged page, which {@link #parse} then rejects with its reason). A Jekyll
   * site's own pages ({@code index.md}, {@code about.md}: front matter with no ID, then Markdown,
   * which may link to articles) are not. Empty and
   * binary files count as pages, so that they are rejected, not passed over.
   */
  public static boolean looksLikePage(String text, String path) {
    if (text.isBlank() || text.indexOf('\0') >= 0 || text.contains("{% raw") || text.contains("{% endraw")
        || text.contains("Article:")) {
      return true;
    }
    return text.strip().startsWith("---") && (ARTICLE_ID.matcher(path).find() || ARTICLE_ID.matcher(frontMatter(text)).find());
  }

  /** The text up to the line that closes the front matter, or all of it when none does. */
  private static String frontMatter(String text) {
    int open = text.indexOf("---");
    int close = text.indexOf("\n---", open + 3);
    return close < 0 ? text : text.substring(0, close);
  }

  /** An article ID as a path or a title writes it: {@code Q123456}, {@code q10837}. */
  private static final Pattern ARTICLE_ID = Pattern.compile("(?i)(?<![\\p{L}\\p{N}])q\\d{3,7}(?![\\p{L}\\p{N}])");

  /** Parses normalised text (LF line ends, no BOM). */
  public static ParsedPage parse(String path, String text) throws PageException {
    checkText(text);
    List<String> lines = text.lines().toList();
    if (!lines.get(0).strip().equals("---")) {
      throw new PageException(1, "no front matter: the page must start with a '---' line");
    }
    int close = -1;
    for (int i = 1; i < lines.size(); i++) {
      if (lines.get(i).strip().equals("---")) {
        close = i;
        break;
      }
    }
    if (close < 0) {
      throw new PageException(1, "unterminated front matter: no closing '---' line");
    }
    String yaml = String.join("\n", lines.subList(1, close));
    if (yaml.length() > MAX_FRONT_MATTER_CHARS) {
      throw new PageException(2, String.format(Locale.ROOT,
          "front matter of %,d characters: the limit is %,d", yaml.length(), MAX_FRONT_MATTER_CHARS));
    }
    Map<String, Object> frontMatter = loadYaml(yaml);
    Object title = frontMatter.get("title");
    if (title != null && !(title instanceof String)) {
      throw new PageException(keyLine(lines, close, "title"), "front matter 'title' is not a string");
    }

    StringBuilder markdown = new StringBuilder();
    List<String> raw = null;
    int rawFirstLine = 0;
    int openLine = 0;
    int untabbed = 0;
    int firstUntabbed = 0;
    for (int i = close + 1; i < lines.size(); i++) {
      String line = lines.get(i);
      String bare = line.strip();
      int lineNo = i + 1;
      if (openLine == 0) {
        if (line.contains(RAW_END)) {
          throw new PageException(lineNo, "'{% endraw %}' with no '{% raw %}' before it");
        }
        if (bare.equals(RAW_START)) {
          if (raw != null) {
            throw new PageException(lineNo, "a second '{% raw %}' block: one per page expected");
          }
          raw = new ArrayList<>();
          openLine = lineNo;
          rawFirstLine = lineNo + 1;
        } else {
          markdown.append(line).append('\n');
          if (markdown.length() > MAX_MARKDOWN_CHARS) {
            throw new PageException(lineNo, String.format(Locale.ROOT,
                "more than %,d characters of Markdown outside the raw block", MAX_MARKDOWN_CHARS));
          }
        }
      } else if (bare.equals(RAW_END)) {
        openLine = 0;
      } else if (bare.equals(RAW_START)) {
        throw new PageException(lineNo, "'{% raw %}' inside the raw block opened at line " + openLine);
      } else if (line.startsWith("\t")) {
        // The archive indents every raw line with exactly one TAB; further TABs are content.
        raw.add(ConverterEscapes.decode(line.substring(1)));
      } else {
        raw.add(ConverterEscapes.decode(line));
        if (!line.isBlank() && untabbed++ == 0) {
          firstUntabbed = lineNo;
        }
      }
    }
    if (openLine != 0) {
      throw new PageException(openLine, "'{% raw %}' with no '{% endraw %}' after it");
    }
    List<ParsedPage.Note> notes = new ArrayList<>();
    if (untabbed > 0) {
      notes.add(new ParsedPage.Note(firstUntabbed, String.format(Locale.ROOT,
          "%d line%s of the raw block start%s without a TAB: kept as written",
          untabbed, untabbed == 1 ? "" : "s", untabbed == 1 ? "s" : "")));
    }
    if (raw == null) {
      raw = List.of();
    }
    int lead = 0;
    while (lead < raw.size() && raw.get(lead).isBlank()) {
      lead++;
    }
    int end = raw.size();
    while (end > lead && raw.get(end - 1).isBlank()) {
      end--;
    }
    return new ParsedPage(
        path, frontMatter, markdown.toString(), raw.subList(lead, end), rawFirstLine + lead, notes);
  }

  /** Rejects what is not a page at all, or too large to parse safely, before reading it. */
  private static void checkText(String text) throws PageException {
    if (text.isBlank()) {
      throw new PageException(1, text.isEmpty() ? "empty file" : "empty file: nothing but white space");
    }
    int nul = text.indexOf('\0');
    if (nul >= 0) {
      throw new PageException(lineAt(text, nul), "NUL character: a binary file, not a page");
    }
    int line = 1;
    for (int start = 0; start < text.length(); line++) {
      int end = text.indexOf('\n', start);
      end = end < 0 ? text.length() : end;
      if (end - start > MAX_LINE_CHARS) {
        throw new PageException(line, String.format(Locale.ROOT,
            "line of %,d characters: the limit is %,d", end - start, MAX_LINE_CHARS));
      }
      start = end + 1;
    }
  }

  private static int lineAt(String text, int index) {
    int line = 1;
    for (int i = text.indexOf('\n'); i >= 0 && i < index; i = text.indexOf('\n', i + 1)) {
      line++;
    }
    return line;
  }

  /** The 1-based line of {@code key:} in the front matter ending at {@code close}; 2 if not found. */
  private static int keyLine(List<String> lines, int close, String key) {
    for (int i = 1; i < close; i++) {
      if (lines.get(i).startsWith(key + ":")) {
        return i + 1;
      }
    }
    return 2;
  }

  /**
   * One loader per thread: building a loader costs more than loading three lines of front matter,
   * and a loader is not safe to share between threads.
   */
  private static final ThreadLocal<Load> YAML = ThreadLocal.withInitial(
      () -> new Load(LoadSettings.builder().setLabel("front matter").build()));

  private static Map<String, Object> loadYaml(String yaml) throws PageException {
    try {
      Object doc = YAML.get().loadFromString(yaml);
      if (doc == null) {
        return new LinkedHashMap<>();
      }
      if (!(doc instanceof Map<?, ?> map)) {
        throw new PageException(2, "front matter is not a set of 'key: value' lines");
      }
      if (refersToItself(map, identitySet(), identitySet())) {
        throw new PageException(2, "front matter refers to itself through a YAML alias");
      }
      Map<String, Object> out = new LinkedHashMap<>();
      map.forEach((k, v) -> out.put(String.valueOf(k), v));
      return out;
    } catch (MarkedYamlEngineException e) {
      // An unclosed quote or bracket is found lines below, where the parser gives up: the line to
      // fix is where it opens, the context's. A duplicate key's context is the whole mapping: the
      // problem's line is the one to fix there.
      int problem = e.getProblemMark().map(m -> m.getLine() + 2).orElse(2);
      String context = e.getContext() == null ? "" : e.getContext().strip();
      int opened = e.getContextMark().map(m -> m.getLine() + 2).orElse(problem);
      boolean unclosed = context.startsWith("while scanning") || context.startsWith("while parsing a flow");
      int line = unclosed ? opened : problem;
      String where = context.isEmpty() ? "" : " " + context + (opened != line || unclosed && opened != problem
          ? " that starts on line " + opened : "");
      throw new PageException(line, "invalid YAML in front matter: " + e.getProblem() + where);
    } catch (YamlEngineException e) {
      throw new PageException(2, "invalid YAML in front matter: " + e.getMessage());
    } catch (StackOverflowError e) {
      throw new PageException(2, "front matter nested too deeply to read");
    }
  }

  /** True when a collection contains itself; {@code done} keeps shared aliases from being walked twice. */
  private static boolean refersToItself(Object node, Set<Object> path, Set<Object> done) {
    if (!(node instanceof Map<?, ?>) && !(node instanceof Iterable<?>) || done.contains(node)) {
      return false;
    }
    if (!path.add(node)) {
      return true;
    }
    Iterable<?> children = node instanceof Map<?, ?> m ? concat(m) : (Iterable<?>) node;
    for (Object child : children) {
      if (refersToItself(child, path, done)) {
        return true;
      }
    }
    path.remove(node);
    done.add(node);
    return false;
  }

  private static List<Object> concat(Map<?, ?> map) {
    List<Object> all = new ArrayList<>(map.keySet());
    all.addAll(map.values());
    return all;
  }

  private static Set<Object> identitySet() {
    return Collections.newSetFromMap(new IdentityHashMap<>());
  }
}
