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
 * Issue 11, attr17: the constructions the wrong perpetrators of the second set of invented articles
 * (attribution-written-2/) grouped into. Each case gives the text, the count words of the claim looked at and the
 * accepted actors ("-" for none, alternatives comma-separated); near misses sit beside the cases they resemble.
 * Sentences are the project's own, none copied from the invented articles.
 */
class Issue11WrittenTwoAttributionTest {
  @Nested
  @DisplayName("perpetrator: a sentence that tells its own attack is not the document's sole attacker's")
  class OwnAttack {
    static Stream<Arguments> cases() {
      return Stream.of(
          // attackers of no named side
          Arguments.of("Militants fired rockets at a village on Monday, killing three people, state media said. Russian"
              + " jets later struck the hills, killing 20 militants.", "three", "-,syrian-opposition"),
          // a fight between two sides the sentence names, the sole attacker none of them
          Arguments.of("Clashes between the army and rebels killed 12 soldiers on Monday, the monitor said. Russian jets"
              + " struck the town, killing nine civilians.", "12", "-,syrian-opposition"),
          // near misses: militants as the people counted; the sole attacker one of the fight's sides
          Arguments.of("Eight militants were killed on Monday, state media said. Russian jets struck the hills, killing"
              + " 20 people.", "Eight", "russia"),
          Arguments.of("Twelve soldiers were killed in the fighting between government forces and rebels on Monday, the"
              + " monitor said. Rebels shelled the town on Tuesday, killing 20 civilians.", "Twelve", "syrian-opposition"),
          // the case above with the sole attacker a side the fight does not name
          Arguments.of("Twelve soldiers were killed in the fighting between government forces and rebels on Monday, the"
              + " monitor said. Russian jets struck the town on Tuesday, killing 20 civilians.", "Twelve", "-"));
    }

    @ParameterizedTest(name = "{0} [{1}]")
    @MethodSource("cases")
    void attacker(String text, String count, String perpetrator) {
      assertThat(perpetrator.split(",")).contains(orNone(claimAt(text, count).perpetrator()));
    }
  }

  @Nested
  @DisplayName("perpetrator: a side 'and its' allies as the subject of the attack")
  class OwnAllies {
    static Stream<Arguments> cases() {
      return Stream.of(
          Arguments.of("The Turkish army and its mercenaries shelled the village on Monday, killing two civilians.", "two",
              "turkey"),
          // near miss: a passive after the same words names the victims' side
          Arguments.of("The Turkish army and its allies were attacked by YPG militants on Monday, leaving two soldiers"
              + " dead.", "two", "ypg"));
    }

    @ParameterizedTest(name = "{0} [{1}]")
    @MethodSource("cases")
    void attacker(String text, String count, String perpetrator) {
      assertThat(perpetrator.split(",")).contains(orNone(claimAt(text, count).perpetrator()));
    }
  }

  @Nested
  @DisplayName("perpetrator: a blame after an attack the text says no one knows the author of is a guess")
  class UnknownAttacker {
    static Stream<Arguments> cases() {
      return Stream.of(
          Arguments.of("Unknown gunmen shot dead a former commander on Saturday. Residents blamed the regime for the"
              + " attack.", "a", "-"),
          Arguments.of("Unknown gunmen shot dead a former commander on Saturday. Two of his guards were injured in the"
              + " attack. Residents blamed the regime for the attack.", "Two", "-"),
          // near misses: a claim of responsibility; gunmen the text does not call unknown
          Arguments.of("Unknown gunmen shot dead a former commander on Saturday. The Islamic State group claimed"
              + " responsibility for the attack.", "a", "isis"),
          Arguments.of("Gunmen shot dead a former commander on Saturday. Residents blamed the regime for the attack.", "a",
              "syrian-government"));
    }

    @ParameterizedTest(name = "{0} [{1}]")
    @MethodSource("cases")
    void attacker(String text, String count, String perpetrator) {
      assertThat(perpetrator.split(",")).contains(orNone(claimAt(text, count).perpetrator()));
    }
  }

  @Nested
  @DisplayName("perpetrator: a state reporting the enemy's dead did not set off the suicide attack that killed them")
  class OwnReportNoBomb {
    static Stream<Arguments> cases() {
      return Stream.of(
          Arguments.of("Suicide attacks killed at least 15 members of Ahrar al-Sham last week, the Syrian army said.",
              "at least 15", "-,syrian-opposition"),
          // near misses: no bomb, the army's own strikes; the bomb killed a soldier, the militants died fighting
          Arguments.of("At least 15 members of Ahrar al-Sham were killed last week, the Syrian army said.", "At least 15",
              "syrian-government"),
          Arguments.of("The Turkish military said one of its soldiers had been killed in a car bomb on Sunday and that 11"
              + " militants were also killed in clashes that day.", "11", "turkey"));
    }

    @ParameterizedTest(name = "{0} [{1}]")
    @MethodSource("cases")
    void attacker(String text, String count, String perpetrator) {
      assertThat(perpetrator.split(",")).contains(orNone(claimAt(text, count).perpetrator()));
    }
  }
}
