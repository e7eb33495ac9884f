package org.tally.app.web;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Answers to GET requests, kept while the ledger they were made from is current: the ledger is replaced whole on
 * each write, so an answer made from an older one is never served. Holds the most recently used answers, up to a
 * budget of bytes, so that large answers (an API page of series with thousands of claims) are kept too without
 * crowding out the heap.
 */
final class PageCache {
  private record Entry(Object generation, Response response) {}

  private final long budget;
  private final Supplier<Object> generation;
  private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>(256, 0.75f, true);
  private long bytes;

  /**
   * @param budget the most bytes of answers kept; an answer larger than an eighth of it is not kept
   * @param generation the current ledger: answers made under another one are stale
   */
  PageCache(long budget, Supplier<Object> generation) {
    this.budget = budget;
    this.generation = generation;
  }

  /** The kept answer to {@code key}, or the one {@code make} gives, kept when it is a 200 within the budget. */
  Response get(String key, Supplier<Response> make) {
    Object now = generation.get();
    synchronized (this) {
      Entry kept = entries.get(key);
      if (kept != null && kept.generation() == now) {
        return kept.response();
      }
    }
    Response made = make.get();
    if (made.status() == 200 && made.body().length <= budget / 8) {
      synchronized (this) {
        Entry old = entries.put(key, new Entry(now, made));
        bytes += made.body().length - (old == null ? 0 : old.response().body().length);
        for (Iterator<Map.Entry<String, Entry>> eldest = entries.entrySet().iterator();
            bytes > budget && eldest.hasNext(); ) {
          bytes -= eldest.next().getValue().response().body().length;
          eldest.remove();
        }
      }
    }
    return made;
  }
}
