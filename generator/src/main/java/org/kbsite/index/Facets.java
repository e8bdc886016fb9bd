package org.kbsite.index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.kbsite.incremental.Hash;
import org.kbsite.incremental.Hasher;
import org.kbsite.model.ArticleSummary;
import org.kbsite.model.Version;

/**
 * Builds the facets from the summaries (sorted by ID, so every term's article list is too).
 * Values are spelled inconsistently ({@code kbVC600}/{@code kbvc600}, {@code HOW TO}/{@code How
 * To}): terms are merged ignoring case ({@link Facet#termKey}) and shown in their commonest spelling.
 */
public final class Facets {
  private Facets() {}

  /**
   * Every facet with its terms' articles by number, and the hash of all that they were made from
   * (each article's products, versions, operating systems, keywords, tags and year): an
   * incremental build keeps them while that hash is unchanged, as after an edit of a title or a
   * text.
   */
  public record Lists(Hash inputs, List<Numbers> facets) {}

  /** A facet with its terms' articles as article numbers. */
  public record Numbers(String id, String name, String termNoun, List<TermNumbers> terms) {}

  public record TermNumbers(String label, String group, int[] articles) {}

  /** The facets, and the same as lists for a later build. */
  record Made(List<Facet> facets, Lists lists) {}

  /** The facets, taken from {@code earlier} when made from the same inputs. */
  static Made all(List<ArticleSummary> sorted, Lists earlier, Map<Integer, ArticleSummary> byNumber) {
    Hash inputs = inputs(sorted);
    if (earlier == null || !earlier.inputs().equals(inputs)) {
      List<Facet> facets = all(sorted);
      return new Made(facets, new Lists(inputs, facets.stream().map(f -> new Numbers(f.id(), f.name(), f.termNoun(),
          f.terms().stream().map(t -> new TermNumbers(t.label(), t.group(),
              t.articles().stream().mapToInt(a -> a.id().number()).toArray())).toList())).toList()));
    }
    List<Facet> facets = new ArrayList<>();
    for (Numbers f : earlier.facets()) {
      facets.add(new Facet(f.id(), f.name(), f.termNoun(), f.terms().stream()
          .map(t -> new Facet.Term(t.label(), t.group(),
              java.util.Arrays.stream(t.articles()).mapToObj(byNumber::get).toList()))
          .toList()));
    }
    return new Made(facets, earlier);
  }

  private static Hash inputs(List<ArticleSummary> sorted) {
    Hasher h = new Hasher();
    for (ArticleSummary s : sorted) {
      h.i32(s.id().number());
      for (List<String> values : List.of(s.products(), s.os(), s.keywords(), s.tags())) {
        h.i32(values.size());
        values.forEach(h::str);
      }
      h.i32(s.versions().size());
      s.versions().forEach(v -> h.str(v.platform()).str(v.version()));
      h.i32(s.lastModified() == null ? 0 : s.lastModified().getYear());
    }
    return h.done();
  }

  static List<Facet> all(List<ArticleSummary> sorted) {
    return List.of(
        folded("products", "Products", "product", sorted, ArticleSummary::products),
        versions(sorted),
        folded("os", "Operating systems", "operating system", sorted, ArticleSummary::os),
        folded("keywords", "Keywords", "keyword", sorted, ArticleSummary::keywords),
        folded("tags", "Title tags", "tag", sorted, ArticleSummary::tags),
        folded("years", "Years last modified", "year", sorted,
            s -> s.lastModified() == null ? List.of() : List.of(Integer.toString(s.lastModified().getYear()))));
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
    byKey.forEach((k, list) -> terms.add(new Facet.Term(commonest(spellings.get(k)), null, list)));
    return new Facet(id, name, noun, terms);
  }

  /** Versions are per product: "4.0" of Exchange is not "4.0" of Windows NT. */
  private static Facet versions(List<ArticleSummary> sorted) {
    Map<String, Map<String, List<ArticleSummary>>> byProduct = new TreeMap<>();
    Map<String, Map<String, Integer>> spellings = new HashMap<>();
    for (ArticleSummary s : sorted) {
      for (String product : new LinkedHashSet<>(s.products())) {
        Set<String> seen = new LinkedHashSet<>();
        for (Version v : s.versions()) {
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
        terms.add(new Facet.Term(commonest(spellings.get(product + "\n" + k)), product, list))));
    return new Facet("versions", "Versions", "version", terms);
  }

  /** The most frequent spelling; the first in code-point order on a tie. */
  private static String commonest(Map<String, Integer> counts) {
    return counts.entrySet().stream()
        .max(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
            .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
        .orElseThrow().getKey();
  }

  /** Numbers compare as numbers ("3.11" after "3.1", "10" after "9"), the rest as text. */
  static final Comparator<String> VERSION_ORDER = (a, b) -> {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      char ca = a.charAt(i);
      char cb = b.charAt(j);
      if (Character.isDigit(ca) && Character.isDigit(cb)) {
        int ei = i;
        while (ei < a.length() && Character.isDigit(a.charAt(ei))) {
          ei++;
        }
        int ej = j;
        while (ej < b.length() && Character.isDigit(b.charAt(ej))) {
          ej++;
        }
        int c = new java.math.BigInteger(a.substring(i, ei)).compareTo(new java.math.BigInteger(b.substring(j, ej)));
        if (c != 0) {
          return c;
        }
        i = ei;
        j = ej;
      } else {
        if (ca != cb) {
          return Character.compare(ca, cb);
        }
        i++;
        j++;
      }
    }
    int c = Integer.compare(a.length() - i, b.length() - j);
    return c != 0 ? c : a.compareTo(b);
  };
}
