package org.tally.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tally.extract.ExtractionFixture.claimAt;
import static org.tally.extract.ExtractionFixture.orNone;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A side's own dead are not its deed: "its fighters" among the people counted are neither an attack word pointing back at
 * the claimant nor anyone's but the claimant's loss (count-written-2's blind misses: "the army lost eight soldiers,
 * while Hezbollah said four of its fighters were killed" gave both counts to the claimant's side). Each case gives the
 * text, the count words of the claim looked at and the accepted attackers ("-" for none); sentences are the project's own.
 */
class OwnLossAttributionTest {
  static Stream<Arguments> cases() {
    return Stream.of(
        // "its fighters" of another count are that count's people, not the speaker's attackers
        Arguments.of("The army lost six soldiers in the battle, while Hezbollah said three of its fighters were killed.",
            "six", "-"),
        // the speaker's own fighters were killed: Hezbollah did not kill them
        Arguments.of("Hezbollah said three of its fighters were killed in the clashes near the airbase.", "three", "-"),
        // a side's people's noun between its name and "lost": the side lost them, "fighters" is no attack word there
        Arguments.of("Kurdish YPG fighters lost 14 of their comrades in the fighting, the monitor said.", "14", "-"),
        // near miss: "its fighters killed" is the speaker's own attack, as before
        Arguments.of("Hezbollah said its fighters killed nine militants near the airbase.", "nine", "hezbollah"),
        // near miss: "their" after the counted enemy is theirs, not the speaker's: the army's deed stands
        Arguments.of("The Syrian army said its artillery killed a number of terrorists and two of their commanders.",
            "a number of", "syrian-government"));
  }

  @ParameterizedTest(name = "{0} [{1}]")
  @MethodSource("cases")
  void perpetrator(String text, String count, String perpetrator) {
    assertThat(perpetrator.split(",")).contains(orNone(claimAt(text, count).perpetrator()));
  }
}
