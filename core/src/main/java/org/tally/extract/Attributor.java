package org.tally.extract;

import static org.tally.extract.CountAttacker.FROM_SENTENCE_BEFORE;
import static org.tally.extract.CountClaimant.quoted;
import static org.tally.extract.CountFacts.civilian;
import static org.tally.extract.CountFacts.nested;
import static org.tally.extract.CountFacts.others;
import static org.tally.extract.CountFacts.warSized;
import static org.tally.extract.Sides.ARMED_GROUP;
import static org.tally.extract.Sides.OUTLET;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tally.extract.actor.Actor;
import org.tally.extract.actor.ActorDictionary;
import org.tally.extract.actor.ActorMention;
import org.tally.extract.actor.Attribution;
import org.tally.extract.actor.AttributionWhy;
import org.tally.extract.actor.ClaimantFinder;
import org.tally.extract.actor.FightLosses;
import org.tally.extract.actor.FightWords;
import org.tally.extract.actor.PerpetratorFinder;
import org.tally.extract.actor.Rule;
import org.tally.extract.actor.TweetAuthors;
import org.tally.extract.harm.HarmCues;
import org.tally.extract.scope.ScopeFinder;
import org.tally.extract.token.Token;
import org.tally.extract.token.WordSet;
import org.tally.lexicon.RuleFile;
import org.tally.model.Claim;
import org.tally.model.ClaimSection;
import org.tally.model.Scope;
import org.tally.model.SectionKind;
import org.tally.model.Span;
import org.tally.model.Stance;

/**
 * Turns the casualties of one sentence into claims: who states them (named, pointed back to, carried over from the
 * sentence before, or the outlet), who caused the harm (named here, else in the sentence before, else in the
 * headline), the stance (an admission when both sit on one side) and the scope. Stand-ins ("the coalition") become
 * the actor the document names.
 */
final class Attributor {
  // the words that open a page's tags line, as written ("Tags Syria Aleppo …")
  private static final WordSet TAGS = WordSet.of("Tags", "TAGS", "Topics");
  // "Four people were also killed during rebel fire": a sentence that adds a deed to the report before goes on with
  // it, even where it names who fired; "the week also saw 33 killed" and "the village also houses" add no deed
  private static final WordSet ADDING = WordSet.of("also");

  private final ActorDictionary actors;
  private final ClaimantFinder claimants;
  private final PerpetratorFinder perpetrators;
  private final ScopeFinder scopes;
  private final PastYears pastYears;
  private final TweetAuthors tweets;
  private final Sides sides;
  private final CountClaimant countClaimant;
  private final CountAttacker countAttacker;
  private final NamedAfter namedAfter;
  private final DocumentAttackers documentAttackers;
  private final org.tally.extract.actor.Crossfire crossfire;

  /** {@code weekdays}: weekdays.tsv, whose names open a wire's dateline after its name. */
  Attributor(ActorDictionary actors, ClaimantFinder claimants, PerpetratorFinder perpetrators, ScopeFinder scopes,
      HarmCues harms, PastYears pastYears, TweetAuthors tweets, FightWords fights, FightLosses fightLosses,
      RuleFile weekdays, org.tally.extract.actor.Crossfire crossfire,
      org.tally.extract.actor.VictimPredicates victimPredicates, org.tally.extract.actor.BlameVerbs blames) {
    this.crossfire = crossfire;
    this.actors = actors;
    this.tweets = tweets;
    this.pastYears = pastYears;
    this.claimants = claimants;
    this.perpetrators = perpetrators;
    this.scopes = scopes;
    this.sides = new Sides(actors, perpetrators);
    this.countClaimant = new CountClaimant(claimants, sides, weekdays);
    this.countAttacker = new CountAttacker(actors, perpetrators, fights, sides, victimPredicates);
    this.namedAfter = new NamedAfter(actors, claimants, perpetrators, harms, sides, blames);
    this.documentAttackers = new DocumentAttackers(actors, perpetrators, fights, fightLosses, sides);
  }

  List<Claim> attribute(ClaimExtractor.Reading reading, SectionKind kind, Span sentence, List<Token> tokens,
      List<ActorMention> allNamed, CasualtyFinder.Found found) {
    AttributionMemory memory = reading.memory;
    boolean headline = kind == SectionKind.TITLE;
    if (found.casualties().isEmpty() && !headline && !tokens.isEmpty() && TAGS.contains(tokens.get(0).text())) {
      // "Tags Syria air strike SOHR ISIS.": a page's tags line between the lead and the body is furniture; it names no
      // attacker and ends no report, so the lead's attacker and source carry on past it
      return List.of();
    }
    int glued = gluedTagsEnd(tokens);
    List<ActorMention> mentions = withAttackerAnaphors(memory, tokens,
        glued == 0 ? allNamed : allNamed.stream().filter(m -> m.from() >= glued).toList(), found.casualties());
    if (found.casualties().isEmpty() && !headline) {
      // "Army helicopters dropped barrel bombs on the town. At least 50 civilians have died": the attacker carries on
      Optional<PerpetratorFinder.Found> named = perpetrators.find(tokens, mentions, tokens.size()).filter(f -> f.actor() != null);
      namedAfter.blameAfter(reading, tokens, mentions);
      // "The crude device hit the Qaterji district, where an AFP photographer saw rubble.": a sentence about an attack
      // (attack-words.tsv) that names no side (only reporters, monitors, places) tells more of the same attack, and its
      // attacker carries on past it
      boolean noSide = noneFights(mentions) && perpetrators.namesAttack(tokens).isPresent();
      reading.previousPerpetrator = named.map(f -> sides.resolved(reading, f.actor()))
          .orElse(noSide ? reading.previousPerpetrator : null);
      // a label ("terrorists") names no one side that fought
      named.filter(f -> kind == SectionKind.BODY && perpetrators.genericLabel(f.actor()).isEmpty())
          .ifPresent(f -> memory.attackersWithoutCount.add(sides.resolved(reading, f.actor())));
      memory.bridged = named.isEmpty() && noSide ? reading.previousPerpetrator : null;
    }
    perpetrators.ownsAttack(tokens, mentions).forEach(f -> memory.owners.putIfAbsent(f.actor(), f.rule()));
    boolean opensBack = claimants.opensWithAnaphor(tokens);
    List<String> openingRules = new ArrayList<>(1);
    String opening = opensBack ? countClaimant.byNoun(reading, tokens, openingRules).orElse(reading.lastClaimant) : null;
    if (opensBack && opening == null) {
      opening = countClaimant.lastNamedMeant(reading, tokens, openingRules).orElse(null);
    }
    // read only where a count or a name asks for it: most sentences have neither
    ClaimantFinder.Sentence said = found.casualties().isEmpty() && mentions.isEmpty() ? null : claimants.read(tokens);
    // "24 Daesh terrorists were killed, local media reported": who is among the dead does not state the toll, unless
    // a reporting verb follows at once ("killing four civilians residents said", copy that lost its commas)
    List<ActorMention> speakers = found.casualties().isEmpty() ? mentions : countClaimant.speakers(tokens, mentions, said, found.casualties());
    List<int[]> countTokens = new ArrayList<>(found.casualties().size());
    for (Casualty c : found.casualties()) {
      countTokens.add(new int[] {c.from(), c.to()});
    }
    List<Claim> out = new ArrayList<>();
    List<Span> bare = new ArrayList<>();
    // "The regime first carried out a massacre in Houla on May 25 2012": background of an earlier year is the outlet's
    // "In early April at least 88 civilians were killed …": a sentence opening with a month tells background too
    Optional<Rule> monthOpener = headline || found.casualties().isEmpty() ? Optional.empty() : claimants.opensWithMonth(tokens);
    // "The blast came two weeks after rebels fired rockets at the town, killing three children" (attr25)
    boolean past = !headline && !found.casualties().isEmpty()
        && (monthOpener.isPresent() || pastYears.before(tokens, pastYears.latest(reading.tokens))
            || claimants.linksBack(tokens, found.casualties().get(0).from()).isPresent());
    // "… killing 12, an official said": a source Tally cannot name is still no one else's
    boolean unnamedSource = said != null && claimants.hasSource(said);
    boolean stopCarry = false;
    List<Span> mixed = new ArrayList<>();
    // the sentence's count of the war's dead, if any, and the rule that said so
    Casualty warDead = null;
    Rule warRule = null;
    // the side of the sentence's count before, which "three others" after it are of too (attr20)
    memory.sidesBefore = List.of();
    for (Casualty casualty : found.casualties()) {
      List<String> claimantRules = new ArrayList<>();
      List<String> claimantDropped = memory.why != null ? new ArrayList<>() : null;
      Optional<Attribution> attribution = headline
          ? claimants.fromHeadline(tokens, speakers).or(() -> claimants.find(said, speakers, casualty.from(), claimantDropped))
          : claimants.find(said, speakers, casualty.from(), claimantDropped);
      int[] clause = clause(tokens, casualty.from());
      Scope scope = scopes.find(tokens, clause[0], clause[1], countTokens, casualty.headEnd(),
          casualty.count().isExactly(1));
      String claimant;
      // "1 child killed as an airstrike hit a market. pic.twitter.com/… The White Helmets (SyriaCivilDef)": a tweet
      // the page embeds is its author's
      Optional<TweetAuthors.Author> tweet = attribution.isEmpty() && opening == null && !headline
          ? tweets.of(reading.doc.text(), tokens, mentions, casualty.to()) : Optional.empty();
      if (opening != null) {
        claimant = opening;
        if (openingRules.isEmpty()) {
          claimantRules.add("the sentence opens pointing back (anaphors.tsv) at the claimant named before");
        } else {
          claimantRules.addAll(openingRules);
        }
      } else if (tweet.isPresent()) {
        claimant = tweet.get().actor();
        claimantRules.add(tweet.get().rule() + ": the author of the tweet the count is in");
      } else if (attribution.isEmpty() && !headline && memory.lastQuoted != null && quoted(tokens, casualty.from())) {
        claimant = memory.lastQuoted;
        claimantRules.add("a quotation with no speaker in its sentence: the claimant quoted before, " + memory.lastQuoted
            + ", speaks on");
      } else {
        // a headline, a sentence naming actors without a source, or one whose source Tally cannot name, is no
        // follow-on of the report before
        // the people counted ("three Tunisian terrorists were killed") are no actor the outlet narrates about
        // "The Observatory said 20 died in Homs. More than 146,000 people have died in the war": a war's total is
        // background the outlet gives, where the report before ends
        boolean warTotal = !headline && warSized(casualty.count());
        if (warTotal && attribution.isEmpty() && memory.carried != null && claimantDropped != null) {
          claimantDropped.add("the report of " + memory.carriedRule + ": a war's total is the outlet's background, no"
              + " follow-on of it");
        }
        if (monthOpener.isPresent() && attribution.isEmpty() && claimantDropped != null) {
          claimantDropped.add((memory.carried != null ? "the report of " + memory.carriedRule : "the document's sources")
              + ": " + monthOpener.get() + " opens background the outlet tells, no follow-on of a report");
        }
        boolean ownVoice = headline || !speakers.isEmpty() && !adds(tokens) || unnamedSource || past || warTotal;
        claimant = countClaimant.claimant(reading, tokens, attribution, scope, ownVoice, claimantRules);
      }
      if (attribution.isEmpty() && opening == null && claimant.equals(OUTLET)) {
        stopCarry |= scope == Scope.CUMULATIVE;
      }
      claimant = sides.resolved(reading, claimant, claimantRules);
      Stance stance = attribution.map(Attribution::stance).orElse(Stance.ASSERTED);
      List<String> perpetratorRules = new ArrayList<>();
      List<String> perpetratorDropped = memory.why != null ? new ArrayList<>() : null;
      // a war's total (more dead than any one attack), and what an earlier year saw, are no deed of the attacker the
      // sentences before name; a campaign's total ("over 750 killed in the bombing campaign") is
      boolean ownDeedsOnly = past || warSized(casualty.count());
      // "The battle has killed some 300 fighters on both sides": the dead of every side are no one side's deed, nor
      // the deed of the one attacker the article names
      Optional<Rule> everySide = perpetrators.ofBothSides(tokens, casualty.headEnd());
      everySide.ifPresent(r -> perpetratorRules.add(r + ": the dead of every side, no one side's deed"));
      if (everySide.isEmpty()) {
        // "killed in crossfire between the Assad militias and HTS fighters": caught between sides, no one side's deed
        everySide = crossfire.after(tokens, casualty.headEnd());
        everySide.ifPresent(r -> perpetratorRules.add(r + ": caught between sides, no one side's deed"));
      }
      if (everySide.isEmpty()) {
        // "the ongoing war killing at least 3000 people": the war's dead are every side's too
        everySide = perpetrators.byTheWar(tokens, casualty.from());
        everySide.ifPresent(r -> perpetratorRules.add(r + ": the war's dead, no one side's deed"));
        if (everySide.isPresent()) {
          warDead = casualty;
          warRule = everySide.get();
        } else if (warDead != null && nested(tokens, warDead, casualty)) {
          // "… killing at least 3000 people including 955 civilians": the war's dead's breakdown is theirs too
          everySide = Optional.of(warRule);
          perpetratorRules.add(warRule + ": one of the war's dead counted before it, no one side's deed");
        }
      }
      String perpetrator = everySide.isPresent() ? null : countAttacker.perpetrator(reading, tokens, mentions, found.casualties(),
          casualty, claimant, ownDeedsOnly, scope, perpetratorRules, perpetratorDropped);
      if (everySide.isPresent()) {
        mixed.add(casualty.count().span());
      }
      if (monthOpener.isPresent() && perpetratorDropped != null) {
        perpetratorDropped.add(monthOpener.get() + ": background the outlet tells; no attacker named before it is its own");
      }
      if (perpetrator != null && !past && !civilian(casualty)) {
        boolean named = false;
        for (ActorMention m : mentions) {
          if (casualty.holds(m.from()) && PerpetratorFinder.fights(m.actor())) {
            named = true;
            memory.slainSides.computeIfAbsent(perpetrator, k -> new java.util.LinkedHashSet<>())
                .add(sides.resolved(reading, m.actor().id()));
          }
        }
        // "… repelled an attack by Nusra Front terrorists, killing 15 of the attackers": the side beaten back (attr26)
        for (String repelled : named ? List.<String>of() : perpetrators.repelledSides(tokens, mentions)) {
          memory.slainSides.computeIfAbsent(perpetrator, k -> new java.util.LinkedHashSet<>())
              .add(sides.resolved(reading, repelled));
        }
      }
      if (perpetrator != null && !headline) {
        reading.previousPerpetrator = perpetrator;
        if (!perpetratorRules.contains(FROM_SENTENCE_BEFORE)) {
          memory.bridged = null;
        }
      }
      if (perpetrator == null && !past && everySide.isEmpty()) {
        List<Actor> victims = new ArrayList<>();
        for (ActorMention m : mentions) {
          if (casualty.holds(m.from())) {
            victims.add(actors.byId(sides.resolved(reading, m.actor().id())).orElse(m.actor()));
          }
        }
        if (victims.isEmpty()) {
          String speaker = claimant;
          perpetrators.losingSide(tokens, mentions, casualty.from())
              .map(m -> actors.byId(sides.resolved(reading, m.actor().id())).orElse(m.actor()))
              .or(() -> countAttacker.unnamedSoldiers(reading, casualty))
              .or(() -> countAttacker.claimantsOwn(tokens, casualty, speaker)).ifPresent(victims::add);
        }
        // "Two SDF fighters were martyred and three others sustained injuries": the others are of the side before
        if (victims.isEmpty() && others(tokens, casualty)) {
          victims.addAll(memory.sidesBefore);
        }
        memory.sidesBefore = List.copyOf(victims);
        List<Actor> named = new ArrayList<>();
        for (ActorMention m : mentions) {
          named.add(actors.byId(sides.resolved(reading, m.actor().id())).orElse(m.actor()));
        }
        memory.unblamedFacts.put(casualty.count().span(), new Unblamed(victims, tokens, named, countAttacker.labelledDead(mentions, casualty)));
      } else {
        memory.sidesBefore = List.of();
      }
      // a month's background may still be claimed in the next sentence ("In March two blasts killed 40 ... Tahrir al
      // Sham claimed responsibility for the attack"): only a count of an earlier year waits for no claim
      if ((perpetrator == null || perpetrators.genericLabel(perpetrator).isPresent())
          && (!past || monthOpener.isPresent()) && everySide.isEmpty() && scope == Scope.INCIDENT
          && perpetrators.namesAttack(tokens).isPresent()) {
        memory.attacksUnowned.put(casualty.count().span(), tokens);
      }
      if (headline && reading.titlePerpetrator == null) {
        reading.titlePerpetrator = perpetrator;
      }
      if (stance == Stance.ASSERTED && sides.sameSide(claimant, perpetrator)) {
        stance = Stance.ADMITTED;
      }
      ClaimSection section = kind.claimSection();
      Claim claim = new Claim(reading.doc.id(), casualty.harm(), casualty.victims(), casualty.count(), casualty.countText(),
          perpetrator, claimant, null, null, scope, stance, found.attacks(), section, sentence);
      if (attribution.isEmpty() && opening == null && !reading.quotedSection && claimantRules.isEmpty()) {
        reading.unattributed.add(claim);
        // a sentence with a source of its own that Tally cannot name ("Siege Watch reported") waits for no other
        if (!headline && scope == Scope.INCIDENT && !unnamedSource && !past) {
          bare.add(casualty.count().span());
        }
        if (unnamedSource || past || !headline && warSized(casualty.count())) {
          reading.ownedByNoSource.add(casualty.count().span());
        }
      }
      if (memory.why != null) {
        memory.why.put(casualty.count().span(), new AttributionWhy(perpetrator, perpetratorRules, perpetratorDropped,
            claimant, claimantRules, claimantDropped));
      }
      out.add(claim);
      if (past) {
        memory.pastCounts.add(casualty.count().span());
      }
    }
    if (!headline) {
      boolean blamed = false;
      for (Claim c : out) {
        blamed |= c.perpetrator() != null;
      }
      if (blamed) {
        memory.unblamed.clear();
      }
      memory.unblamedWaited &= out.isEmpty();
      memory.quoteOpen &= out.isEmpty();
      for (Claim c : out) {
        if (c.perpetrator() == null && c.scope() != Scope.CUMULATIVE && !past && !mixed.contains(c.count().span())) {
          memory.unblamed.add(c);
        }
      }
    }
    if (stopCarry) {
      memory.carried = null;
    }
    boolean named = opening == null && !speakers.isEmpty() && countClaimant.remember(reading, tokens, said, speakers, headline);
    if (!headline) {
      namedAfter.sourceAfter(reading, tokens, named, found);
      memory.awaitingSource.clear();
      if (!out.isEmpty() && bare.size() == out.size()) {
        memory.awaitingSource.addAll(bare);
      }
    }
    if (!headline) {
      for (int i = mentions.size() - 1; i >= 0; i--) { // the last person named
        if (mentions.get(i).person()) {
          memory.lastPersonNamed = sides.resolved(reading, mentions.get(i).actor().id());
          break;
        }
      }
    }
    if (!headline && found.casualties().isEmpty() && !mentions.isEmpty() && !named) {
      // "Russian jets flew over the town.": the outlet narrates in its own voice, and the source's report has ended
      memory.carried = null;
    }
    for (ActorMention m : mentions) { // a loop over the sentence's few names
      if (m.canClaim()) {
        String before = memory.lastOfKind.get(m.actor().kind());
        if (ARMED_GROUP.equals(m.actor().kind()) && before != null && !before.equals(m.actor().id())) {
          memory.armedGroupBefore = before;
        }
        memory.lastOfKind.put(m.actor().kind(), m.actor().id());
        memory.lastOfKindAt.put(m.actor().kind(), ++memory.namings);
      }
    }
    return out;
  }






  /**
   * "The Observatory documented executions by the Islamic State. … a mine left behind by the organization exploded":
   * where the sentence names no armed group, its words that point back at one (attacker-anaphors.tsv) name the armed
   * group last named before it (attr19). A group the sentence names only among its dead ("Nine SDF fighters were killed
   * as the jihadists overran two outposts") is no attacker there: the words then mean the group named last but that one
   * (attr25).
   */
  private List<ActorMention> withAttackerAnaphors(AttributionMemory memory, List<Token> tokens, List<ActorMention> mentions,
      List<Casualty> casualties) {
    String last = memory.lastOfKind.get(ARMED_GROUP);
    if (last == null) {
      return mentions;
    }
    java.util.Set<String> dead = new java.util.HashSet<>(1);
    for (ActorMention m : mentions) {
      if (ARMED_GROUP.equals(m.actor().kind()) && casualties.stream().anyMatch(c -> c.holds(m.from()))) {
        dead.add(m.actor().id());
      }
    }
    if (dead.contains(last)) {
      last = memory.armedGroupBefore;
      if (last == null || dead.contains(last)) {
        return mentions;
      }
    }
    Optional<Actor> group = actors.byId(last);
    if (group.isEmpty()) {
      return mentions;
    }
    List<ActorMention> anaphors = perpetrators.attackerAnaphors(tokens, mentions, group.get());
    if (anaphors.isEmpty()) {
      return mentions;
    }
    List<ActorMention> all = new ArrayList<>(mentions.size() + anaphors.size());
    for (ActorMention m : mentions) {
      // "the terrorists" (attr24): a label the anaphor's words hold is the anaphor's group, not a group of its own
      if (anaphors.stream().anyMatch(a -> PerpetratorFinder.swallows(a.from(), a.to(), m))) {
        continue;
      }
      if (ARMED_GROUP.equals(m.actor().kind()) && !dead.contains(m.actor().id())) {
        return mentions;
      }
      all.add(m);
    }
    all.addAll(anaphors);
    all.sort(java.util.Comparator.comparingInt(ActorMention::from));
    return all;
  }



  /**
   * Where a tags line glued to the sentence ends ("Tags Syria Raqqa Russia ISIS At least 30 people were killed"): the
   * run of capitalised words after "Tags" up to the one before the first lower-case word. Its names are page furniture,
   * not the sentence's actors. 0 when the sentence opens with no tags line.
   */
  private static int gluedTagsEnd(List<Token> tokens) {
    if (tokens.isEmpty() || !TAGS.contains(tokens.get(0).text())) {
      return 0;
    }
    for (int i = 1; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.isWord() && !t.isCapitalised() && !Character.isDigit(t.text().charAt(0))) {
        return Math.max(1, i - 1);
      }
    }
    return 0;
  }

  /**
   * The attackers that only the whole document gives (DocumentAttackers), once all its sentences are read and its
   * restatements and sole source are settled.
   */
  void attributeDocument(ClaimExtractor.Reading reading, org.tally.extract.actor.Allies allies,
      org.tally.extract.actor.SpeakerLabels labels) {
    documentAttackers.attribute(reading, allies, labels);
  }

  /** Why each claim of the document read has its actors, by the span of its count; empty unless explaining. */
  static Map<Span, AttributionWhy> explanations(ClaimExtractor.Reading reading) {
    return reading.memory.why == null ? Map.of() : reading.memory.why;
  }



  /** True when none of the mentions names a fighting side. */
  private static boolean noneFights(List<ActorMention> mentions) {
    for (ActorMention m : mentions) {
      if (PerpetratorFinder.fights(m.actor())) {
        return false;
      }
    }
    return true;
  }











  /** The stretch between quotation marks, semicolons and colons that holds token {@code at}. */
  private static int[] clause(List<Token> tokens, int at) {
    int from = at;
    while (from > 0 && !isClauseEdge(tokens.get(from - 1))) {
      from--;
    }
    int to = at;
    while (to < tokens.size() && !isClauseEdge(tokens.get(to))) {
      to++;
    }
    return new int[] {from, to};
  }

  private static boolean isClauseEdge(Token token) {
    return switch (token.text()) {
      case "\"", "“", "”", ";", ":", "«", "»" -> true;
      default -> false;
    };
  }


  /** "also" right before a verb in the past ("were also killed", "also died", "also pounded"). */
  private static boolean adds(List<Token> tokens) {
    for (int i = 0; i + 1 < tokens.size(); i++) {
      String next = tokens.get(i + 1).lower();
      if (ADDING.contains(tokens.get(i).lower()) && (next.endsWith("ed") || next.equals("died"))) {
        return true;
      }
    }
    return false;
  }



}
