package org.tally.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tally.link.ClaimFixture.killed;
import static org.tally.model.Victims.PEOPLE;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tally.lexicon.Lexicons;

/**
 * Issue 13, link/written-7: a headline's toll dated by its report's dateline ("Regime raids kill 10 in Idlib
 * village" over a body that opens "Wednesday 10 May 2017.") states no day of the harm, so it may tell of the attack a
 * paper printed the day before; a day the claim's own sentence gives is the harm's.
 */
class ReportDatelineTest {
  private final IncidentLinker linker = IncidentLinker.from(Lexicons.bundled());

  private List<Incident> link(ClaimFixture... claims) {
    return linker.link(Arrays.stream(claims).map(ClaimFixture::ref).toList());
  }

  private static ClaimFixture raid() {
    return killed("a", PEOPLE, 9).saidBy("etilaf").by("syrian-government").on("2017-05-09", "on Tuesday")
        .published("2017-05-09").at("Has", "Idlib")
        .says("Barrel bombs dropped on the village of Hass on Tuesday killed nine civilians.");
  }

  @Test
  void aHeadlineDatedByItsReportsDatelineJoinsTheDayBefore() {
    ClaimFixture headline = killed("b", PEOPLE, 10).saidBy("outlet").by("syrian-government")
        .on("2017-05-10", "Wednesday 10 May 2017").published("2017-05-10").in("Idlib")
        .says("Regime raids kill 10 in Idlib village");
    assertThat(link(raid(), headline)).hasSize(1);
  }

  @Test
  void aDayItsOwnSentenceGivesIsTheHarmsDay() {
    ClaimFixture sameDay = killed("b", PEOPLE, 10).saidBy("outlet").by("syrian-government")
        .on("2017-05-10", "on Wednesday").published("2017-05-10").in("Idlib")
        .says("Regime raids killed 10 people in an Idlib village on Wednesday.");
    assertThat(link(raid(), sameDay)).hasSize(2);
  }
}
