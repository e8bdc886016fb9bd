package org.kbsite.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kbsite.catalog.Coverage;
import org.kbsite.content.ContentScanner;
import org.kbsite.incremental.Hash;
import org.kbsite.incremental.Hasher;
import org.kbsite.model.ArticleSummary;
import org.kbsite.model.KbId;

/**
 * The outcome of the first pass over the content: the pages that became articles (with their
 * summaries, hashes and coverage), and the rejected, ignored and noted inputs.
 */
final class Accepted {
  final List<ContentScanner.Page> pages = new ArrayList<>();
  final List<KbId> ids = new ArrayList<>();
  /** The hash of each page's bytes. */
  final List<Hash> contents = new ArrayList<>();
  /** The hash of each page's path and bytes: what its article's files are made from. */
  final List<Hash> sources = new ArrayList<>();
  final Coverage coverage = new Coverage();
  final List<ArticleSummary> summaries = new ArrayList<>();
  final List<BuildReport.Problem> rejected = new ArrayList<>();
  final List<BuildReport.Ignored> ignored = new ArrayList<>();
  final List<BuildReport.Problem> notes = new ArrayList<>();

  /** Indexes into {@code pages} ordered by their article's ID. */
  List<Integer> orderById() {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < pages.size(); i++) {
      order.add(i);
    }
    order.sort((a, b) -> ids.get(a).compareTo(ids.get(b)));
    return order;
  }

  /** The hash of every article's ID and the IDs it cites, in ID order: what links between articles depend on. */
  Hash linksHash() {
    Hasher h = new Hasher();
    for (int k : orderById()) {
      h.i32(ids.get(k).number()).i32(summaries.get(k).references().size());
      summaries.get(k).references().forEach(r -> h.i32(r.number()));
    }
    return h.done();
  }

  /** The hash of every article's ID, path and bytes, in ID order: all the site is made from. */
  Hash archiveHash() {
    Hasher h = new Hasher();
    for (int k : orderById()) {
      h.i32(ids.get(k).number()).hash(sources.get(k));
    }
    return h.done();
  }

  /**
   * The pages that became articles, in path order. When pages share an article ID, the one at the
   * archive's path for that ID ({@code kb/NNN/QNNNNN/README.md}) wins, else the first in path
   * order; the others are rejected and the winner gets a note naming them.
   */
  static Accepted of(List<ContentScanner.Page> files, List<PageResult> results) {
    Map<KbId, Integer> winner = new HashMap<>();
    for (int i = 0; i < results.size(); i++) {
      ArticleSummary a = results.get(i).summary();
      if (a != null) {
        Integer w = winner.get(a.id());
        if (w == null || PageIdentity.atCanonicalPath(files.get(i).rel(), a.id())
            && !PageIdentity.atCanonicalPath(files.get(w).rel(), a.id())) {
          winner.put(a.id(), i);
        }
      }
    }
    Accepted acc = new Accepted();
    for (int i = 0; i < results.size(); i++) {
      PageResult r = results.get(i);
      if (r.notAPage()) {
        acc.ignored.add(new BuildReport.Ignored(r.rejection().path(), r.rejection().reason()));
        continue;
      }
      if (r.rejection() != null) {
        acc.rejected.add(r.rejection());
        continue;
      }
      ArticleSummary a = r.summary();
      String rel = files.get(i).rel();
      String kept = files.get(winner.get(a.id())).rel();
      if (!kept.equals(rel)) {
        acc.rejected.add(new BuildReport.Problem(rel, 0,
            "duplicate article ID " + a.id() + ": built from " + kept + " instead"));
        acc.notes.add(new BuildReport.Problem(kept, 0,
            "article ID " + a.id() + " is also claimed by " + rel + ", which was rejected"));
        continue;
      }
      acc.notes.addAll(r.notes());
      acc.pages.add(files.get(i));
      acc.ids.add(a.id());
      acc.contents.add(r.content());
      acc.sources.add(new Hasher().str(rel).hash(r.content()).done());
      acc.summaries.add(a);
      acc.coverage.add(r.coverage());
    }
    return acc;
  }

  static final Comparator<BuildReport.Problem> BY_PATH_AND_LINE =
      Comparator.comparing(BuildReport.Problem::path).thenComparingInt(BuildReport.Problem::line);
}
