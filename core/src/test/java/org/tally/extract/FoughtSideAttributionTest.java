package org.tally.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tally.extract.ExtractionFixture.claimAt;
import static org.tally.extract.ExtractionFixture.orNone;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The document's one attacker's own dead are the deed of the one side whose people its counts say it killed, and
 * "three others" after a count are of that count's side (count-written-2's misses: "SDF fighters killed a dozen Daesh
 * mercenaries … Two SDF fighters were martyred in the clashes and three others sustained injuries" gave the SDF its
 * own wounded). Each case gives the text, the count words of the claim looked at and the accepted attackers ("-" for
 * none); sentences are the project's own.
 */
class FoughtSideAttributionTest {
  static Stream<Arguments> cases() {
    return Stream.of(
        // the one attacker killed ISIS fighters: its own dead are ISIS's deed
        Arguments.of("Kurdish-led SDF fighters killed nine ISIS militants near Hajin on Monday. Four SDF fighters were"
            + " killed in the fighting, the group said.", "Four", "isis"),
        // "others" after the attacker's own dead are its own too, and so the same enemy's deed
        Arguments.of("Kurdish-led SDF fighters killed nine ISIS militants near Hajin on Monday. Four SDF fighters were"
            + " killed in the fighting and two others were wounded, the group said.", "two", "isis"),
        // "four of its fighters": the speaker's own, the enemy's deed
        Arguments.of("Hezbollah fighters killed 20 ISIS militants near Palmyra on Sunday. Hezbollah said four of its"
            + " fighters were killed and several others were wounded.", "several", "isis"),
        // near miss: the attacker killed no side's people the counts name (civilians): its own dead stay no one's
        Arguments.of("SDF fighters killed three civilians near Hajin on Monday. Four SDF fighters were killed later,"
            + " the group said.", "Four", "-"),
        // near miss: the attacker killed people of two sides: which killed its own is not told
        Arguments.of("SDF fighters killed nine ISIS militants and five Turkish soldiers near Manbij on Monday. Four SDF"
            + " fighters were killed in the fighting, the group said.", "Four", "-"),
        // near miss: its own dead in a new attack the sentence tells ("in a mortar attack") are not told to be the
        // fought side's
        Arguments.of("SDF fighters killed nine ISIS militants near Hajin on Monday. Two SDF fighters were killed in a"
            + " mortar attack on their base, the group said.", "Two", "-"),
        // near miss: its own dead in a fight between sides the sentence names are not told to be the one side's
        Arguments.of("SDF fighters killed nine ISIS militants near Hajin on Monday. Two SDF fighters were killed in"
            + " clashes between the SDF and tribal fighters, the group said.", "Two", "-"),
        // near miss: "others" with no side before stay no one's side: the one attacker's deed, as before
        Arguments.of("SDF fighters killed nine ISIS militants near Hajin on Monday. Two civilians were killed and three"
            + " others were wounded in the village.", "three", "sdf"));
  }

  @ParameterizedTest(name = "{0} [{1}]")
  @MethodSource("cases")
  void perpetrator(String text, String count, String perpetrator) {
    assertThat(perpetrator.split(",")).contains(orNone(claimAt(text, count).perpetrator()));
  }
}
