package org.kbsite.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts article text into blocks at blank lines. A block of unindented lines is prose and is
 * re-flowed; anything indented or ruled stays preformatted, because its shape carries meaning
 * (code, registry paths, event text, tables).
 */
final class TextBlocks {
  private TextBlocks() {}

  static List<Block> of(List<String> lines) {
    List<Block> blocks = new ArrayList<>();
    List<String> chunk = new ArrayList<>();
    for (int i = 0; i <= lines.size(); i++) {
      if (i == lines.size() || lines.get(i).isBlank()) {
        if (!chunk.isEmpty()) {
          addChunk(chunk, blocks);
          chunk.clear();
        }
      } else {
        chunk.add(lines.get(i));
      }
    }
    return blocks;
  }

  private static void addChunk(List<String> chunk, List<Block> blocks) {
    int start = 0;
    if (chunk.size() >= 2 && isUnderlined(chunk.get(0), chunk.get(1))) {
      blocks.add(Block.sub(chunk.get(0).strip()));
      start = 2;
    }
    List<String> rest = chunk.subList(start, chunk.size());
    if (rest.isEmpty()) {
      return;
    }
    if (isProse(rest)) {
      blocks.add(Block.para(String.join(" ", rest.stream().map(String::strip).toList())));
    } else {
      blocks.add(Block.pre(String.join("\n", rest)));
    }
  }

  static boolean isUnderlined(String text, String rule) {
    String t = text.stripTrailing();
    String r = rule.stripTrailing();
    int indent = indent(t);
    return !t.isBlank()
        && r.length() == t.length()
        && indent(r) == indent
        && r.substring(indent).chars().allMatch(c -> c == '-')
        && !t.substring(indent).chars().allMatch(c -> c == '-');
  }

  private static boolean isProse(List<String> lines) {
    for (String line : lines) {
      if (indent(line) > 0 || line.contains("\t") || line.contains("   ")) {
        return false;
      }
      String s = line.strip();
      if (s.startsWith("- ") || s.startsWith("* ") || s.chars().allMatch(c -> c == '-' || c == '=')) {
        return false;
      }
    }
    return true;
  }

  private static int indent(String s) {
    int i = 0;
    while (i < s.length() && s.charAt(i) == ' ') {
      i++;
    }
    return i;
  }
}
