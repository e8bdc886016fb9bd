package org.kbsite.index;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.regex.Pattern;
import org.kbsite.incremental.Hash;
import org.kbsite.incremental.Hasher;
import org.kbsite.model.ArticleSummary;
import org.kbsite.model.Event;
import org.kbsite.model.Spellings;
import org.kbsite.model.Version;
import org.kbsite.text.MessageTags;

/**
 * Builds the facets from the summaries (sorted by ID, so every term's article list is too).
 * Values are spelled inconsistently ({@code kbVC600}/{@code kbvc600}, {@code HOW TO}/{@code HOWTO},
 * {@code Err Msg}/{@code ErrMsg}): terms are merged ignoring case and white space
 * ({@link Facet#termKey}) and shown in their commonest spelling.
 */
public final class Facets {
  private Facets() {}

  /**
   * Every facet with its terms' articles by number, each with the hash of what it was made from
   * (each article's values of that facet): an incremental build keeps a facet while its hash is
   * unchanged, so that an edit of a title tag makes the tags again and nothing else.
   */
  public record Lists(List<Numbers> facets) {}

  /** A facet with its terms' articles as article numbers, and the hash of its inputs. */
  public record Numbers(String id, String name, String termNoun, Hash inputs, List<TermNumbers> terms) {}

  public record TermNumbers(String label, String group, int[] articles) {}

  /** The facets, and the same as lists for a later build. */
  record Made(List<Facet> facets, Lists lists) {}

  /** How one facet is made from the summaries, and which of their values it reads. */
  private record Kind(String id, Function<List<ArticleSummary>, Facet> make, BiConsumer<Hasher, ArticleSummary> values) {}

  /**
   * The facet of the archive's folders, {@code kb/NNN/}: a thousand article numbers each, so that a
   * reader who cuts an article's address back to its folder finds the articles beside it.
   */
  public static final String NUMBERS = "kb";

  /** The facet of the sources the articles' event-log entries name ({@code MSExchangeIS}, {@code Srv}). */
  public static final String SOURCES = "sources";

  private static final List<Kind> KINDS = List.of(
      new Kind("products", sorted -> folded("products", "Products", "product", sorted, ArticleSummary::products),
          (h, s) -> strings(h, s.products())),
      // A version is listed under the article's products.
      new Kind("versions", Facets::versions, (h, s) -> {
        strings(h, s.products());
        h.i32(s.versions().size());
        s.versions().forEach(v -> h.str(v.platform()).str(v.version()));
      }),
      new Kind("os", sorted -> folded("os", "Operating systems", "operating system", sorted, ArticleSummary::os),
          (h, s) -> strings(h, s.os())),
      new Kind("keywords", sorted -> folded("keywords", "Keywords", "keyword", sorted, ArticleSummary::keywords),
          (h, s) -> strings(h, s.keywords())),
      new Kind("tags", sorted -> folded("tags", "Title tags", "title tag", sorted, Facets::tags),
          (h, s) -> strings(h, s.tags())),
      // Where a support engineer knows the program that logged an event, not its ID.
      new Kind(SOURCES, sorted -> folded(SOURCES, "Event sources", "event source", sorted, Facets::sources),
          (h, s) -> strings(h, sources(s))),
      new Kind("years", sorted -> folded("years", "Years last modified", "year", sorted, Facets::year),
          (h, s) -> h.str(s.lastModified() == null ? null : Integer.toString(s.lastModified().getYear()))),
      // Made from the article numbers alone, which every facet's inputs begin with.
      new Kind(NUMBERS, Facets::numbers, (h, s) -> {}));

  /**
   * The facets; each taken from {@code earlier} when made from the same inputs. The lists are
   * {@code earlier} itself when every facet was.
   */
  static Made all(List<ArticleSummary> sorted, Lists earlier, IntFunction<ArticleSummary> byNumber) {
    Hasher[] hashers = new Hasher[KINDS.size()];
    for (int k = 0; k < hashers.length; k++) {
      hashers[k] = new Hasher();
    }
    for (ArticleSummary s : sorted) {
      for (int k = 0; k < hashers.length; k++) {
        KINDS.get(k).values().accept(hashers[k].i32(s.id().number()), s);
      }
    }
    List<Facet> facets = new ArrayList<>();
    List<Numbers> lists = new ArrayList<>();
    boolean allKept = true;
    for (int k = 0; k < hashers.length; k++) {
      Kind kind = KINDS.get(k);
      Hash inputs = hashers[k].done();
      Numbers before = earlier == null || earlier.facets().size() != KINDS.size() ? null : earlier.facets().get(k);
      if (before != null && before.id().equals(kind.id()) && before.inputs().equals(inputs)) {
        facets.add(new Facet(before.id(), before.name(), before.termNoun(), before.terms().stream()
            .map(t -> new Facet.Term(t.label(), t.group(),
                java.util.Arrays.stream(t.articles()).mapToObj(byNumber).toList()))
            .toList()));
        lists.add(before);
      } else {
        Facet f = kind.make().apply(sorted);
        facets.add(f);
        lists.add(new Numbers(f.id(), f.name(), f.termNoun(), inputs, f.terms().stream()
            .map(t -> new TermNumbers(t.label(), t.group(), t.articles().stream().mapToInt(a -> a.id().number()).toArray()))
            .toList()));
        allKept = false;
      }
    }
    return new Made(facets, allKept ? earlier : new Lists(lists));
  }

  /** The folders' terms in number order, each labelled with its folder ({@link org.kbsite.model.KbId#bucket}). */
  private static Facet numbers(List<ArticleSummary> sorted) {
    Map<String, List<ArticleSummary>> byFolder = new LinkedHashMap<>();
    for (ArticleSummary s : sorted) {
      byFolder.computeIfAbsent(s.id().bucket(), x -> new ArrayList<>()).add(s);
    }
    List<Facet.Term> terms = new ArrayList<>();
    byFolder.forEach((folder, list) -> terms.add(new Facet.Term(folder, null, list)));
    return new Facet(NUMBERS, "Number ranges", "range", terms);
  }

  private static void strings(Hasher h, List<String> values) {
    h.i32(values.size());
    values.forEach(h::str);
  }

  /** How the error-message tag is spelled most ({@link Facet#fold} folds all its spellings into one). */
  private static final String ERROR_MESSAGE = "Err Msg";

  /**
   * An article's title tags as the index files them: each as written, and an {@link MessageTags
   * error-message tag} of a product or in another word under the error-message tag too, where a
   * reader browsing error messages looks (89 of the sample's articles were only under tags such
   * as {@code Windows Err Msg}, 11 articles, or {@code WFWG Err Msg}, 6).
   */
  static List<String> tags(ArticleSummary s) {
    List<String> tags = s.tags();
    for (String tag : tags) {
      if (MessageTags.TAG.matcher(tag).matches() && !Facet.fold(tag).equals(Facet.fold(ERROR_MESSAGE))) {
        List<String> filed = new ArrayList<>(tags);
        filed.add(ERROR_MESSAGE);
        return filed;
      }
    }
    return tags;
  }

  /** The sources an article's entries name, each once as first written. */
  public static List<String> sources(ArticleSummary s) {
    List<String> sources = new ArrayList<>();
    for (Event e : s.events()) {
      if (e.source() != null && !e.source().isBlank() && !sources.contains(e.source())) {
        sources.add(e.source());
      }
    }
    return sources;
  }

  private static List<String> year(ArticleSummary s) {
    return s.lastModified() == null ? List.of() : List.of(Integer.toString(s.lastModified().getYear()));
  }

  private static Facet folded(String id, String name, String noun, List<ArticleSummary> sorted,
      Function<ArticleSummary, List<String>> values) {
    Map<String, List<ArticleSummary>> byKey = new TreeMap<>();
    Map<String, Map<String, Integer>> spellings = new HashMap<>();
    for (ArticleSummary s : sorted) {
      Set<String> seen = new LinkedHashSet<>();
      for (String v : values.apply(s)) {
        String k = Facet.fold(v);
        spellings.computeIfAbsent(k, x -> new TreeMap<>()).merge(v, 1, Integer::sum);
        if (seen.add(k)) {
          byKey.computeIfAbsent(k, x -> new ArrayList<>()).add(s);
        }
      }
    }
    List<Facet.Term> terms = new ArrayList<>();
    byKey.forEach((k, list) -> terms.add(new Facet.Term(Spellings.commonest(spellings.get(k)), null, list)));
    // In the order of the labels as shown, spaces kept: "C 5.10 MTDYNA.DOC" before "C2279",
    // "SNA Server" before "SNAPRINT" (their keys, without spaces, sort the other way).
    terms.sort(Comparator.comparing(Facet.Term::label, Facet.LABEL_ORDER));
    return new Facet(id, name, noun, terms);
  }

  /**
   * Versions are per product: "4.0" of Exchange is not "4.0" of Windows NT. An operating
   * system's product takes only its own platform's versions ({@link ProductVersions}).
   */
  private static Facet versions(List<ArticleSummary> sorted) {
    Map<String, Map<String, List<ArticleSummary>>> byProduct = new TreeMap<>();
    Map<String, Map<String, Integer>> spellings = new HashMap<>();
    // A product's versions go under the product as its page spells it, however each article does.
    Map<String, Map<String, Integer>> productSpellings = new HashMap<>();
    for (ArticleSummary s : sorted) {
      for (String p : s.products()) {
        productSpellings.computeIfAbsent(Facet.fold(p), x -> new TreeMap<>()).merge(p, 1, Integer::sum);
      }
    }
    Map<String, String> productOf = new HashMap<>();
    productSpellings.forEach((k, counts) -> productOf.put(k, Spellings.commonest(counts)));
    for (ArticleSummary s : sorted) {
      for (String product : s.products().stream().map(p -> productOf.get(Facet.fold(p))).distinct().toList()) {
        Set<String> seen = new LinkedHashSet<>();
        for (Version v : ProductVersions.filedUnder(product, s.versions())) {
          if (v.version() == null || v.version().isBlank()) {
            continue;
          }
          String k = Facet.fold(v.version());
          spellings.computeIfAbsent(product + "\n" + k, x -> new TreeMap<>()).merge(v.version(), 1, Integer::sum);
          if (seen.add(k)) {
            byProduct.computeIfAbsent(product, x -> new TreeMap<>(VERSION_ORDER))
                .computeIfAbsent(k, x -> new ArrayList<>()).add(s);
          }
        }
      }
    }
    List<Facet.Term> terms = new ArrayList<>();
    byProduct.forEach((product, versions) -> versions.forEach((k, list) ->
        terms.add(new Facet.Term(Spellings.commonest(spellings.get(product + "\n" + k)), product, list))));
    return new Facet("versions", "Versions", "version", terms);
  }

  /**
   * The order of a product's versions, as the folded keys ({@link Facet#fold}) have them: the
   * number first ("10" after "9"), the digits after its point as a decimal fraction, none being
   * 0 ("3.5" before "3.51" before "3.6", "8.01" before "8.1", "4" before "4.01"), then the rest
   * with its numbers as numbers ("4a" and "4sp1", from 4.0a and 4.0 SP1, before "4.01"; "sp2"
   * before "sp10"); a series ("4.x", "5.1x") after its releases. Keys that do not start with a number come
   * after those that do.
   */
  static final Comparator<String> VERSION_ORDER = Facets::compareVersions;

  private static int compareVersions(String a, String b) {
    int na = digitsEnd(a, 0);
    int nb = digitsEnd(b, 0);
    if (na == 0 || nb == 0) {
      int c = na == 0 && nb == 0 ? natural(a, b) : na == 0 ? 1 : -1;
      return c != 0 ? c : a.compareTo(b);
    }
    int c = new BigInteger(a.substring(0, na)).compareTo(new BigInteger(b.substring(0, nb)));
    if (c != 0) {
      return c;
    }
    // "4.x", every 4 release, comes after them all.
    boolean seriesA = a.startsWith(".x", na);
    if (seriesA != b.startsWith(".x", nb)) {
      return seriesA ? 1 : -1;
    }
    int fa = fractionEnd(a, na);
    int fb = fractionEnd(b, nb);
    String fractionA = fa == na ? "" : a.substring(na + 1, fa);
    String fractionB = fb == nb ? "" : b.substring(nb + 1, fb);
    // "5.1x", every 5.1 release (5.1, 5.11, 5.13), comes after them; "5.0x" (folded "5x") after 5.0 to 5.09.
    String seriesOfA = a.substring(fa).equals("x") ? (fractionA.isEmpty() ? "0" : fractionA) : null;
    String seriesOfB = b.substring(fb).equals("x") ? (fractionB.isEmpty() ? "0" : fractionB) : null;
    if ((seriesOfA == null) != (seriesOfB == null)) {
      String release = seriesOfA == null ? fractionA : fractionB;
      if ((release.isEmpty() ? "0" : release).startsWith(seriesOfA == null ? seriesOfB : seriesOfA)) {
        return seriesOfA == null ? -1 : 1;
      }
    }
    c = fraction(fractionA, fractionB);
    if (c == 0) {
      c = natural(a.substring(fa), b.substring(fb));
    }
    return c != 0 ? c : a.compareTo(b);
  }

  /** The end of the run of digits at {@code from}; {@code from} when there is none. */
  private static int digitsEnd(String s, int from) {
    int i = from;
    while (i < s.length() && Character.isDigit(s.charAt(i))) {
      i++;
    }
    return i;
  }

  /** The end of a point and digits at {@code from} (a fraction); {@code from} when there are none. */
  private static int fractionEnd(String s, int from) {
    return from + 1 < s.length() && s.charAt(from) == '.' && Character.isDigit(s.charAt(from + 1))
        ? digitsEnd(s, from + 1) : from;
  }

  /** Text, with the numbers in it compared as numbers; 0 when the two differ only in leading zeros. */
  private static int natural(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int ei = digitsEnd(a, i);
      int ej = digitsEnd(b, j);
      if (ei > i && ej > j) {
        int c = new BigInteger(a.substring(i, ei)).compareTo(new BigInteger(b.substring(j, ej)));
        if (c != 0) {
          return c;
        }
        i = ei;
        j = ej;
      } else {
        if (a.charAt(i) != b.charAt(j)) {
          return Character.compare(a.charAt(i), b.charAt(j));
        }
        i++;
        j++;
      }
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }

  /** Digits after a point compared as a fraction: "5" is 0.5, before "51"; "01" before "1". */
  private static int fraction(String a, String b) {
    int n = Math.max(a.length(), b.length());
    String pa = a + "0".repeat(n - a.length());
    String pb = b + "0".repeat(n - b.length());
    return pa.compareTo(pb);
  }
}
