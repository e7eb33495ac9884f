package org.tally.app.gold;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tally.app.run.Pipeline;

/**
 * Issue 9, the dev gold in the build: what {@code tally extract} finds in the gold articles, scored as
 * {@code score.py claims} scores it, must stay above the floors of {@code floors.tsv}. Each gold set is analysed
 * once; its figures and every claim that differs from gold go to the test log, and into the message of a floor
 * that fails.
 */
class ExtractionGoldTest {
  private static final Map<GoldSet, ClaimScore> SCORES = new EnumMap<>(GoldSet.class);
  private static Pipeline pipeline;

  static List<Floor> floors() {
    return Floor.bundled();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("floors")
  void extractionStaysAboveTheFloorOfEachMeasure(Floor floor) {
    ClaimScore score = scored(floor.gold());
    double figure = score.figure(floor.measure());

    assertThat(floor.heldBy(figure))
        .withFailMessage(() -> floor.failure(figure) + "\n\n" + report(floor.gold(), score))
        .isTrue();
  }

  private static synchronized ClaimScore scored(GoldSet gold) {
    return SCORES.computeIfAbsent(gold, set -> {
      if (pipeline == null) {
        pipeline = Pipeline.standard();
      }
      long start = System.nanoTime();
      ClaimScore score = set.score(pipeline);
      System.out.printf("%s: analysed and scored in %d ms%n%s%n", set, (System.nanoTime() - start) / 1_000_000,
          report(set, score));
      return score;
    });
  }

  private static String report(GoldSet gold, ClaimScore score) {
    return "== " + gold + " ==\n" + score.summary() + score.differences();
  }
}
