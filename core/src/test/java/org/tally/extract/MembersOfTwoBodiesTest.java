package org.tally.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tally.extract.ExtractionFixture.shortForms;

import org.junit.jupiter.api.Test;

/**
 * "Nine members of regime forces and affiliated militias were killed": the people counted may belong to two bodies
 * joined by "and"; of two kinds they are people, as "soldiers and militiamen" are. A monitor's reports say it so.
 */
class MembersOfTwoBodiesTest {
  @Test
  void forcesAndAffiliatedMilitiasAreCountedAsPeople() {
    assertThat(shortForms("Nine members of regime forces and affiliated militias were killed when gunmen attacked them."))
        .containsExactly("killed/people/9-9");
  }

  @Test
  void twoArmedGroupsAreCountedAsFighters() {
    assertThat(shortForms("Four members of the SDF and allied groups were killed in clashes near Manbij."))
        .containsExactly("killed/fighters/4-4");
  }

  @Test
  void aSecondBodyAfterTheArticle() {
    assertThat(shortForms("Six members of the army and the militias died in the ambush on Thursday."))
        .containsExactly("killed/people/6-6");
  }

  @Test
  void aBodyAndItsAllies() {
    assertThat(shortForms("Three members of the militia and its allies were wounded by the shelling."))
        .containsExactly("injured/fighters/3-3");
  }

  @Test
  void aSecondCountAfterAndIsItsOwnClaim() {
    // near miss: "and two civilians" is another count, not a second body of the first one's people
    assertThat(shortForms("Three members of the militia and two civilians were killed in the blast."))
        .containsExactly("killed/fighters/3-3", "killed/civilians/2-2");
  }

  @Test
  void oneMemberStaysOne() {
    // near miss: a single member is not joined to the people of a body after "and"
    assertThat(shortForms("A member of the army and his brother were killed."))
        .doesNotContain("killed/people/1-1");
  }
}
