package org.tally.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Constructions issue 11's eighth fresh pass missed (fresh-documents/eighth-*), in sentences of their own with near
 * misses: a list of people with one person in it ("an officer and two policemen"), "Taliban" as people, an object
 * pronoun after a harm verb ("killing them") and a toll "confirmed as" a figure.
 */
class Issue11ListsAndPronounsTest {
  private static List<String> claims(String body) {
    return ExtractionFixture.claims(body).stream().map(ConstructionsTest::shortForm).toList();
  }

  @Test
  void aListWithOnePersonInItIsOneClaimOfThemAll() {
    assertThat(claims("A roadside bomb killed an officer and two policemen near the town on Monday."))
        .containsExactly("killed/soldiers/3-3");
    assertThat(claims("Police arrested a cell leader, his deputy and a courier in the raid."))
        .containsExactly("detained/people/3-3");
    assertThat(claims("Gunmen killed a farmer, his son and a neighbour in the village."))
        .containsExactly("killed/civilians/3-3");
    assertThat(claims("The patrol detained a Taliban commander and a courier at the checkpoint."))
        .containsExactly("detained/fighters/2-2");
    assertThat(claims("A bomb killed a soldier and two others at the gate.")).containsExactly("killed/soldiers/3-3");
  }

  @Test
  void listsThatAreNotOneGroupStayApart() {
    // a source after a comma is no member of the list
    assertThat(claims("The strike killed a soldier, a police officer said.")).containsExactly("killed/soldiers/1-1");
    // women and children are counted each; a larger approximate group is told apart from one person
    assertThat(claims("A shell killed a woman and her three children in the town."))
        .containsExactlyInAnyOrder("killed/women/1-1", "killed/children/3-3");
    assertThat(claims("A shell killed a staff member and around 20 civilians in the town."))
        .containsExactlyInAnyOrder("killed/people/1-1", "killed/civilians/20-20");
    // people of another harm join no list
    assertThat(claims("Gunmen killed a man and his wife was wounded."))
        .containsExactlyInAnyOrder("killed/people/1-1", "injured/people/1-1");
    // the people of an earlier sentence told again after "the" are no new list
    assertThat(claims("The force killed a Taliban leader and two of his associates. The force returned fire, killing"
        + " the leader and the two associates.")).containsExactlyInAnyOrder("killed/fighters/1-1",
        "killed/people/2-2");
    // an insurgent cell leader is one person, not an insurgent and a cell leader
    assertThat(claims("The force detained an insurgent cell leader and his deputy."))
        .containsExactlyInAnyOrder("detained/fighters/1-1", "detained/people/1-1");
  }

  @Test
  void theTalibanAreCountedAsFighters() {
    assertThat(claims("During the operation, 23 armed Taliban were killed and nine others were wounded."))
        .containsExactlyInAnyOrder("killed/fighters/23-23", "injured/fighters/9-9");
    assertThat(claims("Police killed eleven Taliban in the district.")).containsExactly("killed/fighters/11-11");
    // near misses: the Taliban as the attacker, or a modifier of their fighters
    assertThat(claims("The Taliban killed three policemen at the post.")).containsExactly("killed/soldiers/3-3");
    assertThat(claims("Taliban fighters killed two soldiers near the road.")).containsExactly("killed/soldiers/2-2");
  }

  @Test
  void anObjectPronounCountsTheCountedPeopleItPointsBackTo() {
    assertThat(claims("Coalition forces saw five insurgents firing on the base. An air weapons team engaged the"
        + " position, killing them.")).containsExactly("killed/fighters/5-5");
    assertThat(claims("An armed insurgent fired on the patrol from a rooftop. The patrol returned fire and killed him."))
        .containsExactly("killed/fighters/1-1");
    assertThat(claims("Two gunmen opened fire on a checkpoint. Soldiers returned fire, killing them."))
        .containsExactly("killed/fighters/2-2");
    assertThat(claims("Three insurgents were wounded in the clash. The force detained them."))
        .containsExactlyInAnyOrder("injured/fighters/3-3", "detained/fighters/3-3");
    assertThat(claims("A man approached the checkpoint. Police arrested him.")).containsExactly("detained/people/1-1");
  }

  @Test
  void aPronounWithNoCountedPeopleBehindItCountsNoOne() {
    // the antecedent has no count, or is the clause's own subject
    assertThat(claims("Insurgents attacked the patrol. The soldiers returned fire, killing them.")).isEmpty();
    assertThat(claims("Gunmen attacked a family in the village, killing them.")).isEmpty();
    assertThat(claims("The soldiers killed him.")).isEmpty();
    // no people: rifles are seized
    assertThat(claims("Police found three rifles in the car and seized them.")).isEmpty();
    // the people already suffered that harm: the pronoun restates them
    assertThat(claims("The force killed a Taliban leader. The leader fired on the force, which returned fire, killing"
        + " him.")).containsExactly("killed/fighters/1-1");
    // "him" is one person, not the two named before
    assertThat(claims("Two gunmen opened fire on a checkpoint. Soldiers returned fire, killing him.")).isEmpty();
  }

  @Test
  void aTollConfirmedAsAFigureIsATollAfterACorrectionOnly() {
    assertThat(claims("The number of insurgents killed in the engagement has been confirmed as five."))
        .containsExactly("killed/fighters/5-5");
    assertThat(claims("The death toll was revised as 12 on Sunday.")).containsExactly("killed/people/12-12");
    // near misses: "as" after a verb of no correction
    assertThat(claims("The death toll is likely to rise as many of the wounded are in critical condition.")).isEmpty();
    assertThat(claims("The death toll is expected to rise as 12 people remain in intensive care.")).isEmpty();
  }
}
