package org.kbsite.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.IntPredicate;
import org.kbsite.incremental.Hash;
import org.kbsite.incremental.Hasher;
import org.kbsite.model.ArticleSummary;
import org.kbsite.model.ByNumber;
import org.kbsite.model.Event;
import org.kbsite.model.KbId;
import org.kbsite.model.Spellings;
import org.kbsite.parallel.Parallel;

/**
 * "Related articles": the few articles most like each one. Candidates share an event ID (from
 * the same source, where both articles name one: event 3 from Serial is not event 3 from DNS) or a
 * keyword that no more than {@value #RARE} articles carry (a keyword on thousands of articles,
 * such as {@code kbbug}, finds nothing in particular). Candidates rank by shared event IDs, then
 * shared products, then shared keywords weighted by rarity (inverse document frequency), then
 * nearness in number, then number: the result is the same on every run. Where they are fewer than
 * {@value #LIMIT}, the same product's articles nearest in number, within {@value #NEARBY} numbers
 * (written about the same time), make up the difference as a list of their own, "nearby": a third
 * of the archive's articles have no keywords, and a reader still wants a way on, but a review found
 * most such neighbours unlike the article, so they are not called related.
 */
public final class Related {
  static final int LIMIT = 5;
  static final int RARE = 200;
  static final int NEARBY = 5_000;

  private final Lists lists;
  private final Function<KbId, ArticleSummary> lookup;

  /**
   * Every article's related and nearby articles by number, and the hash of all that they were
   * computed from (each article's ID, event IDs, products and keywords): an incremental build keeps
   * them and computes them again only when that hash changes, which an edit of a title or a text
   * does not.
   */
  public record Lists(Hash inputs, ByNumber<int[]> related, ByNumber<int[]> nearby) {}

  /** One article's related and nearby articles, as indexes into the sorted summaries. */
  private record Found(int[] related, int[] nearby) {}

  /**
   * Computes the lists, or takes them from {@code earlier} when they were computed from the same
   * inputs. Only the numbers are kept (articles with none are left out); {@code lookup} finds an
   * article by ID when a list is asked for.
   */
  Related(List<ArticleSummary> sorted, Lists earlier, Function<KbId, ArticleSummary> lookup) {
    this.lookup = lookup;
    Hash inputs = inputs(sorted);
    if (earlier != null && earlier.inputs().equals(inputs)) {
      this.lists = earlier;
      return;
    }
    List<Found> found = compute(sorted);
    this.lists = new Lists(inputs, numbers(sorted, found, Found::related), numbers(sorted, found, Found::nearby));
  }

  /** The lists {@code which} takes from {@code found}, as article numbers; articles with none are left out. */
  private static ByNumber<int[]> numbers(List<ArticleSummary> sorted, List<Found> found, Function<Found, int[]> which) {
    ByNumber.Builder<int[]> numbers = ByNumber.builder(sorted.size());
    for (int i = 0; i < sorted.size(); i++) {
      int[] list = which.apply(found.get(i));
      if (list.length > 0) {
        numbers.add(sorted.get(i).id().number(), Arrays.stream(list).map(j -> sorted.get(j).id().number()).toArray());
      }
    }
    return numbers.build();
  }

  Lists lists() {
    return lists;
  }

  private static Hash inputs(List<ArticleSummary> sorted) {
    Hasher h = new Hasher();
    for (ArticleSummary s : sorted) {
      h.i32(s.id().number()).i32(s.events().size());
      s.events().forEach(e -> h.i32(e.id()).str(e.source() == null ? "" : e.source()));
      h.i32(s.products().size());
      s.products().forEach(h::str);
      h.i32(s.keywords().size());
      s.keywords().forEach(h::str);
    }
    return h.done();
  }

  private static List<Found> compute(List<ArticleSummary> sorted) {
    int n = sorted.size();
    int[] number = sorted.stream().mapToInt(s -> s.id().number()).toArray();
    Map<String, Integer> eventNumbers = new HashMap<>();
    int[][] events = ids(sorted, s -> s.events().stream().map(Event::id).map(String::valueOf).toList(), eventNumbers);
    String[][][] sources = sources(sorted, events, eventNumbers);
    int[][] products = ids(sorted, ArticleSummary::products);
    int[][] keywords = ids(sorted, s -> s.keywords().stream().map(k -> k.toLowerCase(Locale.ROOT)).toList());
    int[][] eventPostings = postings(events);
    int[][] keywordPostings = postings(keywords);
    int[][] productPostings = postings(products);
    double[] idf = new double[keywordPostings.length];
    for (int k = 0; k < idf.length; k++) {
      idf[k] = StrictMath.log((double) n / keywordPostings[k].length);
    }
    ThreadLocal<int[]> marks = ThreadLocal.withInitial(() -> new int[n]);
    return Parallel.map(n, i -> {
      int[] mark = marks.get();
      List<Integer> candidates = new ArrayList<>();
      for (int k = 0; k < events[i].length; k++) {
        int e = events[i][k];
        String[] mine = sources[i][k];
        collect(eventPostings[e], i, mark, candidates, c -> sameSource(mine, sources[c][Arrays.binarySearch(events[c], e)]));
      }
      for (int k : keywords[i]) {
        if (keywordPostings[k].length <= RARE) {
          collect(keywordPostings[k], i, mark, candidates, c -> true);
        }
      }
      Function<List<Integer>, List<Integer>> ranked = list -> list.stream()
          .map(c -> new Score(c, sharedEvents(events, sources, i, c), shared(products[i], products[c]),
              weighted(keywords[i], keywords[c], idf), Math.abs((long) number[c] - number[i])))
          .sorted(Score.ORDER)
          .limit(LIMIT)
          .map(Score::article)
          .toList();
      List<Integer> related = ranked.apply(candidates);
      candidates.forEach(c -> mark[c] = 0);
      List<Integer> nearby = List.of();
      if (related.size() < LIMIT) {
        // Too few alike: the product's articles nearest in number make up the difference.
        related.forEach(c -> mark[c] = 1);
        List<Integer> neighbours = new ArrayList<>();
        for (int p : products[i]) {
          nearest(productPostings[p], i, number, mark, neighbours);
        }
        related.forEach(c -> mark[c] = 0);
        neighbours.forEach(c -> mark[c] = 0);
        nearby = ranked.apply(neighbours).stream().limit(LIMIT - related.size()).toList();
      }
      return new Found(related.stream().mapToInt(Integer::intValue).toArray(), nearby.stream().mapToInt(Integer::intValue).toArray());
    });
  }

  /**
   * Adds the {@value #LIMIT} articles of {@code posting} (ascending, {@code self} among them)
   * nearest to {@code self} in number, no further than {@value #NEARBY} from it, that are not
   * marked, marking them.
   */
  private static void nearest(int[] posting, int self, int[] number, int[] mark, List<Integer> out) {
    int at = Arrays.binarySearch(posting, self);
    int below = at - 1;
    int above = at + 1;
    for (int taken = 0; taken < LIMIT && (below >= 0 || above < posting.length); ) {
      long down = below < 0 ? Long.MAX_VALUE : (long) number[self] - number[posting[below]];
      long up = above >= posting.length ? Long.MAX_VALUE : (long) number[posting[above]] - number[self];
      if (Math.min(down, up) > NEARBY) {
        return;
      }
      int c = posting[down <= up ? below-- : above++];
      if (mark[c] == 0) {
        mark[c] = 1;
        out.add(c);
        taken++;
      }
    }
  }


  List<ArticleSummary> of(KbId id) {
    return articles(lists.related().get(id.number()));
  }

  /** The same product's articles nearest in number where too few are related ({@link Related}). */
  List<ArticleSummary> nearby(KbId id) {
    return articles(lists.nearby().get(id.number()));
  }

  private List<ArticleSummary> articles(int[] numbers) {
    return numbers == null ? List.of() : Arrays.stream(numbers).mapToObj(n -> lookup.apply(new KbId(n))).toList();
  }

  /**
   * {@code distance}: how far apart the two articles' numbers are. Of candidates alike in all else
   * the nearest in number come first: articles numbered close together were written about the same
   * time, often on the same problem (a tie by the lowest number gave the hundreds of articles of
   * one library the same five oldest).
   */
  private record Score(int article, int events, int products, double keywords, long distance) {
    static final Comparator<Score> ORDER = Comparator.comparingInt((Score s) -> -s.events)
        .thenComparingInt(s -> -s.products)
        .thenComparingDouble(s -> -s.keywords)
        .thenComparingLong(Score::distance)
        .thenComparingInt(Score::article);
  }

  /** Adds the articles of {@code posting} that {@code accept} takes, each once and not {@code self}. */
  private static void collect(int[] posting, int self, int[] mark, List<Integer> out, IntPredicate accept) {
    for (int c : posting) {
      if (c != self && mark[c] == 0 && accept.test(c)) {
        mark[c] = 1;
        out.add(c);
      }
    }
  }

  /** Each article's values as sorted, distinct small integers (one per distinct value). */
  private static int[][] ids(List<ArticleSummary> sorted, Function<ArticleSummary, List<String>> values) {
    return ids(sorted, values, new HashMap<>());
  }

  /** The same, numbering the values in {@code numbers}. */
  private static int[][] ids(List<ArticleSummary> sorted, Function<ArticleSummary, List<String>> values,
      Map<String, Integer> numbers) {
    int[][] out = new int[sorted.size()][];
    for (int i = 0; i < out.length; i++) {
      TreeSet<Integer> set = new TreeSet<>();
      for (String v : values.apply(sorted.get(i))) {
        set.add(numbers.computeIfAbsent(v, x -> numbers.size()));
      }
      out[i] = set.stream().mapToInt(Integer::intValue).toArray();
    }
    return out;
  }

  /** For each value, the articles (ascending) that have it. */
  private static int[][] postings(int[][] valuesByArticle) {
    int max = Arrays.stream(valuesByArticle).flatMapToInt(Arrays::stream).max().orElse(-1);
    int[] counts = new int[max + 1];
    for (int[] vs : valuesByArticle) {
      for (int v : vs) {
        counts[v]++;
      }
    }
    int[][] out = new int[max + 1][];
    for (int v = 0; v <= max; v++) {
      out[v] = new int[counts[v]];
      counts[v] = 0;
    }
    for (int a = 0; a < valuesByArticle.length; a++) {
      for (int v : valuesByArticle[a]) {
        out[v][counts[v]++] = a;
      }
    }
    return out;
  }

  /** The sources of an article without events: most articles share it. */
  private static final String[][] NO_SOURCES = new String[0][];

  /**
   * Each article's event sources, as the event pages fold them ({@link Spellings#key}), by the
   * index of the event's ID in {@code events}: none when no entry of that ID names one.
   */
  private static String[][][] sources(List<ArticleSummary> sorted, int[][] events, Map<String, Integer> numbers) {
    String[][][] out = new String[sorted.size()][][];
    for (int i = 0; i < out.length; i++) {
      if (events[i].length == 0) {
        out[i] = NO_SOURCES;
        continue;
      }
      List<TreeSet<String>> byId = new ArrayList<>();
      for (int k = 0; k < events[i].length; k++) {
        byId.add(new TreeSet<>());
      }
      for (Event e : sorted.get(i).events()) {
        if (e.source() != null) {
          byId.get(Arrays.binarySearch(events[i], numbers.get(String.valueOf(e.id())))).add(Spellings.key(e.source()));
        }
      }
      out[i] = byId.stream().map(s -> s.toArray(String[]::new)).toArray(String[][]::new);
    }
    return out;
  }

  /** Whether two entries of one event ID can be the same event: one names no source, or they share one. */
  private static boolean sameSource(String[] a, String[] b) {
    if (a.length == 0 || b.length == 0) {
      return true;
    }
    for (String s : a) {
      if (Arrays.binarySearch(b, s) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** The event IDs articles {@code i} and {@code c} share, from the {@link #sameSource same source}. */
  private static int sharedEvents(int[][] events, String[][][] sources, int i, int c) {
    int sum = 0;
    for (int k = 0; k < events[i].length; k++) {
      int j = Arrays.binarySearch(events[c], events[i][k]);
      if (j >= 0 && sameSource(sources[i][k], sources[c][j])) {
        sum++;
      }
    }
    return sum;
  }

  private static int shared(int[] a, int[] b) {
    return (int) weighted(a, b, null);
  }

  /** The summed weights of the values both sorted arrays hold; each counts 1 when {@code weights} is null. */
  private static double weighted(int[] a, int[] b, double[] weights) {
    double sum = 0;
    for (int i = 0, j = 0; i < a.length && j < b.length; ) {
      if (a[i] == b[j]) {
        sum += weights == null ? 1 : weights[a[i]];
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return sum;
  }
}
