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
 * Issue 11, attr28: the claimant and perpetrator constructions the blind pass over attribution-written-10/ missed: a
 * body the dictionary lacks named by its head word ("the Horan Free Gathering"), a title with a place before "told",
 * a body's plural or office anaphor, crossfire, a side named as the dead, and an attacker named after a quote. Sentences are the project's own.
 */
class Issue11WrittenTenAttributionTest {
  static void perpetratorIs(String text, String count, String perpetrator) {
    assertThat(perpetrator.split(",")).contains(orNone(claimAt(text, count).perpetrator()));
  }

  static void claimantIs(String text, String count, String claimant) {
    assertThat(claimant.split(",")).contains(orNone(claimAt(text, count).claimant()));
  }

  @Nested
  @DisplayName("claimant: a body named by a proper name and a head word the dictionary lacks")
  class NamedBody {
    static Stream<Arguments> cases() {
      return Stream.of(
          Arguments.of("Security forces detained 14 young men in Inkhil on Monday, the Nawa Free Gathering said.",
              "14", "local-sources"),
          Arguments.of("The Afrin Red Crescent said shelling wounded six civilians in the village.", "six",
              "local-sources"),
          Arguments.of("Shelling killed five civilians in Jarablus, the Manbij Canton's health council said.", "five",
              "local-sources"),
          // near miss: a name the dictionary lists keeps its actor
          Arguments.of("Shelling killed five civilians in the town, the Syrian Arab Red Crescent said.", "five",
              "syrian-arab-red-crescent"));
    }

    @ParameterizedTest(name = "{0} [{1}]")
    @MethodSource("cases")
    void claimant(String text, String count, String claimant) {
      claimantIs(text, count, claimant);
    }
  }

  @Nested
  @DisplayName("claimant: a person's title with a place, before \"told\"")
  class TitleWithPlace {
    static Stream<Arguments> cases() {
      return Stream.of(
          Arguments.of("Khaled Ahmad, a member of the local council in Kafr Nabl, told Reuters that shelling killed"
              + " nine people.", "nine", "local-sources"),
          Arguments.of("Omar al-Hamwi, a member of the local council, told AFP that shelling killed nine people.",
              "nine", "local-sources"),
          Arguments.of("A field commander of the Tiger Forces told reporters that 30 militants were killed.", "30",
              "syrian-government"));
    }

    @ParameterizedTest(name = "{0} [{1}]")
    @MethodSource("cases")
    void claimant(String text, String count, String claimant) {
      claimantIs(text, count, claimant);
    }
  }

  @Nested
  @DisplayName("claimant: a body's anaphor")
  class BodyAnaphors {
    static Stream<Arguments> cases() {
      return Stream.of(
          Arguments.of("The Local Coordination Committees said regime shelling killed 20 people in Homs. The"
              + " committees said four children were killed in Hama.", "four", "local-sources"),
          Arguments.of("More than 50,000 people have fled the fighting, OCHA said. The office said 60 civilians had"
              + " been killed.", "60", "united-nations"));
    }

    @ParameterizedTest(name = "{0} [{1}]")
    @MethodSource("cases")
    void claimant(String text, String count, String claimant) {
      claimantIs(text, count, claimant);
    }
  }

  @Nested
  @DisplayName("perpetrator: crossfire, the side named as the dead, an attacker named after a quote")
  class Perpetrators {
    static Stream<Arguments> cases() {
      return Stream.of(
          Arguments.of("A boy was killed in crossfire between army units and rebel fighters in Daraa, activists"
              + " said.", "A", "-"),
          // near miss: fire from one side only is that side's
          Arguments.of("A boy was killed by army shelling in Daraa, activists said.", "A",
              "syrian-government,government-forces"),
          Arguments.of("Missiles struck a base near Homs, killing nine people; a monitor said six of the dead were"
              + " Hezbollah fighters.", "nine", "-"),
          Arguments.of("A hospital in the town received 15 wounded after an air strike on the market. \"Most had"
              + " burns,\" a nurse said. A monitor said the strike was carried out by Russian jets.", "15", "russia"));
    }

    @ParameterizedTest(name = "{0} [{1}]")
    @MethodSource("cases")
    void perpetrator(String text, String count, String perpetrator) {
      perpetratorIs(text, count, perpetrator);
    }
  }
}
