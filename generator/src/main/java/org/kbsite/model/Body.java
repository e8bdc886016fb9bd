package org.kbsite.model;

import java.util.List;

/**
 * The article text between the "applies to" box and the trailer: lines before the first heading
 * ({@code intro}), then the sections. Together with the header, box, query words and trailer
 * they cover every line of the raw block.
 */
public record Body(List<String> intro, List<Section> sections) {
  public Body {
    intro = List.copyOf(intro);
    sections = List.copyOf(sections);
  }
}
