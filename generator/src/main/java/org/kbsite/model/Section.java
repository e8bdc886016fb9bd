package org.kbsite.model;

import java.util.List;

/**
 * A section under an {@code =}-underlined heading. {@code lines} is its text as in the source
 * (one TAB already removed), blank lines at either end trimmed; {@code firstLine} is the source
 * line number of its first text line.
 */
public record Section(String heading, SectionKind kind, List<String> lines, int firstLine) {
  public Section {
    lines = List.copyOf(lines);
  }

  public String text() {
    return String.join("\n", lines);
  }

  /** True when a line of the section is not blank. */
  public boolean hasText() {
    return lines.stream().anyMatch(l -> !l.isBlank());
  }
}
