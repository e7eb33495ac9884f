package org.tally.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tally.model.Claim;

/**
 * Issue 13, link/written-6: a follow-up's toll told in a sentence that names no place takes the place of the sentence
 * before; when that sentence names a town and then only the area it lies in ("the town in northern Idlib"), the town
 * is the place, so that the follow-up can join its town's attack.
 */
class Issue13TownBeforeItsAreaTest {
  private static final LocalDate PUBLISHED = LocalDate.of(2017, 8, 11);

  private static Claim toll(String body) {
    List<Claim> claims = ResolvedBody.claims(body, PUBLISHED);
    return claims.stream().filter(c -> c.count().min() != null && c.count().min() == 11).findFirst().orElseThrow();
  }

  @Test
  void aTownNamedBeforeTheAreaItLiesInIsTheFollowUpsPlace() {
    Claim claim = toll("Hundreds attended the funerals in Sarmada of the victims of Tuesdays car bomb which tore"
        + " through the market of the town in northern Idlib. Medics said that the toll had reached 11 dead.");
    assertThat(claim.location().name()).isEqualTo("Sarmada");
  }

  @Test
  void aTownOfAnotherGovernorateDoesNotTakeTheAreasPlace() {
    // Hama's Salamiyah is not in northern Idlib: the area stays
    Claim claim = toll("Families from Salamiyah fled to the camps in northern Idlib. Medics said that the toll had"
        + " reached 11 dead.");
    assertThat(claim.location().admin1()).isEqualTo("Idlib");
    assertThat(claim.location().name()).isNotEqualTo("As Salamiyah");
  }

  @Test
  void aTownOfAnEarlierSentenceDoesNotTakeTheAreasPlace() {
    Claim claim = toll("Sarmada was quiet for a week. A car bomb tore through a market in northern Idlib. Medics said"
        + " that the toll had reached 11 dead.");
    assertThat(claim.location().name()).isNotEqualTo("Sarmada");
  }
}
