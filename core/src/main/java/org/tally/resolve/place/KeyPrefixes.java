package org.tally.resolve.place;

/**
 * The hashes of every prefix of every name key, in an open-addressing table of longs: reading a name word by word,
 * a prefix missing here means no longer name can follow, so the lookup stops there. A hash that collides only
 * costs one needless map lookup; it never changes a match.
 */
final class KeyPrefixes {
  private static final long EMPTY = 0;
  private long[] slots = new long[1 << 16];
  private int size;

  /** The hash of a prefix extended by one letter; start from {@link #start()}. */
  static long extend(long hash, char letter) {
    long h = (hash ^ letter) * 0x9E3779B97F4A7C15L;
    return h == EMPTY ? 1 : h;
  }

  static long start() {
    return 0x5DEECE66DL;
  }

  void addPrefixesOf(String key) {
    long hash = start();
    for (int i = 0; i < key.length(); i++) {
      hash = extend(hash, key.charAt(i));
      add(hash);
    }
  }

  boolean contains(long hash) {
    int mask = slots.length - 1;
    for (int i = spread(hash) & mask; ; i = (i + 1) & mask) {
      long slot = slots[i];
      if (slot == hash) {
        return true;
      }
      if (slot == EMPTY) {
        return false;
      }
    }
  }

  private void add(long hash) {
    if ((size + 1) * 2 > slots.length) {
      grow();
    }
    int mask = slots.length - 1;
    for (int i = spread(hash) & mask; ; i = (i + 1) & mask) {
      if (slots[i] == hash) {
        return;
      }
      if (slots[i] == EMPTY) {
        slots[i] = hash;
        size++;
        return;
      }
    }
  }

  private void grow() {
    long[] old = slots;
    slots = new long[old.length * 2];
    size = 0;
    for (long hash : old) {
      if (hash != EMPTY) {
        add(hash);
      }
    }
  }

  private static int spread(long hash) {
    return (int) (hash ^ (hash >>> 29));
  }
}
