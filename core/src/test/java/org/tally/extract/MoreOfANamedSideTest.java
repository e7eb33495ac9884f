package org.tally.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tally.extract.ExtractionFixture.shortForms;

import org.junit.jupiter.api.Test;

/**
 * "Two more Turkish soldiers were killed": "more" or "other" before a side's name and a people noun counts those
 * people, where "12 others" alone counts again the people told before.
 */
class MoreOfANamedSideTest {
  @Test
  void moreBeforeANationalityAndANoun() {
    assertThat(shortForms("Two more Turkish soldiers were killed in Idlib on Monday."))
        .containsExactly("killed/soldiers/2-2");
  }

  @Test
  void otherBeforeASideAndANoun() {
    assertThat(shortForms("Five other pro-regime fighters died in the clashes near Hama."))
        .containsExactly("killed/fighters/5-5");
  }

  @Test
  void moreBeforeAGroupsNameAndItsMembers() {
    assertThat(shortForms("Three more SDF members were killed by a roadside bomb in Deir ez-Zor."))
        .containsExactly("killed/fighters/3-3");
  }

  @Test
  void othersAfterAHarmStillCountThosePeopleAgain() {
    assertThat(shortForms("The strike killed five civilians and wounded 12 others, Syrian state media said."))
        .containsExactly("killed/civilians/5-5", "injured/civilians/12-12");
  }

  @Test
  void moreBeforeAPlaceNamesNoNewPeople() {
    assertThat(shortForms("Four civilians were killed in Idlib and two more in Aleppo."))
        .doesNotContain("killed/people/2-2");
  }
}
