package org.kbsite.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.stream.IntStream;
import org.kbsite.bytes.Gzip;
import org.kbsite.catalog.EventIndexEntry;
import org.kbsite.catalog.Json;
import org.kbsite.model.Article;
import org.kbsite.model.ArticleSummary;
import org.kbsite.model.KbId;

/**
 * Writes the static search index under {@code search/}; see the README's "Search" section for
 * the design. Articles are numbered (doc numbers) in the order product, year, ID, so that the
 * product and year filters are ranges of doc numbers listed in the manifest. An article's text
 * file is named by its article number, which stays when an article added or deleted moves the
 * doc numbers; number files map doc numbers to article numbers.
 *
 * <p>Made from every article's summary before rendering; {@link #add} is then called once per
 * article from any thread (it writes the article's text file and keeps only its term IDs), and
 * {@link #finish} writes the term shards, the ID, number and event maps and the manifest.
 *
 * <p>An incremental build seeds the term dictionary ({@link TermDictionary}) with an earlier build's and
 * gives unchanged articles their earlier terms with {@link #keep} instead of tokenising them
 * again; {@link #dictionary} and {@link #termsOf} hand the dictionary and every article's terms
 * to the next build.
 */
public final class SearchIndexWriter implements AutoCloseable {
  private final BiConsumer<String, byte[]> sink;
  private final List<ArticleSummary> docs;
  /** Article numbers, ascending, and the doc number of each: a binary search, not a map of boxed numbers. */
  private final int[] numbers;
  private final int[] docAt;
  private final List<String> products;
  /** Each product's place in {@code products}: asked once per article. */
  private final Map<String, Integer> productNumber = new HashMap<>();
  private final TermDictionary dictionary;
  private final TermStore terms;
  /**
   * By doc, whether {@link #index} was called for it: in a rebuild, the docs whose terms may have
   * changed. Flags, not a set: a clean build indexes every doc, a million of them. Each is set by
   * one thread and read once all have finished.
   */
  private final boolean[] indexed;

  /** The search index's manifest. */
  public static final String META = "search/meta.json";

  /** Where a term shard goes. */
  public static String shardPath(int shard) {
    return TermShards.path(shard);
  }

  /** The postings built at once in {@link #writeTerms}: bounds its memory at any archive size. */
  static final long POSTINGS_PER_PASS = 10_000_000L;

  private final long postingsPerPass;

  /** {@code sink} writes a file at a site-relative path; it must be safe to call from many threads. */
  public SearchIndexWriter(List<ArticleSummary> articles, BiConsumer<String, byte[]> sink) {
    this(articles, sink, null);
  }

  /** {@code dictionary}: an earlier build's term dictionary, whose term IDs {@link #keep} may use; or null. */
  public SearchIndexWriter(List<ArticleSummary> articles, BiConsumer<String, byte[]> sink, String[] dictionary) {
    this(articles, sink, POSTINGS_PER_PASS, dictionary);
  }

  SearchIndexWriter(List<ArticleSummary> articles, BiConsumer<String, byte[]> sink, long postingsPerPass) {
    this(articles, sink, postingsPerPass, null);
  }

  private SearchIndexWriter(List<ArticleSummary> articles, BiConsumer<String, byte[]> sink, long postingsPerPass,
      String[] dictionary) {
    this.postingsPerPass = postingsPerPass;
    this.sink = sink;
    this.dictionary = new TermDictionary(dictionary);
    this.products = articles.stream().flatMap(a -> a.products().stream()).distinct().sorted().toList();
    for (int i = 0; i < products.size(); i++) {
      productNumber.put(products.get(i), i);
    }
    this.docs = inSearchOrder(articles);
    long[] pairs = new long[docs.size()];
    for (int i = 0; i < pairs.length; i++) {
      pairs[i] = (long) docs.get(i).id().number() << 32 | i;
    }
    Arrays.sort(pairs);
    this.numbers = new int[pairs.length];
    this.docAt = new int[pairs.length];
    for (int i = 0; i < pairs.length; i++) {
      numbers[i] = (int) (pairs[i] >>> 32);
      docAt[i] = (int) pairs[i];
    }
    this.terms = new TermStore(docs.size());
    this.indexed = new boolean[docs.size()];
  }

  /** Indexes one article and writes its text file. Thread-safe. */
  public void add(Article a) {
    String body = index(a);
    sink.accept(textPath(a.id()), text(a, body));
  }

  /** Indexes one article; returns its searchable text. Thread-safe. */
  public String index(Article a) {
    int doc = doc(a.id());
    String body = SearchText.body(a);
    // Count locally first: the shared dictionary is consulted once per distinct term.
    Map<String, int[]> counts = new HashMap<>();
    Tokens.Terms title = Tokens.terms(a.title());
    count(counts, title.words(), Impact.TITLE, false);
    count(counts, Tokens.all(SearchText.tags(a)), Impact.TAG, false);
    Tokens.Terms text = Tokens.terms(body);
    List<String> bodyTerms = text.words();
    count(counts, bodyTerms, 0, true);
    // Identifiers and service packs count as terms of the text, not toward its length, which is its words'.
    count(counts, title.identifiers(), Impact.TITLE, false);
    count(counts, text.identifiers(), 0, true);
    count(counts, Tokens.servicePacks(title.words()), Impact.TITLE, false);
    count(counts, Tokens.servicePacks(bodyTerms), 0, true);
    // Its own ID, as the articles that cite it write it: "Q94259 mail" finds Q94259 too.
    count(counts, List.of("q" + a.id().number()), Impact.TITLE, false);
    int[] ids = new int[counts.size()];
    int[] flags = new int[counts.size()];
    int i = 0;
    for (var e : counts.entrySet()) {
      ids[i] = dictionary.id(e.getKey());
      flags[i++] = e.getValue()[0];
    }
    terms.put(doc, DocTerms.pack(ids, flags, bodyTerms.size()));
    indexed[doc] = true;
    return body;
  }

  /** The bytes of an article's text file, given its searchable text. */
  public byte[] text(Article a, String body) {
    return Gzip.fast((header(a) + "\n" + body).getBytes(StandardCharsets.UTF_8));
  }

  /** Indexes an unchanged article with the terms an earlier build found, in the seeded dictionary. Thread-safe. */
  public void keep(KbId id, DocTerms earlier) {
    terms.put(doc(id), earlier);
  }

  /** Deletes the stored terms: once the index and the state that keeps them are written. */
  @Override
  public void close() {
    terms.close();
  }

  /** The term dictionary (term ID to term) for the next build ({@link TermDictionary#forNextBuild}). */
  public String[] dictionary() {
    return dictionary.forNextBuild().names();
  }

  /** An article's terms in the IDs of the next build's {@link #dictionary}. */
  public DocTerms termsOf(KbId id) {
    return dictionary.forNextBuild().terms(terms.get(doc(id)));
  }

  /**
   * Where an article's text file goes: by its article number, not its doc number, so that an
   * article added or deleted, which moves the doc numbers after it, leaves the others' files be.
   */
  public static String textPath(KbId id) {
    return "search/x/" + id.number() / 1000 + "/" + id.number() + ".gz";
  }

  /** The products of an article as its text file's first line gives them: indexes into the manifest's list. */
  public List<Integer> productNumbers(List<String> products) {
    return products.stream().map(productNumber::get).toList();
  }

  /** The article's doc number: its place in the order (product, year, ID). */
  public int doc(KbId id) {
    int i = Arrays.binarySearch(numbers, id.number());
    if (i < 0) {
      throw new IllegalArgumentException("article not in the index: " + id);
    }
    return docAt[i];
  }

  private static void count(Map<String, int[]> counts, List<String> words, int flag, boolean inText) {
    for (String w : words) {
      if (!Tokens.indexed(w)) {
        continue;
      }
      int[] c = counts.computeIfAbsent(w, k -> new int[1]);
      c[0] |= flag << 16;
      if (inText && (c[0] & 0xFFFF) < 0xFFFF) {
        c[0]++;
      }
    }
  }

  /** The first line of an article's text file: what a result shows. */
  private String header(Article a) {
    Map<String, Object> h = new LinkedHashMap<>();
    h.put("id", a.id().toString());
    h.put("title", a.title());
    h.put("products", a.products().stream().map(productNumber::get).toList());
    h.put("date", a.lastModified() == null ? "" : a.lastModified().toString());
    // A keyword is matched word for word too ("mspl13_masm" is the phrase mspl13 masm), and the text lacks them.
    String keywords = SearchText.keywordsAndCases(a);
    if (!keywords.isEmpty()) {
      h.put("keywords", keywords);
    }
    return Json.compact(h);
  }

  /**
   * The term shards an earlier build with the same docs published: the first term of each
   * ({@code firstTerms}), each one's bytes by number ({@code shard}, which throws
   * {@link java.io.UncheckedIOException} when it cannot), each doc's terms then by article
   * ({@code terms}), and what to do with the path of a shard kept as it is ({@code keep}).
   */
  public record Published(List<String> firstTerms, java.util.function.IntFunction<byte[]> shard,
      java.util.function.Function<KbId, DocTerms> terms, java.util.function.Consumer<String> keep,
      java.util.function.Supplier<byte[]> words) {}

  /** Writes the term shards, the ID and event maps and the manifest. */
  public void finish() {
    finish(null);
  }

  /**
   * Writes the term shards, the ID and event maps and the manifest; the shards from
   * {@code published} (or null) when they can be, which needs the same docs in the same numbers.
   */
  public void finish(Published published) {
    for (int d = 0; d < docs.size(); d++) {
      if (!terms.has(d)) {
        throw new IllegalStateException("article never added to the search index: " + docs.get(d).id());
      }
    }
    Map<String, Object> meta = new LinkedHashMap<>();
    meta.put("version", 1);
    meta.put("articles", docs.size());
    meta.put("maxTermLength", Tokens.MAX_LENGTH);
    meta.put("maxIdentifierLength", Tokens.MAX_IDENTIFIER_LENGTH);
    meta.put("stopwords", new TreeSet<>(Tokens.STOPWORDS));
    meta.put("products", products);
    meta.put("ranges", ranges());
    meta.put("alsoIn", secondaryProducts());
    meta.put("idBuckets", writeIdMap());
    meta.put("docsPerNumberFile", DOCS_PER_NUMBER_FILE);
    writeNumbers();
    meta.put("eventShards", writeEvents());
    Map<String, Integer> changedDf = new HashMap<>();
    List<String> firstTerms = published == null ? null : updateTerms(published, changedDf::put);
    byte[] words = firstTerms == null ? null : updatedWords(published.words().get(), changedDf);
    if (firstTerms == null || words == null) {
      int[] df = documentFrequencies();
      firstTerms = firstTerms != null ? firstTerms : writeTerms(df);
      words = words(df);
    }
    sink.accept(WORDS_PATH, words);
    meta.put("terms", firstTerms);
    sink.accept(META, Json.compact(meta).getBytes(StandardCharsets.UTF_8));
  }

  /** By term ID, how many articles have the term. */
  private int[] documentFrequencies() {
    int[] df = new int[dictionary.names().length];
    for (int d = 0; d < docs.size(); d++) {
      terms.get(d).forEach((id, value) -> df[id]++);
    }
    return df;
  }

  /** The fewest articles a word of {@link #words} is in: one in 800, and 3 at least. */
  static int commonAt(int articles) {
    return Math.max(3, articles / 800);
  }

  /** The shortest word a misspelling is checked against (search-rank.js suggests for 4 letters and more). */
  private static final int WORD_LETTERS = 4;

  private static boolean isWord(String term) {
    return term != null && term.length() >= WORD_LETTERS && term.codePoints().allMatch(Character::isLetter);
  }

  /**
   * {@code search/words.json}: the words (letters only, 4 or more) that one article in 800 or
   * more has ({@link #commonAt}), each with how many, in name order: about 5,000 in the sample. A
   * word no article has is checked against them for a spelling to offer, as well as against its
   * own term shard: the word meant is most often a common one, and one letter off at its start it
   * is in another shard ({@code verion} and {@code version}). Fetched only then. A threshold, not
   * a count, so that a rebuild can update the published list from the terms it changed
   * ({@link #updatedWords}).
   */
  private byte[] words(int[] df) {
    String[] names = dictionary.names();
    int at = commonAt(docs.size());
    TreeMap<String, Integer> words = new TreeMap<>();
    for (int i = 0; i < names.length; i++) {
      if (df[i] >= at && isWord(names[i])) {
        words.put(names[i], df[i]);
      }
    }
    return wordsJson(words);
  }

  private static byte[] wordsJson(TreeMap<String, Integer> words) {
    List<Object[]> list = new ArrayList<>(words.size());
    words.forEach((w, n) -> list.add(new Object[] {w, n}));
    return Json.compact(list).getBytes(StandardCharsets.UTF_8);
  }

  /**
   * The published words with those of {@code changed} (term to its new article count, 0 when no
   * article has it any more) put in or taken out, as {@link #words} would list them now: the
   * articles are those of the published index (what {@link #updateTerms} needs), so the threshold
   * is the same. Null when the published list cannot be read.
   */
  private byte[] updatedWords(byte[] published, Map<String, Integer> changed) {
    if (published == null) {
      return null;
    }
    TreeMap<String, Integer> words = new TreeMap<>();
    try {
      for (com.fasterxml.jackson.databind.JsonNode w : Json.MAPPER.readTree(published)) {
        words.put(w.get(0).asText(), w.get(1).asInt());
      }
    } catch (IOException | RuntimeException e) {
      return null;
    }
    int at = commonAt(docs.size());
    changed.forEach((term, n) -> {
      if (n >= at && isWord(term)) {
        words.put(term, n);
      } else {
        words.remove(term);
      }
    });
    return wordsJson(words);
  }

  /** Where {@link #words} go. */
  public static final String WORDS_PATH = "search/words.json";

  private List<String> writeTerms(int[] df) {
    String[] names = dictionary.names();
    long length = 0;
    long pairs = 0;
    for (int d = 0; d < docs.size(); d++) {
      DocTerms t = terms.get(d);
      length += t.length();
      pairs += t.count();
    }
    double averageLength = averageLength(length, docs.size());
    // A term of a seeded dictionary that no article has any more is left out, and its ID freed.
    for (int i = 0; i < names.length; i++) {
      if (df[i] == 0 && names[i] != null) {
        dictionary.drop(names[i]);
      }
    }
    Integer[] order = IntStream.range(0, names.length).filter(i -> df[i] > 0).boxed().toArray(Integer[]::new);
    Arrays.sort(order, Comparator.comparing(i -> names[i]));
    TermShards shards = new TermShards(docs.size(), sink);
    // Terms in name order, a slice of them at a time: each slice's postings are gathered by one
    // scan over every article's packed terms, so memory holds one slice, not the whole index.
    int passes = (int) Math.max(1, (pairs + postingsPerPass - 1) / postingsPerPass);
    int perPass = (order.length + passes - 1) / Math.max(1, passes);
    for (int from = 0; from < order.length; from += perPass) {
      int to = Math.min(order.length, from + perPass);
      int[] slot = new int[names.length];
      Arrays.fill(slot, -1);
      int[][] postings = new int[to - from][];
      byte[][] impacts = new byte[to - from][];
      int[] filled = new int[to - from];
      for (int k = from; k < to; k++) {
        slot[order[k]] = k - from;
        postings[k - from] = new int[df[order[k]]];
        impacts[k - from] = new byte[df[order[k]]];
      }
      for (int d = 0; d < docs.size(); d++) {
        DocTerms t = terms.get(d);
        int doc = d;
        t.forEach((id, f) -> {
          int k = slot[id];
          if (k >= 0) {
            postings[k][filled[k]] = doc;
            impacts[k][filled[k]++] = Impact.of(f >>> 16, f & 0xFFFF, t.length(), averageLength);
          }
          return 0;
        });
      }
      for (int k = from; k < to; k++) {
        shards.add(names[order[k]], postings[k - from], impacts[k - from], df[order[k]]);
        postings[k - from] = null;
        impacts[k - from] = null;
      }
    }
    return shards.finish();
  }

  /**
   * The average text length impacts are scaled by, rounded to a whole word: an edit rarely
   * changes it, so that a rebuild can keep the shards the edit does not touch
   * ({@link #updateTerms}). Rounding moves an impact by a small fraction of one of its 63 steps.
   */
  static double averageLength(long length, int docs) {
    return Math.max(1, Math.round((double) length / Math.max(1, docs)));
  }

  /**
   * Writes the term shards from the published ones, given that every doc has the number it had
   * then; returns their first terms, or null (having written nothing) when the changed docs moved
   * the average length, or the published shards cannot be read.
   */
  private List<String> updateTerms(Published published, java.util.function.ObjIntConsumer<String> changedDf) {
    long length = 0;
    for (int d = 0; d < docs.size(); d++) {
      length += terms.length(d);
    }
    long before = length;
    int[] changed = IntStream.range(0, docs.size()).filter(d -> indexed[d]).toArray();
    Map<Integer, DocTerms> earlier = new HashMap<>();
    for (int d : changed) {
      DocTerms then = published.terms().apply(docs.get(d).id());
      if (then == null) {
        return null;
      }
      earlier.put(d, then);
      before += then.length() - terms.length(d);
    }
    double averageLength = averageLength(length, docs.size());
    if (averageLength != averageLength(before, docs.size())) {
      return null;
    }
    // The terms whose postings changed: a changed doc has or had them with another impact.
    String[] names = dictionary.names();
    java.util.NavigableMap<String, List<int[]>> postings = new TreeMap<>();
    Map<Integer, Map<Integer, Integer>> current = new HashMap<>();
    for (int d : changed) {
      Map<Integer, Integer> then = impacts(earlier.get(d), averageLength);
      Map<Integer, Integer> now = impacts(terms.get(d), averageLength);
      current.put(d, now);
      then.forEach((id, impact) -> {
        if (!impact.equals(now.get(id))) {
          postings.put(names[id], new ArrayList<>());
        }
      });
      now.forEach((id, impact) -> {
        if (!impact.equals(then.get(id))) {
          postings.put(names[id], new ArrayList<>());
        }
      });
    }
    // With, for each, the postings of every changed doc that has it now.
    for (int d : changed) {
      int doc = d;
      current.get(d).forEach((id, impact) -> {
        List<int[]> list = postings.get(names[id]);
        if (list != null) {
          list.add(new int[] {doc, impact});
        }
      });
    }
    // Made aside and handed on only once every published shard needed was read.
    Map<String, byte[]> made = new LinkedHashMap<>();
    List<String> kept = new ArrayList<>();
    List<String> gone = new ArrayList<>();
    List<String> firstTerms;
    try {
      firstTerms = new ShardUpdate(new TermShards(docs.size(), made::put), published.firstTerms(), published.shard(),
          kept::add, gone::add, changedDf, docs.size(), d -> indexed[d]).write(postings);
    } catch (java.io.UncheckedIOException | IllegalArgumentException e) {
      return null;
    }
    made.forEach(sink);
    kept.forEach(published.keep());
    gone.forEach(dictionary::drop);
    return firstTerms;
  }

  /** A doc's impact in each of its terms, by term ID. */
  private static Map<Integer, Integer> impacts(DocTerms t, double averageLength) {
    Map<Integer, Integer> out = new HashMap<>();
    t.forEach((id, f) -> {
      out.put(id, (int) Impact.of(f >>> 16, f & 0xFFFF, t.length(), averageLength));
      return 0;
    });
    return out;
  }

  /**
   * Docs per {@code search/n/K.bin}: few, since a query that shows ten results fetches the files
   * of up to ten blocks of docs to find their text files.
   */
  static final int DOCS_PER_NUMBER_FILE = 256;

  /**
   * {@code search/n/K.bin}: the article numbers of docs K x {@link #DOCS_PER_NUMBER_FILE} onwards,
   * in doc order; binary, as varints: the first number, then each one's difference from the one
   * before, zigzag-coded (a doc's number is above the one before within a product and year, and
   * may be below it where the next begins). About 2 bytes a doc, where JSON takes 7.
   */
  private void writeNumbers() {
    for (int from = 0; from < docs.size(); from += DOCS_PER_NUMBER_FILE) {
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      int before = 0;
      for (ArticleSummary a : docs.subList(from, Math.min(docs.size(), from + DOCS_PER_NUMBER_FILE))) {
        int number = a.id().number();
        int gap = number - before;
        TermShards.varint(out, zigzag(gap));
        before = number;
      }
      sink.accept("search/n/" + from / DOCS_PER_NUMBER_FILE + ".bin", out.toByteArray());
    }
  }

  /** A difference, zigzag-coded: 0, -1, 1, -2 ... as 0, 1, 2, 3 ... */
  private static int zigzag(int gap) {
    return (gap << 1) ^ (gap >> 31);
  }

  /** {@code search/id/NNN.json}: article number to doc number, one file per archive folder. */
  private List<Integer> writeIdMap() {
    Map<Integer, Map<String, Integer>> buckets = new TreeMap<>();
    for (int d = 0; d < docs.size(); d++) {
      KbId id = docs.get(d).id();
      buckets.computeIfAbsent(id.number() / 1000, k -> new TreeMap<>()).put(Integer.toString(id.number()), d);
    }
    buckets.forEach((b, map) -> sink.accept("search/id/" + b + ".json", Json.compact(map).getBytes(StandardCharsets.UTF_8)));
    return List.copyOf(buckets.keySet());
  }

  /**
   * {@code search/e/K.json}, K = event ID modulo the shard count: per event ID its sources and the
   * doc numbers of the articles that describe it, in ID order. Returns the shard count.
   */
  private int writeEvents() {
    List<ArticleSummary> byId = new ArrayList<>(docs);
    byId.sort(Comparator.comparing(ArticleSummary::id));
    List<EventIndexEntry> events = EventIndexEntry.of(byId);
    long total = 0;
    for (EventIndexEntry e : events) {
      total += 24 + e.articles().size() * 6L + String.join(",", e.sources()).length();
    }
    int shards = (int) Math.max(1, (total + 8191) / 8192);
    List<Map<String, Object>> files = new ArrayList<>();
    for (int k = 0; k < shards; k++) {
      files.add(new TreeMap<>());
    }
    for (EventIndexEntry e : events) {
      List<Integer> docNumbers = e.articles().stream().map(id -> doc(KbId.parse(id))).toList();
      files.get(e.id() % shards).put(Integer.toString(e.id()),
          Map.of("sources", new TreeSet<>(e.sources()), "articles", docNumbers));
    }
    for (int k = 0; k < shards; k++) {
      sink.accept("search/e/" + k + ".json", Json.compact(files.get(k)).getBytes(StandardCharsets.UTF_8));
    }
    return shards;
  }

  /** Runs of doc numbers as {@code [product, year, first, count]}; doc numbers are ordered so. */
  private List<int[]> ranges() {
    List<int[]> out = new ArrayList<>();
    int[] run = null;
    for (int d = 0; d < docs.size(); d++) {
      ArticleSummary a = docs.get(d);
      int p = a.products().isEmpty() ? -1 : productNumber.get(a.products().get(0));
      int y = year(a);
      if (run == null || run[0] != p || run[1] != y) {
        run = new int[] {p, y, d, 0};
        out.add(run);
      }
      run[3]++;
    }
    return out;
  }

  /** Products after an article's first: product index to doc numbers (none in the archive so far). */
  private Map<String, List<Integer>> secondaryProducts() {
    Map<String, List<Integer>> out = new TreeMap<>();
    for (int d = 0; d < docs.size(); d++) {
      List<String> ps = docs.get(d).products();
      for (int i = 1; i < ps.size(); i++) {
        out.computeIfAbsent(Integer.toString(productNumber.get(ps.get(i))), k -> new ArrayList<>()).add(d);
      }
    }
    return out;
  }

  /** The years the articles were last modified in, ascending. */
  public List<Integer> years() {
    return docs.stream().map(SearchIndexWriter::year).filter(y -> y > 0).distinct().sorted().toList();
  }

  public List<String> products() {
    return products;
  }

  /**
   * The articles by first product (none first), year and ID: the order of doc numbers. Each
   * article's keys are taken once rather than at each of a million comparisons (60,000 articles),
   * which took a build server's rebuild 40 ms.
   */
  private List<ArticleSummary> inSearchOrder(List<ArticleSummary> articles) {
    int n = articles.size();
    int[] product = new int[n];
    int[] year = new int[n];
    int noProduct = productNumber.getOrDefault("", -1);
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      ArticleSummary a = articles.get(i);
      product[i] = a.products().isEmpty() ? noProduct : productNumber.get(a.products().get(0));
      year[i] = year(a);
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingInt((Integer i) -> product[i]).thenComparingInt(i -> year[i])
        .thenComparingInt(i -> articles.get(i).id().number()));
    return Arrays.stream(order).map(articles::get).toList();
  }

  private static int year(ArticleSummary a) {
    return a.lastModified() == null ? 0 : a.lastModified().getYear();
  }

}
