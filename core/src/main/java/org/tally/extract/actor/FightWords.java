package org.tally.extract.actor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.tally.extract.token.Token;
import org.tally.extract.token.WordSet;
import org.tally.lexicon.Lexicons;
import org.tally.lexicon.RuleFiles;
import org.tally.lexicon.RuleRow;

/**
 * Whether a sentence tells a fight, one between sides it names, or one among a side's own (fight-words.tsv):
 * "clashes between the army and rebels", "killed in clashes with regime troops", "infighting among the groups".
 */
public final class FightWords {
  /** How far after its word of fighting "between" may stand: "clashes continued between X and Y". */
  private static final int BETWEEN_REACH = 3;

  // "clashes", "battle": a fight between sides
  private final WordSet betweenSides;
  // the above and "infighting": any word that names a fight
  private final WordSet fights;
  // "infighting", "internecine": a fight among one side's own
  private final WordSet withinSide;

  private FightWords(WordSet betweenSides, WordSet fights, WordSet withinSide) {
    this.betweenSides = betweenSides;
    this.fights = fights;
    this.withinSide = withinSide;
  }

  public static FightWords from(Lexicons rules) {
    return rules.built(FightWords.class, FightWords::read);
  }

  private static FightWords read(Lexicons rules) {
    List<String> between = new ArrayList<>();
    List<String> fights = new ArrayList<>();
    List<String> within = new ArrayList<>();
    for (RuleRow row : rules.file(RuleFiles.FIGHT_WORDS).rows()) {
      String word = row.get("word").toLowerCase(Locale.ROOT);
      switch (row.get("kind")) {
        case "between" -> {
          between.add(word);
          fights.add(word);
        }
        case "within" -> {
          fights.add(word);
          within.add(word);
        }
        default -> within.add(word);
      }
    }
    return new FightWords(WordSet.copyOf(between), WordSet.copyOf(fights), WordSet.copyOf(within));
  }

  /** True when the lower-cased word names a fight between sides: "clashes", not "infighting". */
  public boolean betweenSides(String lower) {
    return betweenSides.contains(lower);
  }

  /** True when any word of the sentence names a fight, between sides or among one side's own. */
  public boolean namesFight(List<Token> tokens) {
    for (Token t : tokens) {
      if (fights.contains(t.lower())) {
        return true;
      }
    }
    return false;
  }

  /** True when a word of the sentence makes its fight one among a side's own: "infighting", "internecine". */
  public boolean withinSide(List<Token> tokens) {
    for (Token t : tokens) {
      if (withinSide.contains(t.lower())) {
        return true;
      }
    }
    return false;
  }

  /** "Fighting between X and Y", "clashes between them": the sentence names the sides of its own fight. */
  public Optional<Rule> between(List<Token> tokens) {
    for (int i = 0; i + 1 < tokens.size(); i++) {
      if (fights.contains(tokens.get(i).lower()) && tokens.get(i + 1).is("between")) {
        return Optional.of(Rule.builtIn("a fight between sides the sentence names", Rule.words(tokens, i, i + 2)));
      }
    }
    return Optional.empty();
  }

  /** True when a word of fighting has "between" a few words after it: "clashes continued between X and Y". */
  public boolean betweenFurtherOn(List<Token> tokens) {
    for (int i = 0; i < tokens.size(); i++) {
      if (fights.contains(tokens.get(i).lower())) {
        for (int j = i + 1; j < Math.min(tokens.size(), i + 1 + BETWEEN_REACH); j++) {
          if (tokens.get(j).is("between")) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
