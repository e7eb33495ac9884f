package org.tally.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tally.verify.VerifyFixtures.RULES;
import static org.tally.verify.VerifyFixtures.near;
import static org.tally.verify.VerifyFixtures.record;
import static org.tally.verify.VerifyFixtures.region;
import static org.tally.verify.VerifyFixtures.toll;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The records a toll is matched with come in one order, surest first, however the index was filled. */
class RecordOrderTest {
  private static List<String> ids(List<ReferenceRecord> records) {
    return records.stream().map(ReferenceRecord::id).toList();
  }

  /** Records of three governorates of eastern Syria, over a month, as seed 004's "over 80 in the east" meets them. */
  private static List<ReferenceRecord> eastern() {
    return List.of(
        record("228827", "2016-09-29", "Deir ez Zor Governorate", "Deir ez Zor Governorate", null, null, 1, 1, 1),
        record("227936", "2016-09-17", "Jabal Thurdah", "Deir ez Zor Governorate", 35.256571, 40.114747, 90, 90, 90),
        record("319241", "2016-09-01", "Abu Qasayib village", "Al Hasakah Governorate", 36.6, 40.9, 1, 1, 1),
        record("227965", "2016-09-17", "Tabqa town", "Ar Raqqah Governorate", 35.8356, 38.5481, 3, 3, 3),
        record("229660", "2016-08-31", "Tal Othman village", "Ar Raqqah Governorate", 36.1, 39.0, 3, 3, 3),
        record("9", "2016-09-17", "Mayadin", "Deir ez Zor Governorate", 35.0206, 40.4518, 5, 5, 5),
        record("10", "2016-09-17", "Hasakah", "Al Hasakah Governorate", 36.5024, 40.7477, 2, 2, 2),
        record("227638", "2016-09-10", "Ar Raqqah town", "Ar Raqqah Governorate", 35.95, 39.01, 1, 1, 1));
  }

  @Test
  void aRegionsRecordsComeInTheSameOrderHoweverTheIndexWasFilled() {
    Toll east = toll("over 80", 81, null, region("eastern Syria"), "2016-09-01", "2016-09-30", null);
    List<String> first = ids(new RecordIndex(RULES, eastern()).matches(east));
    assertThat(first).hasSize(eastern().size());  // 229660 too, a day before the month, in the slack
    Random random = new Random(14);
    for (int i = 0; i < 20; i++) {
      List<ReferenceRecord> shuffled = new ArrayList<>(eastern());
      Collections.shuffle(shuffled, random);
      assertThat(ids(new RecordIndex(RULES, shuffled).matches(east))).as("filled in order %s", ids(shuffled))
          .isEqualTo(first);
    }
  }

  @Test
  void recordsOfTheTollsOwnDaysComeBeforeThoseOfTheSlack() {
    Toll east = toll("over 80", 81, null, region("eastern Syria"), "2016-09-01", "2016-09-30", null);
    assertThat(ids(new RecordIndex(RULES, eastern()).matches(east))).endsWith("229660");
  }

  @Test
  void withoutPointsTheEarlierComesFirstThenTheSmallerId() {
    Toll east = toll("over 80", 81, null, region("eastern Syria"), "2016-09-01", "2016-09-30", null);
    assertThat(ids(new RecordIndex(RULES, eastern()).matches(east)))
        .containsExactly("319241", "227638", "9", "10", "227936", "227965", "228827", "229660");
  }

  @Test
  void nearAPointTheNearerRecordComesFirst() {
    Toll airport = toll("62", 62, 62, near("Deir ez-Zor airport", "Deir ez-Zor", 35.33588, 40.14084), "2016-09-17",
        null);
    // Jabal Thurdah lies 9 km from the airport, Mayadin 40 km
    List<ReferenceRecord> records = List.of(
        record("9", "2016-09-17", "Mayadin", "Deir ez Zor Governorate", 35.0206, 40.4518, 5, 5, 5),
        record("227936", "2016-09-17", "Jabal Thurdah", "Deir ez Zor Governorate", 35.256571, 40.114747, 90, 90, 90),
        record("8", "2016-09-17", "Deir ez-Zor airport", "Deir ez Zor Governorate", 35.3359, 40.1408, 1, 1, 1));
    assertThat(ids(new RecordIndex(RULES, records).matches(airport))).startsWith("8", "227936");
  }
}
