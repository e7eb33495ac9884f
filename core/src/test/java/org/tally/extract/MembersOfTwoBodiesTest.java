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
 * "Nine members of regime forces and affiliated militias were killed": the people counted may belong to two bodies
 * joined by "and"; of two kinds they are people, as "soldiers and militiamen" are. A monitor's reports say it so.
 */
class MembersOfTwoBodiesTest {
  private static final ClaimExtractor EXTRACTOR = ClaimExtractor.from(Lexicons.bundled());

  private static List<String> claims(String text) {
    Layout layout = new Layout(List.of(new Section(SectionKind.BODY, 0, text.length())));
    return EXTRACTOR.extract(new Document("t", "test", text, null), layout).stream().map(ConstructionsTest::shortForm)
        .toList();
  }

  @Test
  void forcesAndAffiliatedMilitiasAreCountedAsPeople() {
    assertThat(claims("Nine members of regime forces and affiliated militias were killed when gunmen attacked them."))
        .containsExactly("killed/people/9-9");
  }

  @Test
  void twoArmedGroupsAreCountedAsFighters() {
    assertThat(claims("Four members of the SDF and allied groups were killed in clashes near Manbij."))
        .containsExactly("killed/fighters/4-4");
  }

  @Test
  void aSecondBodyAfterTheArticle() {
    assertThat(claims("Six members of the army and the militias died in the ambush on Thursday."))
        .containsExactly("killed/people/6-6");
  }

  @Test
  void aBodyAndItsAllies() {
    assertThat(claims("Three members of the militia and its allies were wounded by the shelling."))
        .containsExactly("injured/fighters/3-3");
  }

  @Test
  void aSecondCountAfterAndIsItsOwnClaim() {
    // near miss: "and two civilians" is another count, not a second body of the first one's people
    assertThat(claims("Three members of the militia and two civilians were killed in the blast."))
        .containsExactly("killed/fighters/3-3", "killed/civilians/2-2");
  }

  @Test
  void oneMemberStaysOne() {
    // near miss: a single member is not joined to the people of a body after "and"
    assertThat(claims("A member of the army and his brother were killed."))
        .doesNotContain("killed/people/1-1");
  }
}
