package org.kbsite.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Splits a page's text into front matter, Markdown and the {@code {% raw %}} block. Pure: text in,
 * {@link ParsedPage} out, or a {@link PageException} naming the line.
 */
public final class PageParser {
  private static final String RAW_START = "{% raw %}";
  private static final String RAW_END = "{% endraw %}";

  private PageParser() {}

  /** Parses normalised text (LF line ends, no BOM). */
  public static ParsedPage parse(String path, String text) throws PageException {
    List<String> lines = text.lines().toList();
    if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
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
    Map<String, Object> frontMatter = loadYaml(String.join("\n", lines.subList(1, close)));
    Object title = frontMatter.get("title");
    if (title != null && !(title instanceof String)) {
      throw new PageException(2, "front matter 'title' is not a string");
    }

    StringBuilder markdown = new StringBuilder();
    List<String> raw = null;
    int rawFirstLine = 0;
    int openLine = 0;
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
        }
      } else if (bare.equals(RAW_END)) {
        openLine = 0;
      } else if (bare.equals(RAW_START)) {
        throw new PageException(lineNo, "'{% raw %}' inside the raw block opened at line " + openLine);
      } else {
        // The archive indents every raw line with exactly one TAB; further TABs are content.
        raw.add(line.startsWith("\t") ? line.substring(1) : line);
      }
    }
    if (openLine != 0) {
      throw new PageException(openLine, "'{% raw %}' with no '{% endraw %}' after it");
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
        path, frontMatter, markdown.toString(), raw.subList(lead, end), rawFirstLine + lead);
  }

  private static Map<String, Object> loadYaml(String yaml) throws PageException {
    try {
      Object doc = new Load(LoadSettings.builder().setLabel("front matter").build()).loadFromString(yaml);
      if (doc == null) {
        return new LinkedHashMap<>();
      }
      if (!(doc instanceof Map<?, ?> map)) {
        throw new PageException(2, "front matter is not a set of 'key: value' lines");
      }
      Map<String, Object> out = new LinkedHashMap<>();
      map.forEach((k, v) -> out.put(String.valueOf(k), v));
      return out;
    } catch (MarkedYamlEngineException e) {
      int line = e.getProblemMark().map(m -> m.getLine() + 2).orElse(2);
      throw new PageException(line, "invalid YAML in front matter: " + e.getProblem());
    } catch (YamlEngineException e) {
      throw new PageException(2, "invalid YAML in front matter: " + e.getMessage());
    }
  }
}
