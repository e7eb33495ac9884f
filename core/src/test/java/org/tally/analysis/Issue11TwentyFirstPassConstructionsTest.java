package org.tally.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.tally.event.MainIncident;
import org.tally.lexicon.Lexicons;
import org.tally.lexicon.RuleFiles;

/**
 * Constructions of the twenty-first fresh sample of issue 11 (fresh-documents/twenty-first-report-*: monitor reports of
 * 2021-2024 in styles of no earlier pass), each in sentences of our own with near misses that must not fire: two sides'
 * dead set apart by "while", a month's highlights before the incident in focus, an unhurt lead beside an earlier
 * time's dead.
 */
class Issue11TwentyFirstPassConstructionsTest {
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
  void twoSidesDeadSetApartByAWordOfContrastAddUp() {
    assertThat(toll(report("Army and rebels clash near Hama; losses on both sides", "Clashes broke out between the"
        + " army and rebel factions north of Hama on Monday night. The army side lost five members, among them an"
        + " officer, while three rebels were killed in the fighting."))).isEqualTo(8);
    assertThat(toll(report("Ambush on convoy in the desert", "Gunmen ambushed a convoy of the militia near Sukhnah on"
        + " Monday. Six militiamen were killed in the ambush, whereas two of the attackers were killed by return"
        + " fire."))).isEqualTo(8);
    // near miss: the count after "while" is a part of the dead before it
    assertThat(toll(report("Air strike on market", "An air strike hit a market in Ariha on Monday. Twelve people were"
        + " killed, while four of them were children."))).isEqualTo(12);
    // near miss: others' dead told beside with "also" are not the other side of one clash
    assertThat(toll(report("Rescuers killed in Douma", "Bombing killed three rescue workers in Douma on Friday,"
        + " while six children were also killed in air raids on Harasta."))).isEqualTo(3);
    // near miss: two sources' counts of the same dead
    assertThat(toll(report("Ambush on convoy in the desert", "Gunmen ambushed a convoy of the militia near Sukhnah on"
        + " Monday. State media put the toll at 10, while the Observatory said 16 people were killed."))).isEqualTo(16);
    // near miss: "while" with no count of the dead after it
    assertThat(toll(report("Shelling on Kafr Nabl", "Four civilians were killed on Monday while they were fleeing"
        + " shelling on Kafr Nabl, and six others were wounded."))).isEqualTo(4);
  }

  @Test
  void aMonthsHighlightsAreNoIncidentBeforeTheIncidentInFocus() {
    assertThat(toll("Monthly report: civilian deaths in February 2023\n\n1 March 2023\n\nHighlights\n- 58 civilians"
        + " killed in Syria in February 2023, including 12 children\n- 3 deaths under torture documented\n\nIncident"
        + " in focus\nOn 12 February, a drone struck a car near Sarmada, killing four civilians, among them a child."))
        .isEqualTo(4);
    // near miss: a month's total and nothing else is what the report counts
    assertThat(toll(report("The group's report for February", "The group documented the killing of 58 civilians in"
        + " Syria in February 2023, including 12 children."))).isEqualTo(58);
    // near miss: told in prose, a month's total leads the report it opens
    assertThat(toll(report("The group's report for February", "The group documented the killing of 58 civilians in"
        + " Syria in February 2023. Nine people died under torture in regime prisons."))).isEqualTo(58);
    // near miss: a day's list, no item of which states a period, leads with its first item
    assertThat(toll("Daily log\n\n3 February 2022\n\n- Idlib: Two children were killed by shelling on Kansafra.\n-"
        + " Aleppo: A man was killed by sniper fire near Marea.")).isEqualTo(2);
  }

  @Test
  void anUnhurtLeadBesideTheDeadOfAnEarlierTimeHasNone() {
    assertThat(toll(report("SDF arrest nine men in Hajin raid", "The Syrian Democratic Forces raided the town of Hajin"
        + " on Monday and arrested nine young men. Last month, gunmen killed a fighter at a checkpoint in the same"
        + " town."))).isEqualTo(0);
    assertThat(toll(report("Six civilians injured as shells hit Atarib market", "Six civilians were injured on Sunday"
        + " when shells hit a market in Atarib. In January, shelling of the same market killed three people.")))
        .isEqualTo(0);
    // near miss: a death told of the lead's own time keeps the toll unknown
    assertThat(main(report("SDF arrest nine men in Hajin raid", "The Syrian Democratic Forces raided the town of Hajin"
        + " on Monday and arrested nine young men. Residents said there were deaths among the villagers.")).hasToll())
        .isFalse();
  }
}
