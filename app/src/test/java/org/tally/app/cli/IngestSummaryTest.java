package org.tally.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Issue 10: the closing line of an ingest with problems never says "everything else was stored" when it was not. */
class IngestSummaryTest {
  @Test
  void whenNothingWasStoredItSaysSo() {
    assertThat(IngestSummary.problems(3, 0, false)).isEqualTo("3 problems (above); nothing was stored");
  }

  @Test
  void whenOthersWereStoredItCountsThem() {
    assertThat(IngestSummary.problems(1, 19_999, false)).isEqualTo("1 problem (above); the other 19999 documents read"
        + " were stored");
  }

  @Test
  void afterAStopItSaysOnlyWhatWasStoredBeforeIt() {
    assertThat(IngestSummary.problems(2, 400, true)).isEqualTo("2 problems (above); 400 documents read before the stop"
        + " were stored");
  }
}
