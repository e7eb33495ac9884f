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
 * Issue 11, attr30: the claimant and perpetrator constructions the blind pass over attribution-written-12/ missed:
 * local speakers (a hospital with an Arabic article in its name, a named body's official, tribal elders), attackers
 * named by whom their men follow ("by forces loyal to"), the positions fire came from, a means of attack after "of",
 * and allies of the dead. Sentences are the project's own.
 */
class Issue11WrittenTwelveAttributionTest {
  static void perpetratorIs(String text, String count, String perpetrator) {
    assertThat(perpetrator.split(",")).contains(orNone(claimAt(text, count).perpetrator()));
  }

  static void claimantIs(String text, String count, String claimant) {
    assertThat(claimant.split(",")).contains(orNone(claimAt(text, count).claimant()));
  }

  @Nested
  @DisplayName("claimant: local speakers")
  class LocalSpeakers {
    static Stream<Arguments> cases() {
      return Stream.of(
          Arguments.of("Mortar shells killed five people in the old city, the director of al-Razi hospital told the"
              + " agency.", "five", "local-sources"),
          Arguments.of("Barrel bombs killed six people in the village, a civil defence official in Idlib province"
              + " said.", "six", "white-helmets"),
          Arguments.of("The militants executed nine men in the town, elders of the tribe said.", "nine", "local-sources"),
          Arguments.of("Shelling killed two civilians in the village, the Health Board of the Afrin Canton said.", "two",
              "local-sources"),
          // near misses: a province's own official still speaks for the government; a lower-case word is no name
          Arguments.of("Rebel shells killed four people in the city, an official in Hama province said.", "four",
              "government-source,syrian-government"),
          Arguments.of("Four people were killed, the director of the biggest hospital said.", "Four", "outlet,local-sources"));
    }

    @ParameterizedTest(name = "{0} [{1}]")
    @MethodSource("cases")
    void claimant(String text, String count, String claimant) {
      claimantIs(text, count, claimant);
    }
  }

  @Nested
  @DisplayName("perpetrator: by men loyal to a side; from a side's positions; a means after \"of\"")
  class NamedByTheirMen {
    static Stream<Arguments> cases() {
      return Stream.of(
          Arguments.of("Seven civilians were executed in the village on Friday by militiamen loyal to Iran.", "Seven",
              "iran"),
          Arguments.of("Jets struck the market, killing 14 people, and shelling by forces loyal to President Bashar"
              + " al-Assad killed six in the next town.", "six", "syrian-government"),
          Arguments.of("Two men were killed on Monday in the town, by shells fired at the houses from the positions of"
              + " Daesh in the hills.", "Two", "isis"),
          Arguments.of("The monitor documented the death of 20 civilians during a week of Russian air raids on the"
              + " province.", "20", "russia"),
          // near misses: men of a side under whose control a place is are where they are; the shelled positions of a
          // side are its target
          Arguments.of("Four civilians were killed in a village under the control of Daesh militants.", "Four", "-"),
          Arguments.of("The army shelled the positions of Daesh in the hills, killing 12 militants.", "12",
              "syrian-government"));
    }

    @ParameterizedTest(name = "{0} [{1}]")
    @MethodSource("cases")
    void perpetrator(String text, String count, String perpetrator) {
      perpetratorIs(text, count, perpetrator);
    }
  }

  @Nested
  @DisplayName("perpetrator: the allies of the dead did not kill them")
  class AlliesOfTheDead {
    static Stream<Arguments> cases() {
      return Stream.of(
          Arguments.of("Rebels fought the army north of the city. Eight members of the Tiger Forces died in the"
              + " fighting, the monitor said, adding that Russian warplanes had supported the advance.", "Eight",
              "syrian-opposition,-"),
          // near miss: the ally's attack on another side's men is its deed
          Arguments.of("Russian warplanes killed eight members of the Islamic State near the city.", "eight", "russia"));
    }

    @ParameterizedTest(name = "{0} [{1}]")
    @MethodSource("cases")
    void perpetrator(String text, String count, String perpetrator) {
      perpetratorIs(text, count, perpetrator);
    }
  }
}
