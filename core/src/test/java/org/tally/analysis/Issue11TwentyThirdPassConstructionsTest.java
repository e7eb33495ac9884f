package org.tally.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.tally.event.MainIncident;
import org.tally.lexicon.Lexicons;
import org.tally.lexicon.RuleFiles;

/**
 * Constructions of the twenty-third fresh sample of issue 11 (fresh-documents/twenty-third-report-*: monitor reports of
 * 2021-2024 in styles earlier passes used least), each in sentences of our own with near misses that must not fire: a
 * periodic report's highlighted incident under its heading, a lead sentence's own total, the next ordinal as one more
 * dead, a monitor's own earlier report corrected, a headline around a city over a claim in the city, an incident sheet's
 * field lines.
 */
class Issue11TwentyThirdPassConstructionsTest {
  private static final ReleaseReadings READ = new ReleaseReadings(Lexicons.bundled().layered(RuleFiles.QUANTIFIERS,
      Path.of("../examples/isaf-quantities.tsv")));

  private static String report(String headline, String body) {
    return headline + "\n\nHama, 14 March 2023\n\n" + body;
  }

  private static MainIncident main(String text) {
    return READ.analyse(text).mainIncident();
  }

  private static Integer toll(String text) {
    return main(text).killedMin();
  }

  @Test
  void theIncidentUnderAFocusHeadingIsThePeriodicReportsMainOne() {
    assertThat(toll("Civilian harm summary - October 2022\n\nOverview\n- 23 civilians killed and 40 injured in 31"
        + " incidents\n- 6 civilians killed by drone strikes\n\nIncident of the month\nOn 9 October, a bomb hidden in a"
        + " cart went off in a market in Baquba, killing four civilians and injuring eleven.")).isEqualTo(4);
    assertThat(toll("Monthly summary - June 2023\n\nIn June, the group documented 14 civilian casualties in the"
        + " governorate, among them 6 deaths.\n\nHighlighted incident: On 18 June, a drone struck a wedding in a village"
        + " west of the city, killing three civilians and injuring eight.")).isEqualTo(3);
    // near miss: the words in running prose are no heading
    assertThat(toll("Monthly summary - June 2023\n\nIn June, the group documented the killing of 14 civilians in the"
        + " governorate. The highlighted incident of the month, a drone strike on a wedding, killed three.")).isEqualTo(14);
    // near miss: a heading with no harm told after it leaves the choice as it was
    assertThat(toll("Monthly summary - June 2023\n\nOn 18 June, a drone struck a wedding west of the city, killing"
        + " three civilians.\n\nIncident in focus\nThe group is still gathering testimonies.")).isEqualTo(3);
  }

  @Test
  void aTotalTheLeadSentenceGivesIsItsToll() {
    assertThat(toll(report("Clashes west of Manbij", "Clashes broke out west of Manbij on Tuesday. Six members of the"
        + " factions and four fighters of the council were killed, as well as a civilian who was hit by a shell,"
        + " raising the total number of dead to eleven."))).isEqualTo(11);
    assertThat(toll(report("Clashes west of Manbij", "Clashes broke out west of Manbij on Tuesday. Three soldiers and"
        + " two gunmen were killed, bringing the death toll to seven."))).isEqualTo(7);
    // near miss: a toll of something wider than the sentence's dead
    assertThat(toll(report("Clashes west of Manbij", "Clashes broke out west of Manbij on Tuesday. Five soldiers and"
        + " three militants were killed, raising the toll of the week's fighting to 40."))).isEqualTo(8);
  }

  @Test
  void theNextOrdinalAfterTheTollIsOneMoreDead() {
    assertThat(toll(report("Gunmen open fire on a minibus", "Gunmen open fire on a minibus carrying workers near"
        + " Sukhnah on Friday. Four of the workers die at the scene and a fifth dies on the way to the hospital.")))
        .isEqualTo(5);
    assertThat(toll(report("Ambush on a bus in the desert", "Twelve soldiers were killed when gunmen ambushed a bus"
        + " near Palmyra on Wednesday. A thirteenth soldier died of his wounds in hospital on Thursday.")))
        .isEqualTo(13);
    // near miss: the ordinal's person was wounded, not killed
    assertThat(toll(report("Ambush on a bus in the desert", "Four soldiers were killed when gunmen ambushed a bus near"
        + " Palmyra on Wednesday, and a fifth was wounded."))).isEqualTo(4);
    // near miss: an ordinal that is not the next after the toll adds no one
    assertThat(toll(report("Ambush on a bus in the desert", "Twelve soldiers were killed when gunmen ambushed a bus"
        + " near Palmyra on Wednesday. A fifth soldier died of his wounds in hospital on Thursday."))).isEqualTo(12);
  }

  @Test
  void aMonitorsOwnEarlierReportGivesWayToTheConfirmedToll() {
    assertThat(toll(report("Correction: shelling of Ariha", "In yesterday's report we said that eight civilians were"
        + " killed in shelling on Ariha. After checking with the hospital, the confirmed toll is five civilians"
        + " killed."))).isEqualTo(5);
    assertThat(toll(report("Update: shelling of Ariha", "Yesterday we reported that eight civilians were killed in"
        + " shelling on Ariha. The hospital has since confirmed that six civilians died."))).isEqualTo(6);
    // near miss: the earlier report alone keeps its figure
    assertThat(toll(report("Shelling of Ariha", "Yesterday we reported that eight civilians were killed in shelling"
        + " on Ariha."))).isEqualTo(8);
  }

  @Test
  void aHeadlineAroundACityTakesTheCitysClaims() {
    MainIncident strike = main("Israeli strikes on positions south of Damascus\n\n19 February 2023\n\nIsraeli missiles"
        + " hit a building in the Kafr Sousa neighbourhood shortly after midnight. State media said that two soldiers"
        + " were killed.");
    assertThat(strike.killedMin()).isEqualTo(2);
    // near miss: a claim of another governorate is still no lead of a headline placed around Damascus
    assertThat(toll("Israeli strikes on positions south of Damascus\n\n19 February 2023\n\nIsraeli missiles hit"
        + " positions south of Damascus shortly after midnight. In Aleppo, shelling killed two soldiers on Sunday."))
        .isNull();
  }

  @Test
  void anIncidentSheetsFieldLinesAreSentencesOfTheirOwn() {
    assertThat(toll("Event summary: ambush near Boni\n\nDate: 2 September 2022\nLocation: between Boni and Hombori,"
        + " Mopti region, Mali\nActors: JNIM; Malian Armed Forces (FAMa)\nEvent type: ambush with an explosive device"
        + " and small arms fire\nDeaths: 6 (five soldiers, one civilian driver)\nInjured: not known\n\nNotes: The convoy"
        + " was carrying fuel to the army's camp.")).isEqualTo(6);
    // near miss: a line of prose that runs on into the next is read as one sentence with it
    assertThat(toll("Ambush near Boni\n\n2 September 2022\n\nMilitants ambushed an army convoy between Boni and\n"
        + "Hombori in the Mopti region on Friday, killing six soldiers and a civilian\ndriver, local sources said."))
        .isEqualTo(7);
  }
}
