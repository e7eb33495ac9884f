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
 * Issue 11, attr26: the perpetrator and claimant constructions that the blind pass over attribution-written-8/ missed:
 * a bomb's author named in the sentence after, attackers placed before their verb, the side a repel beat back, an
 * attack pointed back at after "X said", a speaker's title before "of X", a Somali army in a Somali document.
 * Sentences are the project's own.
 */
class Issue11WrittenEightAttributionTest {
  static void perpetratorIs(String text, String count, String perpetrator) {
    assertThat(perpetrator.split(",")).contains(orNone(claimAt(text, count).perpetrator()));
  }

  static void claimantIs(String text, String count, String claimant) {
    assertThat(claimant.split(",")).contains(orNone(claimAt(text, count).claimant()));
  }

  @Nested
  @DisplayName("perpetrator: the sentence after names who planted the bomb")
  class BombPlantedBy {
    static Stream<Arguments> cases() {
      String dead = "Four fighters were killed when a roadside bomb went off near their patrol, a monitor said. ";
      return Stream.of(
          Arguments.of(dead + "The monitor said the bomb had been planted by Islamic State cells.", "Four", "isis"),
          Arguments.of("Two shepherds were killed when a mine exploded near the village, residents said. They said the"
              + " mine had been laid by Islamic State fighters.", "Two", "isis"),
          // near miss: the sentence after names no author
          Arguments.of(dead + "The monitor said the bomb had been hidden in a bag.", "Four", "-"));
    }

    @ParameterizedTest(name = "{0} [{1}]")
    @MethodSource("cases")
    void perpetrator(String text, String count, String perpetrator) {
      perpetratorIs(text, count, perpetrator);
    }
  }

  @Nested
  @DisplayName("perpetrator: a government side's bare attackers with their place before the verb")
  class AttackersFromAPlace {
    static Stream<Arguments> cases() {
      return Stream.of(
          Arguments.of("Militants from the Idlib de-escalation zone shelled the quarter, killing two civilians, the"
              + " Russian Center for Reconciliation said.", "two", "syrian-opposition"),
          Arguments.of("Terrorists positioned in the orchards fired rockets on the city, killing four civilians, the"
              + " Russian Center for Reconciliation said.", "four", "syrian-opposition"),
          // near misses: militants from a place who were themselves killed; a wire's own unnamed militants
          Arguments.of("Eight militants from the Idlib zone were killed in the shelling, the Russian Center for"
              + " Reconciliation said.", "Eight", "-,russia,russia-mod"),
          Arguments.of("Militants from the Idlib zone shelled the quarter, killing two civilians, activists said.",
              "two", "-"));
    }

    @ParameterizedTest(name = "{0} [{1}]")
    @MethodSource("cases")
    void perpetrator(String text, String count, String perpetrator) {
      perpetratorIs(text, count, perpetrator);
    }
  }

  @Nested
  @DisplayName("perpetrator: a side's dead in clashes where it beat back an attack are the attackers' deed")
  class RepelledSide {
    static Stream<Arguments> cases() {
      return Stream.of(
          Arguments.of("Hezbollah fighters repelled an attack by Nusra Front terrorists on their positions, killing at"
              + " least 15 of the attackers, the report said. Two Hezbollah fighters were killed in the clashes.",
              "Two", "nusra"),
          // near miss: the attackers' own dead named as theirs are the repelling side's deed
          Arguments.of("Hezbollah fighters repelled an attack by Nusra Front terrorists on their positions, killing at"
              + " least 15 of the attackers, the report said. Two more Nusra fighters were killed in the clashes.",
              "Two", "hezbollah"));
    }

    @ParameterizedTest(name = "{0} [{1}]")
    @MethodSource("cases")
    void perpetrator(String text, String count, String perpetrator) {
      perpetratorIs(text, count, perpetrator);
    }
  }

  @Nested
  @DisplayName("perpetrator: \"X said the bombardment had killed\" points back at the attack of the paragraph before")
  class ReportedAttackBack {
    static Stream<Arguments> cases() {
      // two attackers: the document's sole attacker does not settle it
      String lead = "Rebel shelling killed two soldiers near the town last week, the army said.\n\nMore than 3,000 people"
          + " have fled the villages because of intensive regime bombardment, the local council said.\n\n";
      return Stream.of(
          Arguments.of(lead + "The council said the bombardment had killed nine civilians in the town.", "nine",
              "syrian-government"));
    }

    @ParameterizedTest(name = "{0} [{1}]")
    @MethodSource("cases")
    void perpetrator(String text, String count, String perpetrator) {
      perpetratorIs(text, count, perpetrator);
    }
  }

  @Nested
  @DisplayName("claimant: \"a commander of X told\" speaks for X")
  class TitleOfTheSpeaker {
    static Stream<Arguments> cases() {
      return Stream.of(
          Arguments.of("Seven soldiers were killed when rebels shelled regime positions near the town, a commander of"
              + " the Jaish al-Izza faction told reporters.", "Seven", "syrian-opposition"),
          // near miss: an actor after "of" with no speaker's title is still an object
          Arguments.of("Seven soldiers were killed when rebels shelled positions of the regime near the town, a doctor"
              + " told reporters.", "Seven", "local-sources"));
    }

    @ParameterizedTest(name = "{0} [{1}]")
    @MethodSource("cases")
    void claimant(String text, String count, String claimant) {
      claimantIs(text, count, claimant);
    }
  }
}
