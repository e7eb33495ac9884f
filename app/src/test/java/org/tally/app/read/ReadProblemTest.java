package org.tally.app.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ReadProblemTest {
  @Test
  void messageNamesFileLineAndReason() {
    assertThat(new ReadProblem("a.csv", 7L, "empty text column \"text\"").message())
        .isEqualTo("a.csv:7: empty text column \"text\"");
  }

  @Test
  void messageWithoutLineNamesFileAndReason() {
    assertThat(new ReadProblem("a.txt", null, "empty file").message()).isEqualTo("a.txt: empty file");
  }

  @Test
  void lineZeroIsRejected() {
    assertThatThrownBy(() -> new ReadProblem("a.txt", 0L, "x")).hasMessageContaining("line must be 1 or more: 0");
  }
}
