package org.kbsite.site;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.IntFunction;
import org.kbsite.incremental.Hash;
import org.kbsite.incremental.Hasher;
import org.kbsite.model.ByNumber;
import org.kbsite.search.DocTerms;

/**
 * What the search index keeps for the next build, in {@code OUT/.kbsite/search}: the term
 * dictionary, and per article the hash of its page, its doc number and its terms (term
 * IDs, flags and counts, text length). Kept apart from {@link BuildState}, as it is larger and
 * read only when an article changed. The terms are stored as the index writer packs them.
 * {@code fileHash} is the hash of the file the state was read from.
 */
record SearchState(String[] names, ByNumber<Article> articles, Hash fileHash) {
  static final String FILE = ".kbsite/search";
  private static final String MAGIC = "kbsite-search-state";
  private static final int FORMAT = 5;

  /** An article: the hash of its page, its doc number, its terms. */
  record Article(Hash source, int doc, DocTerms terms) {}

  /** The search state in {@code out} made with {@code key}, or null. */
  static SearchState load(Path out, Hash key) {
    try {
      return read(Files.readAllBytes(out.resolve(FILE)), key);
    } catch (IOException e) {
      return null;
    }
  }

  /** The state these bytes hold, made with {@code key}; null when they are not one (damaged, cut short). */
  static SearchState read(byte[] bytes, Hash key) {
    return StateCodec.decode(bytes, in -> new Reader(bytes, in).state(key));
  }

  /**
   * Writes a state to {@code file} and returns the hash of its bytes: the dictionary, then the
   * articles of these numbers (ascending), each made by {@code article} as it is written, so that
   * a million articles' terms are never held at once.
   */
  static Hash write(Path file, Hash key, String[] names, int[] numbers, IntFunction<Article> article) {
    return StateCodec.write(file, MAGIC, FORMAT, out -> {
      StateCodec.hash(out, key);
      out.writeInt(names.length);
      for (String n : names) {
        StateCodec.str(out, n);
      }
      out.writeInt(numbers.length);
      for (int number : numbers) {
        Article a = article.apply(number);
        out.writeInt(number);
        StateCodec.hash(out, a.source());
        out.writeInt(a.doc());
        DocTerms t = a.terms();
        out.writeInt(t.length());
        out.writeInt(t.count());
        out.writeInt(t.packed().length);
        out.write(t.packed());
      }
    });
  }

  private static final class Reader {
    private final byte[] bytes;
    private final ByteBuffer in;

    Reader(byte[] bytes, ByteBuffer in) {
      this.bytes = bytes;
      this.in = in;
    }

    SearchState state(Hash key) {
      if (!StateCodec.header(in, MAGIC, FORMAT) || !key.equals(StateCodec.hash(in))) {
        return null;
      }
      String[] names = new String[StateCodec.count(in)];
      for (int i = 0; i < names.length; i++) {
        names[i] = StateCodec.str(in);
      }
      int n = StateCodec.count(in);
      ByNumber.Builder<Article> articles = ByNumber.builder(n);
      for (int i = 0; i < n; i++) {
        int number = in.getInt();
        Hash source = StateCodec.hash(in);
        int doc = in.getInt();
        int length = in.getInt();
        int count = in.getInt();
        byte[] packed = new byte[StateCodec.count(in)];
        in.get(packed);
        checkTerms(packed, count, names.length);
        articles.add(number, new Article(source, doc, new DocTerms(packed, count, length)));
      }
      StateCodec.end(in);
      // Hashed here so that the build need not read the file again to compare.
      return new SearchState(names, articles.build(), Hasher.of(bytes));
    }

    /** Fails unless the packed terms are {@code count} (ID gap, value) varint pairs with IDs in the dictionary. */
    private static void checkTerms(byte[] packed, int count, int names) {
      ByteBuffer b = ByteBuffer.wrap(packed);
      long id = 0;
      for (int i = 0; i < count; i++) {
        id += StateCodec.varint(b);
        StateCodec.varint(b);
      }
      if (count > 0 && id >= names || b.hasRemaining()) {
        throw new IllegalArgumentException("bad terms");
      }
    }
  }
}
