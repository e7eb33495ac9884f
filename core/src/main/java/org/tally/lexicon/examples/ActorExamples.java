package org.tally.lexicon.examples;

import static org.tally.lexicon.examples.Examples.claims;
import static org.tally.lexicon.examples.Examples.tokens;
import static org.tally.lexicon.examples.Examples.unless;

import java.util.List;
import java.util.Optional;
import org.tally.extract.actor.ActorDictionary;
import org.tally.extract.actor.ClaimantFinder;
import org.tally.extract.actor.FightLosses;
import org.tally.extract.actor.FightWords;
import org.tally.extract.actor.PerpetratorFinder;
import org.tally.extract.token.Token;
import org.tally.lexicon.Lexicons;
import org.tally.lexicon.RuleRow;
import org.tally.model.Claim;

/**
 * The example checks of the word lists attribution's small classes read (extract.actor): each runs the row's example
 * sentence through the class's own question.
 */
public final class ActorExamples {
  private ActorExamples() {}

  /**
   * fight-words.tsv: a fight between sides names the sides after "between"; a fight among a side's own names a fight
   * and makes it theirs; a modifier makes the fight theirs.
   */
  public static Optional<String> fightWord(Lexicons rules, RuleRow row) {
    String example = Examples.of(row);
    List<Token> tokens = tokens(example);
    FightWords fights = FightWords.from(rules);
    return switch (row.get("kind")) {
      case "between" -> unless(fights.between(tokens).isPresent(), example, "no fight between sides the sentence names");
      case "within" -> unless(fights.namesFight(tokens) && fights.withinSide(tokens), example,
          "no fight among a side's own");
      default -> unless(fights.withinSide(tokens), example, "no fight made a side's own");
    };
  }

  /**
   * loss-verbs.tsv: the side before the verb lost the people counted after it; and the verb ties them to the article's
   * fight where the row says so, and only there.
   */
  public static Optional<String> lossVerb(Lexicons rules, RuleRow row) {
    String example = Examples.of(row);
    List<Token> tokens = tokens(example);
    boolean lost = lostTheCounted(rules, tokens);
    boolean fight = FightLosses.from(rules).inTheFight(tokens);
    return unless(lost && fight == row.bool("fight"), example,
        lost ? (fight ? "the verb ties the dead to a fight" : "the verb ties the dead to no fight") : "no side lost them");
  }

  /** toll-nouns.tsv: the toll verb, with the noun further on than its reporting-verbs.tsv row spells it, is a cue. */
  public static Optional<String> tollNoun(Lexicons rules, RuleRow row) {
    String example = Examples.of(row);
    ClaimantFinder claimants = ClaimantFinder.from(rules);
    return unless(claimants.hasSource(claimants.read(tokens(example))), example, "no one gives the toll");
  }

  /** report-nouns.tsv: the United Nations, which issued the report the noun names, states the example's toll. */
  public static Optional<String> reportNoun(Lexicons rules, RuleRow row) {
    return claimedBy(rules, row, "united-nations");
  }

  /** honorifics.tsv: the person the word opens the name of speaks for the White Helmets, and states the toll. */
  public static Optional<String> honorific(Lexicons rules, RuleRow row) {
    return claimedBy(rules, row, "white-helmets");
  }

  private static Optional<String> claimedBy(Lexicons rules, RuleRow row, String claimant) {
    String example = Examples.of(row);
    List<Claim> claims = claims(rules, example);
    return unless(!claims.isEmpty() && claims.stream().allMatch(c -> claimant.equals(c.claimant())), example,
        "the claim is not " + claimant + "'s");
  }

  /** loser-nouns.tsv: the side before the noun lost the people counted after its loss verb. */
  public static Optional<String> loserNoun(Lexicons rules, RuleRow row) {
    String example = Examples.of(row);
    return unless(lostTheCounted(rules, tokens(example)), example, "no side lost them");
  }

  /** True when a side named before the first figure of the sentence lost the people it counts. */
  private static boolean lostTheCounted(Lexicons rules, List<Token> tokens) {
    int count = 0;
    while (count < tokens.size() && !Character.isDigit(tokens.get(count).text().charAt(0))) {
      count++;
    }
    return PerpetratorFinder.from(rules).losingSide(tokens, ActorDictionary.from(rules).find(tokens), count).isPresent();
  }
}
