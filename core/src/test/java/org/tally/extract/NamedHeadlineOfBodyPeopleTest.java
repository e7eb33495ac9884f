package org.tally.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tally.extract.ExtractionFixture.claims;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tally.model.Claim;
import org.tally.model.ClaimSection;
import org.tally.model.Victims;

/**
 * A headline that names its victims ("kills three PKK members") and a body that counts the same figure as people
 * ("killed three members of the YBS") tell one claim, of the victims the headline names.
 */
class NamedHeadlineOfBodyPeopleTest {
  @Test
  void theBodysPeopleTakeTheHeadlinesVictims() {
    List<Claim> claims = claims("Turkish drone strike kills three PKK members in Sinjar",
        "A Turkish drone strike killed three members of the YBS in Sinjar district on Thursday, officials said.");
    assertThat(claims).hasSize(1);
    assertThat(claims.get(0).section()).isEqualTo(ClaimSection.BODY);
    assertThat(claims.get(0).victims()).isEqualTo(Victims.FIGHTERS);
  }

  @Test
  void anotherFigureInTheBodyStaysItsOwnClaim() {
    List<Claim> claims = claims("Turkish drone strike kills three PKK members in Sinjar",
        "A Turkish drone strike killed four members of the YBS in Sinjar district on Thursday, officials said.");
    assertThat(claims).extracting(c -> c.count().min() + " " + c.victims())
        .containsExactly("3 FIGHTERS", "4 PEOPLE");
  }
}
