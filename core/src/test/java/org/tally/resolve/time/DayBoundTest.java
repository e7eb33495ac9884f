package org.tally.resolve.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class DayBoundTest {
  @Test
  void endIsTheMonthsLastDay() {
    assertThat(DayBound.parse("end").in(YearMonth.of(2016, 2))).isEqualTo(29);
    assertThat(DayBound.parse("end").in(YearMonth.of(2019, 4))).isEqualTo(30);
  }

  @Test
  void endLessDaysCountsBackFromTheLastDay() {
    assertThat(DayBound.parse("end-6").in(YearMonth.of(2019, 5))).isEqualTo(25);
  }

  @Test
  void dayNumberIsKeptWithinAShortMonth() {
    assertThat(DayBound.parse("31").in(YearMonth.of(2019, 4))).isEqualTo(30);
  }

  @Test
  void dayOutsideAMonthIsRefused() {
    assertThatThrownBy(() -> DayBound.parse("32")).isInstanceOf(IllegalArgumentException.class);
  }
}
