package org.tally.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class PageCacheTest {
  final AtomicReference<Object> ledger = new AtomicReference<>(new Object());
  // room for two answers of 100 bytes
  final PageCache cache = new PageCache(200, ledger::get);
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
    cache.get("/big", () -> make(200, 26));
    cache.get("/big", () -> make(200, 26));
    assertThat(made).hasValue(4);
  }

  @Test
  void theLeastRecentlyUsedAnswerGoesFirstOverTheBudget() {
    cache.get("/a", () -> make(200, 25));
    for (int i = 1; i <= 4; i++) {
      cache.get("/" + i, () -> make(200, 25));
    }
    cache.get("/a", () -> make(200, 25));
    for (int i = 5; i <= 8; i++) {
      cache.get("/" + i, () -> make(200, 25));
    }
    // nine answers of 25 bytes are over the budget of 200: the least recently used, "/1", went
    assertThat(made).hasValue(9);
    cache.get("/a", () -> make(200, 25));
    assertThat(made).hasValue(9);
    cache.get("/1", () -> make(200, 25));
    assertThat(made).hasValue(10);
  }
}
