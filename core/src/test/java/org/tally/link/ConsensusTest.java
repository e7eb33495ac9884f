package org.tally.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tally.model.Count;
import org.tally.model.Span;

class ConsensusTest {
  private static final Span AT = new Span(0, 1);

  private static Count exactly(int n) {
    return new Count(n, n, false, AT);
  }

  private static Count about(int n) {
    return new Count(n, n, true, AT);
  }

  private static Count atLeast(int n) {
    return new Count(n, null, false, AT);
  }

  private static Count upTo(int n) {
    return new Count(null, n, false, AT);
  }

  private static Consensus of(Count... counts) {
    return Consensus.of(List.of(counts), 10);
  }

  @Test
  void sixtyTwoAgainstOverEightyIsAContradictionOfNineteen() {
    assertThat(of(exactly(62), atLeast(81)).contradictionSize()).isEqualTo(19);
  }

  @Test
  void atLeastEighteenAndTwentyTwoAgree() {
    assertThat(of(atLeast(18), exactly(22)).contradiction()).isFalse();
  }

  @Test
  void upToTwentyFourAndThirtyContradict() {
    assertThat(of(upTo(24), exactly(30)).contradictionSize()).isEqualTo(6);
  }

  @Test
  void approximateFigureIsReadWithAMargin() {
    assertThat(of(about(50), exactly(54)).contradiction()).isFalse();
  }

  @Test
  void exactFiguresThatDifferByOneContradict() {
    assertThat(of(exactly(50), exactly(51)).contradictionSize()).isEqualTo(1);
  }

  @Test
  void bestIsTheMedianOfTheBestPoints() {
    assertThat(of(exactly(10), exactly(12), exactly(40)).best()).isEqualTo(12);
  }

  @Test
  void bestOfAnEvenNumberIsTheMeanOfTheMiddleTwoRoundedDown() {
    assertThat(of(exactly(62), atLeast(81)).best()).isEqualTo(71);
  }

  @Test
  void highIsTheLargestFigureAnyClaimAllows() {
    assertThat(of(new Count(20, 30, false, AT), atLeast(25)).high()).isEqualTo(30);
  }

  @Test
  void conservativeIsTheLowestLowerBound() {
    assertThat(of(upTo(10), atLeast(18), exactly(22)).conservative()).isEqualTo(18);
  }

  @Test
  void conservativeIsNullWhenNoClaimGivesALowerBound() {
    assertThat(of(upTo(24)).conservative()).isNull();
  }

  @Test
  void seriesFiguresAreThoseOfTheLatestReading() {
    Consensus series = Consensus.ofSeries(List.of(exactly(173), atLeast(1319)), true, 10);
    assertThat(series).isEqualTo(new Consensus(1319, 1319, 1319, 1319, 0));
  }

  @Test
  void cumulativeCountThatShrinksIsAContradiction() {
    assertThat(Consensus.ofSeries(List.of(exactly(300), exactly(173)), true, 10).contradictionSize()).isEqualTo(127);
  }

  @Test
  void aggregateReadingsOfDifferentPeriodsNeverContradict() {
    assertThat(Consensus.ofSeries(List.of(exactly(300), exactly(173)), false, 10).contradiction()).isFalse();
  }
}
