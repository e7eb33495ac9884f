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
 * Issue 11, attr24: "the terrorists" and "the terrorist group" after a named armed group are that group (the definite
 * words point back, as "the group" does), where the bare label stays the armed opposition; and "had taken three
 * soldiers captive" is an active captor, as "took" is; fighters counted under a bare label ("70 terrorists were
 * eliminated in the counterattack") are not the deed of the armed group whose attack the text told before. Sentences
 * are the project's own.
 */
class Issue11TerroristsPointBackTest {
  static void perpetratorIs(String text, String count, String perpetrator) {
    assertThat(perpetrator.split(",")).contains(orNone(claimAt(text, count).perpetrator()));
  }

  @Nested
  @DisplayName("perpetrator: \"the terrorists\" after a named group is that group")
  class DefiniteLabel {
    static Stream<Arguments> cases() {
      return Stream.of(
          Arguments.of("A roadside bomb planted by the YPG terror group killed a farmer near Afrin. Since January, 40"
              + " civilians have died at the hands of the terrorists, the Turkish military said.", "40", "ypg"),
          Arguments.of("Al-Manar aired a new video of the ISIL terrorist group on Sunday. The terrorist group has"
              + " killed hundreds of tribesmen who opposed it.", "hundreds", "isis"),
          Arguments.of("Nusra Front fighters entered the village at dawn. Six farmers were killed by the terrorists,"
              + " a military source said.", "Six", "nusra"),
          // near misses: no group named before; the bare label, without "the"; a group named in the sentence itself;
          // "of the terrorists" counts the army's dead enemies, not their killers
          Arguments.of("Six farmers were killed by the terrorists, a military source said.", "Six", "syrian-opposition"),
          Arguments.of("Nusra Front fighters entered the village at dawn. Six farmers were killed by terrorists,"
              + " a military source said.", "Six", "syrian-opposition"),
          Arguments.of("Nusra Front fighters entered the village at dawn. Six farmers were killed by the ISIS"
              + " terrorists, a military source said.", "Six", "isis"),
          Arguments.of("Nusra Front fighters attacked an army post at dawn. Army units responded and killed a number of"
              + " the terrorists, a military source said.", "a number of", "syrian-government,government-forces"));
    }

    @ParameterizedTest(name = "{0} [{1}]")
    @MethodSource("cases")
    void perpetrator(String text, String count, String perpetrator) {
      perpetratorIs(text, count, perpetrator);
    }
  }

  @Nested
  @DisplayName("perpetrator: fighters counted under a bare label are not the carried armed group's victims")
  class LabelledDead {
    static Stream<Arguments> cases() {
      return Stream.of(
          Arguments.of("Islamic State militants attacked army posts near the airport on Sunday, a military source"
              + " said.\n\nThe army lost five soldiers, while more than 40 terrorists were killed in the counterattack,"
              + " the source said.", "more than 40", "syrian-government,government-forces"),
          // near misses: the army's own dead are the attackers' deed; fighters named by their side stay the attack's
          Arguments.of("Islamic State militants attacked army posts near the airport on Sunday, a military source"
              + " said.\n\nThe army lost five soldiers, while more than 40 terrorists were killed in the counterattack,"
              + " the source said.", "five", "isis"),
          Arguments.of("Islamic State militants attacked the village on Sunday, killing six civilians.\n\nTwelve"
              + " Kurdish fighters were also killed in the assault, activists said.", "Twelve", "isis"));
    }

    @ParameterizedTest(name = "{0} [{1}]")
    @MethodSource("cases")
    void perpetrator(String text, String count, String perpetrator) {
      perpetratorIs(text, count, perpetrator);
    }
  }

  @Nested
  @DisplayName("perpetrator: \"had taken N soldiers captive\" is the captor's")
  class TakenCaptive {
    static Stream<Arguments> cases() {
      return Stream.of(
          Arguments.of("The army regained two hills after clashes with ISIL militants. Military sources said the"
              + " terrorists had taken five soldiers captive during the fighting.", "five", "isis"),
          Arguments.of("Military sources said Nusra Front fighters have taken four soldiers hostage near the town.",
              "four", "nusra"),
          // near miss: people taken to hospital are no one's captives
          Arguments.of("Ambulances have taken 12 wounded people to hospitals in the city.", "12", "-"));
    }

    @ParameterizedTest(name = "{0} [{1}]")
    @MethodSource("cases")
    void perpetrator(String text, String count, String perpetrator) {
      perpetratorIs(text, count, perpetrator);
    }
  }
}
