package org.kbsite.model;

import java.util.Arrays;

/**
 * Values keyed by article number, held as a sorted array of numbers beside an array of values and
 * found by binary search. A build keeps several such tables for the whole archive (related lists,
 * catalog offsets, the search state's articles, summaries by ID); in a hash map each entry costs a map node and
 * a boxed key, about 50 bytes, which at a million articles is some 50 MB a table. Immutable once
 * built; made by a {@link Builder} in ascending order of numbers, as every caller has them.
 */
public final class ByNumber<V> {
  private static final ByNumber<?> EMPTY = new ByNumber<>(new int[0], new Object[0], 0);

  private final int[] numbers;
  private final Object[] values;
  private final int size;

  private ByNumber(int[] numbers, Object[] values, int size) {
    this.numbers = numbers;
    this.values = values;
    this.size = size;
  }

  @SuppressWarnings("unchecked")
  public static <V> ByNumber<V> empty() {
    return (ByNumber<V>) EMPTY;
  }

  /** The value for {@code number}, or null when there is none. */
  @SuppressWarnings("unchecked")
  public V get(int number) {
    int i = Arrays.binarySearch(numbers, 0, size, number);
    return i < 0 ? null : (V) values[i];
  }

  public int size() {
    return size;
  }

  /** Where {@code number} is in ascending order, {@code 0 <= i < size()}; negative when it is not held. */
  public int indexOf(int number) {
    return Arrays.binarySearch(numbers, 0, size, number);
  }

  /** The {@code i}th number in ascending order, {@code 0 <= i < size()}. */
  public int number(int i) {
    return numbers[i];
  }

  /** The value of the {@code i}th number. */
  @SuppressWarnings("unchecked")
  public V value(int i) {
    return (V) values[i];
  }

  public static <V> Builder<V> builder(int expected) {
    return new Builder<>(expected);
  }

  /** Collects entries in strictly ascending order of numbers. Not thread-safe. */
  public static final class Builder<V> {
    private int[] numbers;
    private Object[] values;
    private int size;

    private Builder(int expected) {
      numbers = new int[Math.max(expected, 4)];
      values = new Object[numbers.length];
    }

    /** Adds an entry whose number is greater than every number added before. */
    public Builder<V> add(int number, V value) {
      if (size > 0 && number <= numbers[size - 1]) {
        throw new IllegalArgumentException("numbers must ascend: " + number + " after " + numbers[size - 1]);
      }
      if (size == numbers.length) {
        numbers = Arrays.copyOf(numbers, size * 2);
        values = Arrays.copyOf(values, size * 2);
      }
      numbers[size] = number;
      values[size++] = value;
      return this;
    }

    /** The table; its arrays are trimmed to size, and the builder must not be used again. */
    public ByNumber<V> build() {
      if (size == 0) {
        return empty();
      }
      ByNumber<V> table = new ByNumber<>(size == numbers.length ? numbers : Arrays.copyOf(numbers, size),
          size == values.length ? values : Arrays.copyOf(values, size), size);
      numbers = null;
      values = null;
      return table;
    }
  }
}
