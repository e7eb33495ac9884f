package org.tally.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.tally.model.Claim;

/**
 * Issue 13: the incident's place given by a word for it. A lead that speaks of "a rebel-held town" without naming
 * it is about the town the text names with that word ("the town of Khan Sheikhun"), later or, failing that, earlier
 * ("the same city"); a town named in the claim's own sentence, or a place called by another word, is not taken so.
 */
class Issue13UnnamedTownTest {
  private static final LocalDate PUBLISHED = LocalDate.of(2017, 4, 5);
  /** Far from the claim, so that only the word for the town can carry its place there. */
  private static final String FILLER = " Diplomats argued for hours over the wording of a draft resolution.".repeat(8);

  private static Claim first(String body) {
    return ResolvedBody.first(body, PUBLISHED);
  }

  @Test
  void aTownTheLeadDoesNotNameIsTheTownNamedSoLater() {
    Claim claim = first("The death toll from a suspected gas attack on a rebel-held Syrian town has risen to 86, a"
        + " monitor said." + FILLER + " Rebels vowed revenge for the strike on the town of Saraqib.");
    assertThat(claim.location().admin1()).isEqualTo("Idlib");
    assertThat(claim.location().text()).contains("Saraqib");
  }

  @Test
  void theSameCityIsTheCityNamedSoBefore() {
    Claim claim = first("Shelling hit the city of Manbij on Sunday." + FILLER + " Another strike killed seven"
        + " people in a separate part of the same city on Monday, the monitor said.");
    assertThat(claim.location().text()).contains("Manbij");
  }

  @Test
  void aTownNamedInTheClaimsOwnSentenceStands() {
    Claim claim = first("An air strike on the town of Jisr al-Shughur killed 12 people, a monitor said." + FILLER
        + " Rebels vowed revenge for the strike on the town of Saraqib.");
    assertThat(claim.location().text()).contains("Jisr");
  }

  @Test
  void aPlaceCalledByAnotherWordIsNotTheTown() {
    Claim claim = first("The death toll from a suspected gas attack on a rebel-held village has risen to 40, a"
        + " monitor said." + FILLER + " Rebels vowed revenge in the city of Manbij.");
    assertThat(claim.location().text()).isNull();
  }
}
