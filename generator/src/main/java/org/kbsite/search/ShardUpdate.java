package org.kbsite.search;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;

/**
 * Makes the term shards again when a few docs changed, from the published shards instead of from
 * every doc's terms: what a clean build would make from the same docs, byte for byte. That holds
 * when the docs keep their numbers and the average length the impacts are scaled by is the same
 * (the caller checks both): a term that none of the changed docs has or had then has the same
 * postings, and a shard none of whose terms changed, started where it started before and ended
 * before the same unchanged term, is the same file. Shards are packed in term order and cut at
 * terms a hash picks ({@link TermShards#cutBefore}), so a changed shard seldom pushes terms into
 * the next ones; the packing is followed until it starts a shard where the published one
 * started, and from there unchanged shards are kept without being read.
 */
final class ShardUpdate {
  private final TermShards shards;
  private final java.util.function.ObjIntConsumer<String> df;
  private final List<String> firstTerms;
  private final IntFunction<byte[]> published;
  private final Consumer<String> keep;
  private final Consumer<String> gone;
  private final int docCount;
  private final IntPredicate changedDocs;

  /**
   * {@code firstTerms}: the first term of each published shard, in order; {@code published}: a
   * published shard's bytes by number; {@code keep}: is given the path of each shard kept as it is;
   * {@code gone}: each changed term that no doc has any more; {@code df}: each changed term with
   * how many docs have it now (0 for one gone); {@code changedDocs}: the docs whose terms changed.
   */
  ShardUpdate(TermShards shards, List<String> firstTerms, IntFunction<byte[]> published, Consumer<String> keep,
      Consumer<String> gone, java.util.function.ObjIntConsumer<String> df, int docCount, IntPredicate changedDocs) {
    this.df = df;
    this.shards = shards;
    this.firstTerms = firstTerms;
    this.published = published;
    this.keep = keep;
    this.gone = gone;
    this.docCount = docCount;
    this.changedDocs = changedDocs;
  }

  /**
   * Writes the shards; {@code changed}: every term a changed doc has or had, in term order, with
   * the postings of the changed docs that have it now (doc, impact), by doc. Returns the first
   * term of every shard.
   */
  List<String> write(NavigableMap<String, List<int[]>> changed) {
    int n = firstTerms.size();
    for (int i = 0; i < n; i++) {
      String from = i == 0 ? null : firstTerms.get(i);
      String to = i + 1 < n ? firstTerms.get(i + 1) : null;
      NavigableMap<String, List<int[]>> here = range(changed, from, to);
      // A shard ends where the next one's first term did not fit: that term must be as it was too.
      if (here.isEmpty() && (to == null || !changed.containsKey(to)) && startsHere(i)) {
        shards.keep(firstTerms.get(i), keep);
        continue;
      }
      merge(ShardFile.entries(shard(i)), here);
    }
    if (n == 0) {
      merge(List.of(), changed);
    }
    return shards.finish();
  }

  /**
   * True when the packing starts a shard where published shard {@code i} started: no term waits
   * and as many shards were made, or the waiting ones are cut off because the shard's first term
   * does not fit after them, as it did not before.
   */
  private boolean startsHere(int i) {
    ShardFile.Entry first = shards.empty() ? null : ShardFile.first(shard(i));
    if (first != null && !shards.fits(first.term(), first.bytes())) {
      shards.cut();
    }
    return shards.empty() && shards.count() == i;
  }

  private int lastShard = -1;
  private byte[] lastBytes;

  /** A published shard's bytes; the last one read is kept, as the look at its first term is often followed by a read of all of it. */
  private byte[] shard(int i) {
    if (i != lastShard) {
      lastBytes = published.apply(i);
      lastShard = i;
    }
    return lastBytes;
  }

  private static NavigableMap<String, List<int[]>> range(NavigableMap<String, List<int[]>> m, String from, String to) {
    if (from == null && to == null) {
      return m;
    }
    if (from == null) {
      return m.headMap(to, false);
    }
    return to == null ? m.tailMap(from, true) : m.subMap(from, true, to, false);
  }

  /** Adds a published shard's terms, with the changed terms in their places. */
  private void merge(List<ShardFile.Entry> entries, NavigableMap<String, List<int[]>> here) {
    var changes = here.entrySet().iterator();
    Map.Entry<String, List<int[]>> next = changes.hasNext() ? changes.next() : null;
    for (ShardFile.Entry e : entries) {
      while (next != null && next.getKey().compareTo(e.term()) < 0) {
        add(next.getKey(), null, next.getValue());
        next = changes.hasNext() ? changes.next() : null;
      }
      if (next != null && next.getKey().equals(e.term())) {
        add(e.term(), e, next.getValue());
        next = changes.hasNext() ? changes.next() : null;
      } else {
        shards.add(e.term(), e.df(), e.block());
      }
    }
    while (next != null) {
      add(next.getKey(), null, next.getValue());
      next = changes.hasNext() ? changes.next() : null;
    }
  }

  /** A changed term: its published postings ({@code before}, or null) without the changed docs, with their new ones. */
  private void add(String term, ShardFile.Entry before, List<int[]> now) {
    ShardFile.Postings old = before == null ? new ShardFile.Postings(new int[0], new byte[0])
        : ShardFile.postings(before, docCount);
    long[] all = new long[old.docs().length + now.size()];
    int n = 0;
    for (int k = 0; k < old.docs().length; k++) {
      if (!changedDocs.test(old.docs()[k])) {
        all[n++] = (long) old.docs()[k] << 8 | (old.impacts()[k] & 0xFF);
      }
    }
    for (int[] p : now) {
      all[n++] = (long) p[0] << 8 | (p[1] & 0xFF);
    }
    df.accept(term, n);
    if (n == 0) {
      // No doc has it any more: left out, as a clean build leaves it out.
      gone.accept(term);
      return;
    }
    Arrays.sort(all, 0, n);
    int[] docs = new int[n];
    byte[] impacts = new byte[n];
    for (int k = 0; k < n; k++) {
      docs[k] = (int) (all[k] >>> 8);
      impacts[k] = (byte) all[k];
    }
    shards.add(term, docs, impacts, n);
  }
}
