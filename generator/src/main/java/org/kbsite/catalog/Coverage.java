package org.kbsite.catalog;

import java.util.LinkedHashMap;
import java.util.Map;
import org.kbsite.model.Article;
import org.kbsite.model.SectionKind;

/**
 * How many articles have each field, so that extraction gaps show at a glance. Fed one article
 * at a time on one thread.
 */
public final class Coverage {
  private final Map<String, Integer> counts = new LinkedHashMap<>();
  private int articles;

  public Coverage() {
    for (String f : new String[] {"tags", "products", "versions", "os", "keywords", "lastModified",
        "appliesTo", "sections", "summary", "symptoms", "cause", "resolution", "status",
        "workaround", "moreInformation", "references", "events", "events.source", "events.code",
        "additionalQueryWords", "technology", "issueType", "solutionType"}) {
      counts.put(f, 0);
    }
  }

  public void add(Article a) {
    articles++;
    count("tags", !a.tags().isEmpty());
    count("products", !a.products().isEmpty());
    count("versions", !a.versions().isEmpty());
    count("os", !a.os().isEmpty());
    count("keywords", !a.keywords().isEmpty());
    count("lastModified", a.lastModified() != null);
    count("appliesTo", !a.appliesTo().isEmpty());
    count("sections", !a.body().sections().isEmpty());
    count("summary", a.section(SectionKind.SUMMARY) != null);
    count("symptoms", a.section(SectionKind.SYMPTOMS) != null);
    count("cause", a.section(SectionKind.CAUSE) != null);
    count("resolution", a.section(SectionKind.RESOLUTION) != null);
    count("status", a.section(SectionKind.STATUS) != null);
    count("workaround", a.section(SectionKind.WORKAROUND) != null);
    count("moreInformation", a.section(SectionKind.MORE_INFORMATION) != null);
    count("references", !a.references().isEmpty());
    count("events", !a.events().isEmpty());
    count("events.source", a.events().stream().anyMatch(e -> e.source() != null));
    count("events.code", a.events().stream().anyMatch(e -> e.code() != null));
    count("additionalQueryWords", a.additionalQueryWords() != null && !a.additionalQueryWords().isEmpty());
    count("technology", !a.trailer().technology().isEmpty());
    count("issueType", a.trailer().issueType() != null);
    count("solutionType", a.trailer().solutionType() != null);
  }

  private void count(String field, boolean present) {
    if (present) {
      counts.merge(field, 1, Integer::sum);
    }
  }

  /** Field name to the number of articles that have it, in a fixed order. */
  public Map<String, Integer> counts() {
    return java.util.Collections.unmodifiableMap(counts);
  }
}
