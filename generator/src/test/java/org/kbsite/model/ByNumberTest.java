package org.kbsite.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class ByNumberTest {
  @Test
  void findsEveryNumberAddedAndNothingBetweenBeforeOrAfter() {
    ByNumber<String> table = ByNumber.<String>builder(1).add(158279, "a").add(158280, "b").add(300000, "c").build();

    assertEquals(3, table.size());
    assertEquals("a", table.get(158279));
    assertEquals("b", table.get(158280));
    assertEquals("c", table.get(300000));
    assertNull(table.get(1));
    assertNull(table.get(200000));
    assertNull(table.get(300001));
    assertEquals(List.of(158279, 158280, 300000), List.of(table.number(0), table.number(1), table.number(2)));
    assertEquals(List.of("a", "b", "c"), List.of(table.value(0), table.value(1), table.value(2)));
  }

  @Test
  void refusesNumbersOutOfOrderOrTwice() {
    ByNumber.Builder<String> builder = ByNumber.<String>builder(4).add(20, "a");

    assertThrows(IllegalArgumentException.class, () -> builder.add(10, "b"));
    assertThrows(IllegalArgumentException.class, () -> builder.add(20, "c"));
  }

  @Test
  void anEmptyTableHasNothing() {
    ByNumber<String> empty = ByNumber.<String>builder(0).build();

    assertEquals(0, empty.size());
    assertNull(empty.get(158279));
    assertSame(ByNumber.empty(), empty);
  }

  /** The table answers as a sorted map of the same entries does, past its initial capacity. */
  @Property(tries = 300)
  void answersAsASortedMap(@ForAll @Size(max = 300) Set<@IntRange(min = 1, max = 2000) Integer> numbers,
      @ForAll @Size(max = 50) List<@IntRange(min = 0, max = 2001) Integer> probes) {
    Map<Integer, String> expected = new TreeMap<>();
    numbers.forEach(n -> expected.put(n, "Q" + n));
    ByNumber.Builder<String> builder = ByNumber.builder(2);
    expected.forEach(builder::add);
    ByNumber<String> table = builder.build();

    assertEquals(expected.size(), table.size());
    List<Integer> inOrder = new ArrayList<>();
    for (int i = 0; i < table.size(); i++) {
      inOrder.add(table.number(i));
      assertEquals(expected.get(table.number(i)), table.value(i));
    }
    assertEquals(List.copyOf(expected.keySet()), inOrder);
    for (int n : numbers) {
      assertEquals(expected.get(n), table.get(n));
    }
    for (int p : probes) {
      assertEquals(expected.get(p), table.get(p));
    }
  }
}
