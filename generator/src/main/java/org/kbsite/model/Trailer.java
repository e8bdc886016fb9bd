package org.kbsite.model;

import java.util.List;
import java.util.Map;

/**
 * The fields after the 70-{@code =} rule at the end of an article ({@code fields} in source order,
 * raw values), with the ones users query parsed.
 */
public record Trailer(
    Map<String, String> fields,
    List<String> technology,
    String issueType,
    String solutionType) {
  public static final Trailer NONE = new Trailer(Map.of(), List.of(), null, null);

  public Trailer {
    fields = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
    technology = List.copyOf(technology);
  }
}
