package org.tally.extract.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tally.extract.token.Token;
import org.tally.extract.token.Tokenizer;
import org.tally.lexicon.Lexicons;
import org.tally.model.Scope;
import org.tally.model.Span;
import org.tally.model.Victims;

/**
 * A side's losses in the fight an article tells are the deed of the other side it names (attr21): the decision alone,
 * over one count's facts; {@code FoughtSideAttributionTest} and {@code Issue11WrittenFiveAttributionTest} run it through
 * the extractor.
 */
class FightLossesTest {
  private static final Lexicons RULES = Lexicons.bundled();
  private static final FightLosses LOSSES = FightLosses.from(RULES);
  private static final ActorDictionary ACTORS = ActorDictionary.from(RULES);
  private static final List<String> YPG_AND_ISIS = List.of("ypg", "isis");

  private static List<Token> tokens(String text) {
    return Tokenizer.tokens(text, new Span(0, text.length()));
  }

  private static FightLosses.Loss loss(Victims victims, Scope scope, String sentence, String... sides) {
    return new FightLosses.Loss(victims, scope, false, List.of(sides).stream().map(id -> ACTORS.byId(id).orElseThrow())
        .toList(), tokens(sentence));
  }

  @Test
  void aSidesFightersLostInTheFightingAreTheOtherSidesDeed() {
    FightLosses.Loss loss = loss(Victims.FIGHTERS, Scope.INCIDENT, "YPG fighters lost 21 of their comrades in the fighting.",
        "ypg");
    assertThat(LOSSES.killedBy(YPG_AND_ISIS, loss)).contains(new FightLosses.Killed("ypg", "isis"));
  }

  @Test
  void aLossVerbAloneTiesTheDeadToTheFight() {
    assertThat(LOSSES.inTheFight(tokens("YPG fighters lost 21 of their comrades near the dam."))).isTrue();
    assertThat(LOSSES.inTheFight(tokens("A mortar hit the square, killing one policeman."))).isFalse();
  }

  /** A new attack the sentence tells, or a fight between sides it names: a third side, or an ally, may have made it. */
  @ParameterizedTest
  @ValueSource(strings = {"Two YPG fighters were killed in a mortar attack on their base.",
      "Two YPG fighters were killed in clashes continuing between the YPG and tribal fighters."})
  void deadOfAnAttackOrAFightOfTheirOwnAreNotTheFightsLosses(String sentence) {
    assertThat(LOSSES.killedBy(YPG_AND_ISIS, loss(Victims.FIGHTERS, Scope.INCIDENT, sentence, "ypg"))).isEmpty();
  }

  @Test
  void aPeriodsTollIsNoOneFightsLosses() {
    FightLosses.Loss loss = loss(Victims.FIGHTERS, Scope.CUMULATIVE, "YPG fighters lost 210 of their comrades in the"
        + " fighting this year.", "ypg");
    assertThat(LOSSES.killedBy(YPG_AND_ISIS, loss)).isEmpty();
  }

  @Test
  void withThreeAttackersNoOneIsTheEnemy() {
    FightLosses.Loss loss = loss(Victims.FIGHTERS, Scope.INCIDENT, "YPG fighters lost 21 of their comrades in the fighting.",
        "ypg");
    assertThat(LOSSES.killedBy(List.of("ypg", "isis", "syrian-government"), loss)).isEmpty();
  }

  @Test
  void civiliansOfASideAreNotItsLossesInTheFight() {
    FightLosses.Loss loss = loss(Victims.CIVILIANS, Scope.INCIDENT, "Kurdish civilians died in the fighting.", "ypg");
    assertThat(LOSSES.killedBy(YPG_AND_ISIS, loss)).isEmpty();
  }
}
