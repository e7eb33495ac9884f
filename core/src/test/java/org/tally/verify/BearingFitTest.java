package org.tally.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tally.verify.VerifyFixtures.RULES;
import static org.tally.verify.VerifyFixtures.near;
import static org.tally.verify.VerifyFixtures.record;
import static org.tally.verify.VerifyFixtures.toll;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A toll placed in a compass direction from a town ("south of Raqqa") may be a record some way off the town on that
 * side (bearing_km), further than near_point_km (25 km) reaches; a record as far off on another side may not.
 */
class BearingFitTest {
  private static final double RAQQA_LAT = 35.9528;
  private static final double RAQQA_LON = 39.0079;
  // about 30 km from Raqqa: one south-east of it, one north of it
  private static final ReferenceRecord SOUTH_EAST = record("se", "2022-01-12", "Village A", "Raqqa Governorate",
      35.76, 39.24, 3, 3, 3);
  private static final ReferenceRecord NORTH = record("n", "2022-01-12", "Village B", "Raqqa Governorate", 36.22,
      39.01, 3, 3, 3);

  private static List<String> matched(String words) {
    RecordIndex index = new RecordIndex(RULES, List.of(SOUTH_EAST, NORTH));
    return index.matches(toll("three", 3, 3, near(words, "Ar-Raqqah", RAQQA_LAT, RAQQA_LON), "2022-01-12", null))
        .stream().map(ReferenceRecord::id).toList();
  }

  @Test
  void southOfATownReachesARecordThirtyKilometresSouthEast() {
    assertThat(matched("south of Raqqa")).containsExactly("se");
  }

  @Test
  void northOfATownReachesTheRecordToTheNorthOnly() {
    assertThat(matched("the villages north of Raqqa")).containsExactly("n");
  }

  @Test
  void nearATownReachesNeither() {
    assertThat(matched("near Raqqa")).isEmpty();
  }
}
