package org.tally.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tally.link.ClaimFixture.killed;
import static org.tally.model.Victims.CHILDREN;
import static org.tally.model.Victims.CIVILIANS;
import static org.tally.model.Victims.PEOPLE;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tally.lexicon.Lexicons;

/**
 * Issue 13, ninth pool: background figures that are no incident's count (the war's toll, a toll dated only by its
 * year) must not join the incidents of the days inside their time; a past attack recalled by its year and its kind,
 * and a first count "in Syria" that later rose, still join.
 */
class PeriodAndWarTollLinkingTest {
  private final IncidentLinker linker = IncidentLinker.from(Lexicons.bundled());

  private List<Incident> link(ClaimFixture... claims) {
    return linker.link(Arrays.stream(claims).map(ClaimFixture::ref).toList());
  }

  private static List<String> docsWith(List<Incident> incidents, String doc) {
    return incidents.stream().filter(i -> i.claims().stream().anyMatch(c -> c.doc().equals(doc)))
        .flatMap(i -> i.claims().stream().map(ClaimRef::doc)).distinct().sorted().toList();
  }

  @Test
  void aTollDatedOnlyByAYearJoinsNoDayOfThatYear() {
    // the war's toll "since it began in 2011" is dated 2011 by its sentence: it is not the shelling of one town that June
    List<Incident> incidents = link(
        killed("a", CIVILIANS, 60).by("syrian-government").during("2011-06-01", "2011-06-30").at("Hama", "Hama")
            .says("In June activists said security forces killed at least 60 protesters in the city."),
        killed("b", PEOPLE, 230000).by(null).during("2011-01-01", "2011-12-31").inCountry("SY")
            .says("At least 230,000 people have been killed in the conflict which began in 2011."));
    assertThat(docsWith(incidents, "b")).containsExactly("b");
    // "earlier this year" in a province is no day's headline there, when the headline names no kind of attack
    incidents = link(
        killed("a", PEOPLE, 51).by(null).on("2017-04-25").published("2017-04-25").in("Aleppo")
            .says("51 martyrs escorted from the military hospital in the city."),
        killed("b", CIVILIANS, 24).by("syrian-government").during("2017-01-01", "2017-11-14").in("Aleppo")
            .says("Dozens of civilians were killed in air strikes in the province earlier this year."));
    assertThat(docsWith(incidents, "b")).containsExactly("b");
  }

  @Test
  void aPastAttackRecalledByItsYearAndItsKindStillJoinsIt() {
    // near miss: "the 2013 gas attack" names the kind of attack the day's reports name
    List<Incident> incidents = link(
        killed("a", PEOPLE, 1300).by("syrian-government").on("2013-08-21", "Wednesday").published("2013-08-21")
            .in("Rif Dimashq").says("A chemical attack killed 1300 people in the suburbs on Wednesday, the opposition said."),
        killed("b", PEOPLE, 1400).by("syrian-government").during("2013-01-01", "2013-12-31").in("Rif Dimashq")
            .says("The 2013 gas attack on the suburbs killed more than 1,400 people."));
    assertThat(docsWith(incidents, "b")).containsExactly("a", "b");
    // and a past attack dated by its month is dated as before: "in early April" joins the attack of 4 April
    incidents = link(
        killed("a", CIVILIANS, 58).by("syrian-government").on("2017-04-04", "Tuesday").published("2017-04-04")
            .in("Idlib").says("A chemical attack on the town killed 58 civilians on Tuesday."),
        killed("b", CIVILIANS, 88).by(null).during("2017-04-01", "2017-04-30").in("Idlib")
            .says("In early April at least 88 civilians were killed in an attack on the town."));
    assertThat(docsWith(incidents, "b")).containsExactly("a", "b");
  }

  @Test
  void theWarsTollPlacedOnlyInTheCountryJoinsNoIncidentOfItsDay() {
    // printed the same day, with no time of its own: the report's day, like the strike it sits beside
    List<Incident> incidents = link(
        killed("a", CIVILIANS, 19).by("russia").on("2016-08-10", "Wednesday").published("2016-08-10")
            .in("Deir ez-Zor").says("At least 19 civilians were killed in Russian airstrikes on the village."),
        killed("b", CIVILIANS, 20).by("russia").guessed("2016-08-09", "2016-08-10").in("Deir ez-Zor")
            .says("Over 20 civilians were killed in Russian airstrikes on the village."),
        killed("c", PEOPLE, 470000).by(null).guessed("2016-08-09", "2016-08-10").inCountry("SY")
            .says("A research centre puts the death toll from the six-year conflict at more than 470,000 people."));
    assertThat(docsWith(incidents, "a")).containsExactly("a", "b");
    assertThat(docsWith(incidents, "c")).containsExactly("c");
    // parts of a toll count too: two children killed by a rocket are not the war's 470,000
    incidents = link(
        killed("a", CHILDREN, 2).by("syrian-opposition").guessed("2016-11-12", "2016-11-13").at("Aleppo", "Aleppo")
            .says("Two children were killed when a rocket shell hit the neighbourhood."),
        killed("c", PEOPLE, 470000).by(null).guessed("2016-11-12", "2016-11-13").inCountry("SY")
            .says("The toll of the six-year conflict has passed 470,000 people."));
    assertThat(docsWith(incidents, "c")).containsExactly("c");
  }

  @Test
  void aFirstCountInTheCountryStillJoinsTheTollItRoseTo() {
    // near miss: "a car bomb killed 20 in Syria" and the 126 counted later in the province are one bombing
    List<Incident> incidents = link(
        killed("a", PEOPLE, 126).by(null).on("2017-04-15", "Saturday").published("2017-04-16").in("Aleppo")
            .says("At least 126 people were killed on Saturday in a car bomb attack on buses in the province."),
        killed("b", PEOPLE, 20).by(null).guessed("2017-04-14", "2017-04-15").inCountry("SY")
            .says("A car bomb killed at least 20 people in Syria, state television said."));
    assertThat(docsWith(incidents, "b")).containsExactly("a", "b");
  }
}
