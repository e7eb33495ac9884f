package org.tally.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tally.verify.VerifyFixtures.PLACER;
import static org.tally.verify.VerifyFixtures.RULES;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tally.link.DaySpan;
import org.tally.model.ClaimPlace;
import org.tally.model.PlacePrecision;

/**
 * Issue 14, ACLED's geo_precision: a record coded "near" a village (geo_precision 2) or of a larger region (3) carries
 * the point of a town that stands in for its place. Lying within named_place_km of a town a report names does not make
 * it that town's record: a battle "near Al Ghanto", 4 km from the Talbiseh a report names, is of Al Ghanto's
 * surroundings. The same record coded at its village itself (geo_precision 1) is at Talbiseh's doorstep, and counts.
 */
class StandInPointRuleTest {
  private static final ClaimPlace TALBISEH = new ClaimPlace("Talbiseh", "Talbiseh", "Homs", "SY", 34.8407, 36.7309,
      PlacePrecision.POINT, null);

  private static ReferenceRecord alGhanto(PlacePrecision precision) {
    LocalDate d = LocalDate.parse("2021-12-11");
    return new ReferenceRecord("ACLED", "SYR30057", new DaySpan(d, d),
        PLACER.place("Al Ghanto", "Homs", "Ar-Rastan", "Syria", 34.8220, 36.6961, precision),
        List.of("Unidentified Armed Group (Syria)"), 10, 10, 10, null);
  }

  @Test
  void aRecordNearAVillageIsNotAtTheNamedTownItsPointLiesBeside() {
    NamedPlaces named = new NamedPlaces(List.of(TALBISEH));
    int km = RULES.settings().namedPlaceKm();
    assertThat(named.at(alGhanto(PlacePrecision.NEAR_POINT), km)).isEmpty();
    assertThat(named.at(alGhanto(PlacePrecision.GOVERNORATE), km)).isEmpty();
    assertThat(named.at(alGhanto(PlacePrecision.POINT), km)).get().extracting(NamedRecord::where)
        .isEqualTo("4 km from Talbiseh");
  }
}
