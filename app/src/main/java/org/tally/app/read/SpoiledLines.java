package org.tally.app.read;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The lines of a file of rows whose bytes do not decode (an invalid UTF-8 sequence, a NUL), each with its first fault.
 * A CSV row or JSON line that covers one is reported and skipped; the other rows are read.
 */
final class SpoiledLines {
  /** Past this many, the file is not worth reading row by row: it is refused whole. */
  static final int MOST = 10_000;

  static final SpoiledLines NONE = new SpoiledLines(new TreeMap<>(), new TreeMap<>(), false);

  private final TreeMap<Long, String> faults;
  private final boolean tooMany;

  private SpoiledLines(TreeMap<Long, String> invalid, TreeMap<Long, String> nul, boolean tooMany) {
    this.faults = new TreeMap<>(invalid);
    nul.forEach(this.faults::putIfAbsent);
    this.tooMany = tooMany;
  }

  /** The first fault on lines {@code first} to {@code last} (inclusive, 1-based), if any. */
  Optional<String> firstIn(long first, long last) {
    Map.Entry<Long, String> entry = faults.ceilingEntry(first);
    return entry != null && entry.getKey() <= last ? Optional.of(entry.getValue()) : Optional.empty();
  }

  boolean isEmpty() {
    return faults.isEmpty();
  }

  int size() {
    return faults.size();
  }

  /** True when more than {@link #MOST} lines were spoiled, so that not all of them are known. */
  boolean tooMany() {
    return tooMany;
  }

  /** Collects faults as a scan meets them; the first fault of each line is kept. */
  static final class Builder {
    private final TreeMap<Long, String> invalid = new TreeMap<>();
    private final TreeMap<Long, String> nul = new TreeMap<>();
    private boolean tooMany;

    void add(long line, String fault) {
      TreeMap<Long, String> into = fault.startsWith("a NUL") ? nul : invalid;
      if (into.containsKey(line)) {
        return;
      }
      if (invalid.size() + nul.size() >= MOST) {
        tooMany = true;
        return;
      }
      into.put(line, fault);
    }

    SpoiledLines build() {
      return new SpoiledLines(invalid, nul, tooMany);
    }

    SpoiledLines buildNulOnly() {
      return new SpoiledLines(new TreeMap<>(), nul, tooMany);
    }
  }
}
