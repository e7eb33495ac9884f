package org.tally.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tally.extract.ExtractionFixture.claimAt;
import static org.tally.extract.ExtractionFixture.orNone;

import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 11, attr16: the constructions the wrong attributes of the invented articles (attribution-written/) grouped
 * into. Each case gives the text, the count words of the claim looked at and the accepted actors ("-" for none,
 * alternatives comma-separated); near misses sit beside the cases they resemble. Sentences are the project's own, none
 * copied from the invented articles.
 */
class Issue11WrittenAttributionTest {
  @Nested
  @DisplayName("perpetrator: the side the people counted belong to never takes an attacker carried over or guessed")
  class OwnSide {
    static Stream<Arguments> cases() {
      return Stream.of(
          // bare soldiers are the government's: the army named before did not kill them
          Arguments.of("The Syrian army repelled an assault on the hills on Monday, killing 30 militants. Seven soldiers"
              + " were also killed in the clashes, a military source said.", "Seven", "-,syrian-opposition"),
          Arguments.of("Regime forces shelled the town on Friday, killing four people. Two soldiers died later in the"
              + " fighting, the monitor said.", "Two", "-,syrian-opposition"),
          // every side named among the dead is theirs: the one other attacker of the document is not theirs
          Arguments.of("YPG militants attacked a border post on Sunday, killing a Turkish soldier. The Turkish army said 49"
              + " PKK/YPG terrorists were killed in the operations.", "49", "-,turkey"),
          // near misses: soldiers killed by the side named before, and soldiers of a named other side
          Arguments.of("Rebels shelled the base on Monday, killing three people. Seven soldiers were also killed, the"
              + " monitor said.", "Seven", "syrian-opposition"),
          Arguments.of("Regime forces shelled the border post on Monday, killing two Turkish soldiers.", "two",
              "syrian-government"),
          Arguments.of("YPG militants attacked a border post on Sunday, killing a Turkish soldier. Five civilians were"
              + " also wounded in the attack.", "Five", "ypg"));
    }

    @ParameterizedTest(name = "{0} [{1}]")
    @MethodSource("cases")
    void attacker(String text, String count, String perpetrator) {
      assertThat(perpetrator.split(",")).contains(orNone(claimAt(text, count).perpetrator()));
    }
  }

  @Nested
  @DisplayName("perpetrator: a background sentence's attacker (\"Last year ...\") is not the document's sole attacker")
  class Background {
    static Stream<Arguments> cases() {
      return Stream.of(
          Arguments.of("Air strikes hit the town on Monday, killing six people, activists said. Last year Russian jets"
              + " struck the market, killing 15 people.", "six", "-"),
          Arguments.of("A bomb went off at a checkpoint on Tuesday, killing four people, state media said. Last year"
              + " bombings claimed by the Islamic State killed more than 150 people in the city.", "four", "-"),
          // near misses: the same day's other attack still names the sole attacker; the background keeps its own
          Arguments.of("Air strikes hit the town on Monday, killing six people, activists said. Earlier on Monday"
              + " Russian jets struck the market, killing 15 people.", "six", "russia"),
          Arguments.of("Air strikes hit the town on Monday, killing six people, activists said. Last year Russian jets"
              + " struck the market, killing 15 people.", "15", "russia"));
    }

    @ParameterizedTest(name = "{0} [{1}]")
    @MethodSource("cases")
    void attacker(String text, String count, String perpetrator) {
      assertThat(perpetrator.split(",")).contains(orNone(claimAt(text, count).perpetrator()));
    }
  }

  @Nested
  @DisplayName("perpetrator: a nation's army by the names its foes and state media give it; who arrests or destroys")
  class Attackers {
    static Stream<Arguments> cases() {
      return Stream.of(
          Arguments.of("The Turkish occupation army shelled the village on Thursday, killing two civilians.", "two",
              "turkey"),
          Arguments.of("Turkish occupation forces shelled the town on Monday, wounding five people.", "five",
              "turkey"),
          Arguments.of("Army units destroyed the positions of the terrorists near the town, killing 30 of them.", "30",
              "syrian-government"),
          Arguments.of("Security forces have arrested 40 young men in the town since the deal was signed.", "40",
              "syrian-government"),
          Arguments.of("Regime forces arrested 25 people in the town on Sunday.", "25", "syrian-government"),
          // near misses: a blast destroys but attacks no one; arrests by no one named; the army of another nation
          Arguments.of("The blast destroyed three houses and killed 12 people in the market.", "12", "-"),
          Arguments.of("Forty men were arrested in the town on Monday.", "Forty", "-"),
          Arguments.of("The Turkish army shelled the village on Thursday, killing two civilians.", "two", "turkey"));
    }

    @ParameterizedTest(name = "{0} [{1}]")
    @MethodSource("cases")
    void attacker(String text, String count, String perpetrator) {
      assertThat(perpetrator.split(",")).contains(orNone(claimAt(text, count).perpetrator()));
    }
  }

  @Nested
  @DisplayName("claimant: the Russian reconciliation centre by its full name, a nation's armed forces by theirs")
  class Sources {
    static Stream<Arguments> cases() {
      return Stream.of(
          Arguments.of("Militants shelled the district, wounding three civilians, the Russian Centre for Reconciliation"
              + " of the Warring Parties said.", "three", "russia-mod"),
          Arguments.of("The Centre for Reconciliation said four civilians were killed in the shelling.", "four",
              "russia-mod"),
          Arguments.of("The Turkish Armed Forces said 20 militants were killed in air operations.", "20", "turkey"),
          // near miss: a bare "armed forces" speaks for the government in focus
          Arguments.of("The armed forces said 12 terrorists were killed near the town.", "12", "syrian-government"));
    }

    @ParameterizedTest(name = "{0} [{1}]")
    @MethodSource("cases")
    void claimant(String text, String count, String claimant) {
      assertThat(claimant.split(",")).contains(orNone(claimAt(text, count).claimant()));
    }
  }
}
