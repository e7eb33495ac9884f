package org.tally.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class PageCacheTest {
  final AtomicReference<Object> ledger = new AtomicReference<>(new Object());
  final PageCache cache = new PageCache(2, ledger::get);
  final AtomicInteger made = new AtomicInteger();

  Response make(int status, int size) {
    made.incrementAndGet();
    return new Response(status, "text/plain", new byte[size], Map.of());
  }

  @Test
  void anAnswerIsKeptWhileTheLedgerIsTheSame() {
    cache.get("/a", () -> make(200, 10));
    cache.get("/a", () -> make(200, 10));
    assertThat(made).hasValue(1);
    ledger.set(new Object());
    cache.get("/a", () -> make(200, 10));
    assertThat(made).hasValue(2);
  }

  @Test
  void errorsAndLargeAnswersAreNotKept() {
    cache.get("/missing", () -> make(404, 10));
    cache.get("/missing", () -> make(404, 10));
    cache.get("/big", () -> make(200, PageCache.MAX_KEPT_BYTES + 1));
    cache.get("/big", () -> make(200, PageCache.MAX_KEPT_BYTES + 1));
    assertThat(made).hasValue(4);
  }

  @Test
  void theLeastRecentlyUsedAnswerGoesFirst() {
    cache.get("/a", () -> make(200, 1));
    cache.get("/b", () -> make(200, 1));
    cache.get("/a", () -> make(200, 1));
    cache.get("/c", () -> make(200, 1));
    cache.get("/a", () -> make(200, 1));
    assertThat(made).hasValue(3);
    cache.get("/b", () -> make(200, 1));
    assertThat(made).hasValue(4);
  }
}
