package org.tally.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tally.analysis.Analyser;
import org.tally.lexicon.Lexicons;
import org.tally.model.ClaimPlace;
import org.tally.model.Document;
import org.tally.model.Metadata;

/**
 * Issue 13 (place16): a main incident placed only at its governorate ("in Idlib province"), a part of it named for it
 * ("rural Aleppo") or near its seat ("near the capital Damascus") is placed at the first town of that governorate its
 * lead sentence or the next two sentences name as a place of harm; not at a town of another governorate, one a later
 * sentence tells of another incident at, one something belongs to ("the council of the city of X"), nor beyond a lead
 * spread over the country.
 */
class TownOfTheLeadTest {
  private static final Analyser ANALYSER = Analyser.from(Lexicons.bundled());

  private static ClaimPlace place(String text) {
    return ANALYSER.analyse(new Document("d", "d.txt", text, new Metadata(null, null, null, "2016-10-30")))
        .mainIncident().location();
  }

  private static String where(String text) {
    ClaimPlace at = place(text);
    return at.name() + " / " + at.admin1();
  }

  @Test
  void theNextSentenceNamesTheTownOfTheProvince() {
    assertThat(where("An air strike killed 18 civilians in Idlib province on Saturday, a monitor said. The monitor"
        + " raised its toll for the strike on Saraqeb after three of the wounded died.")).contains("Idlib")
        .doesNotStartWith("Idlib");
  }

  @Test
  void theLeadsOwnSentenceNamesTheTown() {
    assertThat(where("Barrel bombs killed 12 people in rural Aleppo on Sunday when they hit a market in the town of"
        + " Atareb, activists said.")).endsWith("/ Aleppo").doesNotStartWith("rural");
  }

  @Test
  void nearTheCapitalThenTheTown() {
    assertThat(where("Air strikes on a rebel-held area near Damascus killed 22 civilians on Monday, a monitor said."
        + " Most of the dead were in Douma, the monitor said.")).isEqualTo("Duma / Rif Dimashq");
  }

  @Test
  void aTownOfAnotherGovernorateLeavesTheProvince() {
    // near miss: Palmyra is in Homs; the lead stays at Hama province
    assertThat(where("Clashes killed 20 soldiers in Hama province on Friday, the army said. The militants had come"
        + " in from Palmyra.")).isEqualTo("Hama / Hama");
  }

  @Test
  void aSeparateAttackInTheNextSentenceIsNotTheLeadsTown() {
    // near miss: "separate" tells of another incident
    assertThat(where("Air strikes killed 15 people in Idlib province on Tuesday, a monitor said. Separate strikes on"
        + " Saraqeb killed four more.")).isEqualTo("Idlib / Idlib");
  }

  @Test
  void aTownSomethingBelongsToIsNotWhereTheHarmWas() {
    // near miss: the council of Afrin reported the strike; the village it hit is unnamed
    assertThat(where("Six people were killed in an air strike on a village in Aleppo province on Monday. The report"
        + " came from the local council of the Syrian city of Afrin.")).isEqualTo("Aleppo / Aleppo");
  }

  @Test
  void anAreaNamedForATownKeepsItsPlace() {
    // near miss: "the al-Rastan region" already says where; a town of Homs named next is not narrower
    assertThat(where("Troops killed 11 militants in the al-Rastan region on Sunday, a source said. Jets also"
        + " struck positions in Jubb al-Jarrah in eastern Homs.")).doesNotContain("Jubb");
  }
}
