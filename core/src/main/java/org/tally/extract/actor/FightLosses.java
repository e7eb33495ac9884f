package org.tally.extract.actor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.tally.extract.token.Token;
import org.tally.extract.token.WordSet;
import org.tally.lexicon.Lexicons;
import org.tally.lexicon.RuleFiles;
import org.tally.model.Scope;
import org.tally.model.Victims;

/**
 * Decides which side killed a side's losses in the fight an article tells: "Islamic State militants stormed the town,
 * killing 146 civilians. … Kurdish fighters killed 15 of the attackers. … YPG fighters lost 21 of their comrades in the
 * fighting". Where the article names two attackers and the people of a count no words blamed are one of them's own,
 * the other killed them: a side's losses in its fight are its enemy's deed (attr21). Not civilians of a side's
 * nationality, nor a period's toll, nor the dead of a fight between sides the sentence names or of a new attack it
 * tells, nor where both attackers are states.
 */
public final class FightLosses {
  /** The people whose side's losses may be its enemy's deed: its soldiers, fighters, or its people the words name. */
  private static final Set<Victims> ENEMY_DEAD = Set.of(Victims.SOLDIERS, Victims.FIGHTERS, Victims.PEOPLE);
  private static final String STATE = "state";

  /**
   * A count no words gave an attacker, as the article tells it.
   *
   * @param sides the sides its people are named as ("YPG fighters": the YPG)
   * @param tokens its sentence
   */
  public record Loss(Victims victims, Scope scope, boolean headline, List<Actor> sides, List<Token> tokens) {
    /** True when its people are {@code actor}'s side's own. */
    boolean of(Actor actor) {
      return sides.stream().anyMatch(v -> v.sameSide(actor));
    }
  }

  /** Who lost the people counted, and the enemy that killed them. */
  public record Killed(String loser, String enemy) {
    /** Why, for {@code --explain}. */
    public String why() {
      return "the document's counts name two attackers, " + loser + " and " + enemy + ": the people counted are "
          + loser + "'s own, so " + enemy + " killed them";
    }
  }

  private final ActorDictionary actors;
  private final PerpetratorFinder perpetrators;
  private final FightWords fights;
  // "lost 21 of their comrades": verbs that tie a side's losses to its fight (loss-verbs.tsv, fight)
  private final WordSet fightLossVerbs;

  private FightLosses(Lexicons rules) {
    this.actors = ActorDictionary.from(rules);
    this.perpetrators = PerpetratorFinder.from(rules);
    this.fights = FightWords.from(rules);
    List<String> verbs = new ArrayList<>();
    rules.file(RuleFiles.LOSS_VERBS).rows().stream().filter(r -> r.bool("fight"))
        .forEach(r -> verbs.add(r.get("verb").toLowerCase(Locale.ROOT)));
    this.fightLossVerbs = WordSet.copyOf(verbs);
  }

  public static FightLosses from(Lexicons rules) {
    return rules.built(FightLosses.class, FightLosses::new);
  }

  /**
   * The enemy that killed the loss's people, where {@code attackers} (the article's, at its own counts or in sentences
   * without one) are two, the people are one's own, and the other fights.
   */
  public Optional<Killed> killedBy(Collection<String> attackers, Loss loss) {
    if (attackers.size() != 2 || loss.sides().isEmpty() || loss.headline() || loss.scope() != Scope.INCIDENT
        || !ENEMY_DEAD.contains(loss.victims()) || !lostInTheFight(loss.tokens())) {
      return Optional.empty();
    }
    List<String> own = new ArrayList<>(1);
    List<String> enemies = new ArrayList<>(1);
    for (String attacker : attackers) {
      Optional<Actor> a = actors.byId(attacker);
      if (a.isEmpty()) {
        continue;
      }
      (loss.of(a.get()) ? own : enemies).add(attacker);
    }
    // two states are too often allies (Russia's jets and the Syrian army) for one's losses to be the other's deed
    boolean twoStates = attackers.stream().allMatch(a -> actors.byId(a).map(x -> STATE.equals(x.kind())).orElse(false));
    if (own.size() == 1 && enemies.size() == 1 && !twoStates
        && actors.byId(enemies.get(0)).map(PerpetratorFinder::fights).orElse(false)) {
      return Optional.of(new Killed(own.get(0), enemies.get(0)));
    }
    return Optional.empty();
  }

  /**
   * True when a sentence's dead were lost in the document's one fight: it ties them to the fight, and names neither the
   * sides of a fight of its own ("clashes between X and Y") nor a new attack.
   */
  public boolean lostInTheFight(List<Token> tokens) {
    return fights.between(tokens).isEmpty() && perpetrators.inNewAttack(tokens).isEmpty()
        && !fights.betweenFurtherOn(tokens) && inTheFight(tokens);
  }

  /**
   * True when the sentence ties its dead to the fight ("in the fighting", "lost 21 of their comrades"), not to an attack
   * of its own ("a mortar hit the square, killing one policeman"), which a third side, or an ally, may have made.
   */
  public boolean inTheFight(List<Token> tokens) {
    if (fights.namesFight(tokens)) {
      return true;
    }
    for (Token t : tokens) {
      if (fightLossVerbs.contains(t.lower())) {
        return true;
      }
    }
    return false;
  }
}
