package org.tally.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tally.extract.ExtractionFixture.claims;
import static org.tally.extract.ExtractionFixture.orNone;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tally.model.Claim;

/**
 * A state's deed told before a bomb it could not have set off is not carried past the bomb: the sentences after the
 * bomb tell of that attack ("killed in the attack"), whose attacker the text does not name.
 */
class NoStateCarriedPastABombTest {
  private static String attackerOf(List<Claim> claims, String countText) {
    return orNone(claims.stream().filter(c -> countText.equals(c.countText())).findFirst().orElseThrow().perpetrator());
  }

  @Test
  void theDeadOfTheBombTheSentenceBeforeToldAreNoStatesDeed() {
    List<Claim> claims = claims("Bomb kills four in hospital", "Government troops executed 48 people in a northern"
        + " village earlier this week. The explosion that hit the town was caused by a suicide bomber driving a car,"
        + " the monitor said, adding that the passenger, likely an accomplice, also died in the blast. Two women and two soldiers were killed in the"
        + " attack, the monitor said.");
    assertThat(attackerOf(claims, "Two")).isEqualTo("-");
  }

  @Test
  void withNoBombBetweenTheStateIsStillCarried() {
    // near miss: the sentence after the state's air strike tells of that strike
    List<Claim> claims = claims("Strikes on the town", "Government warplanes struck the town on Sunday, killing"
        + " 12 people. Two women and two children were killed in the raid, the monitor said.");
    assertThat(attackerOf(claims, "Two")).isEqualTo("syrian-government");
  }
}
