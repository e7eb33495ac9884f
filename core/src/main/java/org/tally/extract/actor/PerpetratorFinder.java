package org.tally.extract.actor;

import java.util.List;
import java.util.Optional;
import java.util.function.IntPredicate;
import org.tally.extract.token.PhraseTrie;
import org.tally.extract.token.Token;
import org.tally.extract.token.WordSet;
import org.tally.lexicon.Lexicons;
import org.tally.lexicon.RuleFiles;
import org.tally.lexicon.RuleRow;

/**
 * Finds who caused the harm counted at a token of a sentence: the actor beside an agent marker ("by", "at the hands
 * of", "is believed to be behind"), the actor before a means of attack ("Russian air strikes"), or the subject of an
 * attack verb ("insurgents had lobbed 50 mortars"). An actor after "against" or "on" is a target, never the perpetrator.
 */
public final class PerpetratorFinder {
  /**
   * The actor found, how strongly the words say it attacked, and the rule rows that said so (the name's and the
   * words' beside it), for {@code --explain}.
   *
   * @param possessive true when the words point back at who states the number ("its raids", "said it had killed"):
   *     then {@code actor} is null and the perpetrator is the claimant
   */
  public record Found(String actor, int strength, boolean possessive, String rule) {}

  private static final WordSet TARGET_MARKERS = WordSet.of("against", "on", "targeting", "at", "belonging", "to", "fighting",
      "battling",
      // "the strike was intended to target Daesh militants": what a strike aims at is its target
      "target", "targets", "targeted");
  // kinds of actors.tsv that never attack: "civilian residents killing 14 of them" names no residents' attack
  private static final WordSet NOT_BELLIGERENTS = WordSet.of("monitor", "ngo", "media", "un", "outlet");
  private static final WordSet POSSESSIVES = WordSet.of("its", "their");
  private static final WordSet SUBJECT_PRONOUNS = WordSet.of("it", "they");
  private static final WordSet AUXILIARIES = WordSet.of("had", "has", "have", "was", "were", "that");
  // a noun phrase ends at these: "the monitor reported the raids" names no monitor's raids, "rebels came under fire"
  // suffered it
  private static final WordSet DETERMINERS = WordSet.of("the", "a", "an", "this", "that", "these", "those",
      "under", "from", "in", "on", "at", "of", "with", "to", "into", "for");
  private static final WordSet PASSIVE_AUXILIARIES = WordSet.of("was", "were", "been", "being", "be", "is", "are");
  // a relative or subordinate clause starts: its verb has a subject of its own
  private static final WordSet CLAUSE_EDGES = WordSet.of("where", "which", "who", "when", "as", "after", "while", "that",
      "and", "but", "before", "since", "because");
  private static final int ATTACK_REACH = 4;
  /** How far before its attack verb the subject of a clause may stand ("terrorists positioned in X fired shells"). */
  private static final int CLAUSE_SUBJECT_REACH = 12;
  private static final int VERB_REACH = 3;
  private static final WordSet BETWEEN_SUBJECT_AND_VERB = WordSet.of("had", "has", "have", "also", "reportedly",
      "allegedly", "then", "later", "again", "that", ",", "it", "they", "who", "which",
      // "the Islamic State group claimed it killed 25": the head noun of a name that lacks it
      "group", "militia", "organisation", "organization", "movement", "faction", "units");
  /**
   * Words between a side and its loss verb: "Hezbollah has lost", "the army also suffered"; its people's noun may stand
   * there too ("YPG fighters lost 21 of their comrades", loser-nouns.tsv).
   */
  private static final WordSet BEFORE_LOSS = WordSet.of("has", "have", "had", "also", "reportedly");
  /** Words before a side in a place's description: "under the control of Daesh militants", "where ISIS fighters are". */
  private static final WordSet ARTICLES = WordSet.of("a", "an", "the");
  private static final WordSet PLACE_DESCRIPTION = WordSet.of("of", "where", "which");
  /** How many words may stand between "its" and the attack verb: "said its units killed", "its special forces killed". */
  private static final int OWN_UNIT_REACH = 2;

  // "a town held by the Islamic State group": "by" after these words names a holder, not an attacker
  private static final WordSet NOT_AGENTIVE = WordSet.of(
      "held", "controlled", "run", "backed", "supported", "occupied", "besieged", "surrounded", "led", "encircled",
      "contested", "dominated", "funded", "armed", "trained",
      // "a ceasefire brokered by the US and Russia": who made a truce or a plan did no harm by it
      "brokered", "mediated", "negotiated", "sponsored", "proposed", "hosted", "organised", "organized");

  private final PhraseTrie<RuleRow> attackWords = new PhraseTrie<>();
  private Allies allies;
  private final PhraseTrie<RuleRow> attackVerbs = new PhraseTrie<>();
  private final PhraseTrie<RuleRow> repelVerbs = new PhraseTrie<>();
  private final PhraseTrie<RuleRow> responsibility = new PhraseTrie<>();
  private final java.util.Map<String, RuleRow> genericAttackers = new java.util.HashMap<>();
  private final PhraseTrie<RuleRow> markersBefore = new PhraseTrie<>();
  private final PhraseTrie<RuleRow> markersAfter = new PhraseTrie<>();
  private final PhraseTrie<RuleRow> reportingVerbs = new PhraseTrie<>();
  private final PhraseTrie<RuleRow> heldAreas = new PhraseTrie<>();
  private final PhraseTrie<RuleRow> launchAreas = new PhraseTrie<>();
  private final PhraseTrie<RuleRow> airAttacks = new PhraseTrie<>();
  private final PhraseTrie<RuleRow> blasts = new PhraseTrie<>();
  private final PhraseTrie<RuleRow> attackerAnaphors = new PhraseTrie<>();
  private final PhraseTrie<RuleRow> placeNouns = new PhraseTrie<>();
  private final PhraseTrie<RuleRow> affiliations = new PhraseTrie<>();

  // "300 fighters on both sides": words after the people counted that make them the dead of every side
  private final PhraseTrie<RuleRow> bothSides = new PhraseTrie<>();
  /** How far after the people noun the words may start: "300 fighters, on both sides". */
  private static final int BOTH_SIDES_REACH = 3;

  // "the ongoing war killing at least 3000 people": a war as the subject of the harm (war-agents.tsv)
  private final PhraseTrie<RuleRow> warAgents = new PhraseTrie<>();
  /** Words that may stand between the war and its verb: "the war which has already killed". */
  private static final WordSet WAR_LINKS = WordSet.of("which", "that", "has", "have", "had", "so", "far", "already");
  /** Verbs of harm besides attack-verbs.tsv that a war takes: "the conflict has claimed the lives of", "left". */
  private static final WordSet WAR_VERBS = WordSet.of("claimed", "left", "caused");
  /** How many words the war's verb, and the words after it, may take before the count. */
  private static final int WAR_REACH = 4;
  private static final int WAR_LINKS_REACH = 4;

  /**
   * "September was the deadliest month, with the ongoing war killing at least 3000 people": where a war (war-agents.tsv)
   * is the subject of the verb that harms the people counted at token {@code at}, the dead of every side, no one side's
   * deed. A loop over the few words before the count, asked once per claim.
   */
  public Optional<Rule> byTheWar(List<Token> tokens, int at) {
    for (int v = at - 1; v >= Math.max(1, at - WAR_REACH); v--) {
      String w = tokens.get(v).lower();
      if (!WAR_VERBS.contains(w) && attackVerbAt(tokens, v).isEmpty()) {
        continue;
      }
      int n = v - 1;
      while (n > 0 && v - n <= WAR_LINKS_REACH && WAR_LINKS.contains(tokens.get(n).lower())) {
        n--;
      }
      Optional<PhraseTrie.Match<RuleRow>> m = warAgents.longestAt(tokens, n);
      return m.isPresent() && m.get().to() == n + 1
          ? Optional.of(Rule.of(m.get().value(), tokens, n, v + 1)) : Optional.empty();
    }
    return Optional.empty();
  }

  // "Five women were among the dead": the people counted belong to a toll told before (toll-members.tsv)
  private final PhraseTrie<RuleRow> tollMembers = new PhraseTrie<>();

  // "clashes", "battle": "killed in clashes with regime troops" makes the troops the other side (fight-words.tsv)
  private FightWords fights;
  // "The IS lost at least 28 fighters", "the army suffered 35 dead": the side lost its people (loss-verbs.tsv)
  private WordSet lossVerbs;
  // "YPG fighters lost": the side's people's noun between its name and the loss verb (loser-nouns.tsv)
  private WordSet loserNouns;

  private PerpetratorFinder() {}

  /**
   * "Five women and 13 rebels from the six families were among the dead": where words after the people counted (from
   * token {@code headEnd}) make them members of a toll told before (toll-members.tsv) and end the clause (the sentence
   * ends, punctuation follows, or a source is named: "among the dead Abdel Rahman said"), the rule that says so. A loop
   * over the sentence's words after the people, asked only for a claim without an attacker of its own.
   */
  public Optional<Rule> membersOfTollBefore(List<Token> tokens, List<ActorMention> mentions, int headEnd) {
    for (int i = headEnd; i < tokens.size(); i++) {
      Optional<PhraseTrie.Match<RuleRow>> m = tollMembers.longestAt(tokens, i);
      if (m.isEmpty()) {
        continue;
      }
      int next = m.get().to();
      boolean ends = next >= tokens.size() || !tokens.get(next).isWord();
      for (int k = 0; !ends && k < mentions.size(); k++) {
        ends = mentions.get(k).from() == next;
      }
      return ends ? Optional.of(Rule.of(m.get().value(), tokens, m.get().from(), next)) : Optional.empty();
    }
    return Optional.empty();
  }

  /**
   * "The battle has killed some 300 fighters on both sides": where the words right after the people counted (from
   * token {@code headEnd}) say they are the dead of every side (both-sides.tsv), no one side killed them.
   */
  public Optional<Rule> ofBothSides(List<Token> tokens, int headEnd) {
    for (int i = headEnd; i < Math.min(tokens.size(), headEnd + BOTH_SIDES_REACH); i++) {
      Optional<PhraseTrie.Match<RuleRow>> m = bothSides.longestAt(tokens, i);
      // "12 civilians on both sides of the road" is a place
      if (m.isPresent() && !(m.get().to() < tokens.size() && tokens.get(m.get().to()).is("of"))) {
        return Optional.of(Rule.of(m.get().value(), tokens, m.get().from(), m.get().to()));
      }
    }
    return Optional.empty();
  }

  public static PerpetratorFinder from(Lexicons rules) {
    return rules.built(PerpetratorFinder.class, PerpetratorFinder::read);
  }

  private static PerpetratorFinder read(Lexicons rules) {
    PerpetratorFinder finder = new PerpetratorFinder();
    finder.allies = Allies.from(rules);
    rules.file(RuleFiles.ATTACK_WORDS).rows().forEach(r -> finder.attackWords.add(r.get("word"), r));
    rules.file(RuleFiles.ATTACK_VERBS).rows().forEach(r -> finder.attackVerbs.add(r.get("verb"), r));
    // who beats an attack back attacks the attackers: a repel verb is an attack verb too
    for (RuleRow r : rules.file(RuleFiles.REPEL_VERBS).rows()) {
      finder.repelVerbs.add(r.get("verb"), r);
      finder.attackVerbs.add(r.get("verb"), r);
    }
    for (RuleRow r : rules.file(RuleFiles.AGENT_MARKERS).rows()) {
      (r.get("side").equals("before") ? finder.markersBefore : finder.markersAfter).add(r.get("phrase"), r);
    }
    rules.file(RuleFiles.REPORTING_VERBS).rows().stream().filter(r -> !r.get("position").equals("stance"))
        .forEach(r -> finder.reportingVerbs.add(r.get("phrase"), r));
    rules.file(RuleFiles.RESPONSIBILITY_CUES).rows().forEach(r -> finder.responsibility.add(r.get("phrase"), r));
    rules.file(RuleFiles.GENERIC_ATTACKERS).rows().forEach(r -> finder.genericAttackers.put(r.get("actor"), r));
    rules.file(RuleFiles.HELD_AREAS).rows().forEach(r -> finder.heldAreas.add(r.get("phrase"), r));
    rules.file(RuleFiles.LAUNCH_AREAS).rows().forEach(r -> finder.launchAreas.add(r.get("phrase"), r));
    rules.file(RuleFiles.AIR_ATTACK_WORDS).rows().forEach(r -> finder.airAttacks.add(r.get("word"), r));
    rules.file(RuleFiles.BLAST_WORDS).rows().forEach(r -> finder.blasts.add(r.get("word"), r));
    rules.file(RuleFiles.PLACE_NOUNS).rows().forEach(r -> finder.placeNouns.add(r.get("word"), r));
    rules.file(RuleFiles.AFFILIATIONS).rows().forEach(r -> finder.affiliations.add(r.get("phrase"), r));
    rules.file(RuleFiles.BOTH_SIDES).rows().forEach(r -> finder.bothSides.add(r.get("phrase"), r));
    rules.file(RuleFiles.WAR_AGENTS).rows().forEach(r -> finder.warAgents.add(r.get("phrase"), r));
    rules.file(RuleFiles.TOLL_MEMBERS).rows().forEach(r -> finder.tollMembers.add(r.get("phrase"), r));
    rules.file(RuleFiles.ATTACKER_ANAPHORS).rows().forEach(r -> finder.attackerAnaphors.add(r.get("phrase"), r));
    finder.unnamedAttackers = words(rules.file(RuleFiles.UNNAMED_ATTACKERS).rows(), r -> true);
    List<RuleRow> unknown = rules.file(RuleFiles.UNKNOWN_ATTACKERS).rows();
    finder.unknownQualifiers = words(unknown, r -> r.get("role").equals("qualifier"));
    finder.unknownAttackers = words(unknown, r -> r.get("role").equals("attacker"));
    finder.fights = FightWords.from(rules);
    finder.lossVerbs = WordSet.copyOf(rules.file(RuleFiles.LOSS_VERBS).rows().stream()
        .map(r -> r.get("verb").toLowerCase(java.util.Locale.ROOT)).toList());
    finder.loserNouns = WordSet.copyOf(rules.file(RuleFiles.LOSER_NOUNS).rows().stream()
        .map(r -> r.get("noun").toLowerCase(java.util.Locale.ROOT)).toList());
    return finder;
  }

  /** The lower-cased words of the rows {@code keep} takes, as a set asked token after token. */
  private static WordSet words(List<RuleRow> rows, java.util.function.Predicate<RuleRow> keep) {
    return WordSet.copyOf(rows.stream().filter(keep).map(r -> r.get("word").toLowerCase(java.util.Locale.ROOT)).toList());
  }

  /** The strongest perpetrator named in the sentence, nearest to the number at token {@code at} on a tie. */
  public Optional<Found> find(List<Token> tokens, List<ActorMention> mentions, int at) {
    return find(tokens, mentions, at, at, null, i -> false);
  }

  /**
   * As {@link #find(List, List, int)}, where tokens {@code [at, victimsEnd)} hold the count and its
   * people: an actor named there ("29 Syrian rebels were killed") is the victim, not the perpetrator. Each actor
   * passed over goes to {@code dropped} (when not null) with the reason. {@code harmedAt} is true for the tokens that
   * hold any count's people: "its fighters" there are the ones harmed, not the claimant's attackers.
   */
  public Optional<Found> find(List<Token> tokens, List<ActorMention> mentions, int at, int victimsEnd, List<String> dropped,
      IntPredicate harmedAt) {
    Found best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (ActorMention m : mentions) {
      Optional<String> why = notAnAgent(tokens, mentions, m, at, victimsEnd);
      Found found = why.isPresent() ? null : strength(tokens, mentions, m, at);
      if (found == null) {
        drop(dropped, m, why.orElse("no attack word, attack verb or agent marker beside it"));
        continue;
      }
      int distance = Math.abs(m.from() - at);
      if (best == null || found.strength() > best.strength() || found.strength() == best.strength() && distance < bestDistance) {
        // the reasons are written only where they are shown (--explain): most sentences are read without
        if (dropped != null && best != null && !best.actor().equals(m.actor().id())) {
          drop(dropped, best.actor(), best.rule(), "outranked by " + m.actor().id());
        }
        best = found;
        bestDistance = distance;
      } else if (dropped != null && !best.actor().equals(m.actor().id())) {
        drop(dropped, m, "outranked by " + best.actor() + (found.strength() == best.strength() ? ", nearer the number" : ""));
      }
    }
    // "Rockets fired from the rebel-held enclave killed four, as government bombardment went on": the side holding
    // the area the fire came from fired it, as strongly as a name beside a means of attack (attr21)
    Optional<PhraseTrie.Match<RuleRow>> launch = launchArea(tokens);
    if (launch.isPresent()) {
      int distance = Math.abs(launch.get().from() - at);
      Found found = new Found(launch.get().value().get("attacker"), 3, false,
          rule(launch.get(), tokens) + ": the area the fire came from");
      if (best == null || found.strength() > best.strength() || found.strength() == best.strength() && distance < bestDistance) {
        if (dropped != null && best != null && !best.actor().equals(found.actor())) {
          drop(dropped, best.actor(), best.rule(), "outranked by " + found.actor() + ", nearer the number");
        }
        best = found;
      }
    }
    return best != null ? Optional.of(best) : pointsBack(tokens, mentions, harmedAt);
  }

  /** The side holding the area that fire came from ("shells fired from a rebel-held district"), if the sentence says. */
  public Optional<Found> byLaunchArea(List<Token> tokens) {
    return launchArea(tokens).map(m -> new Found(m.value().get("attacker"), 3, false, rule(m, tokens).toString()));
  }

  /**
   * The first launch-areas.tsv phrase that stands a few words after "from", right after a word of firing (an attack verb
   * or a means of attack: "fired from", "rockets from", "mortar fire from"); "evacuees from rebel-held towns" fired
   * nothing.
   */
  private Optional<PhraseTrie.Match<RuleRow>> launchArea(List<Token> tokens) {
    for (PhraseTrie.Match<RuleRow> m : launchAreas.findAll(tokens)) {
      int from = fromBefore(tokens, m.from());
      if (from > 0 && endsFiring(tokens, from)) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  /** The index of "from" at most {@link #FROM_REACH} words before token {@code area}, else -1. */
  private static int fromBefore(List<Token> tokens, int area) {
    for (int i = area - 1; i >= 0 && i >= area - FROM_REACH; i--) {
      if (tokens.get(i).is("from")) {
        return i;
      }
      if (!tokens.get(i).isWord() || STRUCK_AT.contains(tokens.get(i).lower())) {
        return -1;
      }
    }
    return -1;
  }

  /** True when an attack verb or a means of attack ends right before token {@code at}: "fired", "mortar fire". */
  private boolean endsFiring(List<Token> tokens, int at) {
    for (int start = Math.max(0, at - 2); start < at; start++) {
      int s = start;
      if (attackVerbAt(tokens, s).filter(v -> v.to() == at).isPresent()
          || attackWords.longestAt(tokens, s).filter(w -> w.to() == at).isPresent()) {
        return true;
      }
    }
    return false;
  }

  /** True for kinds of actor that make attacks; monitors, charities, agencies, the UN and the outlet report them. */
  public static boolean fights(Actor actor) {
    return !NOT_BELLIGERENTS.contains(actor.kind());
  }

  /**
   * The attacker a sentence without a count names for an attack told before it ("It was not clear whether the raids
   * were carried out by Syrian or Russian jets"): the first actor, from the sentence's start, that words mark as
   * strongly as "by" or "Russian jets" do; "by" after a word that is neither a participle nor a means of attack
   * ("efforts by the Syrian people") marks no one.
   */
  public Optional<Found> namedForAttack(List<Token> tokens, List<ActorMention> mentions) {
    for (ActorMention m : mentions) {
      if (notAnAgent(tokens, mentions, m, 0, 0).isPresent() || byAfterPlainNoun(tokens, m.from())) {
        continue;
      }
      Found found = strength(tokens, mentions, m, 0);
      if (found != null && found.strength() >= 3) {
        return Optional.of(found);
      }
    }
    return Optional.empty();
  }

  /** "by" right before the actor, after a word that is not a participle ("killed", "carried out") nor an attack. */
  private boolean byAfterPlainNoun(List<Token> tokens, int from) {
    Optional<PhraseTrie.Match<RuleRow>> marker = markerBefore(tokens, from);
    if (marker.isEmpty() || !marker.get().value().get("phrase").equals("by") || marker.get().from() == 0) {
      return false;
    }
    int before = marker.get().from() - 1;
    String w = tokens.get(before).lower();
    // "a mine laid by", "left behind by": participles of no -ed, and the particle after one (attr26)
    boolean participle = w.endsWith("ed") || w.endsWith("en") || w.equals("out") || LAID.contains(w)
        || attackVerbAt(tokens, before).isPresent();
    boolean attack = false;
    for (int start = Math.max(0, before - 2); start <= before; start++) {
      attack |= attackWords.longestAt(tokens, start).filter(a -> a.to() == before + 1).isPresent();
    }
    return !participle && !attack;
  }

  /** Participles and particles before "by" that end in no -ed: "a mine laid by", "left behind by", "set by". */
  private static final WordSet LAID = WordSet.of("laid", "left", "behind", "set", "put");

  /** Words that point back at something named before: "the strike", "these raids". */
  private static final WordSet DEFINITE = WordSet.of("the", "this", "that", "these", "those");

  /**
   * A definite attack the sentence points back at ("the strike", "the bombing raids", "these attacks"), as the
   * attack-words.tsv row it matched: such a sentence is about an attack told before.
   */
  public Optional<Rule> pointsBackAtAttack(List<Token> tokens) {
    for (int i = 0; i + 1 < tokens.size(); i++) {
      if (!DEFINITE.contains(tokens.get(i).lower())) {
        continue;
      }
      Optional<Rule> attack = attackOpenedBy(tokens, i, i + 1);
      if (attack.isPresent()) {
        return attack;
      }
    }
    return Optional.empty();
  }

  /**
   * The attack-words.tsv row that starts at token {@code from} or the word after it (past no mark), as a rule spanning
   * from the opener at {@code opener}: "the strike", "these bombing raids", "in a mortar attack".
   */
  private Optional<Rule> attackOpenedBy(List<Token> tokens, int opener, int from) {
    for (int j = from; j < Math.min(tokens.size(), from + 2); j++) {
      Optional<PhraseTrie.Match<RuleRow>> match = attackWords.longestAt(tokens, j);
      if (match.isPresent()) {
        return Optional.of(Rule.of(match.get().value(), tokens, opener, match.get().to()));
      }
      if (!tokens.get(j).isWord()) {
        break;
      }
    }
    return Optional.empty();
  }

  private static final WordSet INDEFINITE = WordSet.of("a", "an");

  /**
   * "Two servicemen were killed in a mortar attack on the base": harm in an attack the sentence tells anew (attack-words.tsv
   * after "in a"), not in the fight told before, as the row it matched (attr20).
   */
  public Optional<Rule> inNewAttack(List<Token> tokens) {
    for (int i = 0; i + 2 < tokens.size(); i++) {
      if (!tokens.get(i).is("in") || !INDEFINITE.contains(tokens.get(i + 1).lower())) {
        continue;
      }
      Optional<Rule> attack = attackOpenedBy(tokens, i, i + 2);
      if (attack.isPresent()) {
        return attack;
      }
    }
    return Optional.empty();
  }

  /** The generic-attackers.tsv row of an actor a label names ("terrorists"), if it is one. */
  public Optional<Rule> genericLabel(String actor) {
    return Optional.ofNullable(actor == null ? null : genericAttackers.get(actor)).map(r -> Rule.of(r, actor));
  }

  /** How many words may stand between a group and the words that own the attack: "IS) terrorist group on Monday claimed". */
  private static final int RESPONSIBILITY_REACH = 6;

  /**
   * The armed group that says it made an attack (responsibility-cues.tsv): "Nusra Front claimed responsibility", "the
   * Al-Nusra Front Twitter feed said one of the groups members blew himself up". Only a side that fights, with no other
   * actor between it and the words.
   */
  public List<Found> ownsAttack(List<Token> tokens, List<ActorMention> mentions) {
    List<Found> owners = new java.util.ArrayList<>();
    for (ActorMention m : mentions) {
      if (!fights(m.actor()) || genericAttackers.containsKey(m.actor().id())) {
        continue;
      }
      for (int i = m.to(); i < Math.min(tokens.size(), m.to() + RESPONSIBILITY_REACH + 1); i++) {
        Optional<PhraseTrie.Match<RuleRow>> cue = responsibility.longestAt(tokens, i);
        if (cue.isPresent()) {
          owners.add(new Found(m.actor().id(), 3, false, m.rule() + " with " + rule(cue.get(), tokens)));
          break;
        }
        int here = i;
        // "The Islamic State (ISIS) terrorist group claimed": a bracketed short name and a label describe the group
        boolean bracket = tokens.get(i).is("(") || tokens.get(i).is(")");
        if (!tokens.get(i).isWord() && !bracket || anotherNamedAt(mentions, m, here)) {
          break;
        }
      }
    }
    return owners;
  }

  /** True when a mention of another, not generic, actor than {@code m}'s starts at token {@code at}. */
  private boolean anotherNamedAt(List<ActorMention> mentions, ActorMention m, int at) {
    for (ActorMention o : mentions) { // a loop, not a stream: asked at every word after a name
      if (o != m && o.from() == at && !genericAttackers.containsKey(o.actor().id())
          && !o.actor().id().equals(m.actor().id())) {
        return true;
      }
    }
    return false;
  }

  /**
   * "The shelling also wounded 19 people": a sentence whose first words are "the" and a means of attack (attack-words.tsv,
   * blast-words.tsv) as its subject, pointing back at an attack told before; its rule (attr18).
   */
  public Optional<Rule> opensWithAttack(List<Token> tokens) {
    int the = reportedClause(tokens);
    if (tokens.size() < the + 3 || !tokens.get(the).is("the")) {
      return Optional.empty();
    }
    Optional<PhraseTrie.Match<RuleRow>> m = attackWords.longestAt(tokens, the + 1).or(() -> blasts.longestAt(tokens, the + 1));
    // "The offensive on eastern Ghouta, one of the last rebel strongholds, has killed": a place or a target after the
    // means of attack makes it an attack of its own, perhaps not the one told last; its verb or "also" must follow
    return m.filter(a -> a.to() < tokens.size() && tokens.get(a.to()).isWord() && !DETERMINERS.contains(tokens.get(a.to()).lower())
            && !STRUCK_AT.contains(tokens.get(a.to()).lower()) && !tokens.get(a.to()).is("by"))
        .map(a -> Rule.of(a.value(), tokens, a.from(), a.to()));
  }

  /** Verbs after which a source's words open: "The council said the bombardment had killed nine civilians". */
  private static final WordSet SAID = WordSet.of("said", "says", "added", "reported", "stated");
  /** How many words the source may take before its verb ("The town's local council said"). */
  private static final int SOURCE_REACH = 5;

  /**
   * Where the sentence's own clause opens: after "SOURCE said (that)" when the sentence opens so, its reported words
   * are the clause whose subject may point back at an attack (attr26, -8 p28); else at its first word.
   */
  private static int reportedClause(List<Token> tokens) {
    for (int i = 1; i <= SOURCE_REACH && i < tokens.size(); i++) {
      if (!tokens.get(i).isWord()) {
        return 0;
      }
      if (SAID.contains(tokens.get(i).lower())) {
        return i + 1 < tokens.size() && tokens.get(i + 1).is("that") ? i + 2 : i + 1;
      }
    }
    return 0;
  }

  /**
   * "a mine left behind by the organization": the words of attacker-anaphors.tsv in the sentence that no actor's name
   * overlaps, each as a mention of {@code group} (the armed group named last), which names no source.
   */
  public List<ActorMention> attackerAnaphors(List<Token> tokens, List<ActorMention> mentions, Actor group) {
    List<ActorMention> out = new java.util.ArrayList<>(0);
    for (PhraseTrie.Match<RuleRow> m : attackerAnaphors.findAll(tokens)) {
      boolean overlaps = false;
      for (ActorMention named : mentions) {
        // "at the hands of the terrorists": a label inside the words ("terrorists") is the anaphor's, not a name
        overlaps |= named.from() < m.to() && m.from() < named.to()
            && (!swallows(m.from(), m.to(), named) || partOf(tokens, m.from()));
      }
      if (!overlaps) {
        out.add(new ActorMention(group, m.from(), m.to(), false, false, Rule.of(m.value(), tokens, m.from(), m.to())));
      }
    }
    return out;
  }

  /**
   * "killed a number of the terrorists", "positions of the terrorists": a label after "of" is a part or a target, not
   * an agent, and stays the label (the counted fighters' side) unless an agent marker ends there ("at the hands of").
   */
  private boolean partOf(List<Token> tokens, int from) {
    return from > 0 && tokens.get(from - 1).is("of") && markerBefore(tokens, from).isEmpty();
  }

  /**
   * True when the anaphor's words {@code [from, to)} hold all of a label's ("the terrorists" over "terrorists"): a
   * label names no one group (it can never be a source), so the definite words point back at the group named before.
   */
  public static boolean swallows(int from, int to, ActorMention named) {
    return !named.canClaim() && !named.person() && from <= named.from() && named.to() <= to;
  }

  /** Prepositions that tie a harm to an attack told before: "killed in the attack", "wounded during the shelling". */
  private static final WordSet HARMED_IN = WordSet.of("in", "during", "by");

  /**
   * "Four civilians lost their lives in the attack": a harm tied by a preposition to "the" and a means of attack
   * (attack-words.tsv, blast-words.tsv), as its rule: the attack is one told before, where the sentence names no other.
   * A place or target after it ("in the attack on the market") may make it an attack of its own, and is passed over.
   */
  public Optional<Rule> harmedInAttackBefore(List<Token> tokens) {
    for (int i = 0; i + 2 < tokens.size(); i++) {
      if (!HARMED_IN.contains(tokens.get(i).lower()) || !tokens.get(i + 1).is("the")) {
        continue;
      }
      // "in the initial assault", "during the overnight shelling": one word may describe the attack (attr21)
      Optional<PhraseTrie.Match<RuleRow>> m = attackAt(tokens, i + 2);
      if (m.isEmpty() && i + 3 < tokens.size() && tokens.get(i + 2).isWord() && !tokens.get(i + 2).isCapitalised()) {
        m = attackAt(tokens, i + 3);
      }
      if (m.isPresent() && (m.get().to() >= tokens.size() || !STRUCK_AT.contains(tokens.get(m.get().to()).lower()))) {
        return Optional.of(Rule.of(m.get().value(), tokens, i, m.get().to()));
      }
    }
    return Optional.empty();
  }

  /** The means of attack (attack-words.tsv, blast-words.tsv) that starts at token {@code at}. */
  private Optional<PhraseTrie.Match<RuleRow>> attackAt(List<Token> tokens, int at) {
    return attackWords.longestAt(tokens, at).or(() -> blasts.longestAt(tokens, at));
  }

  /** The first means of attack the tokens name ("the strikes", "a barrel bomb"), as its rule. */
  public Optional<Rule> namesAttack(List<Token> tokens) {
    return attackWords.first(tokens).or(() -> blasts.first(tokens)).map(m -> Rule.of(m.value(), tokens, m.from(), m.to()));
  }

  /**
   * Words for attackers of no named side: "militants fired mortar rounds", "gunmen opened fire". As the subject of an
   * attack verb they say the attack's author is left unnamed (attr17).
   */
  private WordSet unnamedAttackers = WordSet.of();

  /**
   * "Militants fired mortar rounds at a village, killing two": the first word for attackers of no named side right
   * before an attack verb (at most one word between: "militants also shelled"), as its rule; a passive ("militants were
   * killed") names them as victims, not attackers, and a name right before them ("Islamic State militants") their side.
   */
  public Optional<Rule> unnamedAttacker(List<Token> tokens) {
    for (int i = 0; i + 1 < tokens.size(); i++) {
      // "Islamic State militants killed": a name before the word makes them that group's
      // ("Armed groups shelled", a sentence's capital, is no name)
      if (!unnamedAttackers.contains(tokens.get(i).lower())
          || i > 0 && tokens.get(i - 1).isCapitalised() && !tokens.get(i - 1).is("armed")) {
        continue;
      }
      for (int v = i + 1; v < Math.min(tokens.size(), i + 3); v++) {
        Optional<PhraseTrie.Match<RuleRow>> verb = attackVerbAt(tokens, v);
        if (verb.isPresent() && !passive(tokens, v, i + 1)) {
          return Optional.of(Rule.builtIn("an attacker of no named side", Rule.words(tokens, i, verb.get().to())));
        }
        if (!BETWEEN_SUBJECT_AND_VERB.contains(tokens.get(v).lower())) {
          break;
        }
      }
      Optional<Rule> placed = attackFromPlace(tokens, i);
      if (placed.isPresent()) {
        return placed;
      }
    }
    return Optional.empty();
  }

  /** Words that open where attackers are ("militants from the Idlib zone", "terrorists positioned in Bani Zeid"). */
  private static final WordSet WHERE_FROM = WordSet.of("from", "in", "positioned", "stationed", "based", "entrenched");
  /** How many words the place of the attackers may take before their verb. */
  private static final int WHERE_REACH = 7;

  /**
   * "Militants from the Idlib de-escalation zone shelled the quarter": where they are from names no side, so the verb
   * after the place (words only, no comma) is still theirs (attr26, -8 p19).
   */
  private Optional<Rule> attackFromPlace(List<Token> tokens, int word) {
    if (word + 2 >= tokens.size() || !WHERE_FROM.contains(tokens.get(word + 1).lower())) {
      return Optional.empty();
    }
    for (int v = word + 2; v < Math.min(tokens.size(), word + 2 + WHERE_REACH) && tokens.get(v).isWord(); v++) {
      Optional<PhraseTrie.Match<RuleRow>> verb = attackVerbAt(tokens, v);
      if (verb.isPresent()) {
        return passive(tokens, v, word + 1) ? Optional.empty()
            : Optional.of(Rule.builtIn("an attacker of no named side", Rule.words(tokens, word, verb.get().to())));
      }
    }
    return Optional.empty();
  }

  /**
   * "Mortar shells fired by militants from Eastern Ghouta", "rounds of shelling by armed groups": a word for attackers
   * of no named side right after "by" (two lower-case words may stand between: "attacks by illegal armed groups",
   * attr25), as its rule; not "by militants of the Islamic State", whose group follows (attr23).
   */
  /** How many words after "by" may hold the word for attackers of no named side ("by illegal armed groups"). */
  private static final int AGENT_REACH = 3;

  public Optional<Rule> unnamedAgent(List<Token> tokens) {
    for (int i = 0; i + 1 < tokens.size(); i++) {
      if (!tokens.get(i).is("by")) {
        continue;
      }
      for (int w = i + 1; w < Math.min(tokens.size(), i + 1 + AGENT_REACH); w++) {
        if (unnamedAttackers.contains(tokens.get(w).lower())) {
          if (w + 1 < tokens.size() && tokens.get(w + 1).is("of")) {
            break;
          }
          return Optional.of(Rule.builtIn("an attacker of no named side", Rule.words(tokens, i, w + 1)));
        }
        if (tokens.get(w).isCapitalised()) {
          break;
        }
      }
    }
    return Optional.empty();
  }

  /** How many words after a verb may hold the word it needs (attack-verbs.tsv "needs"): "took four soldiers captive". */
  private static final int NEEDED_REACH = 6;

  /**
   * The attack verb at token {@code at}; a verb whose row names words it needs ("took": "captive", "prisoner",
   * "hostage") is one only where such a word follows within a few words, not in "took control of the city" (attr23).
   */
  private Optional<PhraseTrie.Match<RuleRow>> attackVerbAt(List<Token> tokens, int at) {
    return attackVerbs.longestAt(tokens, at).filter(m -> !m.value().columns().contains("needs")
        || m.value().optional("needs").map(needs -> {
      for (int i = m.to(); i < Math.min(tokens.size(), m.to() + NEEDED_REACH); i++) {
        for (String word : needs.split("\\|")) {
          if (tokens.get(i).is(word)) {
            return true;
          }
        }
      }
      return false;
    }).orElse(true));
  }

  /** Words that say an attacker is not known: "unknown gunmen", "unidentified aircraft" (unknown-attackers.tsv). */
  private WordSet unknownQualifiers = WordSet.of();
  private WordSet unknownAttackers = WordSet.of();

  /**
   * "Unknown gunmen shot dead a former commander", "unidentified aircraft struck a convoy": the words that say the
   * sentence's attacker is not known, as their rule (attr17).
   */
  public Optional<Rule> unknownAttacker(List<Token> tokens) {
    for (int i = 0; i + 1 < tokens.size(); i++) {
      if (unknownQualifiers.contains(tokens.get(i).lower()) && unknownAttackers.contains(tokens.get(i + 1).lower())) {
        return Optional.of(Rule.builtIn("an attacker the sentence says is not known", Rule.words(tokens, i, i + 2)));
      }
    }
    return Optional.empty();
  }

  /** The first attack from the air the tokens name ("air strikes", "warplanes"), as its rule. */
  public Optional<Rule> fromTheAir(List<Token> tokens) {
    return airAttacks.first(tokens).map(m -> Rule.of(m.value(), tokens, m.from(), m.to()));
  }

  /** The first attack by a bomb planted, driven or worn that the tokens name ("a car bomb", "a blast"), as its rule. */
  public Optional<Rule> fromABomb(List<Token> tokens) {
    return blasts.first(tokens).map(m -> Rule.of(m.value(), tokens, m.from(), m.to()));
  }

  /** The attacker implied by whose area was struck ("air strikes on a rebel-held town"), if the sentence says. */
  public Optional<Found> byHeldArea(List<Token> tokens) {
    return byHeldArea(tokens, null);
  }

  /** As {@link #byHeldArea(List)}; each held area passed over goes to {@code dropped} (when not null) with the reason. */
  public Optional<Found> byHeldArea(List<Token> tokens, List<String> dropped) {
    for (PhraseTrie.Match<RuleRow> m : heldAreas.findAll(tokens)) {
      Rule rule = Rule.of(m.value(), m.value().get("phrase"));
      if (!cameFrom(tokens, m.from())) {
        return Optional.of(new Found(m.value().get("attacker"), 1, false, rule.toString()));
      }
      if (dropped != null) {
        dropped.add(m.value().get("attacker") + " (" + rule + "): an area people or fire came from, not the area struck");
      }
    }
    return Optional.empty();
  }

  /** How many words may stand between "from" and a held area: "from the besieged government-held towns". */
  private static final int FROM_REACH = 3;
  private static final WordSet STRUCK_AT = WordSet.of("on", "in", "at", "into", "against", "of");

  /**
   * "buses carrying evacuees from besieged government-held towns", "rockets fired from a rebel-held district": an area
   * people or fire came from is not the area struck, so its holder's enemy did not strike it.
   */
  private static boolean cameFrom(List<Token> tokens, int area) {
    for (int i = area - 1; i >= 0 && i >= area - FROM_REACH; i--) {
      if (tokens.get(i).is("from")) {
        return true;
      }
      // "fired from Aleppo on rebel-held districts": the area after "on" is struck
      if (!tokens.get(i).isWord() || STRUCK_AT.contains(tokens.get(i).lower())) {
        return false;
      }
    }
    return false;
  }

  /** Why the mention cannot be the attacker: a victim, a description of the name before it, a target, a pair's second. */
  private Optional<String> notAnAgent(List<Token> tokens, List<ActorMention> mentions, ActorMention m, int at, int victimsEnd) {
    if (m.from() >= at && m.from() < victimsEnd) {
      return Optional.of("named among the people counted, a victim");
    }
    if (NOT_BELLIGERENTS.contains(m.actor().kind())) {
      return Optional.of("a " + m.actor().kind() + " (actors.tsv), who reports attacks but makes none");
    }
    // "SANA said, citing a police source, killing seven": a source (a police, military or hospital source) speaks of an
    // attack and makes none (attr29)
    if (tokens.get(m.to() - 1).is("source") || tokens.get(m.to() - 1).is("sources")) {
      return Optional.of("a source, who reports attacks but makes none");
    }
    Optional<PhraseTrie.Match<RuleRow>> repelled = repelledBy(tokens, m, at);
    if (repelled.isPresent()) {
      return Optional.of("made the attack that " + rule(repelled.get(), tokens) + " beat back: the dead are its own");
    }
    // "38 members of government forces were killed in the blast, which brought down a building used by the regime":
    // the side the dead belong to did not kill them, nor did its allies ("Eight members of the Tiger Forces died ...,
    // adding that Russian warplanes had supported the advance": attr30, attribution-written-12 y04)
    for (ActorMention v : mentions) {
      if (v.from() >= at && v.from() < victimsEnd
          && (v.actor().sameSide(m.actor()) || allies.allied(v.actor(), m.actor()) && namesMen(tokens, v))) {
        return Optional.of("the side the people counted belong to (" + v.rule() + "), not who killed them");
      }
    }
    Optional<PhraseTrie.Match<RuleRow>> member = endingBefore(affiliations, tokens, m.from());
    if (member.isPresent()) {
      return Optional.of("the side a person belongs to, not who attacked: " + rule(member.get(), tokens));
    }
    Optional<PhraseTrie.Match<RuleRow>> place = placeNouns.longestAt(tokens, m.to());
    if (place.isPresent()) {
      return Optional.of("names a place, not a side: " + rule(place.get(), tokens));
    }
    if (shotDown(tokens, m.from()) || shotDownAfter(tokens, m.to())) {
      return Optional.of("a target: its aircraft was shot down");
    }
    Optional<String> lost = lostBy(tokens, m.to());
    if (lost.isPresent()) {
      return Optional.of("the side that lost its people (\"" + lost.get() + "\"), not who killed them");
    }
    Optional<String> died = diedAfter(tokens, m.to());
    if (died.isPresent()) {
      return Optional.of("its people are the subject of \"" + died.get() + "\": the dead, not who killed them");
    }
    Optional<PhraseTrie.Match<RuleRow>> objectOf = verbBefore(tokens, m.from());
    if (objectOf.isPresent()) {
      return Optional.of("a target: the object of " + rule(objectOf.get(), tokens));
    }
    // "the Daesh terrorist group": a second name right after the first describes it; so does a label after a bracketed
    // aside ("al-Nusra Front (Qaeda branch in the Levant) terrorist organization"), not a name ("MOSCOW (Sputnik) Russia")
    for (ActorMention other : mentions) {
      // "... 20 Islamic State fighters Monitor US-led air strikes killed": a headline's monitor describes no side after it
      boolean describes = fights(other.actor()) || !fights(m.actor());
      if (describes && other.to() == m.from() || other.to() < m.from()
          && afterAside(tokens, other.to()) == m.from() && genericAttackers.containsKey(m.actor().id())) {
        return Optional.of("describes the name right before it");
      }
    }
    if (markerBefore(tokens, m.from()).isEmpty() && attackOwnedBy(tokens, m.from()).isEmpty() && isTarget(tokens, m.from())
        && killedFighting(tokens, m.from()).isEmpty()) {
      return Optional.of("a target: after \"" + tokens.get(m.from() - 1).text() + "\"");
    }
    // "US and French aerial assaults": the first named of a pair leads
    if (m.from() >= 2 && tokens.get(m.from() - 1).is("and") && endsAt(mentions, m.from() - 1)) {
      return Optional.of("second of a pair: the first named leads");
    }
    return Optional.empty();
  }

  /** Words of a stretch of time or a run of attacks: "a week of Russian air raids", "a series of regime strikes". */
  private static final WordSet SPANS = WordSet.of("week", "weeks", "day", "days", "month", "months", "hours", "night",
      "nights", "series", "wave", "waves", "round", "rounds");

  /**
   * True when a means of attack (attack-words.tsv with no kind "men") follows the side after "a week of", "a series of":
   * an attack that went on, not a description of where the side is (attr30, attribution-written-12 y22; not "the
   * actions of Daesh assault units").
   */
  private static boolean meansOverSpan(List<Token> tokens, int from, PhraseTrie.Match<RuleRow> attack) {
    return !"men".equals(attack.value().get("kind")) && from >= 2 && tokens.get(from - 1).is("of")
        && SPANS.contains(tokens.get(from - 2).lower());
  }

  /**
   * True when the mention names a body of fighters ("Tiger Forces", "Syrian troops": an attack word of kind men ends it
   * or follows it), not a people ("130,000 Syrians"), whose allies' bombing may well have harmed them.
   */
  private boolean namesMen(List<Token> tokens, ActorMention v) {
    for (int i = Math.max(v.from(), v.to() - 1); i <= Math.min(v.to(), tokens.size() - 1); i++) {
      Optional<PhraseTrie.Match<RuleRow>> word = attackWords.longestAt(tokens, i);
      if (word.isPresent() && "men".equals(word.get().value().get("kind"))) {
        return true;
      }
    }
    return false;
  }

  private Found strength(List<Token> tokens, List<ActorMention> mentions, ActorMention m, int at) {
    Found found = bare(tokens, mentions, m, at);
    return found == null ? null : new Found(found.actor(), found.strength(), false, m.rule() + " with " + found.rule());
  }

  private Found bare(List<Token> tokens, List<ActorMention> mentions, ActorMention m, int at) {
    String id = m.actor().id();
    // "SANA said 78 people were killed, blaming terrorist groups": a report's blame of the label that names no group
    // leaves the attack to the group that claims it (attr27)
    Optional<PhraseTrie.Match<RuleRow>> before = markerBefore(tokens, m.from())
        .filter(b -> !(b.value().get("phrase").equals("blaming") && genericAttackers.containsKey(id)));
    if (before.isPresent()) {
      int by = before.get().from();
      if (before.get().value().get("phrase").equals("by") && by > 0 && NOT_AGENTIVE.contains(tokens.get(by - 1).lower())) {
        return null;
      }
      return new Found(id, 3, false, rule(before.get(), tokens).toString());
    }
    Optional<PhraseTrie.Match<RuleRow>> attackOf = AttackOfSide.find(attackWords, tokens, m);
    if (attackOf.isPresent()) {
      return new Found(id, 3, false, rule(attackOf.get(), tokens) + " of it on a target");
    }
    Optional<PhraseTrie.Match<RuleRow>> owned = attackOwnedBy(tokens, m.from());
    if (owned.isPresent()) {
      return new Found(id, 3, false, rule(owned.get(), tokens) + " belonging to it");
    }
    Optional<PhraseTrie.Match<RuleRow>> hedged = attackHedgedAs(tokens, m.from());
    if (hedged.isPresent()) {
      return new Found(id, 3, false, rule(hedged.get(), tokens) + " believed to be it");
    }
    // "Daesh claimed", "the Islamic State group claimed": one word may stand between
    Optional<PhraseTrie.Match<RuleRow>> after = markersAfter.longestAt(tokens, m.to())
        .or(() -> m.to() < tokens.size() && tokens.get(m.to()).isWord() ? markersAfter.longestAt(tokens, m.to() + 1)
            : Optional.empty());
    if (after.isPresent()) {
      return new Found(id, 3, false, rule(after.get(), tokens).toString());
    }
    // "Syrian Army troops anti-terrorism offensives": a label joined to the name that is a means of attack itself
    Optional<PhraseTrie.Match<RuleRow>> ownLabel = m.labelFrom() < m.to()
        ? attackWords.longestAt(tokens, m.labelFrom()).filter(a -> a.to() == m.to()) : Optional.empty();
    if (ownLabel.isPresent() && !fell(tokens, m.to())) {
      return new Found(id, 3, false, rule(ownLabel.get(), tokens).toString());
    }
    Optional<PhraseTrie.Match<RuleRow>> attack = attackAfter(tokens, m.to())
        .filter(a -> !anotherSideBetween(tokens, mentions, m, a.from()))
        .filter(a -> !(whereTheyAre(tokens, m.from(), a.to()) && !meansOverSpan(tokens, m.from(), a)))
        .filter(a -> !speaks(tokens, a.to()));
    if (attack.isPresent()) {
      return new Found(id, 3, false, rule(attack.get(), tokens).toString());
    }
    // "the Islamic State of Iraq and the Levant (ISIL) have executed": a bracketed short name stands between, or is
    // the name itself
    int subjectEnd = m.from() > 0 && tokens.get(m.from() - 1).is("(") && m.to() < tokens.size() && tokens.get(m.to()).is(")")
        ? m.to() + 1 : afterBrackets(tokens, m.to());
    if (subjectEnd == m.to()) {
      subjectEnd = Appositives.after(tokens, subjectEnd, i -> reportingVerbs.longestAt(tokens, i).isPresent());
    }
    subjectEnd = pastOwnAllies(tokens, mentions, m.from(), subjectEnd);
    for (int i = subjectEnd; i < Math.min(tokens.size(), subjectEnd + VERB_REACH); i++) {
      // "Syrian opposition: 1300 killed": a name before a colon is who says it, not who did it
      if (tokens.get(i).is(":")) {
        break;
      }
      Optional<PhraseTrie.Match<RuleRow>> verb = attackVerbAt(tokens, i);
      if (verb.isPresent()) {
        // "members of IS were killed": the subject of a passive is who suffered it
        return passive(tokens, i, subjectEnd) ? null : new Found(id, 2, false, rule(verb.get(), tokens).toString());
      }
      Optional<PhraseTrie.Match<RuleRow>> says = reportingVerbs.longestAt(tokens, i);
      if (says.isPresent()) {
        // "the militia said it had killed 30 soldiers": the speaker is the attacker
        return selfClaimed(tokens, says.get().to()).map(v -> new Found(id, 2, false, rule(v, tokens).toString())).orElse(null);
      }
      // "rebels had killed", "ISIS reportedly executed"; not "Syrian towns … killing", where the name is a modifier
      if (!BETWEEN_SUBJECT_AND_VERB.contains(tokens.get(i).lower())) {
        break;
      }
    }
    Optional<Found> subject = clauseSubject(tokens, mentions, m, at);
    if (subject.isPresent()) {
      return subject.get();
    }
    // "killed in clashes with regime troops": the other side of the fighting
    int with = m.from() > 0 && tokens.get(m.from() - 1).is("the") ? m.from() - 2 : m.from() - 1;
    if (with >= 1 && tokens.get(with).is("with") && fights.betweenSides(tokens.get(with - 1).lower())) {
      return new Found(id, 2, false, Rule.builtIn("the other side in clashes with", tokens.get(with - 1).text() + " with").toString());
    }
    Optional<String> fought = killedFighting(tokens, m.from());
    if (fought.isPresent()) {
      return new Found(id, 2, false, Rule.builtIn("the side the dead were fighting", fought.get()).toString());
    }
    return null;
  }

  /**
   * "The Turkish occupation army and its mercenaries shelled the villages": the side's own allies, joined to it by "and
   * its" or "and their" and one word, are part of the subject; the token after them, else {@code at} (attr17).
   */
  private static int pastOwnAllies(List<Token> tokens, List<ActorMention> mentions, int from, int at) {
    if (at + 3 < tokens.size() && tokens.get(at).is("and") && POSSESSIVES.contains(tokens.get(at + 1).lower())
        && tokens.get(at + 2).isWord() && !startsAt(mentions, at + 2)) {
      return at + 3;
    }
    // "Rebels including Ahrar al-Sham and Fateh al-Sham fired rockets": the first of two sides joined by "and" leads
    // the pair, past the second's name; not "clashes between the army and rebels killed", whose subject is the clashes
    int before = from > 0 && tokens.get(from - 1).is("the") ? from - 2 : from - 1;
    boolean between = before >= 0 && tokens.get(before).is("between");
    if (!between && at + 1 < tokens.size() && tokens.get(at).is("and")) {
      for (ActorMention o : mentions) {
        if (o.from() == at + 1) {
          return o.to();
        }
      }
    }
    return at;
  }

  /** Words between a speaker and its reporting verb: "Syrian popular defense forces have reported that". */
  private static final WordSet BEFORE_REPORT = WordSet.of("have", "has", "had", "also", "earlier");

  /**
   * "Syrian popular defense forces have reported that terrorists fired shells": the forces that open the sentence as
   * the subject of a reporting verb (reporting-verbs.tsv, a subject's verb) tell of the attack and did not make it; if
   * they say they made it ("said it had killed") the subject-verb rule still finds them, and a side that claims or
   * admits an attack is its maker. A loop over two or three words.
   */
  private boolean speaks(List<Token> tokens, int from) {
    int i = from;
    while (i < tokens.size() && BEFORE_REPORT.contains(tokens.get(i).lower())) {
      i++;
    }
    Optional<PhraseTrie.Match<RuleRow>> says = i < tokens.size() ? reportingVerbs.longestAt(tokens, i) : Optional.empty();
    if (says.isEmpty()) {
      return false;
    }
    RuleRow verb = says.get().value();
    String position = verb.get("position");
    // "ISIS fighters claimed a suicide attack", "the army admitted": a side that claims or admits an attack made it
    return (position.equals("subject") || position.equals("either")) && !verb.get("stance").equals("admitted")
        && !verb.get("phrase").startsWith("claim");
  }

  /** How many words a repel verb may stand before the side whose attack it beat back: "repelled 7 waves of terrorist". */
  private static final int REPELLED_REACH = 6;
  private static final WordSet RELATIVE = WordSet.of("that", "which", "who");

  /**
   * "Regime forces repel a rebel offensive …, killing 40 attackers", "the army thwarted an attack by Nusra, killing
   * scores": the side named in the object of a repel verb (repel-verbs.tsv) made the attack that failed, and the dead
   * counted after are its own. Not where a relative clause between gives that attack dead of its own ("repelled an
   * attack by ISIS that had killed 12 soldiers"). The repel verb matched, if the actor stands so.
   */
  /**
   * The fighting sides whose attack a repel verb beat back ("Hezbollah fighters repelled an attack by Nusra Front
   * terrorists, killing 15 of the attackers"): the side the repelling fighters killed, where the dead are not named by it.
   */
  public List<String> repelledSides(List<Token> tokens, List<ActorMention> mentions) {
    List<String> out = new java.util.ArrayList<>(1);
    for (ActorMention m : mentions) {
      if (fights(m.actor()) && repelledBy(tokens, m, m.to()).isPresent()) {
        out.add(m.actor().id());
      }
    }
    return out;
  }

  private Optional<PhraseTrie.Match<RuleRow>> repelledBy(List<Token> tokens, ActorMention m, int at) {
    for (int i = m.to(); i < at && i < tokens.size(); i++) {
      if (RELATIVE.contains(tokens.get(i).lower())) {
        return Optional.empty();
      }
    }
    for (int i = m.from() - 1; i >= 0 && i >= m.from() - REPELLED_REACH; i--) {
      Optional<PhraseTrie.Match<RuleRow>> verb = repelVerbs.longestAt(tokens, i);
      if (verb.isPresent() && verb.get().to() <= m.from()) {
        return verb;
      }
      Token t = tokens.get(i);
      if (!t.isWord() || CLAUSE_EDGES.contains(t.lower())) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** Harm participles after which "fighting X" says whom the dead fought: "three soldiers were killed fighting IS". */
  private static final WordSet DIED = WordSet.of("killed", "died", "wounded", "injured", "dead");
  private static final WordSet FOUGHT = WordSet.of("fighting", "battling");

  /**
   * "Three SDF soldiers were killed fighting Islamic State", "died while battling the militants": the side the dead
   * were fighting killed them; "air strikes targeting fighting positions" or "the army, fighting IS, shelled" say not.
   * The words matched, when the actor at {@code from} stands so.
   */
  private static Optional<String> killedFighting(List<Token> tokens, int from) {
    int i = from > 0 && ARTICLES.contains(tokens.get(from - 1).lower()) ? from - 1 : from;
    if (i < 2 || !FOUGHT.contains(tokens.get(i - 1).lower())) {
      return Optional.empty();
    }
    int harm = tokens.get(i - 2).is("while") ? i - 3 : i - 2;
    return harm >= 0 && DIED.contains(tokens.get(harm).lower())
        ? Optional.of(tokens.get(harm).text() + " " + tokens.get(i - 1).text()) : Optional.empty();
  }

  /** How many tokens a bracketed short name after an actor may hold: "(ISIL)", "(Islamic State, IS)". */
  private static final int BRACKETS_REACH = 5;

  /** How many tokens a bracketed aside between a name and its label may hold: "(Qaeda branch in the Levant)". */
  private static final int ASIDE_REACH = 8;

  /** The token after a bracketed aside that opens at {@code from} and closes within {@link #ASIDE_REACH}, else {@code from}. */
  private static final WordSet QUOTE_MARKS = WordSet.of("\"", "“", "”");

  /**
   * The name that starts at token {@code at} after "by" (and "the") and a word that makes "by" name a holder or a
   * backer, not an attacker ("backed by the Turkish occupation", "supported by Russia"), if any.
   */
  private static Optional<ActorMention> describedBy(List<Token> tokens, List<ActorMention> mentions, int at) {
    int by = at > 0 && tokens.get(at - 1).is("the") ? at - 2 : at - 1;
    if (by < 1 || !tokens.get(by).is("by") || !NOT_AGENTIVE.contains(tokens.get(by - 1).lower())) {
      return Optional.empty();
    }
    for (ActorMention m : mentions) {
      if (m.from() == at) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  /** True when the name stands between quotation marks: "the so-called "Syrian National Army"". */
  private static boolean quotedName(List<Token> tokens, ActorMention m) {
    return m.from() > 0 && m.to() < tokens.size() && QUOTE_MARKS.contains(tokens.get(m.from() - 1).text())
        && QUOTE_MARKS.contains(tokens.get(m.to()).text());
  }

  private static int afterAside(List<Token> tokens, int from) {
    if (from >= tokens.size() || !tokens.get(from).is("(")) {
      return from;
    }
    for (int i = from + 1; i < Math.min(tokens.size(), from + ASIDE_REACH); i++) {
      if (tokens.get(i).is(")")) {
        return i + 1;
      }
    }
    return from;
  }

  /** The token after a bracket that opens at {@code from} and closes within {@link #BRACKETS_REACH}, else {@code from}. */
  private static int afterBrackets(List<Token> tokens, int from) {
    if (from >= tokens.size() || !tokens.get(from).is("(")) {
      return from;
    }
    for (int i = from + 1; i < Math.min(tokens.size(), from + BRACKETS_REACH); i++) {
      if (tokens.get(i).is(")")) {
        return i + 1;
      }
    }
    return from;
  }

  /**
   * The actor as the subject of a later attack verb with only non-actors between: "terrorist organizations positioned
   * in some eastern neighborhoods fired rocket shells …, killing 4". A reporting verb or another actor between ends it.
   */
  private Optional<Found> clauseSubject(List<Token> tokens, List<ActorMention> mentions, ActorMention m, int at) {
    // "a sniper from al-Nusra Front (Qaeda branch in the Levant) terrorist organization positioned in X shot": a
    // bracketed aside and a label that describes the name stand in the subject
    int start = afterAside(tokens, m.to());
    // "factions of the so-called "Syrian National Army" backed by Turkey kidnapped": a name in quotation marks is
    // still the subject past its closing mark (attr21)
    if (start == m.to() && quotedName(tokens, m)) {
      start++;
    }
    for (ActorMention o : mentions) {
      if (o.from() == start && genericAttackers.containsKey(o.actor().id()) && !o.actor().id().equals(m.actor().id())) {
        start = o.to();
      }
    }
    // the attack verb comes before the count: "X fired shells, killing 4"; or, where the subject stands after the
    // count, in the clause that tells how it came: "Nine civilians were martyred when terrorist groups positioned in
    // the countryside fired rocket shells at the town" (attr21)
    int end = m.from() > at ? (tellsHow(tokens, m.from()) ? tokens.size() : 0) : Math.min(tokens.size(), at);
    for (int i = start; i < Math.min(end, start + CLAUSE_SUBJECT_REACH); i++) {
      Token t = tokens.get(i);
      int here = i;
      // "factions backed by the Turkish occupation kidnapped": the backer describes the subject, which goes on (attr21)
      Optional<ActorMention> backer = describedBy(tokens, mentions, here);
      if (backer.isPresent()) {
        i = backer.get().to() - 1;
        continue;
      }
      if (!t.isWord() || CLAUSE_EDGES.contains(t.lower()) || reportingVerbs.longestAt(tokens, i).isPresent()
          || startsAt(mentions, here)) {
        return Optional.empty();
      }
      Optional<PhraseTrie.Match<RuleRow>> verb = attackVerbAt(tokens, i);
      // a finite verb: "killing" after a long subject belongs to a clause of its own
      // nor is one after "to": "Iraqi fighters crossed from Turkey to join Kurds trying to repel IS" says what was meant
      boolean infinitive = i > 0 && tokens.get(i - 1).is("to");
      if (verb.isPresent() && !passive(tokens, i, m.to()) && !t.lower().endsWith("ing") && !infinitive) {
        return Optional.of(new Found(m.actor().id(), 2, false, rule(verb.get(), tokens).toString()));
      }
    }
    return Optional.empty();
  }

  /** Words that open a clause telling how the harm came: "… were killed when rebels shelled the town". */
  private static final WordSet HOW_IT_CAME = WordSet.of("when", "as", "after");

  /** True when "when", "as" or "after" (and "the") stands right before the name at token {@code from}. */
  private static boolean tellsHow(List<Token> tokens, int from) {
    int before = from > 0 && tokens.get(from - 1).is("the") ? from - 2 : from - 1;
    return before >= 0 && HOW_IT_CAME.contains(tokens.get(before).lower());
  }

  /**
   * An auxiliary of the passive right before the verb, after the subject that ends at {@code subjectEnd}: the
   * subject's own name is no auxiliary ("IS killed 270").
   */
  private static boolean passive(List<Token> tokens, int verb, int subjectEnd) {
    return verb > subjectEnd && PASSIVE_AUXILIARIES.contains(tokens.get(verb - 1).lower());
  }

  /** An attack verb after a pronoun that points back at the speaker: "…said it had killed 30". */
  private Optional<PhraseTrie.Match<RuleRow>> selfClaimed(List<Token> tokens, int from) {
    int i = from;
    if (i < tokens.size() && tokens.get(i).is("that")) {
      i++;
    }
    if (i < tokens.size() && POSSESSIVES.contains(tokens.get(i).lower())) {
      return ownUnits(tokens, i + 1);
    }
    if (i >= tokens.size() || !SUBJECT_PRONOUNS.contains(tokens.get(i).lower())) {
      return Optional.empty();
    }
    i++;
    int subjectEnd = i;
    // "said it was behind the bombing"
    Optional<PhraseTrie.Match<RuleRow>> behind = markersAfter.longestAt(tokens, i);
    if (behind.isPresent()) {
      return behind;
    }
    while (i < tokens.size() && AUXILIARIES.contains(tokens.get(i).lower())) {
      i++;
    }
    return attackVerbAt(tokens, i).filter(v -> !passive(tokens, v.from(), subjectEnd));
  }

  /**
   * "The army said its units killed 50 terrorists": the speaker's own units, a word or two after "its" or "their",
   * are the subject of the attack verb; the verb must be active.
   */
  private Optional<PhraseTrie.Match<RuleRow>> ownUnits(List<Token> tokens, int from) {
    for (int end = from + 1; end <= Math.min(tokens.size(), from + OWN_UNIT_REACH); end++) {
      if (!tokens.get(end - 1).isWord()) {
        return Optional.empty();
      }
      int i = end;
      while (i < tokens.size() && AUXILIARIES.contains(tokens.get(i).lower())) {
        i++;
      }
      Optional<PhraseTrie.Match<RuleRow>> verb = i < tokens.size() ? attackVerbAt(tokens, i) : Optional.empty();
      if (verb.isPresent()) {
        return passive(tokens, verb.get().from(), end) ? Optional.empty() : verb;
      }
    }
    return Optional.empty();
  }

  /**
   * "in its so-called anti-Daesh air raids", "it said it had killed": the claimant's own attacks; but "Moscow denied its
   * jets flew there" are the jets of the side named right before "its", whoever states the number. Not where the words
   * are the people of a count: "the army lost eight soldiers, and the group said four of its fighters were killed".
   */
  private Optional<Found> pointsBack(List<Token> tokens, List<ActorMention> mentions, IntPredicate harmedAt) {
    for (int i = 0; i < tokens.size(); i++) {
      String w = tokens.get(i).lower();
      if (POSSESSIVES.contains(w)) {
        Optional<PhraseTrie.Match<RuleRow>> attack = attackAfter(tokens, i + 1);
        if (attack.isPresent() && !harmedAt.test(attack.get().from())) {
          String rule = rule(attack.get(), tokens).toString();
          Optional<ActorMention> owner = PossessiveOwner.of(tokens, mentions, i);
          return Optional.of(owner.map(m -> new Found(m.actor().id(), 3, false, m.rule() + " owns \"" + w + "\" " + rule))
              .orElse(new Found(null, 3, true, rule)));
        }
      }
    }
    return Optional.empty();
  }

  /** True when a mention starts at token {@code at}: a loop, as rules ask it word after word. */
  private static boolean startsAt(List<ActorMention> mentions, int at) {
    for (ActorMention o : mentions) {
      if (o.from() == at) {
        return true;
      }
    }
    return false;
  }

  /** True when a mention ends at token {@code at}. */
  private static boolean endsAt(List<ActorMention> mentions, int at) {
    for (ActorMention o : mentions) {
      if (o.to() == at) {
        return true;
      }
    }
    return false;
  }

  /**
   * A means of attack right before "belonging to" and the actor at {@code from} ("a helicopter belonging to the
   * regime"): whoever owns the helicopter dropped the gas. "Positions belonging to the regime" name no means of attack
   * and stay a target.
   */
  private Optional<PhraseTrie.Match<RuleRow>> attackOwnedBy(List<Token> tokens, int from) {
    int i = from > 0 && tokens.get(from - 1).is("the") ? from - 1 : from;
    if (i < 3 || !tokens.get(i - 1).is("to") || !tokens.get(i - 2).is("belonging")) {
      return Optional.empty();
    }
    int end = i - 2;
    for (int start = Math.max(0, end - 3); start < end; start++) {
      Optional<PhraseTrie.Match<RuleRow>> match = attackWords.longestAt(tokens, start);
      if (match.isPresent() && match.get().to() == end) {
        return match;
      }
    }
    return Optional.empty();
  }

  /** Verbs that hedge who a means of attack belongs to: "warplanes believed to be Russian", "jets thought to be". */
  private static final WordSet HEDGES = WordSet.of("believed", "thought", "suspected", "said");
  /** Words that may stand between the means and the hedge: "planes that are believed to be", "jets also believed". */
  private static final WordSet HEDGE_LINKS = WordSet.of("that", "which", "are", "is", "were", "was", "also", "widely");
  private static final int HEDGE_LINKS_REACH = 3;

  /**
   * "airstrikes by warplanes believed to be Russian": a means of attack (attack-words.tsv) that a hedge ("believed",
   * "thought", "suspected", "said" to be) gives to the actor at token {@code from}. Monitors name the air force they
   * cannot see this way; the hedge is their stance, not doubt about the attacker. Only a means of attack: "bodies
   * believed to be Russian soldiers" are victims, and an attack word must end right before the hedge.
   */
  private Optional<PhraseTrie.Match<RuleRow>> attackHedgedAs(List<Token> tokens, int from) {
    if (from < 4 || !tokens.get(from - 1).is("be") || !tokens.get(from - 2).is("to") || !HEDGES.contains(tokens.get(from - 3).lower())) {
      return Optional.empty();
    }
    int end = from - 3;
    for (int links = 0; links < HEDGE_LINKS_REACH && end > 0 && HEDGE_LINKS.contains(tokens.get(end - 1).lower()); links++) {
      end--;
    }
    for (int start = Math.max(0, end - 3); start < end; start++) {
      Optional<PhraseTrie.Match<RuleRow>> match = attackWords.longestAt(tokens, start);
      if (match.isPresent() && match.get().to() == end) {
        return match;
      }
    }
    return Optional.empty();
  }

  /** An agent marker that ends right before token {@code from}, or before "the" there. */
  private Optional<PhraseTrie.Match<RuleRow>> markerBefore(List<Token> tokens, int from) {
    return endingBefore(markersBefore, tokens, from);
  }

  /**
   * A phrase of {@code phrases} that ends right before token {@code from}, or before an article there: "killed by the
   * regime", and "killed by an Islamic State suicide bomber", "by a Russian jet" (attr18).
   */
  private static Optional<PhraseTrie.Match<RuleRow>> endingBefore(PhraseTrie<RuleRow> phrases, List<Token> tokens,
      int from) {
    int end = from > 0 && ARTICLES.contains(tokens.get(from - 1).lower()) ? from - 1 : from;
    for (int start = Math.max(0, end - 5); start < end; start++) {
      Optional<PhraseTrie.Match<RuleRow>> match = phrases.longestAt(tokens, start);
      if (match.isPresent() && match.get().to() == end) {
        return match;
      }
    }
    return Optional.empty();
  }

  /** A means of attack within four words after {@code from}, in the same noun phrase ("Russian and Syrian jets"). */
  private Optional<PhraseTrie.Match<RuleRow>> attackAfter(List<Token> tokens, int from) {
    for (int i = from; i < Math.min(tokens.size(), from + ATTACK_REACH); i++) {
      Optional<PhraseTrie.Match<RuleRow>> match = attackWords.longestAt(tokens, i);
      if (match.isPresent()) {
        // "a Russian helicopter was shot down, killing five": the aircraft that fell carried the dead
        return fell(tokens, match.get().to()) ? Optional.empty() : match;
      }
      Token t = tokens.get(i);
      boolean inPhrase = t.isWord() || t.is("'s") || t.is("'");
      if (!inPhrase || DETERMINERS.contains(t.lower()) || endsVerbally(t) || reportingVerbs.longestAt(tokens, i).isPresent()) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** Words that say an aircraft fell, within {@link #FELL_REACH} words after it: it made no attack. */
  private static final WordSet FELL = WordSet.of("down", "downed", "crashed", "crashes", "crash");
  private static final int FELL_REACH = 4;

  private static boolean fell(List<Token> tokens, int from) {
    for (int i = from; i < Math.min(tokens.size(), from + FELL_REACH); i++) {
      if (FELL.contains(tokens.get(i).lower())) {
        return true;
      }
      if (!tokens.get(i).isWord()) {
        return false;
      }
    }
    return false;
  }

  /** "shot down a regime warplane", "downed a Russian helicopter": the side named is the one that lost the aircraft. */
  private static boolean shotDown(List<Token> tokens, int from) {
    for (int i = from - 1; i >= 0 && i >= from - 3; i--) {
      String w = tokens.get(i).lower();
      if (w.equals("downed") || w.equals("down") && i > 0 && tokens.get(i - 1).is("shot")) {
        return true;
      }
      if (!tokens.get(i).isWord()) {
        return false;
      }
    }
    return false;
  }

  /**
   * "a Russian helicopter was shot down", a headline's "Russian Military Chopper Shot Down": the aircraft after the
   * actor is the target, within three words, told in the passive (an auxiliary before "shot down", or a capital "Shot"
   * as headlines write it; "Russian jets shot down a drone" is active).
   */
  private static boolean shotDownAfter(List<Token> tokens, int to) {
    for (int i = to; i + 1 < tokens.size() && i <= to + 3; i++) {
      if (tokens.get(i).is("shot") && tokens.get(i + 1).is("down")) {
        boolean auxiliary = i > 0 && PASSIVE_AUXILIARIES.contains(tokens.get(i - 1).lower());
        return auxiliary || tokens.get(i).text().equals("Shot");
      }
      if (!tokens.get(i).isWord()) {
        return false;
      }
    }
    return false;
  }

  /**
   * "US officials believe Russian aircraft": a side named between the actor and the means of attack owns it, unless
   * joined to the actor as a pair ("US and French aircraft", where the first named leads).
   */
  private static boolean anotherSideBetween(List<Token> tokens, List<ActorMention> mentions, ActorMention m, int attackFrom) {
    for (ActorMention o : mentions) {
      if (o != m && o.from() > m.to() && o.to() <= attackFrom && !o.actor().id().equals(m.actor().id())) {
        String before = tokens.get(o.from() - 1).lower();
        if (!before.equals("and") && !before.equals("or") && !before.equals(",")) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The side that lost the people counted at token {@code at}: "The IS lost at least 28 jihadist fighters", the loss verb
   * within a few words before the count. Its people are its own dead, no attacker's of its side.
   */
  public Optional<ActorMention> losingSide(List<Token> tokens, List<ActorMention> mentions, int at) {
    for (ActorMention m : mentions) {
      if (m.to() <= at && at - m.to() <= LOSS_REACH && lostBy(tokens, m.to()).isPresent()) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  /** Nouns of a side's people between its name and a passive harm: "pro-government militiamen were killed". */
  private static final int PEOPLE_NOUN_REACH = 2;
  /** Auxiliaries of a passive harm: "were killed", "have been wounded", "were also among those killed". */
  private static final WordSet HARM_AUXILIARIES = WordSet.of("was", "were", "been", "have", "has", "had", "are", "is",
      "also", "reportedly");
  /** Participles of a passive harm: "were killed". */
  private static final WordSet HARMED = WordSet.of("killed", "wounded", "injured");
  /** After "among", the dead: "were among those killed", "were among the dead", "among the victims". */
  private static final WordSet THE_DEAD = WordSet.of("killed", "dead", "victims", "wounded", "injured", "casualties");
  /** How far after "among" the dead may be named: "among those killed". */
  private static final int AMONG_REACH = 3;

  /**
   * The passive harm whose subject the side's name opens, if any: in "Pro-government militiamen were also among those
   * killed in the attack" and "Regime soldiers were killed" the side named is whose dead are told, never the attacker
   * (issue 11, 20e). Up to {@link #PEOPLE_NOUN_REACH} words of its people may stand between ("militiamen"); one
   * passive auxiliary at least must ("ISIS fighters killed 12", "ISIS fighters have killed 12" are attacks).
   */
  private static Optional<String> diedAfter(List<Token> tokens, int from) {
    int i = from;
    int limit = Math.min(tokens.size(), from + PEOPLE_NOUN_REACH);
    while (i < limit && !HARM_AUXILIARIES.contains(tokens.get(i).lower()) && isWord(tokens.get(i).text())) {
      i++;
    }
    int aux = i;
    boolean passive = false;
    while (i < tokens.size() && HARM_AUXILIARIES.contains(tokens.get(i).lower())) {
      passive |= PASSIVE_AUXILIARIES.contains(tokens.get(i).lower());
      i++;
    }
    // "ISIS militants have killed 20 people" is the active perfect: the side did it
    if (!passive || i >= tokens.size()) {
      return Optional.empty();
    }
    if (HARMED.contains(tokens.get(i).lower())) {
      return Optional.of(Rule.words(tokens, aux, i + 1));
    }
    if (tokens.get(i).is("among")) {
      for (int j = i + 1; j < Math.min(tokens.size(), i + 1 + AMONG_REACH); j++) {
        if (THE_DEAD.contains(tokens.get(j).lower())) {
          return Optional.of(Rule.words(tokens, aux, j + 1));
        }
      }
    }
    return Optional.empty();
  }

  /** True for a word of letters only: no number, bracket or punctuation stands in a side's people noun. */
  private static boolean isWord(String text) {
    for (int k = 0; k < text.length(); k++) {
      if (!Character.isLetter(text.charAt(k))) {
        return false;
      }
    }
    return !text.isEmpty();
  }

  /** How far before the count a side and its loss verb may stand: "lost at least 28". */
  private static final int LOSS_REACH = 5;

  /** The loss verb right after a side ("lost", "has lost"), if any: the side lost its own people. */
  private Optional<String> lostBy(List<Token> tokens, int from) {
    for (int i = from; i < Math.min(tokens.size(), from + 3); i++) {
      String w = tokens.get(i).lower();
      if (lossVerbs.contains(w)) {
        return Optional.of(tokens.get(i).text());
      }
      if (!BEFORE_LOSS.contains(w) && !loserNouns.contains(w)) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /**
   * An attack verb right before the side, or before "a", "an" or "the" there: "jets pounded an ISIS offensive", "the army
   * repelled a Nusra attack". The side is what was struck.
   */
  private Optional<PhraseTrie.Match<RuleRow>> verbBefore(List<Token> tokens, int from) {
    int end = from > 0 && ARTICLES.contains(tokens.get(from - 1).lower()) ? from - 1 : from;
    for (int start = Math.max(0, end - 2); start < end; start++) {
      Optional<PhraseTrie.Match<RuleRow>> match = attackVerbAt(tokens, start);
      // "killing", "targeting" start a clause whose object is what was hit too; a bare "kill" is no finite verb
      if (match.isPresent() && match.get().to() == end && tokens.get(start).lower().endsWith("ed")) {
        return match;
      }
    }
    return Optional.empty();
  }

  /**
   * "an area under the control of Daesh militants", "villages where ISIS fighters are based": fighters named in a place's
   * description are where they are, not an attack; unless an attack verb follows them ("where ISIS fighters executed").
   */
  private boolean whereTheyAre(List<Token> tokens, int from, int attackEnd) {
    int before = from > 0 && tokens.get(from - 1).is("the") ? from - 2 : from - 1;
    if (before < 0 || !PLACE_DESCRIPTION.contains(tokens.get(before).lower())) {
      return false;
    }
    for (int i = attackEnd; i < Math.min(tokens.size(), attackEnd + VERB_REACH); i++) {
      if (attackVerbAt(tokens, i).isPresent()) {
        return false;
      }
    }
    return true;
  }

  /** "reported", "carried": a past tense ends the noun phrase an attack word must sit in. */
  private static boolean endsVerbally(Token t) {
    return t.lower().length() > 4 && t.lower().endsWith("ed");
  }

  private static Rule rule(PhraseTrie.Match<RuleRow> match, List<Token> tokens) {
    StringBuilder words = new StringBuilder();
    for (int i = match.from(); i < match.to(); i++) {
      words.append(i > match.from() ? " " : "").append(tokens.get(i).text());
    }
    return Rule.of(match.value(), words.toString());
  }

  private static void drop(List<String> dropped, ActorMention m, String why) {
    drop(dropped, m.actor().id(), m.rule(), why);
  }

  private static void drop(List<String> dropped, String actor, Object rule, String why) {
    if (dropped != null) {
      dropped.add(actor + " (" + rule + "): " + why);
    }
  }

  /** After "on", "against"…, or joined by "and" to such a target ("attacks on civilians and security forces"). */
  private static boolean isTarget(List<Token> tokens, int from) {
    boolean joined = false;
    for (int i = from - 1; i >= 0 && i >= from - 4; i--) {
      String w = tokens.get(i).lower();
      // "forces loyal to President Bashar al-Assad": whom men are loyal to leads them (attr30)
      if (TARGET_MARKERS.contains(w) && !(w.equals("to") && i > 0 && tokens.get(i - 1).is("loyal"))) {
        return true;
      }
      if (w.equals("and")) {
        joined = true;
      } else if (!w.equals("the") && !(joined && tokens.get(i).isWord() && !tokens.get(i).isCapitalised())) {
        return false;
      }
      if (!joined && i < from - 2) {
        return false;
      }
    }
    return false;
  }
}
