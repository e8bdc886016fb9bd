package org.kbsite.catalog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kbsite.model.Article;
import org.kbsite.model.SectionKind;

/**
 * How many articles have each field, so that extraction gaps show at a glance. An article's
 * fields are taken as a bit set ({@link #of}), which an incremental build keeps instead of the
 * article; the sets are then added up one at a time on one thread.
 */
public final class Coverage {
  private static final List<String> FIELDS = List.of("tags", "products", "versions", "os", "keywords",
      "lastModified", "appliesTo", "sections", "summary", "symptoms", "cause", "resolution", "status",
      "workaround", "moreInformation", "references", "events", "events.source", "events.code",
      "additionalQueryWords", "technology", "issueType", "solutionType");

  private final int[] counts = new int[FIELDS.size()];

  /** The fields the article has: bit i set for {@code FIELDS[i]}. */
  public static int of(Article a) {
    Bits bits = new Bits();
    bits.count("tags", !a.tags().isEmpty());
    bits.count("products", !a.products().isEmpty());
    bits.count("versions", !a.versions().isEmpty());
    bits.count("os", !a.os().isEmpty());
    bits.count("keywords", !a.keywords().isEmpty());
    bits.count("lastModified", a.lastModified() != null);
    bits.count("appliesTo", !a.appliesTo().isEmpty());
    bits.count("sections", !a.body().sections().isEmpty());
    bits.count("summary", a.section(SectionKind.SUMMARY) != null);
    bits.count("symptoms", a.section(SectionKind.SYMPTOMS) != null);
    bits.count("cause", a.section(SectionKind.CAUSE) != null);
    bits.count("resolution", a.section(SectionKind.RESOLUTION) != null);
    bits.count("status", a.section(SectionKind.STATUS) != null);
    bits.count("workaround", a.section(SectionKind.WORKAROUND) != null);
    bits.count("moreInformation", a.section(SectionKind.MORE_INFORMATION) != null);
    bits.count("references", !a.references().isEmpty());
    bits.count("events", !a.events().isEmpty());
    bits.count("events.source", a.events().stream().anyMatch(e -> e.source() != null));
    bits.count("events.code", a.events().stream().anyMatch(e -> e.code() != null));
    bits.count("additionalQueryWords", a.additionalQueryWords() != null && !a.additionalQueryWords().isEmpty());
    bits.count("technology", !a.trailer().technology().isEmpty());
    bits.count("issueType", a.trailer().issueType() != null);
    bits.count("solutionType", a.trailer().solutionType() != null);
    return bits.set;
  }

  private static final class Bits {
    int set;

    void count(String field, boolean present) {
      if (present) {
        set |= 1 << FIELDS.indexOf(field);
      }
    }
  }

  /** Counts one article's fields, as {@link #of} gave them. */
  public void add(int fields) {
    for (int i = 0; i < counts.length; i++) {
      counts[i] += fields >>> i & 1;
    }
  }

  /** Field name to the number of articles that have it, in a fixed order. */
  public Map<String, Integer> counts() {
    Map<String, Integer> out = new LinkedHashMap<>();
    for (int i = 0; i < counts.length; i++) {
      out.put(FIELDS.get(i), counts[i]);
    }
    return java.util.Collections.unmodifiableMap(out);
  }
}
