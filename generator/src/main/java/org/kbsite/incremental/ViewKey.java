package org.kbsite.incremental;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The hash of a view model: records, lists, maps, strings, numbers, booleans, enums and null,
 * walked component by component. A template rendered with the same view gives the same page, so
 * a page whose view hashes as before need not be rendered again. A type the walk does not know
 * is an error rather than a guess, so that a view can never hide an input from its key.
 */
public final class ViewKey {
  private static final Map<Class<?>, Method[]> ACCESSORS = new ConcurrentHashMap<>();

  private ViewKey() {}

  /** The hash of the values, in order. */
  public static Hash of(Object... values) {
    Hasher h = new Hasher();
    for (Object v : values) {
      feed(h, v);
    }
    return h.done();
  }

  private static void feed(Hasher h, Object o) {
    if (o == null) {
      h.tag(0);
    } else if (o instanceof String s) {
      h.str(s);
    } else if (o instanceof Integer i) {
      h.tag(2).i32(i);
    } else if (o instanceof Long l) {
      h.tag(3).i64(l);
    } else if (o instanceof Boolean b) {
      h.tag(4).bool(b);
    } else if (o instanceof Double d) {
      h.tag(5).i64(Double.doubleToLongBits(d));
    } else if (o instanceof Enum<?> e) {
      h.tag(6).str(e.name());
    } else if (o instanceof Record r) {
      h.tag(7).str(r.getClass().getName());
      for (Method m : accessors(r.getClass())) {
        feed(h, get(m, r));
      }
    } else if (o instanceof Collection<?> c) {
      h.tag(8).i32(c.size());
      for (Object e : c) {
        feed(h, e);
      }
    } else if (o instanceof Map<?, ?> m) {
      h.tag(9).i32(m.size());
      for (Map.Entry<?, ?> e : m.entrySet()) {
        feed(h, e.getKey());
        feed(h, e.getValue());
      }
    } else {
      throw new IllegalArgumentException("a view holds a " + o.getClass().getName()
          + ", which ViewKey cannot hash: use records, lists, maps and plain values");
    }
  }

  private static Method[] accessors(Class<?> type) {
    return ACCESSORS.computeIfAbsent(type, t -> {
      RecordComponent[] components = t.getRecordComponents();
      Method[] methods = new Method[components.length];
      for (int i = 0; i < components.length; i++) {
        methods[i] = components[i].getAccessor();
        methods[i].setAccessible(true);
      }
      return methods;
    });
  }

  private static Object get(Method m, Record r) {
    try {
      return m.invoke(r);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + m + " of a view", e);
    }
  }
}
