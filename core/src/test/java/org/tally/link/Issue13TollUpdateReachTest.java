package org.tally.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tally.link.ClaimFixture.killed;
import static org.tally.model.Victims.CIVILIANS;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tally.lexicon.Lexicons;

/**
 * Issue 13, written-4: a toll update that gives no day of its harm, only the day the count was said ("has risen to
 * 25, SANA said on Friday"), reaches update_reach_days back to the attack on the village it names; not to an attack
 * elsewhere in the governorate, and not past the reach.
 */
class Issue13TollUpdateReachTest {
  private final IncidentLinker linker = IncidentLinker.from(Lexicons.bundled());

  private List<Incident> link(ClaimFixture... claims) {
    return linker.link(Arrays.stream(claims).map(ClaimFixture::ref).toList());
  }

  /** The coalition's night raid on al-Shaafa, Wednesday 7 February 2018, reported the next day. */
  private static ClaimFixture raid() {
    return killed("a", CIVILIANS, 16).saidBy("sana").by("us-led-coalition").on("2018-02-07", "last night")
        .published("2018-02-08").at("Ash Shafah", "Deir ez-Zor")
        .says("Sixteen civilians were martyred last night when coalition warplanes struck the village of al-Shaafa.");
  }

  /** "has risen to 25 ... said on Friday", printed on {@code printed}, at {@code place}. */
  private static ClaimFixture update(String printed, String saidDay, String place) {
    return killed("b", CIVILIANS, 25).saidBy("sana").by("us-led-coalition").on(printed, saidDay)
        .published(printed).at(place, "Deir ez-Zor")
        .says("The number of civilians killed in the coalition air raid on " + place + " has risen to 25 the Syrian"
            + " Arab News Agency said on " + saidDay + ".");
  }

  @Test
  void anUpdateSaidTwoDaysLaterJoinsTheRaidOnTheVillageItNames() {
    assertThat(link(raid(), update("2018-02-09", "Friday", "Ash Shafah"))).hasSize(1);
  }

  @Test
  void anUpdatePlacedOnlyInTheGovernorateDoesNotReachBack() {
    // "a village in Deir ez-Zor province" names no town the raid's reports name: within the day's slack only
    ClaimFixture province = killed("b", CIVILIANS, 25).saidBy("sana").by("us-led-coalition").on("2018-02-09", "Friday")
        .published("2018-02-09").in("Deir ez-Zor")
        .says("The number of civilians killed in the coalition air raid on a village in Deir ez-Zor province has risen"
            + " to 25 the agency said on Friday.");
    assertThat(link(raid(), province)).hasSize(2);
  }

  @Test
  void anUpdateSaidPastTheReachStaysApart() {
    // Wednesday's raid and an update said the next Monday, five days on
    assertThat(link(raid(), update("2018-02-12", "Monday", "Ash Shafah"))).hasSize(2);
  }

  @Test
  void aReportOfTheVillageThatIsNoUpdateDoesNotReachBack() {
    ClaimFixture later = killed("b", CIVILIANS, 25).saidBy("sana").by("us-led-coalition").on("2018-02-09", "Friday")
        .published("2018-02-09").at("Ash Shafah", "Deir ez-Zor")
        .says("Coalition warplanes killed 25 civilians in the village of al-Shaafa the agency said on Friday.");
    assertThat(link(raid(), later)).hasSize(2);
  }

  @Test
  void anUpdateDatedByTheDayItWasCountedJoinsTheRaid() {
    // link/written-7: "the toll from Sundays truck bomb climbed to 30 on Tuesday": the day after the update's words
    // dates the count, not the attack
    ClaimFixture counted = killed("b", CIVILIANS, 25).saidBy("sana").by("us-led-coalition").on("2018-02-09", "on Friday")
        .published("2018-02-09").at("Ash Shafah", "Deir ez-Zor")
        .says("The number of civilians killed in the coalition air raid on al-Shaafa climbed to 25 on Friday.");
    assertThat(link(raid(), counted)).hasSize(1);
  }

  @Test
  void aDayBeforeTheUpdatesWordsIsTheHarmsDay() {
    ClaimFixture harm = killed("b", CIVILIANS, 25).saidBy("sana").by("us-led-coalition").on("2018-02-09", "on Friday")
        .published("2018-02-09").at("Ash Shafah", "Deir ez-Zor")
        .says("The coalition air raid on al-Shaafa on Friday killed civilians and the toll climbed to 25.");
    assertThat(link(raid(), harm)).hasSize(2);
  }
}
