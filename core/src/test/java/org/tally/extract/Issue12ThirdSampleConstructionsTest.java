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
 * Issue 12, third fresh sample (attribution-fresh-3.tsv): the constructions its errors grouped into. Each case gives
 * the text, the count words of the claim looked at and the expected actor ("-" for none); near misses sit beside the
 * cases they resemble. Sentences are the project's own.
 */
class Issue12ThirdSampleConstructionsTest {
  @Nested
  @DisplayName("perpetrator 1: a sentence about the attack that names no side does not end it")
  class AttackToldOn {
    static Stream<Arguments> cases() {
      return Stream.of(
          Arguments.of("Regime jets bombed the market on Monday, killing 12 civilians. The strikes flattened a bakery, a reporter said. Another 4 civilians were killed in the next street.",
              "4", "syrian-government"),
          Arguments.of("Russian warplanes hit the hospital, killing 9 patients. The strike tore through the roof where a photographer saw rubble. The monitor said 3 nurses were killed in the strike too.",
              "3", "russia"),
          Arguments.of("Houthi shelling killed 6 people in the port on Friday. The shells fell near a school, the monitor said. Two children were among 5 more killed on Saturday.",
              "Two", "houthis"),
          // near misses: a period's toll and fighters' losses are no more of the attack; a sentence naming a side, or
          // one about no attack, ends it as before
          Arguments.of("Regime jets bombed the market on Monday, killing 12 civilians. The strikes flattened a bakery, a reporter said. More than 300 civilians have been killed in the city since April.",
              "More than 300", "-"),
          Arguments.of("Rebel shelling killed 2 people in the west on Sunday. Regime jets bombed the market on Monday, killing 12 civilians. The strikes flattened a bakery, a reporter said. 20 fighters were killed in the north, the monitor said.",
              "20", "-"),
          Arguments.of("Regime jets bombed the market on Monday, killing 12 civilians. Rebels shelled the western districts. Another 4 civilians were killed in the next street.",
              "4", "syrian-opposition"),
          Arguments.of("Rebel shelling killed 2 people in the west on Sunday. Regime jets bombed the market on Monday, killing 12 civilians. The town lies near the border, a reporter said. Another 4 civilians were killed in the next street.",
              "4", "-"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theAttackerCarriesOn(String text, String count, String perpetrator) {
      assertThat(orNone(claimAt(text, count).perpetrator())).isEqualTo(perpetrator);
    }
  }

  @Nested
  @DisplayName("perpetrator 5: the dead were killed fighting a side, which killed them")
  class KilledFighting {
    static Stream<Arguments> cases() {
      return Stream.of(
          Arguments.of("Three SDF fighters were killed fighting Islamic State near Raqqa, the monitor said.", "Three", "isis"),
          Arguments.of("Five soldiers died while battling the Taliban in Helmand, officials said.", "Five", "taliban"),
          Arguments.of("Nine Peshmerga fighters were wounded fighting Daesh west of Mosul.", "Nine", "isis"),
          // near misses: a side that fights as it attacks, and a target after "fighting" in other words
          Arguments.of("The army, fighting Islamic State in the east, shelled the village, killing 5 civilians. Rebels shelled the west.",
              "5", "-"),
          Arguments.of("Seven civilians were killed in heavy fighting near the positions of Daesh, the monitor said.", "Seven", "-"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theSideTheyFoughtKilledThem(String text, String count, String perpetrator) {
      assertThat(orNone(claimAt(text, count).perpetrator())).isEqualTo(perpetrator);
    }
  }

  @Nested
  @DisplayName("perpetrator 5: a side's bastion or enclave is a place, not an attacker; an accuser's name is no attacker")
  class NotAnAgent {
    static Stream<Arguments> cases() {
      return Stream.of(
          Arguments.of("Shelling of the rebel bastion near the capital kills 19 people.", "19", "-"),
          Arguments.of("Bombing of the rebel enclave in the east kills 11 people.", "11", "-"),
          Arguments.of("Six children were among the dead in Douma, the largest rebel bastion near Damascus.", "Six", "-"),
          Arguments.of("The National Coalition for Syrian Revolution and Opposition Forces said the attack killed more than 100 people.",
              "more than 100", "-"),
          // near misses: the side's own attack still names it
          Arguments.of("Rebel shelling of the bastion near the capital kills 19 people.", "19", "syrian-opposition"),
          Arguments.of("Opposition forces shelled the town, killing 5 people.", "5", "syrian-opposition"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void namesNoAttacker(String text, String count, String perpetrator) {
      assertThat(orNone(claimAt(text, count).perpetrator())).isEqualTo(perpetrator);
    }
  }

  @Nested
  @DisplayName("perpetrator 3: \"by forces of\" a side names it")
  class ForcesOf {
    static Stream<Arguments> cases() {
      return Stream.of(
          Arguments.of("More than 550 civilians have been killed in attacks carried out by forces of the Syrian regime, the monitor said.",
              "More than 550", "syrian-government"),
          Arguments.of("Twelve people were killed by forces of the Islamic State in the village.", "Twelve", "isis"),
          Arguments.of("Forty homes were burned and 8 people were shot dead by forces of the Houthis in the port.", "8", "houthis"),
          // near miss: backing a side's forces attacks no one
          Arguments.of("Rebels shelled the west. Russia entered the war backing the forces of the Syrian regime. Russia has lost 12 soldiers in the war.",
              "12", "-"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theForcesSideIsTheAttacker(String text, String count, String perpetrator) {
      assertThat(orNone(claimAt(text, count).perpetrator())).isEqualTo(perpetrator);
    }
  }

  @Nested
  @DisplayName("claimant 2 and 3: local media, the Local Coordination Committees, and a passive quote's carrier")
  class Sources {
    static Stream<Arguments> cases() {
      return Stream.of(
          Arguments.of("Forty militants were killed near Tabqa, local media reported.", "Forty", "local-sources"),
          Arguments.of("A woman and a child were killed by shelling on the capital, according to local media.", "A", "local-sources"),
          Arguments.of("Another group, the Local Coordination Committees, said 30 people were killed.", "30", "local-sources"),
          Arguments.of("The Local Coordination Committees reported hundreds of casualties in the gas attack.", "hundreds", "local-sources"),
          // near misses: a passive quote is the quoted one's; the carrier is not
          Arguments.of("Two pilots were killed, the Russian military was quoted as saying by local media.", "Two", "russia-mod"),
          Arguments.of("Ten soldiers died, the Turkish military was quoted as saying by state media.", "Ten", "turkey"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theSourceIsNamed(String text, String count, String claimant) {
      assertThat(orNone(claimAt(text, count).claimant())).isEqualTo(claimant);
    }
  }
}
