package org.tally.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * A document's mentions, as found, indexed by where each starts: a claim picks among the few near it by a binary
 * search instead of filtering every mention of the document, which made long texts quadratic (issue 10).
 *
 * @param <T> a mention
 */
public final class InTextOrder<T> {
  private final List<T> items;
  private final int[] starts;
  /** Found out of text order: then the stretch is read by a scan, which gives the same items in the same order. */
  private final boolean sorted;

  private InTextOrder(List<T> items, ToIntFunction<T> start) {
    this.items = items;
    this.starts = new int[items.size()];
    boolean inOrder = true;
    for (int i = 0; i < starts.length; i++) {
      starts[i] = start.applyAsInt(items.get(i));
      inOrder &= i == 0 || starts[i - 1] <= starts[i];
    }
    this.sorted = inOrder;
  }

  public static <T> InTextOrder<T> of(List<T> items, ToIntFunction<T> start) {
    return new InTextOrder<>(items, start);
  }

  /** The mentions that start at {@code from} to {@code to}, both included, in the order they were found. */
  public List<T> startingWithin(int from, int to) {
    List<T> out = new ArrayList<>();
    if (!sorted) {
      for (int i = 0; i < starts.length; i++) {
        if (starts[i] >= from && starts[i] <= to) {
          out.add(items.get(i));
        }
      }
      return out;
    }
    for (int i = firstAtLeast(from); i < starts.length && starts[i] <= to; i++) {
      out.add(items.get(i));
    }
    return out;
  }

  private int firstAtLeast(int from) {
    int low = 0;
    int high = starts.length;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (starts[mid] < from) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }
}
