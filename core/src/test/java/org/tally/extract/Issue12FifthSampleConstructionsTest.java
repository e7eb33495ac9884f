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
 * Issue 12, fourth and fifth fresh samples (attribution-fresh-4.tsv, attribution-fresh-5.tsv): the constructions their
 * errors grouped into. Each case gives the text, the count words of the claim looked at and the expected actor ("-"
 * for none); near misses sit beside the cases they resemble. Sentences are the project's own.
 */
class Issue12FifthSampleConstructionsTest {
  @Nested
  @DisplayName("perpetrator: who beats an attack back kills the attackers; the side whose attack failed lost its dead")
  class RepelledAttack {
    static Stream<Arguments> cases() {
      return Stream.of(
          Arguments.of("Government troops backed by Russian jets repel a rebel offensive on the southern edge of Hama, killing 35 attackers.",
              "35", "syrian-government"),
          Arguments.of("The army has repelled five waves of fierce terrorist attacks near the airport over the past week, killing more than 300 militants.",
              "more than 300", "syrian-government"),
          Arguments.of("Army units thwarted an attack by Nusra Front terrorists on a checkpoint east of the town, killing dozens of them.",
              "dozens", "syrian-government"),
          Arguments.of("Kurdish fighters fended off an ISIS assault on the village overnight, killing 14 jihadists, the monitor said.",
              "14", "sdf,ypg"),
          // near misses: a relative clause gives the failed attack dead of its own; an attack only meant ("trying to
          // repel") is no deed; a plain attack by a side is still that side's
          Arguments.of("The army repelled an attack by ISIS that had killed 12 soldiers at the checkpoint.", "12", "isis"),
          Arguments.of("Iraqi fighters crossed from Turkey to join the Kurds trying to repel the ISIS assault. About 100 jihadists were killed in three days of clashes, media reports said.",
              "About 100", "-"),
          Arguments.of("Nusra Front fighters launched an offensive on the town, killing 9 soldiers.", "9", "nusra"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theRepellerKilledTheAttackers(String text, String count, String perpetrator) {
      assertThat(perpetrator.split(",")).contains(orNone(claimAt(text, count).perpetrator()));
    }
  }

  @Nested
  @DisplayName("perpetrator: a group that claims the attack anywhere in the article made it, over a label or no name")
  class ClaimedResponsibility {
    static Stream<Arguments> cases() {
      return Stream.of(
          Arguments.of("A bus blast in the old market killed at least 9 people; state media called it a terrorist explosion. Police sealed off the street. The Nusra Front Twitter feed said one of the groups members blew himself up inside the bus.",
              "at least 9", "nusra"),
          Arguments.of("Terrorists detonated a car bomb near the mosque, killing 14 worshippers. Ambulances rushed to the scene. The Islamic State (ISIS) terrorist group on Friday claimed responsibility for the bombing.",
              "14", "isis"),
          Arguments.of("More than 20 fighters were killed in a suicide blast at the crossing. The Nusra Front claimed the attack in a statement.",
              "More than 20", "nusra"),
          // near misses: an air strike is no armed group's however it claims; a named attacker stays; two groups that
          // claim leave it open; no group claimed
          Arguments.of("Air strikes on the market killed 11 people. Police sealed off the street. The Islamic State group claimed responsibility for a bombing in the north.",
              "11", "-"),
          Arguments.of("Regime shelling killed 7 people in the east. A car bomb killed 5 people in the west. Police sealed off the street. The Nusra Front claimed responsibility for the car bomb.",
              "7", "syrian-government"),
          Arguments.of("A car bomb killed 5 people in the west. Police sealed off the street. The Nusra Front claimed responsibility, and the Islamic State group claimed the attack too.",
              "5", "-"),
          Arguments.of("A car bomb killed 5 people in the west. Police sealed off the street. No group has claimed responsibility for the attack.",
              "5", "-"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theClaimingGroupMadeIt(String text, String count, String perpetrator) {
      assertThat(orNone(claimAt(text, count).perpetrator())).isEqualTo(perpetrator);
    }
  }

  @Nested
  @DisplayName("claimant: a source at a province, a report from a body, an agency confirming")
  class SourcePhrases {
    static Stream<Arguments> cases() {
      return Stream.of(
          Arguments.of("Earlier on Monday a source at Homs province said that 4 civilians were killed by rocket shells.", "4",
              "syrian-government"),
          Arguments.of("A source at Daraa province told the agency that 6 people were injured by mortar rounds.", "6",
              "syrian-government"),
          Arguments.of("Some 40 civilians have been killed in the raids, a report from the UN Secretary General says.", "Some 40",
              "united-nations"),
          Arguments.of("At least 12 people died in the strikes on Idlib, a statement by the UN human rights office says.",
              "At least 12", "united-nations"),
          Arguments.of("The blast was shown on state television, with the official SANA news agency confirming 7 people killed.",
              "7", "sana"),
          // near misses: a source at a scene is no institution; "a report on ISIS" names no issuer; a province as a place
          Arguments.of("A source at the scene said 4 civilians were killed by rocket shells.", "4", "outlet"),
          Arguments.of("Some 40 civilians have been killed in the raids, a report on the Islamic State group says.", "Some 40",
              "outlet"),
          Arguments.of("Rocket shells fired at Homs province killed 4 civilians, the monitor said.", "4", "sohr"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theSourceIsNamed(String text, String count, String claimant) {
      assertThat(orNone(claimAt(text, count).claimant())).isEqualTo(claimant);
    }
  }

  @Nested
  @DisplayName("claimant: the Observatory's director by his family name, and a misspelt Observatory")
  class NameSpellings {
    static Stream<Arguments> cases() {
      return Stream.of(
          Arguments.of("Shelling hit the suburbs overnight. Abdul-Rahman said more than 30 people had been confirmed dead.",
              "more than 30", "sohr"),
          Arguments.of("Shelling hit the suburbs overnight. Abdel Rahman told reporters that 12 people were killed.", "12", "sohr"),
          Arguments.of("The Syrian Obervatory for Human Rights says 45 people have been killed in the raids.", "45", "sohr"),
          // near misses: other family names that share a part of his
          Arguments.of("Shelling hit the suburbs overnight. Abdullah said 9 people were killed.", "9", "outlet"),
          Arguments.of("Shelling hit the suburbs overnight. Rahmani said 3 people were killed.", "3", "outlet"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theMonitorIsNamed(String text, String count, String claimant) {
      assertThat(orNone(claimAt(text, count).claimant())).isEqualTo(claimant);
    }
  }

  @Nested
  @DisplayName("perpetrator: a barrage is a means of attack, as strong as the other side's air strikes in the same sentence")
  class Barrage {
    static Stream<Arguments> cases() {
      return Stream.of(
          Arguments.of("The rebel barrage killed 10 people in the capital while government air strikes on the suburbs killed 40.",
              "10", "syrian-opposition"),
          Arguments.of("Rebel barrages killed 6 people in the west of the city, while regime air strikes killed 30 in the east.", "6",
              "syrian-opposition"),
          Arguments.of("A regime artillery barrage killed 9 civilians in the town.", "9", "syrian-government"),
          // near miss: the other count of the sentence keeps its own attacker
          Arguments.of("The rebel barrage killed 10 people in the capital while government air strikes on the suburbs killed 40.",
              "40", "syrian-government"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachCountHasItsOwnAttacker(String text, String count, String perpetrator) {
      assertThat(orNone(claimAt(text, count).perpetrator())).isEqualTo(perpetrator);
    }
  }
}
