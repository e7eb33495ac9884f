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
 * Issue 11, attr29: the claimant and perpetrator constructions the blind pass over attribution-written-11/ missed: a
 * toll handed on in the passive ("the toll was given by"), Kurdish officials, where people go ("into Turkey") as no
 * speaker, a cited source as no attacker, a blame after the counts, and a quotation of several sentences between the
 * counts and the attacker. Sentences are the project's own.
 */
class Issue11WrittenElevenAttributionTest {
  static void perpetratorIs(String text, String count, String perpetrator) {
    assertThat(perpetrator.split(",")).contains(orNone(claimAt(text, count).perpetrator()));
  }

  static void claimantIs(String text, String count, String claimant) {
    assertThat(claimant.split(",")).contains(orNone(claimAt(text, count).claimant()));
  }

  @Nested
  @DisplayName("claimant: a toll handed on in the passive, in the sentence after")
  class PassiveSource {
    static Stream<Arguments> cases() {
      return Stream.of(
          Arguments.of("Air strikes killed 13 civilians in the market on Sunday. The figures were given by the civil"
              + " defence centre in the city, which said its teams were still searching for missing people.", "13",
              "white-helmets"),
          Arguments.of("Shelling killed nine people in the town, and the toll of nine dead was given by the Syrian"
              + " Observatory for Human Rights.", "nine", "sohr"),
          // near miss: a passive quote still gives the one quoted, not who carried the words
          Arguments.of("The Russian military was quoted as saying by local media that 20 militants were killed.", "20",
              "russia-mod,russia"));
    }

    @ParameterizedTest(name = "{0} [{1}]")
    @MethodSource("cases")
    void claimant(String text, String count, String claimant) {
      claimantIs(text, count, claimant);
    }
  }

  @Nested
  @DisplayName("claimant: Kurdish officials; no speaker after \"into\"")
  class Speakers {
    static Stream<Arguments> cases() {
      return Stream.of(
          Arguments.of("Gunmen shot dead 20 men in the village, according to a Kurdish official in the area.", "20",
              "ypg,sdf"),
          Arguments.of("Border guards shot dead two Syrians trying to cross into Turkey, a source told Step News.",
              "two", "outlet,local-sources"),
          // near miss: Turkey as the subject still speaks
          Arguments.of("Turkey said 12 militants were killed near the border.", "12", "turkey"));
    }

    @ParameterizedTest(name = "{0} [{1}]")
    @MethodSource("cases")
    void claimant(String text, String count, String claimant) {
      claimantIs(text, count, claimant);
    }
  }

  @Nested
  @DisplayName("perpetrator: Turkish border guards; a cited source is no attacker")
  class Attackers {
    static Stream<Arguments> cases() {
      return Stream.of(
          Arguments.of("Turkish border guards shot dead two Syrians near the village on Monday.", "two", "turkey"),
          Arguments.of("A car bomb exploded near a bakery on Wednesday, SANA said, citing a police source, killing"
              + " seven people.", "seven", "-"),
          // near miss: the Turkish border as a place names no attacker
          Arguments.of("Two men were killed near the Turkish border on Monday.", "Two", "-"));
    }

    @ParameterizedTest(name = "{0} [{1}]")
    @MethodSource("cases")
    void perpetrator(String text, String count, String perpetrator) {
      perpetratorIs(text, count, perpetrator);
    }
  }

  @Nested
  @DisplayName("perpetrator: named after the counts, past a blame verb or a quotation of several sentences")
  class NamedAfterCounts {
    static Stream<Arguments> cases() {
      return Stream.of(
          Arguments.of("\"We counted 12 dead, most of them women,\" said a resident. He blamed Islamic State snipers"
              + " on the rooftops.", "12", "isis"),
          Arguments.of("Six members of one family were killed when a shell hit their house on Tuesday. \"We heard the"
              + " whistle and then the ceiling came down. The mother was in the kitchen,\" a neighbour told Enab"
              + " Baladi. The shell was fired from regime positions in the camp.", "Six", "syrian-government"),
          // near miss: a blame after an attack of unknown authorship is a guess
          Arguments.of("Unknown gunmen shot dead three men in the town on Monday. Residents blamed the Nusra Front.",
              "three", "-"));
    }

    @ParameterizedTest(name = "{0} [{1}]")
    @MethodSource("cases")
    void perpetrator(String text, String count, String perpetrator) {
      perpetratorIs(text, count, perpetrator);
    }
  }
}
