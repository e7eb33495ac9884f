package org.tally.resolve.place;

/**
 * The hashes of every prefix of every name key, in an open-addressing table of longs: reading a name word by word,
 * a prefix missing here means no longer name can follow, so the lookup stops there. The slot of a whole key also
 * holds the key and what it names, so a name is found without building a string of the words read; the key is
 * compared letter by letter, so a hash that collides never changes a match.
 *
 * @param <T> what a key names
 */
final class KeyPrefixes<T> {
  private static final long EMPTY = 0;
  /**
   * Set in the slot of a whole key: hashes are even, so the bit says, from the slot already read, whether the key
   * array is worth reading (another cache miss) at all.
   */
  private static final long WHOLE_KEY = 1;
  private long[] slots;
  /**
   * One bit per prefix hash, by the hash's high bits: a quarter of a megabyte where the table takes megabytes, so a
   * clear bit tells a prefix no key starts with (most words after a name's last) without reading the table, which
   * lies far out of the cache. A set bit says only "maybe".
   */
  private long[] seen = new long[FILTER_BITS / 64];
  private static final int FILTER_BITS = 1 << 21;
  private String[] keys;
  private Object[] values;
  /** Keys whose hash another key's slot holds already: never seen, but kept so that none is ever lost. */
  private final java.util.Map<String, T> collided = new java.util.HashMap<>();
  private int size;

  KeyPrefixes() {
    this(1 << 15);
  }

  /**
   * A table sized for about this many prefixes from the start: the gazetteer files some 240,000, and a table grown
   * from a small one to that size rehashes them all along the way, which costs its load a tenth.
   */
  KeyPrefixes(int expectedPrefixes) {
    int length = 1 << 16;
    while (length < 2 * expectedPrefixes) {
      length <<= 1;
    }
    slots = new long[length];
    keys = new String[length];
    values = new Object[length];
  }

  /** The hash of a prefix extended by one letter; start from {@link #start()}. */
  static long extend(long hash, char letter) {
    long h = ((hash ^ letter) * 0x9E3779B97F4A7C15L) & ~WHOLE_KEY;
    return h == EMPTY ? 2 : h;
  }

  static long start() {
    return 0x5DEECE66DL;
  }

  /** A table of the same keys that changes apart from this one. */
  KeyPrefixes<T> copy() {
    KeyPrefixes<T> copy = new KeyPrefixes<>();
    copy.slots = slots.clone();
    copy.seen = seen.clone();
    copy.keys = keys.clone();
    copy.values = values.clone();
    copy.collided.putAll(collided);
    copy.size = size;
    return copy;
  }

  void addPrefixesOf(String key) {
    long hash = start();
    for (int i = 0; i < key.length(); i++) {
      hash = extend(hash, key.charAt(i));
      add(hash);
    }
  }

  /** Files what a whole key names, or names anew; its prefixes must have been added. */
  void name(String key, T value) {
    long hash = start();
    for (int i = 0; i < key.length(); i++) {
      hash = extend(hash, key.charAt(i));
    }
    int slot = slot(hash);
    if (slot < 0) {
      throw new IllegalStateException("the prefixes of '" + key + "' were never added");
    }
    if (keys[slot] == null || keys[slot].equals(key)) {
      keys[slot] = key;
      values[slot] = value;
      slots[slot] |= WHOLE_KEY;
    } else {
      collided.put(key, value);
    }
  }

  /** The slot of a prefix's hash, or -1 when no key starts so. */
  int slot(long hash) {
    int bit = filterBit(hash);
    if ((seen[bit >>> 6] & (1L << bit)) == 0) {
      return -1;
    }
    int mask = slots.length - 1;
    for (int i = spread(hash) & mask; ; i = (i + 1) & mask) {
      long slot = slots[i];
      if ((slot & ~WHOLE_KEY) == hash) {
        return i;
      }
      if (slot == EMPTY) {
        return -1;
      }
    }
  }

  /** What the key {@code read} names, given the slot of its hash; null when it is only the prefix of keys. */
  @SuppressWarnings("unchecked")
  T named(int slot, CharSequence read) {
    if ((slots[slot] & WHOLE_KEY) == 0) {
      return collided.isEmpty() ? null : collided.get(read.toString());
    }
    String key = keys[slot];
    if (key != null && key.contentEquals(read)) {
      return (T) values[slot];
    }
    return collided.isEmpty() ? null : collided.get(read.toString());
  }

  private void add(long hash) {
    add(hash, null, null);
  }

  /** Files a hash, with its key's mark, key and value when it is a whole key's slot moving to a bigger table. */
  private void add(long hash, String key, Object value) {
    if ((size + 1) * 2 > slots.length) {
      grow();
    }
    long bare = hash & ~WHOLE_KEY;
    int bit = filterBit(bare);
    seen[bit >>> 6] |= 1L << bit;
    int mask = slots.length - 1;
    for (int i = spread(bare) & mask; ; i = (i + 1) & mask) {
      if ((slots[i] & ~WHOLE_KEY) == bare) {
        return;
      }
      if (slots[i] == EMPTY) {
        slots[i] = hash;
        keys[i] = key;
        values[i] = value;
        size++;
        return;
      }
    }
  }

  private void grow() {
    long[] old = slots;
    String[] oldKeys = keys;
    Object[] oldValues = values;
    slots = new long[old.length * 2];
    keys = new String[slots.length];
    values = new Object[slots.length];
    size = 0;
    for (int i = 0; i < old.length; i++) {
      if (old[i] != EMPTY) {
        add(old[i], oldKeys[i], oldValues[i]);
      }
    }
  }

  /** The filter's bit for a hash: its high bits, which the slot (from the low ones) leaves unused. */
  private static int filterBit(long hash) {
    return (int) (hash >>> 43);
  }

  private static int spread(long hash) {
    return (int) (hash ^ (hash >>> 29));
  }
}
