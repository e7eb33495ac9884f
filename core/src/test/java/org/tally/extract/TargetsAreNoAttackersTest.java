package org.tally.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tally.extract.ExtractionFixture.claimAt;
import static org.tally.extract.ExtractionFixture.orNone;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * "during the wedding of a member of the SDF, killing 22" (affiliations.tsv): the side a person belongs to is no
 * attacker, nor the side whose aircraft was shot down, nor the side a toll counts the dead of ("the toll for Russian
 * soldiers killed"); the same side as the subject of the verb still is.
 */
class TargetsAreNoAttackersTest {
  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("A suicide bomber blew himself up during the wedding of a member of the SDF, killing 22 civilians.",
            "22", "-"),
        Arguments.of("A car bomb exploded outside the home of a commander of the YPG, killing four civilians.", "four",
            "-"),
        // near misses: the side's own people as the subject, and a side named by "by"
        Arguments.of("Members of the SDF killed 12 civilians in the village.", "12", "sdf"),
        Arguments.of("Twelve civilians were killed by the SDF near the home of a member of the council.", "Twelve",
            "sdf"),
        // an aircraft shot down is a target, told in the passive after its side
        Arguments.of("A Russian helicopter was shot down over Idlib, killing all five people on board.", "five", "-"),
        Arguments.of("Russian jets shot down a drone and killed 3 militants near the base.", "3", "russia"),
        // a toll's own words name whose dead are counted ("the toll for", "the number of")
        Arguments.of("The crash brought the toll for Russian soldiers killed in the war to 18.", "18", "-"),
        Arguments.of("The number of Turkish troops killed since the operation began rose to 71.", "71", "-"),
        Arguments.of("Clashes brought the total number of Iranian soldiers killed there to 40.", "40", "-"),
        // near misses: a toll from a side's strikes, "a number of" its jets, and its soldiers as the subject
        Arguments.of("The toll from Russian strikes on the town rose to 40.", "40", "russia"),
        Arguments.of("A number of Russian jets struck the town, killing 12 civilians.", "12", "russia"),
        Arguments.of("Russian soldiers killed 12 militants near the town.", "12", "russia"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void aTargetsSideIsNoAttacker(String sentence, String countText, String perpetrator) {
    assertThat(orNone(claimAt(sentence, countText).perpetrator())).isEqualTo(perpetrator);
  }
}
