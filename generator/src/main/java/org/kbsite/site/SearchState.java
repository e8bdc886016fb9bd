package org.kbsite.site;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.kbsite.incremental.Hash;
import org.kbsite.search.SearchIndexWriter;

/**
 * What the search index keeps for the next build, in {@code OUT/.kbsite/search}: the term
 * dictionary, and per article the hash of its page, where its text file is and its terms (term
 * IDs, flags and counts, text length). Kept apart from {@link BuildState}, as it is larger and
 * read only when an article changed. Term IDs are stored sorted, as varint gaps.
 */
record SearchState(String[] names, Map<Integer, Article> articles) {
  static final String FILE = ".kbsite/search";
  private static final String MAGIC = "kbsite-search-state";
  private static final int FORMAT = 1;

  /** An article: the hash of its page, its text file's path, its terms. */
  record Article(Hash source, String textPath, SearchIndexWriter.DocTerms terms) {}

  /** The search state in {@code out} made with {@code key}, or null. */
  static SearchState load(Path out, Hash key) {
    try {
      return new Reader(ByteBuffer.wrap(Files.readAllBytes(out.resolve(FILE)))).state(key);
    } catch (IOException | BufferUnderflowException | IllegalArgumentException e) {
      return null;
    }
  }

  byte[] toBytes(Hash key) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);
    try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(bytes, 1 << 16))) {
      str(out, MAGIC);
      out.writeInt(FORMAT);
      out.writeLong(key.hi());
      out.writeLong(key.lo());
      out.writeInt(names.length);
      for (String n : names) {
        str(out, n);
      }
      out.writeInt(articles.size());
      for (var e : new TreeMap<>(articles).entrySet()) {
        Article a = e.getValue();
        out.writeInt(e.getKey());
        out.writeLong(a.source().hi());
        out.writeLong(a.source().lo());
        str(out, a.textPath());
        SearchIndexWriter.DocTerms t = a.terms();
        out.writeInt(t.length());
        out.writeInt(t.ids().length);
        Integer[] order = new Integer[t.ids().length];
        for (int i = 0; i < order.length; i++) {
          order[i] = i;
        }
        Arrays.sort(order, (x, y) -> Integer.compare(t.ids()[x], t.ids()[y]));
        int last = 0;
        for (int i : order) {
          varint(out, t.ids()[i] - last);
          last = t.ids()[i];
          varint(out, t.flagsAndCounts()[i]);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static void str(DataOutputStream out, String s) throws IOException {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(b.length);
    out.write(b);
  }

  private static void varint(DataOutputStream out, int v) throws IOException {
    while ((v & ~0x7F) != 0) {
      out.writeByte((v & 0x7F) | 0x80);
      v >>>= 7;
    }
    out.writeByte(v);
  }

  private static final class Reader {
    private final ByteBuffer in;

    Reader(ByteBuffer in) {
      this.in = in;
    }

    SearchState state(Hash key) {
      if (!MAGIC.equals(str()) || in.getInt() != FORMAT || !key.equals(new Hash(in.getLong(), in.getLong()))) {
        return null;
      }
      String[] names = new String[count()];
      for (int i = 0; i < names.length; i++) {
        names[i] = str();
      }
      int n = count();
      Map<Integer, Article> articles = new HashMap<>(n * 2);
      for (int i = 0; i < n; i++) {
        int number = in.getInt();
        Hash source = new Hash(in.getLong(), in.getLong());
        String path = str();
        int length = in.getInt();
        int[] ids = new int[count()];
        int[] flags = new int[ids.length];
        int last = 0;
        for (int j = 0; j < ids.length; j++) {
          last += varint();
          if (last < 0 || last >= names.length) {
            throw new IllegalArgumentException("bad term " + last);
          }
          ids[j] = last;
          flags[j] = varint();
        }
        articles.put(number, new Article(source, path, new SearchIndexWriter.DocTerms(ids, flags, length)));
      }
      if (in.hasRemaining()) {
        throw new IllegalArgumentException("trailing bytes");
      }
      return new SearchState(names, articles);
    }

    private String str() {
      int n = count();
      String s = new String(in.array(), in.position(), n, StandardCharsets.UTF_8);
      in.position(in.position() + n);
      return s;
    }

    private int count() {
      int n = in.getInt();
      if (n < 0 || n > in.remaining()) {
        throw new IllegalArgumentException("bad count " + n);
      }
      return n;
    }

    private int varint() {
      int v = 0;
      for (int shift = 0; shift < 35; shift += 7) {
        byte b = in.get();
        v |= (b & 0x7F) << shift;
        if (b >= 0) {
          return v;
        }
      }
      throw new IllegalArgumentException("bad varint");
    }
  }
}
