package org.tally.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tally.link.ClaimFixture.killed;
import static org.tally.model.Victims.PEOPLE;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tally.lexicon.Lexicons;
import org.tally.model.Claim;
import org.tally.model.Count;
import org.tally.model.Span;

/** A figure its own sentence gives as an earlier, replaced count stays in its incident but does not widen the range. */
class EarlierTollsTest {
  private final LinkRules rules = LinkRules.from(Lexicons.bundled());
  private final IncidentLinker linker = IncidentLinker.from(Lexicons.bundled());

  @ParameterizedTest
  @ValueSource(strings = {
      "The monitor, which on Friday had given a death toll of ",
      "An earlier toll of at least ",
      "The toll rose to 31, up from ",
      "The group had previously reported ",
      "Officials initially reported about ",
  })
  void wordsBeforeAFigureMarkItAsEarlier(String before) {
    assertThat(rules.earlierTolls().isEarlierAfter(before)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Air strikes killed ",
      // "earlier" alone tells a time, not a replaced figure
      "Earlier on Monday, shelling killed ",
      "The toll has risen to ",
      // the cue stands too far before the figure
      "An earlier toll of the raids on the two towns gave ",
      "The monitor reported ",
  })
  void otherWordsDoNot(String before) {
    assertThat(rules.earlierTolls().isEarlierAfter(before)).isFalse();
  }

  @Test
  void anEarlierFigureOfTheSameSentenceDoesNotWidenTheRange() {
    String sentence = "The toll from the raids on the town has risen to 42, said the monitor, which on Thursday had given"
        + " a death toll of 17.";
    List<Incident> incidents = link(
        at(killed("a", PEOPLE, 42).by(null).on("2017-03-01").in("Homs").says(sentence), "42"),
        at(killed("a", PEOPLE, 17).by(null).on("2017-03-01").in("Homs").says(sentence).ordinal(1), "17"));
    assertThat(incidents).singleElement().satisfies(i -> {
      assertThat(i.claims()).hasSize(2);
      assertThat(i.consensus().low()).isEqualTo(42);
      assertThat(i.consensus().best()).isEqualTo(42);
      assertThat(i.consensus().high()).isEqualTo(42);
      assertThat(i.consensus().rising()).isTrue();
      assertThat(i.consensus().contradiction()).isFalse();
    });
  }

  @Test
  void twoCurrentFiguresStillMakeTheRange() {
    // near miss: no cue before either figure, so both are current tolls of the incident
    List<Incident> incidents = link(
        at(killed("a", PEOPLE, 20).by(null).on("2017-03-01").in("Homs")
            .says("Shelling killed 20 people in the town."), "20"),
        at(killed("b", PEOPLE, 24).by(null).on("2017-03-01").in("Homs")
            .says("Shelling killed 24 people in the town."), "24"));
    assertThat(incidents).singleElement().satisfies(i -> {
      assertThat(i.consensus().low()).isEqualTo(20);
      assertThat(i.consensus().high()).isEqualTo(24);
    });
  }

  private List<Incident> link(ClaimRef... refs) {
    return linker.link(Arrays.asList(refs));
  }

  /** The fixture's claim with its figure where {@code figure} stands in its sentence, the sentence its evidence. */
  private static ClaimRef at(ClaimFixture fixture, String figure) {
    ClaimRef ref = fixture.ref();
    Claim c = ref.claim();
    int start = ref.quote().indexOf(figure);
    Count count = new Count(c.count().min(), c.count().max(), c.count().approx(),
        new Span(start, start + figure.length()));
    Claim placed = new Claim(c.doc(), c.harm(), c.victims(), count, figure, c.perpetrator(), c.claimant(),
        c.location(), c.when(), c.scope(), c.stance(), c.attacks(), c.section(), new Span(0, ref.quote().length()));
    return new ClaimRef(ref.doc(), ref.ordinal(), ref.outlet(), ref.docDate(), placed, ref.quote());
  }
}
