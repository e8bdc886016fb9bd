package org.kbsite.site;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kbsite.content.ContentScanner;
import org.kbsite.model.Interner;
import org.kbsite.parallel.Parallel;

/**
 * The first pass over the scanned pages, in parallel: each page's result, taken from the previous
 * build state where its size and time vouch for it, else read; and the entries the next state
 * keeps for them ({@link BuildState.Source}).
 */
final class FirstPass {
  private final ContentScanner.Inventory inventory;
  private final List<PageResult> results;
  private final Map<String, BuildState.Source> sources = new HashMap<>();
  /** Entries whose time vouched for nothing, kept as they were: by index into the pages. */
  private final List<Integer> keptUntimed = new ArrayList<>();

  /** {@code earlier}: the previous state's entries, when its results still hold (same key); else empty. */
  FirstPass(ContentScanner.Inventory inventory, Map<String, BuildState.Source> earlier, Interner lists) {
    this.inventory = inventory;
    List<ContentScanner.Page> files = inventory.pages();
    results = Parallel.map(files.size(), i -> {
      ContentScanner.Page p = files.get(i);
      BuildState.Source s = earlier.get(p.rel());
      if (s != null && s.unchanged(p)) {
        return s.result();
      }
      return SourcePage.result(p.path(), p.rel(), s == null ? null : s.result(), lists);
    });
    for (int i = 0; i < files.size(); i++) {
      ContentScanner.Page p = files.get(i);
      PageResult r = results.get(i);
      BuildState.Source before = earlier.get(p.rel());
      boolean sameBytes = before != null && before.result() == r && before.size() == p.size();
      if (sameBytes && before.modified() == p.modified()) {
        // The very same entry: the state can copy its encoded form.
        sources.put(p.rel(), before);
      } else if (sameBytes && before.modified() == ContentScanner.UNTRUSTED) {
        // Kept as it was, so that with nothing edited the state stays as it was; given its time
        // when the state is written anyway (timedSources).
        sources.put(p.rel(), before);
        keptUntimed.add(i);
      } else if (r.content() != null) {
        // A page that could not be read is read again next time, whatever its size and time.
        sources.put(p.rel(), BuildState.Source.of(p, inventory.scanned(), r));
      }
    }
  }

  /** By page, in the inventory's order: its summary, or why it was rejected. */
  List<PageResult> results() {
    return results;
  }

  /** The entries for the next state, those whose time vouched for nothing kept as they were. */
  Map<String, BuildState.Source> sources() {
    return sources;
  }

  /**
   * The entries for a state that is written anyway: those kept without a time are recorded
   * again as this scan found them, so that a page whose time vouched for nothing once is not read
   * again on every build after.
   */
  Map<String, BuildState.Source> timedSources() {
    if (keptUntimed.isEmpty()) {
      return sources;
    }
    Map<String, BuildState.Source> timed = new HashMap<>(sources);
    for (int i : keptUntimed) {
      ContentScanner.Page p = inventory.pages().get(i);
      timed.put(p.rel(), BuildState.Source.of(p, inventory.scanned(), results.get(i)));
    }
    return timed;
  }
}
