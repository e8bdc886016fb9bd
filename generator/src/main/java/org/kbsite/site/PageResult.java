package org.kbsite.site;

import java.util.List;
import org.kbsite.incremental.Hash;
import org.kbsite.model.ArticleSummary;

/**
 * What the first pass keeps of one content file, and what an incremental build reuses while the
 * file is unchanged: the hash of its bytes, then either the article's summary and the fields it
 * has ({@link org.kbsite.catalog.Coverage#of}), or the reason it was rejected; and the notes.
 * When {@code notAPage} is set, {@code rejection} is instead why the file is ignored: a Markdown
 * file with neither front matter nor anything of an article in it, such as an archive
 * checkout's own README.
 */
record PageResult(Hash content, ArticleSummary summary, int coverage, BuildReport.Problem rejection,
    List<BuildReport.Problem> notes, boolean notAPage) {
  PageResult {
    notes = List.copyOf(notes);
  }
}
