package org.tally.app.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Answers to GET requests, kept while the ledger they were made from is current: the ledger is replaced whole on
 * each write, so an answer made from an older one is never served. Holds the most recently used answers only.
 */
final class PageCache {
  private record Entry(Object generation, Response response) {}

  private final int capacity;
  private final Supplier<Object> generation;
  private final Map<String, Entry> entries;

  /** @param generation the current ledger: answers made under another one are stale */
  PageCache(int capacity, Supplier<Object> generation) {
    this.capacity = capacity;
    this.generation = generation;
    this.entries = new LinkedHashMap<>(capacity * 2, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
        return size() > PageCache.this.capacity;
      }
    };
  }

  /** Answers larger than this are made anew each time: a few of them would fill the heap. */
  static final int MAX_KEPT_BYTES = 512 * 1024;

  /** The kept answer to {@code key}, or the one {@code make} gives, kept when it is a 200 of modest size. */
  Response get(String key, Supplier<Response> make) {
    Object now = generation.get();
    synchronized (entries) {
      Entry kept = entries.get(key);
      if (kept != null && kept.generation() == now) {
        return kept.response();
      }
    }
    Response made = make.get();
    if (made.status() == 200 && made.body().length <= MAX_KEPT_BYTES) {
      synchronized (entries) {
        entries.put(key, new Entry(now, made));
      }
    }
    return made;
  }
}
