package org.kbsite.model;

import java.util.List;

/**
 * The article text: stray lines between the header and the "applies to" box ({@code preBox},
 * rare), the lines after the box before the first heading ({@code intro}), then the sections.
 * Together with the header, box, query words and trailer they cover every line of the raw block.
 */
public record Body(List<String> preBox, List<String> intro, List<Section> sections) {
  public Body {
    preBox = List.copyOf(preBox);
    intro = List.copyOf(intro);
    sections = List.copyOf(sections);
  }
}
