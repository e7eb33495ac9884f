package org.tally.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tally.analysis.Analyser;
import org.tally.lexicon.Lexicons;
import org.tally.model.Document;
import org.tally.model.Metadata;

/**
 * Issue 13: the governorate an article's headline (or, without a title, its opening sentence) names is where its
 * event is; a roundup's later paragraph about another governorate is not its lead.
 */
class HeadlinePlaceTest {
  private static final Analyser ANALYSER = Analyser.from(Lexicons.bundled());

  private static MainIncident main(String text) {
    return ANALYSER.analyse(new Document("d", "d.txt", text, new Metadata(null, null, null, "2016-10-30")))
        .mainIncident();
  }

  @Test
  void aRoundupsParagraphAboutAnotherGovernorateIsNotTheLead() {
    MainIncident incident = main("Army retakes a town in the Hama countryside and advances on other fronts.\n\n"
        + "Army units on Sunday regained control of the town after fierce clashes with terrorists.\n\n"
        + "In Daraa, army units shelled terrorist positions in Daraa countryside, killing 12 terrorists.");
    assertThat(incident.location().admin1()).isEqualTo("Hama");
    assertThat(incident.killedMin()).isNull();
  }

  @Test
  void theHeadlinesGovernoratesClaimLeadsOverAnEarlierOneElsewhere() {
    MainIncident incident = main("Rebel rockets kill civilians in Aleppo.\n\n"
        + "A car bomb in Daraa killed three soldiers on Saturday, the army said.\n\n"
        + "Rebel rockets killed 15 civilians in western Aleppo on Sunday, a monitor said.");
    assertThat(incident.location().admin1()).isEqualTo("Aleppo");
    assertThat(incident.killedMin()).isEqualTo(15);
  }

  @Test
  void aHeadlineThatNamesTwoGovernoratesChoosesNone() {
    // near miss: "Damascus, Aleppo" says where two attacks were, not where the lead is
    MainIncident incident = main("Terrorist attacks kill civilians in Hama and Aleppo.\n\n"
        + "A car bomb in Hama killed three civilians on Saturday, police said.\n\n"
        + "Rockets killed 15 civilians in western Aleppo on Sunday, a monitor said.");
    assertThat(incident.location().admin1()).isEqualTo("Hama");
    assertThat(incident.killedMin()).isEqualTo(3);
  }

  @Test
  void aHeadlineWithoutAGovernorateLeavesTheFirstClaimTheLead() {
    // near miss: a headline naming only the country does not move the lead
    MainIncident incident = main("Bombings kill civilians across Syria.\n\n"
        + "A car bomb in Daraa killed three soldiers on Saturday, the army said.\n\n"
        + "Rockets killed 15 civilians in western Aleppo on Sunday, a monitor said.");
    assertThat(incident.location().admin1()).isEqualTo("Daraa");
    assertThat(incident.killedMin()).isEqualTo(3);
  }
  @Test
  void aCapitalNamedAsItsGovernmentIsNoHeadlinePlace() {
    // near miss: "Damascus blames" names the government, not where the rockets fell
    MainIncident incident = main("Damascus blames rebels for deadly rockets.\n\n"
        + "Rockets killed 15 civilians in western Aleppo on Sunday, a monitor said.");
    assertThat(incident.location().admin1()).isEqualTo("Aleppo");
    assertThat(incident.killedMin()).isEqualTo(15);
  }

  @Test
  void aHeadlinesCapitalStandsForTheLandAroundIt() {
    // "near Damascus" lies in Rif Dimashq, the governorate around the city the headline names: still its event
    MainIncident incident = main("Israeli missile strikes on Damascus.\n\n"
        + "Israeli missile strikes on positions near Damascus killed five people on Sunday, a monitor said.");
    assertThat(incident.killedMin()).isEqualTo(5);
    assertThat(incident.location().admin1()).isEqualTo("Rif Dimashq");
  }

  @Test
  void anotherGovernorateThanTheOneAroundTheCapitalIsStillElsewhere() {
    // near miss: Homs is not around Damascus, so a Homs claim is not the headline's event
    MainIncident incident = main("Israeli missile strikes on Damascus.\n\n"
        + "A car bomb in Homs killed five people on Sunday, a monitor said.");
    assertThat(incident.killedMin()).isNull();
  }

  @Test
  void aHeadlinesTownLeadsOverAnotherTownOfItsGovernorate() {
    // a roundup's first incident at another town of the governorate is not the headline's event
    MainIncident incident = main("Drone strike on Sarmada\n\nRegime shelling killed a woman in Ariha on Sunday. Later, "
        + "a drone strike on a car in Sarmada killed two men.");
    assertThat(incident.killedMin()).isEqualTo(2);
    assertThat(incident.location().name()).isEqualTo("Sarmada");
  }

  @Test
  void aHeadlinesTownWithNoDeadThereLeavesTheFirstIncident() {
    // near miss: nothing is counted at the headline's town, so the body's first incident still leads
    MainIncident incident = main("Drone strike on Sarmada\n\nRegime shelling killed a woman in Ariha on Sunday. Later, "
        + "a drone struck a car in Sarmada, wounding two men.");
    assertThat(incident.killedMin()).isEqualTo(1);
  }
}
