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
 * Issue 11, attr27: the perpetrator and claimant constructions that the blind pass over attribution-written-9/ missed:
 * an attack "attributed to" a side, a statement "blaming" one, a name whose description stands between it and its verb,
 * the opposition outlets' "shelling of the Assad militias on the town", the denier's own "its aircraft", "the militants
 * lost", and speakers (an "according to" past a source that states the number first, a canton's source, rescuers, a
 * town's coordination committee). Sentences are the project's own.
 */
class Issue11WrittenNineAttributionTest {
  static void perpetratorIs(String text, String count, String perpetrator) {
    assertThat(perpetrator.split(",")).contains(orNone(claimAt(text, count).perpetrator()));
  }

  static void claimantIs(String text, String count, String claimant) {
    assertThat(claimant.split(",")).contains(orNone(claimAt(text, count).claimant()));
  }

  @Nested
  @DisplayName("perpetrator: an attack attributed to a side, or a statement blaming one")
  class AttributedOrBlamed {
    static Stream<Arguments> cases() {
      return Stream.of(
          Arguments.of("An air raid attributed to the US-led coalition killed 15 civilians in the village, a monitor"
              + " said.", "15", "us-led-coalition"),
          Arguments.of("A raid attributed to Russian aircraft killed eight civilians in the village, activists said.",
              "eight", "russia"),
          Arguments.of("Three fighters were killed when a drone struck their car near the town, the group said,"
              + " blaming Turkey for the attack.", "Three", "turkey"),
          // near miss: a report blaming the label leaves the attack to the group that claims it
          Arguments.of("State media said 78 people were killed in the blasts, blaming terrorist groups. The Islamic"
              + " State group claimed the attacks through its Amaq agency.", "78", "isis"));
    }

    @ParameterizedTest(name = "{0} [{1}]")
    @MethodSource("cases")
    void perpetrator(String text, String count, String perpetrator) {
      perpetratorIs(text, count, perpetrator);
    }
  }

  @Nested
  @DisplayName("perpetrator: a description between commas after the name leaves it the subject")
  class DescribedSubject {
    static Stream<Arguments> cases() {
      return Stream.of(
          Arguments.of("Fighters from Hayat Tahrir al-Sham, an alliance led by Al-Qaeda's former Syrian branch, killed"
              + " nine pro-regime fighters in a night raid, a monitor said.", "nine", "nusra"),
          Arguments.of("Jaish al-Islam, the largest rebel group in the enclave, shelled the district, killing four"
              + " civilians, state media said.", "four", "jaish-al-islam,syrian-opposition"),
          // near miss: words between commas that say something are a clause, not a description
          Arguments.of("Jaish al-Islam, the monitor said, lost 12 fighters in the strikes.", "12", "-"));
    }

    @ParameterizedTest(name = "{0} [{1}]")
    @MethodSource("cases")
    void perpetrator(String text, String count, String perpetrator) {
      perpetratorIs(text, count, perpetrator);
    }
  }

  @Nested
  @DisplayName("perpetrator: \"shelling of the Assad militias on the town\" names the shelling side")
  class AttackOfASideOnAPlace {
    static Stream<Arguments> cases() {
      return Stream.of(
          Arguments.of("Five civilians were killed by artillery shelling of the Assad militias on the town of Busra,"
              + " activists said.", "Five", "syrian-government"),
          Arguments.of("Six civilians were killed in the bombardment of Russian warplanes on the market of Ariha,"
              + " activists said.", "Six", "russia"),
          // near misses: what the attack hit, with a place's edge or a day after "on"
          Arguments.of("Jets stepped up the bombardment of Islamic State positions on the outskirts of Raqqa, killing 12"
              + " civilians, activists said.", "12", "-"),
          Arguments.of("Seven fighters were killed in the shelling of the Islamic State forces on Monday, a monitor"
              + " said.", "Seven", "-"));
    }

    @ParameterizedTest(name = "{0} [{1}]")
    @MethodSource("cases")
    void perpetrator(String text, String count, String perpetrator) {
      perpetratorIs(text, count, perpetrator);
    }
  }

  @Nested
  @DisplayName("perpetrator: whose \"its\" and who lost: the denier's own aircraft, \"the militants lost\"")
  class OwnersAndLosers {
    static Stream<Arguments> cases() {
      return Stream.of(
          Arguments.of("Russia's Defence Ministry on Tuesday denied that its aircraft were involved in a strike on a"
              + " hospital that killed five people, according to the opposition.", "five", "russia,russia-mod"),
          Arguments.of("Militants of Hayat Tahrir al-Sham attacked army positions in northern Hama, killing four"
              + " soldiers, the center said.\n\nThe attack was repelled, and the militants lost at least 20 fighters,"
              + " the center added.", "at least 20", "syrian-government,government-forces"));
    }

    @ParameterizedTest(name = "{0} [{1}]")
    @MethodSource("cases")
    void perpetrator(String text, String count, String perpetrator) {
      perpetratorIs(text, count, perpetrator);
    }
  }

  @Nested
  @DisplayName("claimant: the source of each clause, a canton's source, rescuers, a town's coordination committee")
  class Speakers {
    static Stream<Arguments> cases() {
      String two = "Rebel shelling of western Aleppo killed seven people on Sunday, state media said, while government"
          + " air strikes on the east killed at least 11 civilians, according to opposition activists.";
      return Stream.of(
          Arguments.of(two, "seven", "sana"),
          Arguments.of(two, "at least 11", "local-sources"),
          // near miss: a relay's "according to" right after the number is still the number's own source
          Arguments.of("The strike killed six children, according to state media, the envoy said.", "six", "sana"),
          Arguments.of("Two civilians were killed when the Turkish army shelled the village, a source of the Kobani"
              + " Canton told the agency.", "Two", "local-sources"),
          Arguments.of("At least 21 people died of suffocation in the town after the attack, rescuers said.",
              "At least 21", "local-sources"),
          Arguments.of("Five members of one family were killed in the shelling, the local coordination committee in the"
              + " town said.", "Five", "local-sources"));
    }

    @ParameterizedTest(name = "{0} [{1}]")
    @MethodSource("cases")
    void claimant(String text, String count, String claimant) {
      claimantIs(text, count, claimant);
    }
  }
}
