package org.tally.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tally.analysis.Analyser;
import org.tally.lexicon.Lexicons;
import org.tally.model.Document;
import org.tally.model.Metadata;

/**
 * A monitor's toll of one attack on several villages, told village by village ("In Ibleen, ... In Balyun, ..."), and
 * of dead of the same attack a second sentence adds ("were also killed in the attack").
 */
class VillagesOfOneAttackTest {
  private static final Analyser ANALYSER = Analyser.from(Lexicons.bundled());

  private static Integer toll(String text) {
    return ANALYSER.analyse(new Document("d", "d.txt", text, new Metadata(null, null, null, "2023-03-04")))
        .mainIncident().killedMin();
  }

  @Test
  void theDeadOfEachShelledVillageAddUp() {
    assertThat(toll("Shelling on Jabal al-Zawiya\n\nRegime forces shelled the villages of Ibleen, Balyun and Fatira in"
        + " southern Idlib on Friday. In Ibleen, two fighters were killed when a shell struck their post. In Balyun, an"
        + " elderly man was killed while working in his field.")).isEqualTo(3);
    assertThat(toll("Gunmen attack villages\n\nArmed men attacked the villages of Koutougou and Dambam on Friday night."
        + " Local sources said seven people were killed in Koutougou and four in Dambam.")).isEqualTo(11);
  }

  @Test
  void aLeadThatCountsTheVillagesDeadHoldsTheirToll() {
    // near miss: the attack's own sentence counts its dead; the next tells of strikes on another neighbourhood
    assertThat(toll("Russian jets bomb rural Aleppo\n\nRussian jets on Monday bombed the towns of Anadan and Huraytan"
        + " in rural Aleppo, killing at least 21 civilians. Five civilians of one family were killed in Russian"
        + " airstrikes on a neighbourhood of Aleppo on Monday.")).isEqualTo(21);
  }

  @Test
  void anAccomplicesDeathIsNoMoreVictims() {
    assertThat(toll("Suicide bomber kills four\n\nA suicide bomber killed four people in a hospital on Sunday. The"
        + " passenger, likely an accomplice, also died in the blast.")).isEqualTo(4);
  }

  @Test
  void deadOfAnAttackDaysApartStayOut() {
    assertThat(toll("Shelling on Tal Tamr\n\nTurkish forces shelled villages in the Tal Tamr countryside on Monday. Two"
        + " children were killed when a shell hit their home. The shelling came a day after air strikes that killed 31"
        + " people across northern Syria.")).isEqualTo(2);
  }

  @Test
  void withoutAnAttackOnVillagesTwoPlacesStayApart() {
    // near miss: no attack on several villages; the second sentence tells of another place
    assertThat(toll("Shelling on Ibleen\n\nRegime forces shelled the village of Ibleen in southern Idlib on Friday. In"
        + " Ibleen, two fighters were killed when a shell struck their post. In Balyun, an elderly man was killed while"
        + " working in his field.")).isEqualTo(2);
  }

  @Test
  void moreDeadAlsoKilledInTheAttackAddToTheToll() {
    assertThat(toll("Ambush in the Badia\n\nISIS cells ambushed a military bus near al-Sukhnah on Friday, killing seven"
        + " soldiers. Two officers who were travelling with them were also killed in the attack.")).isEqualTo(9);
    // near miss: "also killed" of several with no tie to the attack tells of other fronts as often
    assertThat(toll("Ambush in the Badia\n\nISIS cells ambushed a military bus near al-Sukhnah on Friday, killing seven"
        + " soldiers. Two officers were also killed near Palmyra.")).isEqualTo(7);
  }
}
