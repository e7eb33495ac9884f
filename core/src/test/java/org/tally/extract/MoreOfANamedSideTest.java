package org.tally.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tally.lexicon.Lexicons;
import org.tally.model.Document;
import org.tally.model.Layout;
import org.tally.model.Section;
import org.tally.model.SectionKind;

/**
 * "Two more Turkish soldiers were killed": "more" or "other" before a side's name and a people noun counts those
 * people, where "12 others" alone counts again the people told before.
 */
class MoreOfANamedSideTest {
  private static final ClaimExtractor EXTRACTOR = ClaimExtractor.from(Lexicons.bundled());

  private static List<String> claims(String text) {
    Layout layout = new Layout(List.of(new Section(SectionKind.BODY, 0, text.length())));
    return EXTRACTOR.extract(new Document("t", "test", text, null), layout).stream().map(ConstructionsTest::shortForm)
        .toList();
  }

  @Test
  void moreBeforeANationalityAndANoun() {
    assertThat(claims("Two more Turkish soldiers were killed in Idlib on Monday."))
        .containsExactly("killed/soldiers/2-2");
  }

  @Test
  void otherBeforeASideAndANoun() {
    assertThat(claims("Five other pro-regime fighters died in the clashes near Hama."))
        .containsExactly("killed/fighters/5-5");
  }

  @Test
  void moreBeforeAGroupsNameAndItsMembers() {
    assertThat(claims("Three more SDF members were killed by a roadside bomb in Deir ez-Zor."))
        .containsExactly("killed/fighters/3-3");
  }

  @Test
  void othersAfterAHarmStillCountThosePeopleAgain() {
    assertThat(claims("The strike killed five civilians and wounded 12 others, Syrian state media said."))
        .containsExactly("killed/civilians/5-5", "injured/civilians/12-12");
  }

  @Test
  void moreBeforeAPlaceNamesNoNewPeople() {
    assertThat(claims("Four civilians were killed in Idlib and two more in Aleppo."))
        .doesNotContain("killed/people/2-2");
  }
}
