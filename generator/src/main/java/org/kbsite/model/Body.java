package org.kbsite.model;

import java.util.List;

/**
 * The article text: stray lines between the header and the "applies to" box ({@code preBox},
 * rare), the lines after the box before the first heading ({@code intro}), then the sections.
 * Together with the header, box, query words and trailer they cover every line of the raw block.
 * {@code olderHeader} says that {@code preBox} is the older format's unlabelled block of
 * versions, platform and keywords ({@code 3.10 3.11} / {@code WINDOWS} / {@code kbnetwork}).
 */
public record Body(List<String> preBox, List<String> intro, List<Section> sections, boolean olderHeader) {
  public Body {
    preBox = List.copyOf(preBox);
    intro = List.copyOf(intro);
    sections = List.copyOf(sections);
  }
}
