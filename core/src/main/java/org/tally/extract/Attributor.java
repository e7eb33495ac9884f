package org.tally.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
import org.tally.model.Claim;
import org.tally.model.ClaimSection;
import org.tally.model.Scope;
import org.tally.model.SectionKind;
import org.tally.model.Span;
import org.tally.model.Stance;
import org.tally.model.Victims;

/**
 * Turns the casualties of one sentence into claims: who states them (named, pointed back to, carried over from the
 * sentence before, or the outlet), who caused the harm (named here, else in the sentence before, else in the
 * headline), the stance (an admission when both sit on one side) and the scope. Stand-ins ("the coalition") become
 * the actor the document names.
 */
final class Attributor {
  private static final String OUTLET = "outlet";
  private static final String JOURNALISTS = "journalists";
  private static final String FROM_SENTENCE_BEFORE = "no attacker in the sentence: the one named in the sentence before";
  // the words that open a page's tags line, as written ("Tags Syria Aleppo …")
  private static final WordSet TAGS = WordSet.of("Tags", "TAGS", "Topics");
  // "Four people were also killed during rebel fire": a sentence that adds a deed to the report before goes on with
  // it, even where it names who fired; "the week also saw 33 killed" and "the village also houses" add no deed
  private static final WordSet ADDING = WordSet.of("also");

  private final ActorDictionary actors;
  private final ClaimantFinder claimants;
  private final PerpetratorFinder perpetrators;
  private final ScopeFinder scopes;
  private final HarmCues harms;
  private final PastYears pastYears;
  private final TweetAuthors tweets;
  private final FightWords fights;
  private final FightLosses fightLosses;

  /** A claim's people's side (null when unnamed) and its sentence, for the article's one attacker. */
  /** A claim no words gave an attacker: the sides its people are named as (all of them: "49 PKK/YPG terrorists"). */
  /** {@code labelled}: the people counted are fighters under a bare label ("70 terrorists"), see labelledDead. */
  private record Unblamed(List<Actor> victims, List<Token> tokens, List<Actor> named, boolean labelled) {
    /** True when the sentence names {@code actor}, or its side, anywhere. */
    boolean names(Actor actor) {
      return named.stream().anyMatch(actor::sameSide);
    }

    boolean ownSide(Actor actor) {
      for (Actor v : victims) {
        if (v.sameSide(actor)) {
          return true;
        }
      }
      return false;
    }
  }

  /** What attribution remembers of one document beyond the claims: kept in its {@link ClaimExtractor.Reading}. */
  static final class Memory {
    // sides of the actors the document names, for stand-ins; read on first need
    private Set<String> sidesNamed;
    // the person last named as speaking: whom "he said" means
    private String lastPerson;
    // the person last named at all: whom "he said" means when no one named has spoken yet ("Lavrov met his Turkish
    // counterpart in Sochi. … He said 30 civilians had died.")
    private String lastPersonNamed;
    // the attacker carried past a sentence that told more of its attack without naming a side: it goes on only to the
    // people one attack kills ("Another five civilians were killed"), not to a period's toll nor to fighters' losses
    private String bridged;
    // the claimant of the report in progress: follow-on sentences without words of their own are its
    private String carried;
    private String carriedRule;
    // claims of the sentences just read that no words gave an attacker: the next sentence may name who made the attack
    // ("… killed 35 people. It was not clear whether the raids were carried out by Syrian or Russian jets.")
    private final List<Claim> unblamed = new ArrayList<>();
    // for each claim without an attacker, by its count's span: the side its people belong to, and its sentence's tokens
    private final Map<Span, Unblamed> unblamedFacts = new HashMap<>();
    // the counts of claims the outlet gave bare in the sentences just read: the next sentence may name their source
    // ("Seventeen civilians were killed in raids on a market. The Observatory said the strikes were Russian.")
    private final List<Span> awaitingSource = new ArrayList<>();
    // the armed groups that say they made an attack the article tells ("Nusra Front claimed responsibility"), with the
    // rule that said so, and the sentences of the claims of an attack that no words, or only a label, gave an attacker
    private final Map<String, String> owners = new java.util.LinkedHashMap<>();
    private final Map<Span, List<Token>> attacksUnowned = new HashMap<>();
    // attackers dropped where the sentence told a bomb they could not have set off: the document's unattributed dead
    // may be that bomb's, so they are not the sole attacker's
    private final Set<String> unfitForABomb = new java.util.HashSet<>(0);
    // the counts of background sentences (an earlier year, a month's or "Last year" opener): their attackers made
    // other attacks than the article's, so none of them is the document's sole attacker (attr16)
    private final Set<Span> pastCounts = new java.util.HashSet<>(0);
    // the fighting sides whose people each attacker killed, as the counts name them: whom the document's one attacker
    // fought, who killed its own dead ("SDF fighters killed a dozen Daesh mercenaries … Two SDF fighters were
    // martyred in the clashes") (attr20)
    private final Map<String, Set<String>> slainSides = new HashMap<>();
    // the attackers that sentences without a count name ("IS launched a counter-attack on the SDF's positions"): a
    // side of the fight whose dead the other side's counts give (attr21)
    private final Set<String> attackersWithoutCount = new java.util.LinkedHashSet<>(2);
    // the sides of the people of the sentence's count before, unblamed: "three others" after it are of them (attr20)
    private List<Actor> sidesBefore = List.of();
    // the actor last named of each kind (actors.tsv), in the sentences read so far: whom "the group said" means when no
    // claimant has been named before ("Three workers of the White Helmets were killed. … the group said")
    private final Map<String, String> lastOfKind = new HashMap<>();
    // the order of the last naming of each kind, so that of several kinds the one named last is meant
    private final Map<String, Integer> lastOfKindAt = new HashMap<>();
    // the armed group named before the one named last, where they differ: whom "the jihadists" mean in a sentence whose
    // only group, the one named last, is among the dead ("Nine SDF fighters were killed as the jihadists overran"; attr25)
    private String armedGroupBefore;
    private int namings;
    // the claimant last named by a name ending in each noun ("a military source", "a local official"): whom "the
    // source said" and "the official added" mean, though another claimant was named since (attr18)
    private final Map<String, String> lastByNoun = new HashMap<>();
    // the claimant last named in a sentence that quotes it: whose words a later quotation with no speaker goes on with
    // ("…" said the Observatory. … In the west "eight civilians were killed …" held by rebels.)
    private String lastQuoted;
    // why each claim, by its count's span, has its actors; null unless explaining
    final Map<Span, AttributionWhy> why;

    Memory(boolean explain) {
      this.why = explain ? new HashMap<>() : null;
    }
  }

  Attributor(ActorDictionary actors, ClaimantFinder claimants, PerpetratorFinder perpetrators, ScopeFinder scopes,
      HarmCues harms, PastYears pastYears, TweetAuthors tweets, FightWords fights, FightLosses fightLosses) {
    this.actors = actors;
    this.fights = fights;
    this.fightLosses = fightLosses;
    this.tweets = tweets;
    this.harms = harms;
    this.pastYears = pastYears;
    this.claimants = claimants;
    this.perpetrators = perpetrators;
    this.scopes = scopes;
  }

  List<Claim> attribute(ClaimExtractor.Reading reading, SectionKind kind, Span sentence, List<Token> tokens,
      List<ActorMention> allNamed, CasualtyFinder.Found found) {
    Memory memory = reading.memory;
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
      blameAfter(reading, tokens, mentions);
      // "The crude device hit the Qaterji district, where an AFP photographer saw rubble.": a sentence about an attack
      // (attack-words.tsv) that names no side (only reporters, monitors, places) tells more of the same attack, and its
      // attacker carries on past it
      boolean noSide = noneFights(mentions) && perpetrators.namesAttack(tokens).isPresent();
      reading.previousPerpetrator = named.map(f -> resolved(reading, f.actor()))
          .orElse(noSide ? reading.previousPerpetrator : null);
      // a label ("terrorists") names no one side that fought
      named.filter(f -> kind == SectionKind.BODY && perpetrators.genericLabel(f.actor()).isEmpty())
          .ifPresent(f -> memory.attackersWithoutCount.add(resolved(reading, f.actor())));
      memory.bridged = named.isEmpty() && noSide ? reading.previousPerpetrator : null;
    }
    perpetrators.ownsAttack(tokens, mentions).forEach(f -> memory.owners.putIfAbsent(f.actor(), f.rule()));
    boolean opensBack = claimants.opensWithAnaphor(tokens);
    List<String> openingRules = new ArrayList<>(1);
    String opening = opensBack ? byNoun(reading, tokens, openingRules).orElse(reading.lastClaimant) : null;
    if (opensBack && opening == null) {
      opening = lastNamedMeant(reading, tokens, openingRules).orElse(null);
    }
    // read only where a count or a name asks for it: most sentences have neither
    ClaimantFinder.Sentence said = found.casualties().isEmpty() && mentions.isEmpty() ? null : claimants.read(tokens);
    // "24 Daesh terrorists were killed, local media reported": who is among the dead does not state the toll, unless
    // a reporting verb follows at once ("killing four civilians residents said", copy that lost its commas)
    List<ActorMention> speakers = found.casualties().isEmpty() ? mentions : speakers(tokens, mentions, said, found.casualties());
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
        claimant = claimant(reading, tokens, attribution, scope, ownVoice, claimantRules);
      }
      if (attribution.isEmpty() && opening == null && claimant.equals(OUTLET)) {
        stopCarry |= scope == Scope.CUMULATIVE;
      }
      claimant = resolved(reading, claimant, claimantRules);
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
      String perpetrator = everySide.isPresent() ? null : perpetrator(reading, tokens, mentions, found.casualties(),
          casualty, claimant, ownDeedsOnly, scope, perpetratorRules, perpetratorDropped);
      if (everySide.isPresent()) {
        mixed.add(casualty.count().span());
      }
      if (monthOpener.isPresent() && perpetratorDropped != null) {
        perpetratorDropped.add(monthOpener.get() + ": background the outlet tells; no attacker named before it is its own");
      }
      if (perpetrator != null && !past && !civilian(casualty)) {
        for (ActorMention m : mentions) {
          if (casualty.holds(m.from()) && PerpetratorFinder.fights(m.actor())) {
            memory.slainSides.computeIfAbsent(perpetrator, k -> new java.util.LinkedHashSet<>())
                .add(resolved(reading, m.actor().id()));
          }
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
            victims.add(actors.byId(resolved(reading, m.actor().id())).orElse(m.actor()));
          }
        }
        if (victims.isEmpty()) {
          String speaker = claimant;
          perpetrators.losingSide(tokens, mentions, casualty.from())
              .map(m -> actors.byId(resolved(reading, m.actor().id())).orElse(m.actor()))
              .or(() -> unnamedSoldiers(reading, casualty))
              .or(() -> claimantsOwn(tokens, casualty, speaker)).ifPresent(victims::add);
        }
        // "Two SDF fighters were martyred and three others sustained injuries": the others are of the side before
        if (victims.isEmpty() && others(tokens, casualty)) {
          victims.addAll(memory.sidesBefore);
        }
        memory.sidesBefore = List.copyOf(victims);
        List<Actor> named = new ArrayList<>();
        for (ActorMention m : mentions) {
          named.add(actors.byId(resolved(reading, m.actor().id())).orElse(m.actor()));
        }
        memory.unblamedFacts.put(casualty.count().span(), new Unblamed(victims, tokens, named, labelledDead(mentions, casualty)));
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
      if (stance == Stance.ASSERTED && sameSide(claimant, perpetrator)) {
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
      for (Claim c : out) {
        if (c.perpetrator() == null && c.scope() != Scope.CUMULATIVE && !past && !mixed.contains(c.count().span())) {
          memory.unblamed.add(c);
        }
      }
    }
    if (stopCarry) {
      memory.carried = null;
    }
    boolean named = opening == null && !speakers.isEmpty() && remember(reading, tokens, said, speakers, headline);
    if (!headline) {
      sourceAfter(reading, tokens, named, found);
      memory.awaitingSource.clear();
      if (!out.isEmpty() && bare.size() == out.size()) {
        memory.awaitingSource.addAll(bare);
      }
    }
    if (!headline) {
      for (int i = mentions.size() - 1; i >= 0; i--) { // the last person named
        if (mentions.get(i).person()) {
          memory.lastPersonNamed = resolved(reading, mentions.get(i).actor().id());
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
   * The actor last named of one of the kinds the sentence's anaphor can mean (anaphors.tsv's kinds: "the group" a
   * monitor, a charity or an armed group), for a sentence that points back when no claimant has been named before;
   * empty when the anaphor gives no kinds or no such actor was named.
   */
  private Optional<String> lastNamedMeant(ClaimExtractor.Reading reading, List<Token> tokens, List<String> rules) {
    Optional<ClaimantFinder.Meant> meant = claimants.kindsMeant(tokens);
    if (meant.isEmpty()) {
      return Optional.empty();
    }
    Memory memory = reading.memory;
    String best = null;
    int bestAt = -1;
    for (String kind : meant.get().kinds()) {
      Integer at = memory.lastOfKindAt.get(kind);
      if (at != null && at > bestAt) {
        best = memory.lastOfKind.get(kind);
        bestAt = at;
      }
    }
    if (best == null) {
      return Optional.empty();
    }
    if (rules != null) {
      rules.add(meant.get().rule() + ": no claimant named before, so the " + String.join(" or ", meant.get().kinds())
          + " last named, " + best);
    }
    return Optional.of(resolved(reading, best));
  }

  /**
   * "A number of people died of their wounds, bringing the toll to 61. The monitor said it was not clear whether the
   * raids had been carried out by Syrian government warplanes or Russian ones.": a sentence without a count that points
   * back at the attack ("the raids", "the strike") and names who made it, as strongly as "by" or "Russian jets" say,
   * gives that attacker to the claims just before it that have none. The claims wait for the next sentence only.
   */
  private void blameAfter(ClaimExtractor.Reading reading, List<Token> tokens, List<ActorMention> mentions) {
    Memory memory = reading.memory;
    if (memory.unblamed.isEmpty()) {
      return;
    }
    Optional<Rule> back = perpetrators.pointsBackAtAttack(tokens);
    Optional<PerpetratorFinder.Found> named = back.isEmpty() ? Optional.empty() : perpetrators.namedForAttack(tokens, mentions);
    // "Activists accused the army of dropping chlorine. … A military source denied using gas and blamed the Nusra Front
    // for the attack": a blame after a denial is the accused side's counter-account, no one's word on who did it (attr19)
    if (named.isPresent()) {
      ClaimantFinder.Sentence said = claimants.read(tokens);
      String blamed = named.get().actor();
      if (mentions.stream().anyMatch(m -> m.actor().id().equals(blamed) && claimants.deniedBefore(said, m.from()))) {
        memory.unblamed.clear();
        return;
      }
    }
    if (named.isPresent()) {
      String actor = resolved(reading, named.get().actor());
      String why = "named in the sentence after, which points back at the attack (" + back.get() + "): "
          + named.get().rule();
      // "Unknown gunmen shot dead a commander. Residents blamed the Air Force Intelligence": a blame after an attack
      // the text says no one knows the author of is a guess; a claim of responsibility is not (attr17)
      // (the sentences just read tell one attack: "… were injured in the attack" is the unknown gunmen's too)
      boolean guess = perpetrators.ownsAttack(tokens, mentions).isEmpty() && memory.unblamed.stream()
          .map(c -> memory.unblamedFacts.get(c.count().span()))
          .anyMatch(f -> f != null && perpetrators.unknownAttacker(f.tokens()).isPresent());
      for (Claim claim : memory.unblamed) {
        int at = indexOf(reading.claims, claim);
        if (at < 0 || guess) {
          continue;
        }
        blame(reading, at, actor, () -> why);
      }
    }
    memory.unblamed.clear();
  }

  /** Kinds of actors.tsv whose word on an attack is a report of it, not a side's account of its own war. */
  private static final WordSet REPORTING_KINDS = WordSet.of("monitor", "ngo", "un");

  /**
   * "Seventeen civilians were killed in air raids on a market on Monday. The Observatory said the strikes hit the
   * town at noon.": wire copy gives the figure first and its source in the sentence after, which goes on about the same
   * attack ("the strikes") or the same dead ("were killed", "the toll") without a count of its own. The bare incident
   * claims of the sentences just before, whose own words name no source, are then that source's. Only a monitor, a charity, the UN or a side's agency is taken so: a side's word after
   * a bare toll ("The ministry said the strikes hit terrorists") is its account, not the toll's source, and an agency of
   * no side is mostly the wire quoting someone ("told AFP").
   */
  private void sourceAfter(ClaimExtractor.Reading reading, List<Token> tokens, boolean named, CasualtyFinder.Found found) {
    Memory memory = reading.memory;
    if (!named || memory.awaitingSource.isEmpty() || memory.carried == null) {
      return;
    }
    String source = memory.carried;
    Optional<Actor> actor = actors.byId(source);
    boolean reports = actor.map(a -> REPORTING_KINDS.contains(a.kind()) || a.kind().equals("media") && a.side() != null)
        .orElse(false);
    if (!reports) {
      return;
    }
    // a count of its own makes the sentence a report of its own ("The Observatory said 29 rebels died in Homs")
    if (!found.casualties().isEmpty()) {
      return;
    }
    Optional<Rule> attack = perpetrators.pointsBackAtAttack(tokens);
    String back = attack.map(Rule::toString).orElse(null);
    for (int i = 0; back == null && i < tokens.size(); i++) {
      Optional<HarmCues.Cue> harm = harms.after(tokens, i);
      if (harm.isPresent()) {
        back = "\"" + Rule.words(tokens, harm.get().from(), harm.get().to()) + "\"";
      }
    }
    if (back == null) {
      return;
    }
    String why = "the sentence after names the source (" + memory.carriedRule + ") and goes on about the same harm ("
        + back + ")";
    for (Claim claim : List.copyOf(reading.unattributed)) {
      if (memory.awaitingSource.contains(claim.count().span())) {
        reading.reattribute(claim, source, why);
      }
    }
  }

  /**
   * "A bus blast in Damascus killed at least six people; SANA called it a terrorist explosion. … The Al-Nusra Front
   * Twitter feed said one of the groups members blew himself up": where one armed group only says it made an attack the
   * article tells (responsibility-cues.tsv), the article's claims of an attack (a means of attack or a blast named in
   * their sentence) that no words gave an attacker, or only a label (generic-attackers.tsv), are that group's; not a
   * war's total nor a period's, nor an attack from the air, which no armed group makes.
   */
  void claimedAttack(ClaimExtractor.Reading reading) {
    Memory memory = reading.memory;
    if (memory.owners.size() != 1) {
      return;
    }
    Map.Entry<String, String> owner = memory.owners.entrySet().iterator().next();
    String actor = owner.getKey();
    if (perpetrators.genericLabel(actor).isPresent()) {
      return;
    }
    for (int i = 0; i < reading.claims.size(); i++) {
      Claim claim = reading.claims.get(i);
      List<Token> tokens = memory.attacksUnowned.get(claim.count().span());
      if (tokens == null || actor.equals(claim.perpetrator()) || warSized(claim) || unfit(actor, tokens).isPresent()
          || !(claim.perpetrator() == null || perpetrators.genericLabel(claim.perpetrator()).isPresent())) {
        continue;
      }
      String label = claim.perpetrator() == null ? "" : ", not the label " + claim.perpetrator();
      blame(reading, i, actor, () -> "the document's one group that owns an attack (" + owner.getValue() + ") made it"
          + label);
    }
  }

  /** Gives the claim at {@code index} this attacker, and says why where the document's reasons are kept. */
  private void blame(ClaimExtractor.Reading reading, int index, String actor, java.util.function.Supplier<String> why) {
    Claim claim = reading.claims.get(index);
    Claim changed = claim.withPerpetrator(actor);
    reading.claims.set(index, changed);
    if (reading.unattributed.remove(claim)) {
      reading.unattributed.add(changed);
    }
    Map<Span, AttributionWhy> reasons = reading.memory.why;
    if (reasons != null) {
      reasons.computeIfPresent(claim.count().span(), (span, before) -> before.withPerpetrator(actor, why.get()));
    }
  }

  /** Kinds of claimant that fight and report their own strikes (actors.tsv). */
  private static final Set<String> FIGHTING_REPORTERS = Set.of("state", "ministry", "military");

  /**
   * "Russian Defense Ministry: More than 100 ISIS terrorists killed", "Fifty terrorists were killed, Konashenkov said":
   * a state, its ministry or its military that reports the enemy's dead, with no attacker named, reports its own
   * strikes (issue 11, attr14's table): the claim's attacker is the claimant, or the ministry's side. Only fighters
   * killed or hurt, never its own side's, nor where fighters fight each other ("infighting"), nor a war's or a period's
   * toll.
   */
  void ownReport(ClaimExtractor.Reading reading) {
    Memory memory = reading.memory;
    for (int i = 0; i < reading.claims.size(); i++) {
      Claim claim = reading.claims.get(i);
      Unblamed facts = memory.unblamedFacts.get(claim.count().span());
      if (claim.perpetrator() != null || facts == null || claim.victims() != Victims.FIGHTERS
          || claim.harm() == org.tally.model.Harm.DISPLACED || claim.harm() == org.tally.model.Harm.DETAINED
          || claim.scope() == Scope.CUMULATIVE || warSized(claim) || claim.claimant() == null) {
        continue;
      }
      Optional<Actor> claimant = actors.byId(claim.claimant());
      if (claimant.isEmpty() || !FIGHTING_REPORTERS.contains(claimant.get().kind())
          || facts.ownSide(claimant.get()) || fights.withinSide(facts.tokens())) {
        continue;
      }
      List<String> rules = new ArrayList<>();
      String actor = armedSide(claimant.get().id(), rules);
      // "Suicide attacks killed at least 15 members of Ahrar al-Sham, the military sources said": no state's strike;
      // "a soldier was killed in a car bomb and 11 militants in clashes" tells the state's fight beside the bomb
      if (unfit(actor, facts.tokens()).isPresent() && !fights.namesFight(facts.tokens())) {
        continue;
      }
      if (actors.byId(actor).map(a -> !a.kind().equals("ministry")).orElse(false)) {
        blame(reading, i, actor, () -> "the claimant " + claimant.get().id() + " (actors.tsv, kind "
            + claimant.get().kind() + ") reports the enemy's dead with no attacker named: its own strikes"
            + (rules.isEmpty() ? "" : "; " + rules.get(0)));
      }
    }
  }

  /**
   * An article whose counts name one attacker only is about that attacker's attack: its claims that no words gave an
   * attacker are that attacker's ("Regime helicopters dropped chlorine on the district, killing two. … Three people died
   * of suffocation, a doctor said."). With two attackers named at counts, or none, nothing is guessed; a war's total is
   * no one's. Only counts' attackers count: linking articles by incident showed that an actor named in a sentence without
   * a count ("an evacuation deal brokered by Russia", "a similar bombing in May") is too often no attacker of this one.
   */
  void soleAttacker(ClaimExtractor.Reading reading) {
    Memory memory = reading.memory;
    // the attackers of the document's counts, as the words around each count or the sentence after it name them
    Set<String> attackers = new java.util.LinkedHashSet<>();
    for (Claim claim : reading.claims) {
      if (claim.perpetrator() != null && !memory.pastCounts.contains(claim.count().span())) {
        attackers.add(claim.perpetrator());
      }
    }
    if (attackers.size() != 1) {
      return;
    }
    String actor = attackers.iterator().next();
    if (memory.unfitForABomb.contains(actor)) {
      return;
    }
    Optional<Actor> attacker = actors.byId(actor);
    // "Fighting between government forces and rebels killed 26 soldiers", "militants fired mortar rounds at a village,
    // killing two": a sentence that names its own fight, or its attacker as fighters of no named side, tells another
    // attack than the one attacker's; so does a headline's restatement of its figure (attr17), and an attack whose
    // author the sentence says is unknown ("Unidentified aircraft later struck militia positions, killing six"; attr25)
    Map<Span, Rule> ownAttacks = new HashMap<>();
    Set<String> ownAttackFigures = new java.util.HashSet<>();
    // "Russian MoD: … 2 servicemen wounded" over "… two Russian servicemen sustained injuries": the headline restates a
    // loss the body names as the attacker's own side's, which the headline's words do not show (attr19)
    Set<String> ownLossFigures = new java.util.HashSet<>();
    for (Claim claim : reading.claims) {
      Unblamed facts = memory.unblamedFacts.get(claim.count().span());
      if (claim.perpetrator() == null && facts != null && claim.section() != ClaimSection.TITLE
          && attacker.map(facts::ownSide).orElse(false)) {
        ownLossFigures.add(figure(claim));
      }
      if (claim.perpetrator() == null && facts != null && claim.section() != ClaimSection.TITLE) {
        // a fight between sides the sentence names is the sole attacker's only where it is one of them
        fights.between(facts.tokens()).filter(r -> attacker.map(a -> !facts.names(a)).orElse(true))
            .or(() -> perpetrators.unnamedAttacker(facts.tokens()))
            .or(() -> perpetrators.unknownAttacker(facts.tokens())).ifPresent(rule -> {
          ownAttacks.put(claim.count().span(), rule);
          ownAttackFigures.add(figure(claim));
        });
      }
    }
    for (int i = 0; i < reading.claims.size(); i++) {
      Claim claim = reading.claims.get(i);
      Unblamed facts = memory.unblamedFacts.get(claim.count().span());
      if (claim.perpetrator() != null || claim.scope() == Scope.CUMULATIVE || facts == null || warSized(claim)) {
        continue;
      }
      // "The IS lost 28 fighters": no side kills its own; nor does a state set off the car bomb, nor rebels fly
      boolean ownSide = attacker.map(facts::ownSide).orElse(false)
          || claim.section() == ClaimSection.TITLE && ownLossFigures.contains(figure(claim));
      // only its fighters lost in its fight: not civilians of its nationality, nor the dead of a fight between sides the
      // sentence names, nor those of a new attack the sentence tells ("in a mortar attack on the base")
      Optional<String> enemy = ownSide && claim.section() != ClaimSection.TITLE && claim.scope() == Scope.INCIDENT
          && (claim.victims() == Victims.SOLDIERS || claim.victims() == Victims.FIGHTERS)
          && !ownAttacks.containsKey(claim.count().span())
          && perpetrators.inNewAttack(facts.tokens()).isEmpty() && fights.between(facts.tokens()).isEmpty()
          ? foughtBy(memory, actor) : Optional.empty();
      if (enemy.isPresent()) {
        blame(reading, i, enemy.get(), () -> "the document's one attacker, " + actor + ", fought " + enemy.get()
            + " only, whose counts it gives: its own dead are that side's deed");
        continue;
      }
      // "more than 70 terrorists were eliminated": fighters under a bare label are an armed group's own (labelledDead)
      if (ownSide || unfit(actor, facts.tokens()).isPresent() || facts.labelled() && lostByLabel(true, actor, null)) {
        continue;
      }
      Rule ownAttack = ownAttacks.get(claim.count().span());
      if (ownAttack != null || claim.section() == ClaimSection.TITLE && ownAttackFigures.contains(figure(claim))) {
        if (memory.why != null) {
          String why = actor + " (the document's one attacker): "
              + (ownAttack != null ? ownAttack + " tells another attack" : "the body tells this figure's own attack");
          memory.why.computeIfPresent(claim.count().span(), (span, before) -> before.withDropped(why));
        }
        continue;
      }
      blame(reading, i, actor,
          () -> "the document names one attacker only, " + actor + ": its claims without one are that attacker's");
    }
  }

  /**
   * "Islamic State group fighters launched a surprise assault on government positions. … Regime forces lost at least 34
   * soldiers in the fighting": a side's own losses in its fight are the deed of the one attacker the document names
   * (in a sentence without a count, and at no count as another enemy) that is neither of the losers' side nor allied to
   * it (allies.tsv), before a count's attacker is taken for the document's one (attr23). Only fighters' and soldiers' dead of one fight: not civilians,
   * not a period's toll, nor a fight between sides the sentence names, nor a new attack it tells.
   */
  void lostToTheAttacker(ClaimExtractor.Reading reading, org.tally.extract.actor.Allies allies) {
    Memory memory = reading.memory;
    if (memory.attackersWithoutCount.isEmpty()) {
      return;
    }
    // every attacker the document names: those of its counts too, so that a second enemy ("rebel shelling killed two")
    // leaves the losses unassigned here
    Set<String> attackers = new java.util.LinkedHashSet<>(memory.attackersWithoutCount);
    for (Claim claim : reading.claims) {
      if (claim.perpetrator() != null && claim.section().isOwnText() && !memory.pastCounts.contains(claim.count().span())) {
        attackers.add(claim.perpetrator());
      }
    }
    for (int i = 0; i < reading.claims.size(); i++) {
      Claim claim = reading.claims.get(i);
      Unblamed facts = memory.unblamedFacts.get(claim.count().span());
      if (claim.perpetrator() != null || facts == null || facts.victims().isEmpty() || facts.labelled()
          || claim.section() == ClaimSection.TITLE || claim.scope() != Scope.INCIDENT
          || claim.victims() != Victims.SOLDIERS && claim.victims() != Victims.FIGHTERS
          || !fightLosses.lostInTheFight(facts.tokens())) {
        continue;
      }
      List<String> enemies = new ArrayList<>(1);
      for (String attacker : attackers) {
        Optional<Actor> a = actors.byId(attacker);
        if (a.isPresent() && PerpetratorFinder.fights(a.get())
            && facts.victims().stream().noneMatch(v -> allies.allied(v, a.get()))) {
          enemies.add(attacker);
        }
      }
      if (enemies.size() == 1) {
        String enemy = enemies.get(0);
        String losers = facts.victims().get(0).id();
        blame(reading, i, enemy, () -> "the people counted are " + losers + "'s own, lost in the fight; the document"
            + " names " + enemy + " attacking, and no other attacker but " + losers + "'s allies (allies.tsv)");
      }
    }
  }

  /**
   * "Armed groups fired mortar shells on Jaramana, killing two civilians" in SANA's words, "militants shelled" in the
   * Russian Defence Ministry's: a bare attacker word, the only attacker of a claim's sentence, means the side its
   * speaker (the claimant, else the outlet) calls so (label-speakers.tsv; attr23). Not a war's total, nor fighters' dead.
   */
  void labelBySpeaker(ClaimExtractor.Reading reading, org.tally.extract.actor.SpeakerLabels labels) {
    Memory memory = reading.memory;
    String outlet = reading.doc.metadata().outlet();
    for (int i = 0; i < reading.claims.size(); i++) {
      Claim claim = reading.claims.get(i);
      Unblamed facts = memory.unblamedFacts.get(claim.count().span());
      if (claim.perpetrator() != null || facts == null || claim.scope() == Scope.CUMULATIVE
          || claim.victims() == Victims.FIGHTERS) {
        continue;
      }
      Optional<Rule> word = perpetrators.unnamedAttacker(facts.tokens())
          .or(() -> perpetrators.unnamedAgent(facts.tokens()));
      if (word.isEmpty()) {
        continue;
      }
      int index = i;
      labels.meant(claim.claimant(), outlet).ifPresent(m -> blame(reading, index, m.actor(),
          () -> word.get() + ", said by " + m.rule() + " (label-speakers.tsv): that speaker's word for " + m.actor()));
    }
  }

  /**
   * "… Kurdish fighters killed 15 of the attackers. … YPG fighters lost 21 of their comrades in the fighting": the
   * document's two attackers (at its own counts, or in sentences without one: "IS launched a counter-attack on SDF
   * positions"), and each count no words blamed, go to {@link FightLosses}, which says whether one side's losses are
   * the other's deed (attr21).
   */
  void enemyOfLosers(ClaimExtractor.Reading reading) {
    Memory memory = reading.memory;
    Set<String> attackers = new java.util.LinkedHashSet<>();
    for (Claim claim : reading.claims) {
      // a related article's headline ("Coalition air strikes kill 84") tells no side of this document's fight
      if (claim.perpetrator() != null && claim.section().isOwnText() && !memory.pastCounts.contains(claim.count().span())
          && !warSized(claim)) {
        attackers.add(claim.perpetrator());
      }
    }
    attackers.addAll(memory.attackersWithoutCount);
    if (attackers.size() != 2) {
      return;
    }
    for (int i = 0; i < reading.claims.size(); i++) {
      Claim claim = reading.claims.get(i);
      Unblamed facts = memory.unblamedFacts.get(claim.count().span());
      if (claim.perpetrator() != null || facts == null) {
        continue;
      }
      FightLosses.Loss loss = new FightLosses.Loss(claim.victims(), claim.scope(), claim.section() == ClaimSection.TITLE,
          facts.victims(), facts.tokens());
      int at = i;
      fightLosses.killedBy(attackers, loss).ifPresent(killed -> blame(reading, at, killed.enemy(), killed::why));
    }
  }

  /**
   * The one fighting side whose people the document's one attacker killed, as its counts name them, where that side is
   * not its own: the side it fought, which killed its dead. Empty with none, or with two sides.
   */
  private Optional<String> foughtBy(Memory memory, String actor) {
    Set<String> slain = memory.slainSides.getOrDefault(actor, Set.of());
    if (slain.size() != 1) {
      return Optional.empty();
    }
    String enemy = slain.iterator().next();
    Optional<Actor> self = actors.byId(actor);
    return actors.byId(enemy).filter(e -> self.map(a -> !a.sameSide(e)).orElse(false)).map(Actor::id);
  }

  private static final WordSet OTHERS = WordSet.of("others");

  /** True when the people counted are "others": "three others", "several others". */
  private static boolean others(List<Token> tokens, Casualty casualty) {
    for (int i = casualty.from(); i < casualty.headEnd() && i < tokens.size(); i++) {
      if (OTHERS.contains(tokens.get(i).lower())) {
        return true;
      }
    }
    return false;
  }

  private static final String ARMED_GROUP = "armed-group";

  /**
   * "The Observatory documented executions by the Islamic State. … a mine left behind by the organization exploded":
   * where the sentence names no armed group, its words that point back at one (attacker-anaphors.tsv) name the armed
   * group last named before it (attr19). A group the sentence names only among its dead ("Nine SDF fighters were killed
   * as the jihadists overran two outposts") is no attacker there: the words then mean the group named last but that one
   * (attr25).
   */
  private List<ActorMention> withAttackerAnaphors(Memory memory, List<Token> tokens, List<ActorMention> mentions,
      List<Casualty> casualties) {
    String last = memory.lastOfKind.get(ARMED_GROUP);
    if (last == null) {
      return mentions;
    }
    Set<String> dead = new java.util.HashSet<>(1);
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

  /** True when only spaces stand between the offset {@code at} and the line break before it (or the text's start). */
  private static boolean opensParagraph(String text, int at) {
    int i = Math.min(at, text.length()) - 1;
    while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i--;
    }
    return i < 0 || text.charAt(i) == '\n' || text.charAt(i) == '\r';
  }

  /** A claim's harm and bounds: a headline's figure and the body's that restates it share them. */
  private static String figure(Claim claim) {
    return claim.harm() + " " + claim.count().min() + " " + claim.count().max();
  }

  /**
   * More dead, hurt or displaced than any one attack of these wars has left (the Ghouta sarin attack: some 1,400 dead):
   * "more than 300,000 people have been killed" is a war's total even where no words say so, and no one attacker's.
   */
  private static final int MORE_THAN_ONE_ATTACK = 5000;

  private static boolean warSized(Claim claim) {
    return warSized(claim.count());
  }

  private static boolean warSized(org.tally.model.Count count) {
    Integer least = count.min() != null ? count.min() : count.max();
    return least != null && least > MORE_THAN_ONE_ATTACK;
  }

  private static int indexOf(List<Claim> claims, Claim claim) {
    for (int i = 0; i < claims.size(); i++) {
      if (claims.get(i) == claim) {
        return i;
      }
    }
    return -1;
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

  /** Why each claim of the document read has its actors, by the span of its count; empty unless explaining. */
  static Map<Span, AttributionWhy> explanations(ClaimExtractor.Reading reading) {
    return reading.memory.why == null ? Map.of() : reading.memory.why;
  }

  /** The mentions that may state the counts: none among a count's people, unless a reporting verb follows at once. */
  private List<ActorMention> speakers(List<Token> tokens, List<ActorMention> mentions, ClaimantFinder.Sentence said,
      List<Casualty> casualties) {
    List<ActorMention> out = new ArrayList<>(mentions.size());
    for (ActorMention m : mentions) {
      if ((claimants.cueAt(said, m.to()) || heldBy(casualties, null, m.from()) == null) && !dateline(tokens, m)) {
        out.add(m);
      }
    }
    return out;
  }

  /** Weekdays, which open a wire's dateline after its name. */
  private static final org.tally.extract.token.WordSet WEEKDAYS = org.tally.extract.token.WordSet.of("monday", "tuesday",
      "wednesday", "thursday", "friday", "saturday", "sunday");

  /**
   * True for a wire's name in its dateline ("… state media AFP Friday 2 May 2014 …"): the agency that carries the
   * copy, not a source of its figures (issue 11, 20e: "announced" in a teaser after it made AFP the claimant).
   */
  private static boolean dateline(List<Token> tokens, ActorMention m) {
    if (!"media".equals(m.actor().kind())) {
      return false;
    }
    return m.to() < tokens.size() && WEEKDAYS.contains(tokens.get(m.to()).lower());
  }

  /** The first count other than {@code except} whose people hold token {@code at}, or null: a loop, asked per name. */
  private static Casualty heldBy(List<Casualty> casualties, Casualty except, int at) {
    for (Casualty c : casualties) {
      if (c != except && c.holds(at)) {
        return c;
      }
    }
    return null;
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

  private String perpetrator(ClaimExtractor.Reading reading, List<Token> tokens, List<ActorMention> mentions,
      List<Casualty> all, Casualty casualty, String claimant, boolean ownDeedsOnly, Scope scope, List<String> rules,
      List<String> dropped) {
    // "30 regime soldiers and 39 rebel fighters had been killed": the people of every count are victims
    List<ActorMention> candidates = new ArrayList<>();
    for (ActorMention m : mentions) {
      boolean victim = heldBy(all, casualty, m.from()) != null;
      if (victim) {
        if (dropped != null) {
          dropped.add(m.actor().id() + " (" + m.rule() + "): named among the people of another count, a victim");
        }
      } else {
        candidates.add(m);
      }
    }
    Optional<PerpetratorFinder.Found> found = perpetrators.find(tokens, candidates, casualty.from(), casualty.headEnd(), dropped,
        i -> heldBy(all, null, i) != null);
    if (found.isPresent()) {
      PerpetratorFinder.Found f = found.get();
      // "… their helicopter crashed, the Observatory said": only a side that fights owns the attack its words point at
      String actor = f.possessive() ? (fights(claimant) ? claimant : null) : f.actor();
      if (actor != null && !OUTLET.equals(actor)) {
        rules.add(f.rule() + (f.possessive() ? ": points back at the claimant, who did it" : ""));
        return armedSide(resolved(reading, actor, rules), rules);
      }
    }
    Optional<String> otherSide = otherSideOfFighting(tokens, mentions, all, casualty);
    if (otherSide.isPresent()) {
      rules.add(otherSide.get() + ": the other side's dead are counted too, in fighting between them");
      return resolved(reading, otherSide.get(), rules);
    }
    Optional<String> toll = ownDeedsOnly ? Optional.empty() : tollBefore(reading, tokens, mentions, casualty, rules, dropped);
    if (toll.isPresent()) {
      return toll.get();
    }
    if (ownDeedsOnly && dropped != null && (reading.previousPerpetrator != null || reading.titlePerpetrator != null)) {
      dropped.add("the attacker named before: a war's total, or background of an earlier year or month, is not its deed");
    }
    // "ISIS stormed the base, killing 85 soldiers. The IS lost 28 fighters": the side that lost them did not kill them
    // "At least 10 Kurdish fighters were killed along with eight IS members": the side the people counted are named as
    // (fighters, or people of an armed side; civilians' nationality names no side) did not kill them either
    Optional<Actor> losing = perpetrators.losingSide(tokens, mentions, casualty.from())
        .or(() -> victimOf(mentions, casualty).filter(m -> !civilian(casualty) && PerpetratorFinder.fights(m.actor())
            && !fights.withinSide(tokens)))
        .map(m -> actors.byId(resolved(reading, m.actor().id())).orElse(m.actor()))
        .or(() -> victimOf(mentions, casualty).isPresent() ? Optional.empty() : unnamedSoldiers(reading, casualty))
        .or(() -> claimantsOwn(tokens, casualty, claimant))
        .or(() -> others(tokens, casualty) ? reading.memory.sidesBefore.stream().findFirst() : Optional.empty());
    // "49 PKK/YPG terrorists were killed": every side the fighters counted are named as lost them, not the first only
    List<Actor> losers = losersNamed(reading, tokens, mentions, casualty);
    boolean labelled = labelledDead(mentions, casualty);
    boolean bridgedTooFar = reading.previousPerpetrator != null && reading.previousPerpetrator.equals(reading.memory.bridged)
        && (scope != Scope.INCIDENT || combatant(casualty));
    if (bridgedTooFar && dropped != null) {
      dropped.add(reading.previousPerpetrator + " (carried past a sentence naming no side): not for a period's toll nor"
          + " fighters' losses");
    }
    if (reading.previousPerpetrator != null && !ownDeedsOnly && !bridgedTooFar && !lostBy(losing, reading.previousPerpetrator, dropped)
        && !lostBy(losers, reading.previousPerpetrator, dropped) && !lostByLabel(labelled, reading.previousPerpetrator, dropped)) {
      if (!grounded(reading.previousPerpetrator, tokens, dropped)) {
        rules.add(FROM_SENTENCE_BEFORE);
        return reading.previousPerpetrator;
      }
      // "… was caused by a suicide bomber … Two women and two soldiers were killed in the attack": the sentences after
      // a bomb the carried state could not have set off tell of that bomb, not of the state's deed before it
      reading.memory.unfitForABomb.add(reading.previousPerpetrator);
      reading.previousPerpetrator = null;
    }
    Optional<Rule> attackBack = reading.previousPerpetrator == null && reading.paragraphPerpetrator != null && !ownDeedsOnly
        && !lostBy(losing, reading.paragraphPerpetrator, dropped) && !lostBy(losers, reading.paragraphPerpetrator, dropped)
        && !lostByLabel(labelled, reading.paragraphPerpetrator, dropped)
        ? perpetrators.opensWithAttack(tokens) : Optional.empty();
    // "Rebels pounded the village on Thursday. ¶ Four civilians lost their lives in the attack": the harm tied to "the
    // attack" of the paragraph before is its attacker's too (attr19, wire copy's one-sentence paragraphs)
    boolean harmedIn = attackBack.isEmpty() && reading.previousPerpetrator == null && reading.paragraphPerpetrator != null
        && !tokens.isEmpty() && opensParagraph(reading.doc.text(), tokens.get(0).start())
        && !ownDeedsOnly && scope == Scope.INCIDENT && !lostBy(losing, reading.paragraphPerpetrator, dropped)
        && !lostBy(losers, reading.paragraphPerpetrator, dropped) && !lostByLabel(labelled, reading.paragraphPerpetrator, dropped);
    if (harmedIn) {
      attackBack = perpetrators.harmedInAttackBefore(tokens);
    }
    if (attackBack.isPresent() && !grounded(reading.paragraphPerpetrator, tokens, dropped)) {
      rules.add(attackBack.get() + (harmedIn ? ": the harm is tied to the attack the paragraph before told, by "
          : ": the sentence opens with the attack the paragraph before told, by ") + reading.paragraphPerpetrator);
      return reading.paragraphPerpetrator;
    }
    if (reading.titlePerpetrator != null && !ownDeedsOnly && !lostBy(losing, reading.titlePerpetrator, dropped)
        && !lostBy(losers, reading.titlePerpetrator, dropped)
        && !grounded(reading.titlePerpetrator, tokens, dropped)) {
      rules.add("no attacker in the sentence: the headline's");
      return reading.titlePerpetrator;
    }
    Optional<PerpetratorFinder.Found> held = perpetrators.byHeldArea(tokens, dropped);
    held.ifPresent(h -> rules.add(h.rule() + ": whose area was struck"));
    return held.map(PerpetratorFinder.Found::actor).orElse(null);
  }

  /**
   * "Regime forces executed 48 people. … The regime forces withdrew a day later. Five women and 13 rebels from the
   * families were among the dead.": people a sentence names as members of a toll told before (toll-members.tsv) are
   * the deed of the attacker of the document's last claim that has one, even past a sentence naming a side without an
   * attack, and even where they are fighters; not where that attacker is their own side.
   */
  private Optional<String> tollBefore(ClaimExtractor.Reading reading, List<Token> tokens, List<ActorMention> mentions,
      Casualty casualty, List<String> rules, List<String> dropped) {
    String last = null;
    for (int i = reading.claims.size() - 1; i >= 0 && last == null; i--) { // back to the last claim with an attacker
      last = reading.claims.get(i).perpetrator();
    }
    if (last == null) {
      return Optional.empty();
    }
    Optional<Rule> members = perpetrators.membersOfTollBefore(tokens, mentions, casualty.headEnd());
    if (members.isEmpty()) {
      return Optional.empty();
    }
    Optional<Actor> own = victimOf(mentions, casualty).map(m -> actors.byId(resolved(reading, m.actor().id())).orElse(m.actor()));
    if (lostBy(own, last, dropped)) {
      return Optional.empty();
    }
    rules.add(members.get() + ": members of the toll told before, the deed of its attacker, " + last);
    return Optional.of(last);
  }

  /**
   * "Daesh attacked the airport. The army lost 12 servicemen, while more than 70 terrorists were eliminated in the
   * counterattack": fighters counted under a bare label ("terrorists", "insurgents": actor-names.tsv's labels, which
   * name no one group) are the enemy of whoever calls them so, and an armed group carried over as the attacker is
   * the side they fought for, not their killer (attr24).
   */
  private boolean labelledDead(List<ActorMention> mentions, Casualty casualty) {
    if (civilian(casualty)) {
      return false;
    }
    for (ActorMention m : mentions) {
      if (casualty.holds(m.from()) && !m.canClaim() && !m.person() && m.to() - m.labelFrom() == 0
          && perpetrators.genericLabel(m.actor().id()).isPresent()) {
        return true;
      }
    }
    return false;
  }

  private boolean lostByLabel(boolean labelled, String actor, List<String> dropped) {
    // the label's own actor (the armed opposition) carried over stays: "infighting among the terrorist groups"
    boolean armed = labelled && perpetrators.genericLabel(actor).isEmpty()
        && actors.byId(actor).map(a -> ARMED_GROUP.equals(a.kind())).orElse(false);
    if (armed && dropped != null) {
      dropped.add(actor + " (carried over): the fighters counted under a bare label are the enemy's, its own side");
    }
    return armed;
  }

  /** True when the side that lost the people counted is {@code actor}'s own. */
  private boolean lostBy(List<Actor> losers, String actor, List<String> dropped) {
    for (Actor loser : losers) {
      if (lostBy(Optional.of(loser), actor, dropped)) {
        return true;
      }
    }
    return false;
  }

  /** The fighting sides named among the people counted (none for civilians, whose nationality names no side). */
  private List<Actor> losersNamed(ClaimExtractor.Reading reading, List<Token> tokens, List<ActorMention> mentions,
      Casualty casualty) {
    if (civilian(casualty)) {
      return List.of();
    }
    List<Actor> out = new ArrayList<>(2);
    for (ActorMention m : mentions) {
      if (casualty.holds(m.from()) && PerpetratorFinder.fights(m.actor())) {
        out.add(actors.byId(resolved(reading, m.actor().id())).orElse(m.actor()));
      }
    }
    return out.isEmpty() || fights.withinSide(tokens) ? List.of() : out;
  }

  private boolean lostBy(Optional<Actor> losing, String actor, List<String> dropped) {
    boolean own = losing.isPresent() && actors.byId(actor).map(a -> a.sameSide(losing.get())).orElse(false);
    if (own && dropped != null) {
      dropped.add(actor + " (carried over): the side that lost the people counted");
    }
    return own;
  }

  /**
   * True when {@code actor} is an armed group, which has no aircraft, and the sentence's attack came from the air; the
   * sentence is read for air attacks only then.
   */
  private boolean grounded(String actor, List<Token> tokens, List<String> dropped) {
    Optional<String> why = unfit(actor, tokens);
    if (why.isPresent() && dropped != null) {
      dropped.add(actor + " (carried over): " + why.get());
    }
    return why.isPresent();
  }

  /**
   * Why {@code actor} cannot have made the attack the tokens name: an armed group has no aircraft, and a state or an
   * army sets off no car bomb (air-attack-words.tsv, blast-words.tsv; kinds of actors.tsv).
   */
  private Optional<String> unfit(String actor, List<Token> tokens) {
    String kind = actors.byId(actor).map(Actor::kind).orElse("");
    if (kind.equals("armed-group")) {
      return perpetrators.fromTheAir(tokens).map(air -> "an armed group, and " + air + " is an attack from the air");
    }
    if (kind.equals("state") || kind.equals("military")) {
      return perpetrators.fromABomb(tokens).map(bomb -> "a state or an army, and " + bomb + " is a bomb's attack");
    }
    return Optional.empty();
  }

  /**
   * "30 regime soldiers and 39 rebel fighters were killed in battles": where fighting counts the dead of two sides,
   * each side's dead are the other's doing.
   */
  private Optional<String> otherSideOfFighting(List<Token> tokens, List<ActorMention> mentions, List<Casualty> all,
      Casualty casualty) {
    if (all.size() < 2 || !fights.namesFight(tokens)) {
      return Optional.empty();
    }
    Optional<ActorMention> own = combatant(casualty) ? victimOf(mentions, casualty) : Optional.empty();
    if (own.isEmpty()) {
      return Optional.empty();
    }
    for (Casualty other : all) {
      Optional<ActorMention> theirs = other == casualty || !combatant(other) || nested(tokens, casualty, other)
          ? Optional.empty() : victimOf(mentions, other);
      if (theirs.isPresent() && !theirs.get().actor().sameSide(own.get().actor())) {
        return Optional.of(theirs.get().actor().id());
      }
    }
    return Optional.empty();
  }

  /** Words that make the count after them a part of the count before: "116 rebels including an Al-Nusra commander". */
  private static final WordSet PART_OF = WordSet.of("including", "includes", "among", "incl");

  /**
   * True when one of the two counts is a breakdown of the other ("116 rebels including an Al-Nusra commander"): the
   * commander is one of the rebels, not the other side of the fighting.
   */
  private static boolean nested(List<Token> tokens, Casualty a, Casualty b) {
    Casualty first = a.from() < b.from() ? a : b;
    Casualty second = first == a ? b : a;
    for (int i = first.from(); i < Math.min(second.from(), tokens.size()); i++) {
      if (PART_OF.contains(tokens.get(i).lower())) {
        return true;
      }
    }
    return false;
  }

  private static boolean civilian(Casualty casualty) {
    return casualty.victims() == Victims.CIVILIANS || casualty.victims() == Victims.CHILDREN
        || casualty.victims() == Victims.WOMEN;
  }

  private static boolean combatant(Casualty casualty) {
    return casualty.victims() == Victims.SOLDIERS || casualty.victims() == Victims.FIGHTERS;
  }

  /**
   * "Seven soldiers were also killed in the clashes": soldiers no words name the side of are the state forces of the
   * government in focus (the stand-in government-forces, stand-ins.tsv), the way bare "troops" are (attr15); so the
   * headline's or the sentence before's attacker, where that is the same government, did not kill them (attr16).
   */
  private Optional<Actor> unnamedSoldiers(ClaimExtractor.Reading reading, Casualty casualty) {
    if (casualty.victims() != Victims.SOLDIERS) {
      return Optional.empty();
    }
    return actors.byId(resolved(reading, GOVERNMENT_FORCES));
  }

  private static final String GOVERNMENT_FORCES = "government-forces";
  /**
   * Possessives that make the people counted the speaker's own: "four of its fighters were killed". Not "their", which
   * as often means the other side's ("killed a number of terrorists and two of their commanders").
   */
  private static final WordSet OWN = WordSet.of("its", "our");

  /**
   * "Hezbollah's media wing said four of its fighters were killed": people the count calls the speaker's own are the
   * claimant's loss, so the claimant's side did not kill them (a side that fights only; "its" of a monitor is no side).
   */
  private Optional<Actor> claimantsOwn(List<Token> tokens, Casualty casualty, String claimant) {
    if (claimant == null || civilian(casualty)) {
      return Optional.empty();
    }
    for (int i = casualty.from(); i < casualty.headEnd() && i < tokens.size(); i++) {
      if (OWN.contains(tokens.get(i).lower())) {
        return actors.byId(claimant).filter(PerpetratorFinder::fights);
      }
    }
    return Optional.empty();
  }

  private static Optional<ActorMention> victimOf(List<ActorMention> mentions, Casualty casualty) {
    return mentions.stream().filter(m -> casualty.holds(m.from())).findFirst();
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

  /**
   * "A military source told SANA … The group's agency Amaq said … The source said": the claimant last named by a name
   * with the noun of the sentence's anaphor, where it is not the claimant last named (attr18).
   */
  private Optional<String> byNoun(ClaimExtractor.Reading reading, List<Token> tokens, List<String> rules) {
    if (reading.memory.lastByNoun.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> noun = claimants.anaphorNoun(tokens);
    Optional<String> meant = noun.map(reading.memory.lastByNoun::get).filter(c -> !c.equals(reading.lastClaimant));
    meant.ifPresent(c -> rules.add("\"the " + noun.get() + "\" means " + c + ", last named by a name with that noun"));
    return meant;
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

  /** {@code ownVoice}: a headline, or a sentence naming actors without a source, is the outlet's own narration. */
  private String claimant(ClaimExtractor.Reading reading, List<Token> tokens, Optional<Attribution> attribution,
      Scope scope, boolean ownVoice, List<String> rules) {
    Memory memory = reading.memory;
    if (attribution.isPresent() && attribution.get().claimant() != null) {
      rules.add(attribution.get().rule());
      return attribution.get().claimant();
    }
    if (attribution.isPresent() && attribution.get().anaphoric()) {
      rules.add(attribution.get().rule());
      if (attribution.get().personal() && memory.lastPerson != null) {
        rules.add("\"he\"/\"she\" means the person last named as speaking");
        return memory.lastPerson;
      }
      if (attribution.get().personal() && memory.lastPersonNamed != null) {
        rules.add("\"he\"/\"she\" means the person last named, as no one named has spoken yet");
        return memory.lastPersonNamed;
      }
      Optional<String> byNoun = attribution.get().personal() ? Optional.empty() : byNoun(reading, tokens, rules);
      if (byNoun.isPresent()) {
        return byNoun.get();
      }
      if (reading.lastClaimant == null && !attribution.get().personal()) {
        // "… the group said", where no one has spoken yet: the group last named, not the outlet
        Optional<String> meant = lastNamedMeant(reading, tokens, rules);
        if (meant.isPresent()) {
          return meant.get();
        }
      }
      return reading.lastClaimant != null ? reading.lastClaimant : OUTLET;
    }
    if (attribution.isEmpty() && reading.quotedSection) {
      rules.add("a quoted section: the claimant named before speaks on");
      return reading.lastClaimant != null ? reading.lastClaimant : OUTLET;
    }
    // "According to the charity, two clinics were hit. Last month 200 people were wounded there": both the charity's,
    // but not a war's total, which is background the outlet gives, nor a sentence that names who attacked whom
    if (attribution.isEmpty() && memory.carried != null && scope != Scope.CUMULATIVE && !ownVoice) {
      rules.add("no source in the sentence: the report of " + memory.carriedRule + " goes on");
      return memory.carried;
    }
    return OUTLET;
  }

  /**
   * A named claimant of this sentence, even one without a number, is who "it" and "the ministry" mean next, and whose
   * report the next sentences go on with. True when the sentence names one.
   */
  private boolean remember(ClaimExtractor.Reading reading, List<Token> tokens, ClaimantFinder.Sentence sentence,
      List<ActorMention> mentions, boolean headline) {
    if (headline) {
      claimants.fromHeadline(tokens, mentions).ifPresent(a -> reading.lastClaimant = resolved(reading, a.claimant()));
    }
    Optional<Attribution> said = claimants.find(sentence, mentions, tokens.size())
        .filter(a -> a.claimant() != null && !a.claimant().equals(OUTLET));
    said.ifPresent(a -> {
          String claimant = resolved(reading, a.claimant());
          for (ActorMention m : mentions) { // a loop over the sentence's few names
            if (m.actor().id().equals(a.claimant()) && !m.person()) {
              reading.memory.lastByNoun.put(ClaimantFinder.noun(tokens.get(m.to() - 1)), claimant);
            }
          }
          if (a.stance() == Stance.DENIED) {
            // "Russia has denied targeting civilians. At least 9 patients died.": a denial is no report that goes on,
            // and the denier is no source of the document's figures
            reading.lastClaimant = claimant;
            if (!headline) {
              reading.memory.carried = null;
            }
            return;
          }
          reading.lastClaimant = claimant;
          if (!headline && quotes(tokens)) {
            reading.memory.lastQuoted = claimant;
          }
          if (!eyewitness(claimant)) {
            reading.sources.add(claimant);
          }
          if (a.personal()) {
            reading.memory.lastPerson = claimant;
          }
          if (!headline) {
            reading.memory.carried = claimant;
            reading.memory.carriedRule = a.rule();
          }
        });
    return said.isPresent();
  }

  /** True for a quotation mark, straight or curly. */
  private static boolean quoteMark(Token t) {
    String w = t.text();
    return w.equals("\"") || w.equals("\u201c") || w.equals("\u201d");
  }

  /** True when the sentence holds a quotation mark: a loop over its tokens, asked once per sentence naming a source. */
  private static boolean quotes(List<Token> tokens) {
    for (Token t : tokens) {
      if (quoteMark(t)) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when token {@code at} stands between an opening and a closing quotation mark of its sentence, in prose: not
   * in a page's data ({@code "key":"value"}) that copy sometimes keeps.
   */
  private static boolean quoted(List<Token> tokens, int at) {
    int before = 0;
    for (int i = 0; i < at && i < tokens.size(); i++) {
      if (quoteMark(tokens.get(i))) {
        before++;
        // "title":"Russia Tells …": a page's data, whose quotation marks quote no one
        if (i + 1 < tokens.size() && tokens.get(i + 1).is(":")) {
          return false;
        }
      }
    }
    if (before % 2 == 0) {
      return false;
    }
    for (int i = at; i < tokens.size(); i++) {
      if (quoteMark(tokens.get(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Journalists who saw the scene ("an AFP photographer saw") are the outlet's own eyes, not a source whose figures
   * the lead might give: they leave the document's one source its only one.
   */
  private static boolean eyewitness(String claimant) {
    return JOURNALISTS.equals(claimant);
  }

  private String resolved(ClaimExtractor.Reading reading, String id) {
    return resolved(reading, id, null);
  }

  /** A stand-in ("coalition") as the actor the document names; other ids as they are. */
  private String resolved(ClaimExtractor.Reading reading, String id, List<String> rules) {
    if (id == null || !actors.isStandIn(id)) {
      return id;
    }
    Memory memory = reading.memory;
    if (memory.sidesNamed == null) {
      memory.sidesNamed = actors.sidesNamed(reading.tokens);
    }
    ActorDictionary.Resolved resolved = actors.resolve(id, memory.sidesNamed, reading.focusCountry);
    if (rules != null && resolved.rule() != null) {
      rules.add(resolved.rule().toString());
    }
    return resolved.id();
  }

  /**
   * A ministry speaks for its side and attacks through it: "The Russian Defence Ministry said its aircraft killed 200"
   * names Russia's attack (actors.tsv, kind ministry, and its side).
   */
  private String armedSide(String id, List<String> rules) {
    Optional<Actor> actor = actors.byId(id);
    if (actor.isEmpty() || !actor.get().kind().equals("ministry") || actor.get().side() == null) {
      return id;
    }
    Optional<Actor> side = actors.byId(actor.get().side());
    if (side.isEmpty()) {
      return id;
    }
    rules.add(id + " is a ministry: its side, " + side.get().id() + ", made the attack (actors.tsv)");
    return side.get().id();
  }

  private boolean fights(String id) {
    return id != null && actors.byId(id).map(PerpetratorFinder::fights).orElse(false);
  }

  private boolean sameSide(String claimant, String perpetrator) {
    if (claimant == null || perpetrator == null || OUTLET.equals(claimant)) {
      return false;
    }
    Optional<Actor> a = actors.byId(claimant);
    Optional<Actor> b = actors.byId(perpetrator);
    return a.isPresent() && b.isPresent() && a.get().sameSide(b.get());
  }
}
