package org.tally.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tally.link.ClaimFixture.killed;
import static org.tally.model.Victims.CIVILIANS;
import static org.tally.model.Victims.PEOPLE;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tally.lexicon.Lexicons;

/**
 * Issue 13, link/written-8: a night raid told as "late on Monday night" by one outlet and "at dawn on Tuesday" by
 * another is one raid (NightEdges), while two days' raids the texts give without a night's words stay two; a toll
 * update dated only by its report's dateline reaches back to the massacre of the town it names; and a headline's toll
 * dated only by the dateline is not a day the text states (HeadlineDatelines).
 */
class Issue13NightsAndDatelinesTest {
  private final IncidentLinker linker = IncidentLinker.from(Lexicons.bundled());

  private List<Incident> link(ClaimFixture... claims) {
    return linker.link(Arrays.stream(claims).map(ClaimFixture::ref).toList());
  }

  private static ClaimFixture raid(String doc, String day, String words, String sentence) {
    return killed(doc, CIVILIANS, 8).saidBy("sohr").by("syrian-government").on(day, words)
        .published("2016-04-19").at("Kafranbel", "Idlib").says(sentence);
  }

  @Test
  void aNightRaidAndItsDawnTellingAreOneRaid() {
    assertThat(link(
        raid("a", "2016-04-18", "Monday night",
            "Regime warplanes struck the town of Kafranbel late on Monday night killing eight civilians."),
        raid("b", "2016-04-19", "Tuesday",
            "Air strikes killed eight people in the town of Kafranbel at dawn on Tuesday."))).hasSize(1);
  }

  @Test
  void raidsOnTwoStatedDaysWithoutANightsWordsStayTwo() {
    assertThat(link(
        raid("a", "2016-04-18", "Monday", "Regime warplanes struck the town of Kafranbel on Monday killing eight."),
        raid("b", "2016-04-19", "Tuesday", "Air strikes killed eight people in the town of Kafranbel on Tuesday.")))
        .hasSize(2);
  }

  /** Regime cluster bombs on Deir al-Asafir, Wednesday 20 April 2016. */
  private static ClaimFixture massacre() {
    return killed("a", CIVILIANS, 12).saidBy("etilaf").by("syrian-government").on("2016-04-20", "Wednesday")
        .published("2016-04-20").at("Dayr al 'Asafir", "Rif Dimashq")
        .says("Regime warplanes dropped cluster bombs on the town of Deir al-Asafir on Wednesday killing 12 civilians.");
  }

  private static ClaimFixture update(String dayWords) {
    return killed("b", PEOPLE, 17).datelined("2016-04-22", dayWords).published("2016-04-22")
        .at("Dayr al 'Asafir", "Rif Dimashq")
        .says("The toll of the massacre in Deir al-Asafir rose to 17 after five of the wounded died.");
  }

  @Test
  void anUpdateDatedOnlyByItsDatelineReachesBackToTheMassacreItNames() {
    assertThat(link(massacre(), update("Friday 22 April 2016"))).hasSize(1);
  }

  @Test
  void anUpdateWhoseSentenceGivesItsHarmsDayDoesNotReachBack() {
    ClaimFixture stated = killed("b", PEOPLE, 17).on("2016-04-22", "on Friday").published("2016-04-22")
        .at("Dayr al 'Asafir", "Rif Dimashq")
        .says("Air strikes on Deir al-Asafir on Friday killed more people and the toll rose to 17.");
    assertThat(link(massacre(), stated)).hasSize(2);
  }

  /** Barrel bombs on Hass, Tuesday 9 May 2017, and a headline printed the next day. */
  private static ClaimFixture barrels() {
    return killed("a", CIVILIANS, 9).saidBy("etilaf").by("syrian-government").on("2017-05-09", "Tuesday")
        .published("2017-05-09").at("Has", "Idlib")
        .says("Regime helicopters dropped barrel bombs on the village of Hass on Tuesday which killed nine civilians.");
  }

  @Test
  void aHeadlinesTollDatedOnlyByTheDatelineJoinsTheDayBeforesAttack() {
    ClaimFixture headline = killed("b", PEOPLE, 10).by("syrian-government").section("title")
        .datelined("2017-05-10", "Wednesday 10 May 2017").published("2017-05-10").in("Idlib")
        .says("Regime raids kill 10 in Idlib village");
    assertThat(link(barrels(), headline)).hasSize(1);
  }

  @Test
  void aBodysSentenceDatedByTheDatelineStaysItsOwnDay() {
    ClaimFixture body = killed("b", PEOPLE, 10).by("syrian-government")
        .datelined("2017-05-10", "Wednesday 10 May 2017").published("2017-05-10").in("Idlib")
        .says("Regime raids killed 10 people in an Idlib village.");
    assertThat(link(barrels(), body)).hasSize(2);
  }
}
