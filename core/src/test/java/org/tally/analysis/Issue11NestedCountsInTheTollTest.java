package org.tally.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tally.lexicon.Lexicons;
import org.tally.model.Document;

/** A count of the dead nested in an earlier one of its sentence ("including nine civilians") never adds to the toll. */
class Issue11NestedCountsInTheTollTest {
  private static MainIncidentToll toll(String body) {
    String text = "Incident report\n\nMarch 3, 2022\n\n" + body + "\n";
    var incident = Analyser.from(Lexicons.bundled()).analyse(new Document("t", "t.txt", text, null)).mainIncident();
    return new MainIncidentToll(incident.killedMin(), incident.killedMax());
  }

  record MainIncidentToll(Integer min, Integer max) {}

  @Test
  void civiliansIncludedInARisenTollAreInsideIt() {
    assertThat(toll("The death toll of the clashes between local gunmen and regime forces in the city of Daraa has risen"
        + " to 27, including nine civilians.")).isEqualTo(new MainIncidentToll(27, 27));
  }

  @Test
  void fightersAmongThemAreInsideTheDead() {
    assertThat(toll("Twelve people were killed in the strikes on the town on Monday, among them four fighters."))
        .isEqualTo(new MainIncidentToll(12, 12));
  }

  @Test
  void twoGroupsSideBySideStillAddUp() {
    assertThat(toll("The strike killed five civilians and three soldiers near the town on Monday."))
        .isEqualTo(new MainIncidentToll(8, 8));
  }

  @Test
  void aCombinedCountOfDeadAndWoundedIsNoToll() {
    assertThat(toll("The shelling left 60 dead and wounded in the town on Monday."))
        .isEqualTo(new MainIncidentToll(null, null));
  }

  @Test
  void theDeadToldBesideTheCasualtiesAreTheToll() {
    assertThat(toll("A car bomb caused at least 15 casualties in the town on Sunday; six people were killed and the"
        + " others wounded.")).isEqualTo(new MainIncidentToll(6, 6));
  }

  @Test
  void aLeadCountingChildrenIsToldWholeWhereTheyAreAmongEveryone() {
    assertThat(toll("Nearly 40 children were among those killed when a car bomb hit a bus station in the town on"
        + " Tuesday. At least 38 children were among the 91 people killed in the blast, the monitor said."))
        .isEqualTo(new MainIncidentToll(91, 91));
    assertThat(toll("Shelling killed seven women in the market of the town on Tuesday. Twenty civilians, among them"
        + " seven women, died in the shelling, medics said.")).isEqualTo(new MainIncidentToll(20, 20));
  }

  @Test
  void childrenKilledAloneStayTheTollWhenNoSentenceCountsThemInsideOthers() {
    assertThat(toll("Four children were killed when a shell hit their school in the town on Tuesday. Separately,"
        + " fighting near the border killed 30 fighters on Tuesday.")).isEqualTo(new MainIncidentToll(4, 4));
  }
}
