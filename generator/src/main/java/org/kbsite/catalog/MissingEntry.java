package org.kbsite.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kbsite.model.ArticleSummary;
import org.kbsite.model.KbId;

/**
 * One line of {@code api/missing.json}: a Q-number that articles cite but the archive does not
 * hold, the title they give it ({@link #citedTitle}), and the articles that cite it. What the
 * "cited but missing" pages show, for programs.
 */
public record MissingEntry(String id, String title, List<String> citedBy) {

  /** Every missing Q-number, in the order {@code missing} has them (by number); citing articles in ID order. */
  public static List<MissingEntry> of(Map<KbId, List<ArticleSummary>> missing) {
    List<MissingEntry> out = new ArrayList<>(missing.size());
    missing.forEach((id, citing) -> out.add(
        new MissingEntry(id.toString(), citedTitle(id, citing), citing.stream().map(s -> s.id().toString()).toList())));
    return out;
  }

  /**
   * The title the articles citing {@code id} give it most often (on a tie, the one the first of
   * them gives): typed by hand in each list of references, it varies ("How to Obtain the Latest
   * Windows NT 4.0 Service Pack", "... Service Pack (SP)"). Null when none gives one.
   */
  public static String citedTitle(KbId id, List<ArticleSummary> citing) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (ArticleSummary s : citing) {
      String title = s.citedTitle(id);
      if (title != null) {
        counts.merge(title, 1, Integer::sum);
      }
    }
    String best = null;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (best == null || e.getValue() > counts.get(best)) {
        best = e.getKey();
      }
    }
    return best;
  }
}
