package org.kbsite.site;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.kbsite.content.ContentScanner;
import org.kbsite.incremental.Hash;
import org.kbsite.incremental.Hasher;
import org.kbsite.index.Facets;
import org.kbsite.index.Related;
import org.kbsite.index.SiteIndex;
import org.kbsite.model.ArticleSummary;
import org.kbsite.model.ByNumber;
import org.kbsite.model.Event;
import org.kbsite.model.Interner;
import org.kbsite.model.KbId;
import org.kbsite.model.SectionKind;
import org.kbsite.model.Version;

/**
 * What a build leaves in {@code OUT/.kbsite/state} for the next one: the key of what made the
 * site (kbsite itself, the options, the templates), every content file's size, time and first-pass
 * result, every output file's inputs and bytes hashes, and where each chunk of the catalog stream
 * lies in {@code catalog.ndjson} and its gzip copy, and the index's facets and related lists.
 *
 * <p>Stored in a compact binary form of its own rather than JSON: at 60,000 articles it is about
 * 30 MB, which Jackson takes a second to read in a fresh JVM, and this form about a tenth of that.
 * A file of another format version, or one that does not read back, is no state at all.
 */
final class BuildState {
  static final String FILE = ".kbsite/state";
  private static final String MAGIC = "kbsite-build-state";
  private static final int FORMAT = 13;

  /**
   * A content file as the last build saw it; {@code modified} as {@link ContentScanner#vouching}
   * gives it.
   */
  record Source(long size, long modified, PageResult result) {
    /** The entry for a page read in a scan that started at {@code scanned}. */
    static Source of(ContentScanner.Page p, long scanned, PageResult result) {
      return new Source(p.size(), ContentScanner.vouching(p.modified(), scanned), result);
    }

    /** True when the file can be taken to be unchanged without reading it: same size and time, and a time kept. */
    boolean unchanged(ContentScanner.Page p) {
      return size == p.size() && modified == p.modified() && modified != ContentScanner.UNTRUSTED;
    }
  }

  /** An output file: the hash of what it was made from (null when not known) and of its bytes. */
  record Output(Hash inputs, Hash bytes) {}

  /** One chunk of the catalog stream: its inputs and its byte ranges in the plain and gzip files. */
  record Chunk(Hash inputs, long plainOffset, long plainLength, long gzipOffset, long gzipLength) {}

  final Hash key;
  final Hash archive;
  /** The hash of every article's ID and references: what the links between articles depend on. */
  final Hash links;
  final Map<String, Source> sources;
  final Manifest outputs;
  final Map<Integer, Chunk> chunks;
  /** What the index computed that a later build may reuse, or null. */
  final SiteIndex.Kept kept;
  /** Article number to the offset and length of its entry in {@code api/catalog.json}. */
  final ByNumber<long[]> catalogEntries;
  /**
   * The hash of the file this state was read from, null for a state made by this build: made when
   * first asked for, as a rebuild that writes anything never asks.
   */
  Hash fileHash() {
    return raw == null ? null : Hasher.of(raw.bytes());
  }
  /**
   * The bytes this state was read from and where its entries lie in them, null for a state made
   * by this build: a later state copies the bytes of the very entries it keeps instead of encoding
   * them again.
   */
  private Raw raw;

  /**
   * A read state's bytes. Sources and outputs in file order (which is key order), each entry's
   * start, and the end of the last: entry i is {@code starts[i]} to {@code starts[i + 1]}.
   */
  private record Raw(byte[] bytes, String[] rels, Source[] sources, int[] sourceStarts, int[] outputStarts) {}

  /**
   * {@code archive} is the hash of everything the site's files are made from besides the key:
   * every accepted article's ID, path and content hash.
   */
  BuildState(Hash key, Hash archive, Hash links, Map<String, Source> sources, Manifest outputs,
      Map<Integer, Chunk> chunks, SiteIndex.Kept kept, ByNumber<long[]> catalogEntries) {
    this.links = links;
    this.kept = kept;
    this.catalogEntries = catalogEntries;
    this.key = key;
    this.archive = archive;
    this.sources = sources;
    this.outputs = outputs;
    this.chunks = chunks;
  }

  /** The output files of the site this state was read with. */
  PublishedManifest loadedOutputs() {
    return (PublishedManifest) outputs;
  }

  /**
   * The state in {@code out}, or null when there is none or it cannot be read; the summaries'
   * repeated lists shared through {@code lists}, the build's.
   */
  static BuildState load(Path out, Interner lists) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(out.resolve(FILE));
    } catch (IOException e) {
      // None, or unreadable: the build is a clean one.
      return null;
    }
    return read(bytes, lists);
  }

  /** The state these bytes hold, or null when they are not one ({@link StateCodec#decode}). */
  static BuildState read(byte[] bytes, Interner lists) {
    return StateCodec.decode(bytes, in -> new Reader(in, lists).state());
  }

  /**
   * Writes the state to {@code file} and returns the hash of its bytes. {@code earlier}: the state
   * this one was made from, whose encoded sources may be copied; or null.
   */
  Hash writeTo(Path file, BuildState earlier) {
    return StateCodec.write(file, MAGIC, FORMAT, out -> new Writer(out, earlier).state(this));
  }

  private static final class Writer {
    private final DataOutputStream out;
    private final BuildState earlier;

    Writer(DataOutputStream out, BuildState earlier) {
      this.out = out;
      this.earlier = earlier;
    }

    void state(BuildState s) throws IOException {
      hash(s.key);
      hash(s.archive);
      hash(s.links);
      Raw was = earlier == null ? null : earlier.raw;
      out.writeInt(s.sources.size());
      if (was == null) {
        for (String rel : sorted(s.sources.keySet())) {
          source(rel, s.sources.get(rel));
        }
      } else {
        copyOrEncode(v -> SortedMerge.visit(was.rels(), earlier.sources::containsKey, s.sources,
            java.util.Comparator.naturalOrder(), v), i -> was.sources()[i], was.sourceStarts(), this::source);
      }
      out.writeInt(s.outputs.size());
      if (was != null && s.outputs instanceof UpdatedManifest m && m.base == earlier.outputs) {
        copyOrEncode(m::visit, i -> UpdatedManifest.KEPT, was.outputStarts(), this::output);
      } else {
        unchecked(() -> s.outputs.forEachSorted((path, o) -> unchecked(() -> output(path, o))));
      }
      out.writeInt(s.chunks.size());
      for (var e : new TreeMap<>(s.chunks).entrySet()) {
        Chunk c = e.getValue();
        out.writeInt(e.getKey());
        hash(c.inputs());
        out.writeLong(c.plainOffset());
        out.writeLong(c.plainLength());
        out.writeLong(c.gzipOffset());
        out.writeLong(c.gzipLength());
      }
      out.writeBoolean(s.kept != null);
      if (s.kept != null) {
        facets(s.kept.facets());
        hash(s.kept.related().inputs());
        articleLists(s.kept.related().related());
        articleLists(s.kept.related().nearby());
      }
      out.writeInt(s.catalogEntries.size());
      for (int i = 0; i < s.catalogEntries.size(); i++) {
        out.writeInt(s.catalogEntries.number(i));
        out.writeLong(s.catalogEntries.value(i)[0]);
        out.writeLong(s.catalogEntries.value(i)[1]);
      }
    }

    private interface Entry<V> {
      void write(String key, V value) throws IOException;
    }

    /**
     * Writes the entries {@code entries} visits, in order. An entry that is the very one the
     * earlier state held at its index ({@code earlierAt}) is copied from that state's bytes, where
     * it lies at {@code starts}; any other is encoded.
     */
    private <V> void copyOrEncode(java.util.function.Consumer<SortedMerge.Visitor<V>> entries,
        java.util.function.IntFunction<V> earlierAt, int[] starts, Entry<V> encode) {
      Runs runs = new Runs(out, earlier.raw.bytes());
      entries.accept((key, value, i) -> {
        if (i >= 0 && earlierAt.apply(i) == value) {
          runs.copy(starts[i], starts[i + 1]);
        } else {
          runs.flush();
          unchecked(() -> encode.write(key, value));
        }
      });
      runs.flush();
    }

    private void source(String rel, Source source) throws IOException {
      str(rel);
      out.writeLong(source.size());
      out.writeLong(source.modified());
      result(source.result());
    }

    private void output(String path, Output o) throws IOException {
      str(path);
      hash(o.inputs());
      hash(o.bytes());
    }

    /** Runs of an earlier state's bytes, written as one copy when they follow each other. */
    private static final class Runs {
      private final DataOutputStream out;
      private final byte[] bytes;
      private int start;
      private int end;

      Runs(DataOutputStream out, byte[] bytes) {
        this.out = out;
        this.bytes = bytes;
      }

      void copy(int from, int to) {
        if (from != end) {
          flush();
          start = from;
        }
        end = to;
      }

      void flush() {
        if (end > start) {
          unchecked(() -> out.write(bytes, start, end - start));
        }
        start = end;
      }
    }

    private interface Io {
      void run() throws IOException;
    }

    /** Runs {@code io} with its IOException unchecked: for the visitors' lambdas; {@link #writeTo}'s caller unwraps it. */
    private static void unchecked(Io io) {
      try {
        io.run();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private static List<String> sorted(java.util.Collection<String> keys) {
      String[] list = keys.toArray(new String[0]);
      java.util.Arrays.parallelSort(list);
      return java.util.Arrays.asList(list);
    }

    /** Each article's list of article numbers (related or nearby), at most 255 of them. */
    private void articleLists(ByNumber<int[]> lists) throws IOException {
      out.writeInt(lists.size());
      for (int i = 0; i < lists.size(); i++) {
        out.writeInt(lists.number(i));
        out.writeByte(lists.value(i).length);
        for (int n : lists.value(i)) {
          out.writeInt(n);
        }
      }
    }

    private void facets(Facets.Lists lists) throws IOException {
      out.writeInt(lists.facets().size());
      for (Facets.Numbers f : lists.facets()) {
        str(f.id());
        str(f.name());
        str(f.termNoun());
        hash(f.inputs());
        out.writeInt(f.terms().size());
        for (Facets.TermNumbers t : f.terms()) {
          str(t.label());
          str(t.group());
          out.writeInt(t.articles().length);
          int last = 0;
          for (int n : t.articles()) {
            StateCodec.varint(out, n - last);
            last = n;
          }
        }
      }
    }

    private void result(PageResult r) throws IOException {
      hash(r.content());
      out.writeBoolean(r.summary() != null);
      if (r.summary() != null) {
        summary(r.summary());
        out.writeInt(r.coverage());
      } else {
        problem(r.rejection());
        out.writeBoolean(r.notAPage());
      }
      out.writeInt(r.notes().size());
      for (BuildReport.Problem p : r.notes()) {
        problem(p);
      }
    }

    private void summary(ArticleSummary s) throws IOException {
      out.writeInt(s.id().number());
      str(s.title());
      strs(s.tags());
      strs(s.products());
      str(s.productsRaw());
      str(s.versionsRaw());
      out.writeInt(s.versions().size());
      for (Version v : s.versions()) {
        str(v.platform());
        str(v.version());
      }
      strs(s.os());
      strs(s.keywords());
      out.writeBoolean(s.lastModified() != null);
      if (s.lastModified() != null) {
        out.writeLong(s.lastModified().toEpochDay());
      }
      out.writeInt(s.sections().size());
      for (ArticleSummary.Heading h : s.sections()) {
        str(h.text());
        out.writeByte(h.kind().ordinal());
      }
      out.writeInt(s.events().size());
      for (Event e : s.events()) {
        out.writeInt(e.id());
        str(e.source());
        str(e.type());
        str(e.category());
        str(e.description());
        str(e.code());
      }
      out.writeInt(s.references().size());
      for (KbId id : s.references()) {
        out.writeInt(id.number());
      }
      strs(s.citedTitles());
    }

    private void problem(BuildReport.Problem p) throws IOException {
      str(p.path());
      out.writeInt(p.line());
      str(p.reason());
    }

    private void strs(List<String> list) throws IOException {
      out.writeInt(list.size());
      for (String s : list) {
        str(s);
      }
    }

    private void str(String s) throws IOException {
      StateCodec.str(out, s);
    }

    private void hash(Hash h) throws IOException {
      StateCodec.hash(out, h);
    }
  }

  private static final class Reader {
    private static final SectionKind[] KINDS = SectionKind.values();
    private final ByteBuffer in;
    /** Values repeated across the archive, read once: see {@link org.kbsite.model.Article#summary}. */
    private final Map<String, String> pool = new java.util.HashMap<>();
    /** The summaries' repeated lists, shared likewise. */
    private final Interner lists;

    Reader(ByteBuffer in, Interner lists) {
      this.in = in;
      this.lists = lists;
    }

    BuildState state() {
      if (!StateCodec.header(in, MAGIC, FORMAT)) {
        return null;
      }
      Hash key = hash();
      Hash archive = hash();
      Hash links = hash();
      int n = count();
      Map<String, Source> sources = new java.util.HashMap<>(n * 2);
      String[] rels = new String[n];
      Source[] sourceAt = new Source[n];
      int[] sourceStarts = new int[n + 1];
      for (int i = 0; i < n; i++) {
        sourceStarts[i] = in.position();
        String rel = str();
        if (i > 0 && rels[i - 1].compareTo(rel) >= 0) {
          throw new IllegalArgumentException("sources out of order at " + rel);
        }
        rels[i] = rel;
        sourceAt[i] = new Source(in.getLong(), in.getLong(), result());
        sources.put(rel, sourceAt[i]);
      }
      sourceStarts[n] = in.position();
      n = count();
      // An output entry is at least six bytes (an empty path and two absent hashes): a corrupt
      // count must not size the arrays beyond what the bytes could hold.
      if (n > in.remaining() / 6) {
        throw new IllegalArgumentException("bad output count " + n);
      }
      PublishedManifest outputs = new PublishedManifest(n);
      int[] outputStarts = new int[n + 1];
      for (int i = 0; i < n; i++) {
        outputStarts[i] = in.position();
        outputs.add(str(), hash(), hash());
      }
      outputStarts[n] = in.position();
      n = count();
      Map<Integer, Chunk> chunks = new TreeMap<>();
      for (int i = 0; i < n; i++) {
        int bucket = in.getInt();
        chunks.put(bucket, new Chunk(hash(), in.getLong(), in.getLong(), in.getLong(), in.getLong()));
      }
      SiteIndex.Kept kept = null;
      if (in.get() != 0) {
        Facets.Lists facets = facets();
        Hash inputs = hash();
        ByNumber<int[]> related = articleLists();
        kept = new SiteIndex.Kept(facets, new Related.Lists(inputs, related, articleLists()));
      }
      n = count();
      ByNumber.Builder<long[]> catalogEntries = ByNumber.builder(n);
      for (int i = 0; i < n; i++) {
        catalogEntries.add(in.getInt(), new long[] {in.getLong(), in.getLong()});
      }
      StateCodec.end(in);
      BuildState state = new BuildState(key, archive, links, sources, outputs, chunks,
          kept, catalogEntries.build());
      state.raw = new Raw(in.array(), rels, sourceAt, sourceStarts, outputStarts);
      return state;
    }

    private ByNumber<int[]> articleLists() {
      int n = count();
      ByNumber.Builder<int[]> lists = ByNumber.builder(n);
      for (int i = 0; i < n; i++) {
        int number = in.getInt();
        int[] list = new int[Byte.toUnsignedInt(in.get())];
        for (int j = 0; j < list.length; j++) {
          list[j] = in.getInt();
        }
        lists.add(number, list);
      }
      return lists.build();
    }

    private Facets.Lists facets() {
      int n = count();
      List<Facets.Numbers> facets = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        String id = str();
        String name = str();
        String noun = str();
        Hash inputs = hash();
        int terms = count();
        List<Facets.TermNumbers> list = new ArrayList<>(terms);
        for (int j = 0; j < terms; j++) {
          String label = str();
          String group = str();
          int[] articles = new int[count()];
          int last = 0;
          for (int k = 0; k < articles.length; k++) {
            last += StateCodec.varint(in);
            articles[k] = last;
          }
          list.add(new Facets.TermNumbers(label, group, articles));
        }
        facets.add(new Facets.Numbers(id, name, noun, inputs, list));
      }
      return new Facets.Lists(facets);
    }

    private PageResult result() {
      Hash content = hash();
      ArticleSummary summary = null;
      int coverage = 0;
      BuildReport.Problem rejection = null;
      boolean notAPage = false;
      if (in.get() != 0) {
        summary = summary();
        coverage = in.getInt();
      } else {
        rejection = problem();
        notAPage = in.get() != 0;
      }
      int n = count();
      List<BuildReport.Problem> notes = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        notes.add(problem());
      }
      return new PageResult(content, summary, coverage, rejection, notes, notAPage);
    }

    private ArticleSummary summary() {
      KbId id = new KbId(in.getInt());
      String title = str();
      List<String> tags = pooledStrs();
      List<String> products = pooledStrs();
      String productsRaw = pooled();
      String versionsRaw = pooled();
      int n = count();
      List<Version> versions = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        versions.add(new Version(pooled(), pooled()));
      }
      List<String> os = pooledStrs();
      List<String> keywords = pooledStrs();
      LocalDate lastModified = in.get() != 0 ? LocalDate.ofEpochDay(in.getLong()) : null;
      n = count();
      List<ArticleSummary.Heading> sections = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        String text = pooled();
        sections.add(new ArticleSummary.Heading(text, KINDS[in.get()]));
      }
      n = count();
      List<Event> events = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        events.add(new Event(in.getInt(), pooled(), pooled(), pooled(), str(), str()));
      }
      n = count();
      List<KbId> references = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        references.add(new KbId(in.getInt()));
      }
      List<String> citedTitles = pooledStrs();
      return new ArticleSummary(id, title, shared(tags), shared(products), productsRaw, versionsRaw,
          shared(versions), shared(os), shared(keywords), lastModified, shared(sections),
          List.copyOf(events), List.copyOf(references), List.copyOf(citedTitles));
    }

    private BuildReport.Problem problem() {
      String path = str();
      int line = in.getInt();
      return new BuildReport.Problem(path, line, str());
    }

    private <T> List<T> shared(List<T> values) {
      return lists.intern(List.copyOf(values));
    }

    private List<String> pooledStrs() {
      int n = count();
      List<String> out = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        out.add(pooled());
      }
      return out;
    }

    private String pooled() {
      String s = str();
      return s == null ? null : pool.computeIfAbsent(s, x -> x);
    }

    private String str() {
      return StateCodec.str(in);
    }

    private int count() {
      return StateCodec.count(in);
    }

    private Hash hash() {
      return StateCodec.hash(in);
    }
  }
}
