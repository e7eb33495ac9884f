package org.tally.app.gold;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tally.analysis.Analyser;

/**
 * Issue 9, the dev gold in the build: what {@code tally extract} finds in each gold set's articles, scored as
 * {@code score.py claims} scores it, must stay at or above every floor of {@code floors.tsv}. The figures and every
 * claim that differs from gold (missed, spurious, a field wrong) go to the test log, or, when a floor fails, into the
 * failure message.
 */
class ExtractionGoldTest {
  private static Analyser pipeline;

  private static synchronized Analyser pipeline() {
    if (pipeline == null) {
      pipeline = Analyser.from(org.tally.lexicon.Lexicons.bundled());
    }
    return pipeline;
  }

  @ParameterizedTest(name = "{0} stays above its floors")
  @EnumSource(GoldSet.class)
  void extractionStaysAboveItsFloors(GoldSet gold) {
    List<Floor> floors = Floor.bundled().stream().filter(f -> f.gold() == gold).toList();
    Analyser analysis = pipeline();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long start = System.nanoTime();
    long cpu = threads.getCurrentThreadCpuTime();
    ClaimScore score = gold.score(analysis);
    String report = "== " + gold + ": analysed and scored in " + (System.nanoTime() - start) / 1_000_000 + " ms ("
        + (threads.getCurrentThreadCpuTime() - cpu) / 1_000_000 + " ms CPU) ==\n" + score.summary()
        + score.differences();

    List<String> under = floors.stream().filter(f -> !f.heldBy(score.figure(f.measure())))
        .map(f -> f.failure(score)).toList();
    if (under.isEmpty()) {
      System.out.println(report);
    }
    assertThat(under)
        .withFailMessage(() -> gold + ": " + under.size() + " figure(s) under their floors in " + Floor.PATH + ":\n"
            + String.join("\n", under) + "\nIf the drop is a mistake, the claims below show where it comes from; if it"
            + " is deliberate, lower the floor and say why in the commit.\n\n" + report)
        .isEmpty();
  }
}
