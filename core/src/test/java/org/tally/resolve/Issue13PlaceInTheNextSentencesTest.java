package org.tally.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tally.model.Claim;

/**
 * Issue 13: an incident's place given only in a neighbouring sentence. A claim whose sentence names no place takes
 * the place the next sentences name, used there as a place; among them, a sentence that gives the count again says
 * where before one that tells of something else.
 */
class Issue13PlaceInTheNextSentencesTest {
  private static final LocalDate PUBLISHED = LocalDate.of(2016, 7, 2);
  /** Far from the claim, other governorates: the document is not plainly about one, so its focus does not place it. */
  private static final String ELSEWHERE = (" Officials gave no further details about the attack or about who had"
      + " carried it out.").repeat(5) + " Shelling also hit Hama and Deir Ezzor.";

  private static Claim first(String body) {
    return ResolvedBody.first(body, PUBLISHED);
  }

  @Test
  void aTownNamedOnlyInTheNextSentenceIsWhereTheIncidentHappened() {
    Claim claim = first("Thirty civilians were killed on Saturday in heavy air strikes on a suburb town northeast of"
        + " the capital, a monitor said. The raids targeted a clinic and a school in Jayrud town, residents said."
        + ELSEWHERE);
    assertThat(claim.location().admin1()).isEqualTo("Rif Dimashq");
  }

  @Test
  void aVillageNamedAfterTheNextSentenceStillCounts() {
    Claim claim = first("Eleven people were killed when a bomb went off at a busy crossroads on Friday. Police"
        + " cordoned off the area. The blast hit the centre of the town of Azaz near the border." + ELSEWHERE);
    assertThat(claim.location().admin1()).isEqualTo("Aleppo");
  }

  @Test
  void aCapitalThatStandsForItsGovernmentInTheNextSentenceIsNoPlace() {
    Claim claim = first("The toll from the suspected gas attack on a rebel-held town has risen to 86, a monitor said"
        + " on Wednesday. Moscow defended its Damascus ally at the United Nations." + " Diplomats argued for hours"
        + " over the wording of a draft resolution that would condemn the attack.".repeat(4) + " Rebels vowed revenge"
        + " for the strike on the town of Khan Sheikhun in Idlib province.");
    assertThat(claim.location().admin1()).isNotEqualTo("Damascus");
  }

  @Test
  void aPlaceMoreThanTwoSentencesOnIsNotTheIncidentsPlace() {
    String filler = " Officials gave no further details about the attack or about who had carried it out.".repeat(5);
    Claim claim = first("Nine people were killed when a bomb went off at a busy crossroads on Friday." + filler
        + " Elsewhere, shelling hit the towns of Azaz and Saraqib.");
    assertThat(claim.location().admin1()).isNull();
  }

  @Test
  void theSentenceThatGivesTheCountAgainSaysWhereBeforeAnEarlierOne() {
    Claim claim = first("At least four people were killed in air strikes in Syria on Friday, rescuers said. A mosque"
        + " north of Hama was also destroyed. An official said four civilians were killed in a strike that hit the"
        + " town of Sarmin.");
    assertThat(claim.location().admin1()).isEqualTo("Idlib");
  }

  @Test
  void withoutTheCountAgainTheFirstPlaceOfTheNextSentencesHolds() {
    Claim claim = first("At least four people were killed in air strikes in Syria on Friday, rescuers said. A mosque"
        + " north of Hama was also destroyed. An official said the strikes also hit the town of Sarmin.");
    assertThat(claim.location().admin1()).isEqualTo("Hama");
  }

  @Test
  void anIncidentWhoseSentenceNamesTheWarStillTakesTheTownTheNextSentencesName() {
    Claim claim = first("A suicide bomber killed five people at a clinic on Sunday in an attack that brought Syria's"
        + " civil war to the president's home town for the first time. Guards closed the roads. The blast hit the"
        + " car park of the clinic in the town of Qardaha, the monitor said." + ELSEWHERE);
    assertThat(claim.location().admin1()).isEqualTo("Latakia");
  }

  @Test
  void aPlaceInTheNextSentencesOwnTollIsThatTollsPlace() {
    Claim claim = first("A monitoring group estimates that more than 8,000 civilians have been killed in the raids."
        + " Another report found that strikes killed more than 1,600 civilians in the city of Raqqa." + ELSEWHERE);
    assertThat(claim.location().admin1()).isNotEqualTo("Ar-Raqqah");
  }

  @Test
  void aHarmSpreadOverTheCountryTakesNoTownOfTheNextSentences() {
    Claim claim = first("Government raids killed 45 fighters across the country on Tuesday, the ministry said. Jets"
        + " struck hideouts in the town of Azaz and several villages." + ELSEWHERE);
    assertThat(claim.location() == null ? null : claim.location().span()).isNull();
    Claim nationwide = first("Clashes killed 40 people nationwide on Friday. The worst fighting was in the town of"
        + " Jisr al-Shughur." + ELSEWHERE);
    assertThat(nationwide.location() == null ? null : nationwide.location().span()).isNull();
  }

  @Test
  void aHarmAcrossABorderOrAStreetIsNoSpread() {
    // near misses: "across" alone spreads nothing
    Claim claim = first("Shells fired across the border killed 12 people on Tuesday, residents said. They fell on"
        + " the town of Azaz." + ELSEWHERE);
    assertThat(claim.location().admin1()).isEqualTo("Aleppo");
  }

  @Test
  void theHarmsOfOneSentenceShareThePlaceTheTextGivesItsFirst() {
    String body = "At least four people were killed and 11 others were injured in air strikes in Syria on Friday."
        + " A mosque was also destroyed by air strikes north of Hama. An official in Idlib said four civilians were"
        + " killed.";
    List<Claim> claims = ResolvedBody.claims(body, PUBLISHED);
    assertThat(claims).filteredOn(c -> c.evidence().start() == 0).hasSize(2)
        .allSatisfy(c -> assertThat(c.location().admin1()).isEqualTo("Idlib"));
  }
}
