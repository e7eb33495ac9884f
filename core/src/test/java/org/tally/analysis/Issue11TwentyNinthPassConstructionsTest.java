package org.tally.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.tally.lexicon.Lexicons;
import org.tally.lexicon.RuleFiles;
import org.tally.model.Harm;

/**
 * Constructions of the twenty-eighth (releases) and twenty-ninth (reports) fresh samples of issue 11
 * (fresh-documents/twenty-eighth-release-*, twenty-ninth-report-*), each in sentences of our own with near misses that
 * must not fire: a toll revised down or in its own sentence, a rise's first figure, the day's toll as the sentence's
 * total, dead of places told in clauses of their own, an anniversary's count before the report's attack, the dead in a
 * list or table only, a group's long name before the people noun, "took into custody" before its object, "the five
 * men" as the first sentence's people added up.
 */
class Issue11TwentyNinthPassConstructionsTest {
  private static final ReleaseReadings READ = new ReleaseReadings(Lexicons.bundled().layered(RuleFiles.QUANTIFIERS,
      Path.of("../examples/isaf-quantities.tsv")));

  private static String report(String headline, String body) {
    return headline + "\n\nMosul, 12 October 2023 – " + body;
  }

  private static Integer toll(String text) {
    return READ.analyse(text).mainIncident().killedMin();
  }

  private static String release(String headline, String body) {
    return headline + "\n\nKABUL, Afghanistan (May 4, 2012) – " + body;
  }

  @Test
  void aTollLaterRevisedReplacesTheFirstUpOrDown() {
    assertThat(toll(report("Air strike on village", "A jet bombed a school in the village of Tall Abtah on Tuesday,"
        + " killing 12 people, officials first said. The toll was later revised to ten after two of those reported dead"
        + " were found alive."))).isEqualTo(10);
    assertThat(toll(report("Ambush on convoy", "Gunmen ambushed an army convoy near Tall Abtah on Tuesday. The army's"
        + " statement spoke of three soldiers killed; the toll was later revised to seven."))).isEqualTo(7);
    // near miss: a lower figure that has only "risen" is another count, not the toll
    assertThat(toll(report("Car bomb in Tall Abtah", "A car bomb killed 12 people in Tall Abtah on Tuesday. The number"
        + " of civilians killed has risen to five."))).isEqualTo(12);
  }

  @Test
  void aRisenTollIsTheFirstFigureOfItsSentence() {
    assertThat(toll(report("Drone strike on square", "A drone strike hit a square in Tall Abtah on Sunday, killing at"
        + " least 20 people. On Tuesday, officials said the toll had risen to 24 as four of the wounded died.")))
        .isEqualTo(24);
  }

  @Test
  void theDaysTollIsTheSentencesTotal() {
    assertThat(toll(report("Strikes on villages", "Drones struck villages near Tall Abtah on Monday. Three civilians"
        + " were killed in Kharab, two in Sinuni and one in Tall Banat, bringing the day's toll to six, officials"
        + " said."))).isEqualTo(6);
  }

  @Test
  void theDeadOfPlacesInClausesOfTheirOwnAddUp() {
    assertThat(toll(report("Shelling on villages", "Shells hit the area of Tall Abtah on Monday afternoon. In Kharab,"
        + " two civilians were killed in their house; in Sinuni, three children died in a field; and in Tall Banat,"
        + " a woman was killed in her yard."))).isEqualTo(6);
    // near miss: children counted inside the civilians of one clause stay inside them
    assertThat(toll(report("Shelling on Kharab", "Shells hit the village of Kharab on Monday afternoon, killing five"
        + " civilians; two children were among the dead."))).isEqualTo(5);
  }

  @Test
  void anAnniversarysCountIsNoLead() {
    assertThat(toll(report("Bombing in Tall Abtah", "The town marked this month the tenth anniversary of the massacres"
        + " of 2013, in which more than 700 people were killed. On Tuesday, a bomb killed two shepherds near the"
        + " town."))).isEqualTo(2);
    // near miss: a count of the report's own month is still its lead
    assertThat(toll(report("Bombing in Tall Abtah", "A bomb killed four people in Tall Abtah on 3 October. On Tuesday,"
        + " a second bomb killed two shepherds near the town."))).isEqualTo(4);
  }

  @Test
  void theDeadOfAListOrTableAreTheToll() {
    assertThat(toll(report("Attack on Tall Abtah", "Gunmen attacked the town of Tall Abtah on Saturday night and killed"
        + " residents, officials said. They gave the dead by quarter:\n\nNorth quarter: 9\nMarket: 4\n\nHundreds"
        + " fled.\n"))).isEqualTo(13);
    assertThat(toll(report("Shelling on Tall Abtah", "A shell struck a house in Tall Abtah on Monday. Relatives named"
        + " those killed:\n- Ahmad Saleh, 40\n- his wife Mariam, 35\n- their son Ali, 9\nFive neighbours were"
        + " wounded.\n"))).isEqualTo(3);
    // near miss: a list of things after a colon is no list of the dead
    assertThat(toll(report("Shelling on Tall Abtah", "A shell killed two farmers in Tall Abtah on Monday. The shelling"
        + " damaged:\n- the school\n- the clinic\n"))).isEqualTo(2);
  }

  @Test
  void aGroupsLongNameBeforeItsPeopleNounCounts() {
    assertThat(READ.total(release("Force detains facilitators", "An Afghan and coalition security force detained two"
        + " Islamic Movement of Uzbekistan facilitators in Kunduz province yesterday."), Harm.DETAINED)).isEqualTo(2);
  }

  @Test
  void tookIntoCustodyBeforeItsObjectIsADetention() {
    assertThat(READ.total(release("Force detains leader", "An Afghan and coalition security force detained a Taliban"
        + " leader in Kunduz province yesterday. The force also took into custody a second man who tried to flee."),
        Harm.DETAINED)).isEqualTo(2);
  }

  @Test
  void theDriverAndHisAssistantAreTwo() {
    assertThat(READ.total(release("Border police seize explosives", "Border police seized explosives hidden in a truck"
        + " at the crossing yesterday. The driver and his assistant were arrested."), Harm.DETAINED)).isEqualTo(2);
  }

  @Test
  void theMenOfASentenceAddedUpAreToldAgain() {
    assertThat(READ.total(release("Force detains cell", "An Afghan-led force detained a Taliban facilitator, a bomb maker"
        + " and two associates in Kunduz province last night. The four men were detained after initial questioning."),
        Harm.DETAINED)).isEqualTo(4);
    // near miss: a definite count that is more than the sentence's people is others
    assertThat(READ.total(release("Force detains cell", "An Afghan-led force detained a Taliban facilitator and a bomb"
        + " maker in Kunduz province last night. In a second compound the three men were detained after a search."),
        Harm.DETAINED)).isEqualTo(5);
  }
}
