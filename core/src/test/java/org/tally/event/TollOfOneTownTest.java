package org.tally.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tally.analysis.Analyser;
import org.tally.lexicon.Lexicons;
import org.tally.model.Document;
import org.tally.model.Metadata;

/**
 * A lead sentence that counts the dead of two towns tells of two incidents: the main incident's toll is the lead's
 * town's, not the two added up ("too high" on a monitor's reports). The dead of one town add up, whatever victims.
 */
class TollOfOneTownTest {
  private static final Analyser ANALYSER = Analyser.from(Lexicons.bundled());

  private static MainIncident main(String text) {
    return ANALYSER.analyse(new Document("d", "d.txt", text, new Metadata(null, null, null, "2022-03-02")))
        .mainIncident();
  }

  @Test
  void twoTownsOfOneGovernorateAreTwoIncidents() {
    MainIncident incident = main("Attacks in Daraa\n\nIn separate incidents on Sunday, two civilians were killed by "
        + "gunmen in Daraa city and three soldiers were killed by a roadside bomb near Busra al-Harir.");
    assertThat(incident.killedMin()).isEqualTo(2);
  }

  @Test
  void theVictimsOfOneTownAddUp() {
    // near miss: a woman and two soldiers killed in one town are one incident's dead
    MainIncident incident = main("Shelling on Sarmin\n\nShelling on Sarmin killed a woman and two soldiers on Sunday.");
    assertThat(incident.killedMin()).isEqualTo(3);
  }

  @Test
  void kinAfterHisHerOrTheirAddUp() {
    // "their three children" are others than "a man, his wife": five dead, as a coder counts them
    assertThat(main("Airstrike on Bara\n\nA Russian airstrike on a house in Bara killed a man, his wife and their "
        + "three children on Saturday.").killedMin()).isEqualTo(5);
    assertThat(main("Airstrike on Bara\n\nAn airstrike on Bara killed a woman and her two daughters on Saturday.")
        .killedMin()).isEqualTo(3);
  }

  @Test
  void kinWhoseCountOpensWithHisHerOrTheirAddUp() {
    // wars17's check: the count "his wife and their son" opens with the possessive: three dead, not two
    assertThat(main("Gunmen kill farmer and family\n\nGunmen stormed a house in the village of Albu Bali on Wednesday"
        + " night and shot dead a farmer, Hamid Kazem, 55, his wife and their son, 19, local officials said.")
        .killedMin()).isEqualTo(3);
  }

  @Test
  void onePersonIsNoWholeOfAGroupBesideIt() {
    // wars17's check: "a man" counted as people beside three children is one more, not the whole
    // (the man dies in Kansafra: "al-Bara", read since place20 as Idlib's Barah, is another town, whose dead are not
    // the lead town's)
    assertThat(main("Regime rockets on Kansafra\n\nRegime forces fired rockets at the villages of Kansafra and al-Bara"
        + " on Thursday morning. Three children were killed in Kansafra, and a man died of his wounds in Kansafra hours"
        + " later.").killedMin()).isEqualTo(4);
  }

  @Test
  void onePersonKilledAsWellAddsToTheLeadsToll() {
    // wars17's check: the driver "was killed as well" in the next sentence is one more of the same strike
    assertThat(main("Turkish drone kills two SDF fighters in Kobani\n\nA Turkish drone targeted a car on the outskirts of"
        + " Kobani city on Friday, killing two SDF fighters. The car's driver, a civilian, was killed as well, and a"
        + " child walking nearby was wounded.").killedMin()).isEqualTo(3);
  }

  @Test
  void kinNestedInAWholeAreNotAddedAgain() {
    // near miss: "including" puts the woman and her daughters inside the 12
    assertThat(main("Airstrike on Bara\n\nThe strike on Bara killed 12 people on Saturday, including a woman and her "
        + "two daughters.").killedMin()).isEqualTo(12);
  }
  @Test
  void singlePersonsOfOneSentenceAddUp() {
    // one person is no whole a child is inside: "a man and a child" are two, in prose and in a headline
    assertThat(main("Shelling on Kansafra\n\nA man and a child were killed in shelling on Kansafra on Monday, "
        + "rescuers said.").killedMin()).isEqualTo(2);
    assertThat(main("Man and boy killed in shelling\n\nShelling hit the village of Kansafra on Monday, rescuers "
        + "said.").killedMin()).isEqualTo(2);
    // near miss: a whole of more than one holds its children
    assertThat(main("Shelling on Kansafra\n\nShelling on Kansafra killed three people on Monday, including a child, "
        + "rescuers said.").killedMin()).isEqualTo(3);
  }
}
