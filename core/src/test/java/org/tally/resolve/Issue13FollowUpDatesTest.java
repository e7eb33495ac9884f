package org.tally.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tally.extract.ClaimExtractor;
import org.tally.lexicon.Lexicons;
import org.tally.model.Claim;
import org.tally.model.Document;
import org.tally.model.Layout;
import org.tally.model.Section;
import org.tally.model.SectionKind;

/** Issue 13: a follow-up that points back at "the attack" is dated by the attack's day, not the day it was printed. */
class Issue13FollowUpDatesTest {
  private static final ClaimExtractor EXTRACTOR = ClaimExtractor.from(Lexicons.bundled());
  private static final ClaimResolver RESOLVER = ClaimResolver.from(Lexicons.bundled());
  private static final LocalDate PRINTED = LocalDate.of(2016, 10, 4);

  private static Claim last(String body) {
    Document doc = new Document("t", "test", body, null);
    Layout layout = new Layout(List.of(new Section(SectionKind.BODY, 0, body.length())));
    List<Claim> claims = RESOLVER.resolve(doc, layout, PRINTED, EXTRACTOR.extract(doc, layout));
    assertThat(claims).as(body).isNotEmpty();
    return claims.get(claims.size() - 1);
  }

  @Test
  void theAttackTakesTheDayItWasGivenJustBefore() {
    Claim claim = last("Ministers met over a gas attack on the town on September 12. They blamed the army for the"
        + " attack, which killed 60 people.");
    assertThat(claim.when().start()).isEqualTo(LocalDate.of(2016, 9, 12));
    assertThat(claim.when().end()).isEqualTo(LocalDate.of(2016, 9, 12));
  }

  @Test
  void theBombingTakesTheDayOfTheCarBombNamedBefore() {
    Claim claim = last("A car bomb went off at the checkpoint on September 20. Police said 12 people died in the"
        + " bombing.");
    assertThat(claim.when().start()).isEqualTo(LocalDate.of(2016, 9, 20));
  }

  @Test
  void aDayGivenForSomethingElseIsNotTheAttacksDay() {
    // the strike answered Tuesday's gas use; the day it struck is not said, so the report's days stand
    Claim claim = last("Officials said the strike was a response to the alleged use of chemical weapons in the"
        + " north on Tuesday. Seven people were killed in the strike.");
    assertThat(claim.when().text()).isNull();
    assertThat(claim.when().end()).isEqualTo(PRINTED);
  }

  @Test
  void aStatedTimeOfTheSentenceWins() {
    Claim claim = last("A gas attack hit the town on September 12. The attack on Saturday killed 60 people.");
    assertThat(claim.when().start()).isEqualTo(LocalDate.of(2016, 10, 1));
  }

  @Test
  void noDayNamedBeforeLeavesTheReportsDays() {
    Claim claim = last("Forty people were killed in the attack, the monitor said.");
    assertThat(claim.when().text()).isNull();
  }
}
