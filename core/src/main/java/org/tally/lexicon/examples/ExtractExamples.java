package org.tally.lexicon.examples;

import static org.tally.lexicon.examples.Examples.claims;
import static org.tally.lexicon.examples.Examples.lower;
import static org.tally.lexicon.examples.Examples.tokens;
import static org.tally.lexicon.examples.Examples.unless;
import static org.tally.lexicon.examples.Examples.words;

import java.util.List;
import java.util.Optional;
import org.tally.extract.actor.ActorDictionary;
import org.tally.extract.actor.ActorMention;
import org.tally.extract.actor.PerpetratorFinder;
import org.tally.extract.count.CountMention;
import org.tally.extract.count.CountParser;
import org.tally.extract.token.Token;
import org.tally.extract.victim.VictimWords;
import org.tally.lexicon.Lexicons;
import org.tally.lexicon.RuleRow;
import org.tally.model.Claim;
import org.tally.model.Span;
import org.tally.model.Victims;

/** The example checks of the extraction rule files: each runs the row's example through the extractor or its stage. */
public final class ExtractExamples {
  /**
   * Two sources, each claiming a toll, then the outlet narrating in its own voice, before an example whose words point
   * back at the last one named ("It added", "the ministry said"). The narration ends the last source's report, and with
   * two sources named nothing is guessed: without the words, the claim is no one's.
   */
  private static final String LEAD_IN = "The White Helmets said 71 people were killed in the raid. The Syrian"
      + " Observatory for Human Rights said 83 people were killed in another raid. Journalists visited the town. ";
  private static final String LEAD_IN_CLAIMANT = "sohr";

  private ExtractExamples() {}

  /** harm-cues.tsv: the example has a claim of the row's harm. */
  public static Optional<String> harmCue(Lexicons rules, RuleRow row) {
    String example = Examples.of(row);
    return unless(claims(rules, example).stream().anyMatch(c -> c.harm().jsonName().equals(row.get("harm"))),
        example, "no claim of harm " + row.get("harm"));
  }

  /** hedges.tsv: the example's harm is hypothetical or denied, so it makes no claim. */
  public static Optional<String> hedge(Lexicons rules, RuleRow row) {
    String example = Examples.of(row);
    return unless(claims(rules, example).isEmpty(), example, "a claim is made");
  }

  /** victim-words.tsv: the example has a claim of the row's victims (and of its harm, where the noun implies one). */
  public static Optional<String> victimWord(Lexicons rules, RuleRow row) {
    String example = Examples.of(row);
    return unless(claims(rules, example).stream().anyMatch(c -> c.victims().jsonName().equals(lower(row.get("victims")))
        && row.optional("harm").map(h -> c.harm().jsonName().equals(h)).orElse(true)),
        example, "no claim of " + row.get("victims") + row.optional("harm").map(h -> " " + h).orElse(""));
  }

  /**
   * groups.tsv: "a member of" the row's group is a claim of the row's victims, and every claim is: "four members of
   * the Republican Guard" read as four people and one guard is no reading of the group.
   */
  public static Optional<String> group(Lexicons rules, RuleRow row) {
    String example = Examples.of(row);
    List<Claim> claims = claims(rules, example);
    return unless(!claims.isEmpty() && claims.stream().allMatch(c -> c.victims().jsonName().equals(lower(row.get("victims")))),
        example, "not every claim of " + row.get("victims"));
  }

  /** not-people.tsv: a count in the example is of the row's sort of thing, not of people. */
  public static Optional<String> notPeople(Lexicons rules, RuleRow row) {
    String example = Examples.of(row);
    return unless(heads(rules, example).stream().anyMatch(h -> h instanceof VictimWords.NotPeople n
        && n.what().equals(row.get("what"))), example, "no count of " + row.get("what"));
  }

  /**
   * relations.tsv: the example has a claim, and none counted after "WORD of": whose kin or company the person is
   * counts no one harmed.
   */
  public static Optional<String> relation(Lexicons rules, RuleRow row) {
    String example = Examples.of(row);
    int at = lower(example).indexOf(lower(row.get("word")) + " of ");
    List<Claim> claims = claims(rules, example);
    return unless(at >= 0 && !claims.isEmpty() && claims.stream().allMatch(c -> c.count().span().start() < at),
        example, "a count after \"" + row.get("word") + " of\" is taken for people harmed");
  }

  /** shares.tsv: the example has a claim counted by the row's share of a toll ("half of them children"). */
  public static Optional<String> share(Lexicons rules, RuleRow row) {
    String example = Examples.of(row);
    String phrase = lower(row.get("phrase"));
    return unless(claims(rules, example).stream().anyMatch(c -> lower(c.countText()).endsWith(phrase)), example,
        "no claim counted by the share \"" + row.get("phrase") + "\"");
  }

  /** young-kin.tsv: a summed list of single persons in the example gives its young kin member as one child. */
  public static Optional<String> youngKin(Lexicons rules, RuleRow row) {
    String example = Examples.of(row);
    return unless(claims(rules, example).stream().anyMatch(c -> c.victims() == Victims.CHILDREN
        && c.count().isExactly(1)), example, "no child of one read from \"" + row.get("word") + "\"");
  }

  /** more-bodies.tsv: the example's second sentence ("Another 6 were found") gives a killed claim of its own. */
  public static Optional<String> moreBodies(Lexicons rules, RuleRow row) {
    String example = Examples.of(row);
    int second = example.indexOf(". ") + 2;
    return unless(claims(rules, example).stream().anyMatch(c -> c.harm() == org.tally.model.Harm.KILLED
        && c.count().span().start() >= second), example, "no dead counted after \"Another\"");
  }

  /**
   * ranks.tsv: the example counts a rank inside a breakdown of a toll, and every claim has one victim category: the
   * rank takes the toll's, whatever the rank word alone says ("including a commander" among soldiers).
   */
  public static Optional<String> rank(Lexicons rules, RuleRow row) {
    String example = Examples.of(row);
    List<Claim> claims = claims(rules, example);
    return unless(claims.size() >= 2 && claims.stream().map(Claim::victims).distinct().count() == 1, example,
        "the rank \"" + row.get("word") + "\" is not counted with its toll's victims");
  }

  /** modifiers.tsv: the row's word stands between a count and its people noun. */
  public static Optional<String> modifier(Lexicons rules, RuleRow row) {
    String example = Examples.of(row);
    return unless(heads(rules, example).stream().anyMatch(h -> h instanceof VictimWords.People p && p.victims() != null),
        example, "no count reaches its people noun past \"" + row.get("word") + "\"");
  }

  /**
   * named-people.tsv: the example has a claim counted by a name rather than a number, its count text holding a
   * capitalised word past its first letter ("Ahmad Karimi", "alias 'El Zorro'"); without the row the figure, if any, is
   * read as a number ("45 killed").
   */
  public static Optional<String> namedPerson(Lexicons rules, RuleRow row) {
    String example = Examples.of(row);
    return unless(claims(rules, example).stream().anyMatch(c -> c.countText().length() > 1
        && c.countText().substring(1).chars().anyMatch(Character::isUpperCase)),
        example, "no claim counts people by their names");
  }

  /** calendar-words.tsv: a number beside the row's word is a date, not a count of people harmed. */
  public static Optional<String> calendarWord(Lexicons rules, RuleRow row) {
    String example = Examples.of(row);
    String word = lower(row.get("word"));
    int at = lower(example).indexOf(word);
    if (at < 0) {
      return Optional.of("the example does not hold \"" + row.get("word") + "\"");
    }
    Span beside = new Span(Math.max(0, at - 3), Math.min(example.length(), at + word.length() + 3));
    return unless(claims(rules, example).stream().noneMatch(c -> c.count().span().overlaps(beside)),
        example, "a number beside \"" + row.get("word") + "\" is claimed as a count of people");
  }

  /** actor-names.tsv: the dictionary finds the row's name, as written in the example, naming the row's actor. */
  public static Optional<String> actorName(Lexicons rules, RuleRow row) {
    String example = Examples.of(row);
    List<Token> tokens = tokens(example);
    return unless(ActorDictionary.from(rules).find(tokens).stream().anyMatch(m -> m.actor().id().equals(row.get("actor"))
        && lower(words(example, tokens, m.from(), m.to())).equals(lower(row.get("name")))),
        example, "\"" + row.get("name") + "\" does not name " + row.get("actor"));
  }

  /**
   * institution-sources.tsv: the example names a speaker of an institution, over words that open with a speaker row
   * and hold the row's phrase (a speaker row's own phrase opens them; an institution row's actor is the one named).
   */
  /** body-heads.tsv: the example's claims are stated by the row's actor, the body its name and head word name. */
  public static Optional<String> bodyHead(Lexicons rules, RuleRow row) {
    String example = Examples.of(row);
    List<Claim> claims = claims(rules, example);
    return unless(!claims.isEmpty() && claims.stream().allMatch(c -> row.get("actor").equals(c.claimant())), example,
        "the body named with \"" + row.get("phrase") + "\" does not state the claims as " + row.get("actor"));
  }

  public static Optional<String> institutionSource(Lexicons rules, RuleRow row) {
    String example = Examples.of(row);
    List<Token> tokens = tokens(example);
    boolean speaker = row.get("part").equals("speaker");
    String phrase = lower(row.get("phrase"));
    return unless(ActorDictionary.from(rules).find(tokens).stream().anyMatch(m -> {
      String words = lower(words(example, tokens, m.from(), m.to()));
      return m.rule().where().startsWith("institution-sources.tsv") && (speaker
          ? words.startsWith(phrase + " ")
          : m.actor().id().equals(row.get("actor")) && words.endsWith(" " + phrase));
    }), example, "no speaker of an institution named over \"" + row.get("phrase") + "\"");
  }

  /**
   * reporting-verbs.tsv: after two sources are named, the example's claim has the row's stance, and a claimant (the
   * one it names, or the last one named before) unless the word gives a stance only.
   */
  public static Optional<String> reportingVerb(Lexicons rules, RuleRow row) {
    String example = Examples.of(row);
    if (row.get("position").equals("none")) {
      // the phrase only looks like a reporting verb: the example's actor states nothing
      List<Claim> claims = claims(rules, example);
      return unless(!claims.isEmpty() && claims.stream().allMatch(c -> c.claimant() == null || c.claimant().equals("outlet")),
          example, "a claim without one named claimant");
    }
    boolean named = !row.get("position").equals("stance");
    return unless(claims(rules, LEAD_IN + example).stream().anyMatch(c -> c.evidence().start() >= LEAD_IN.length()
        && c.stance().jsonName().equals(row.get("stance"))
        && (!named || c.claimant() != null && !c.claimant().equals("outlet"))),
        example, "no claim " + row.get("stance") + (named ? " by a named claimant" : ""));
  }

  /** narration-cues.tsv: after the phrase the outlet narrates: the claim is the outlet's, not the speaker's. */
  public static Optional<String> narrationCue(Lexicons rules, RuleRow row) {
    String example = Examples.of(row);
    List<Claim> claims = claims(rules, example);
    return unless(!claims.isEmpty() && claims.stream().allMatch(c -> "outlet".equals(c.claimant())), example,
        "the claim is not the outlet's own");
  }

  /**
   * anaphors.tsv: after a sentence naming a claimant, the row's words point back at it; a row with kinds points, where
   * no claimant was named, at the actor of those kinds named last.
   */
  public static Optional<String> anaphor(Lexicons rules, RuleRow row) {
    String example = Examples.of(row);
    Optional<String> kinds = row.optional("kinds");
    if (kinds.isPresent()) {
      // a row with kinds: its example names no claimant before the anaphor, only an actor of one of the kinds, whom the
      // anaphor must mean
      List<String> meant = List.of(kinds.get().split("\\s*,\\s*"));
      ActorDictionary actors = ActorDictionary.from(rules);
      return unless(claims(rules, example).stream().anyMatch(c -> c.claimant() != null && actors.byId(c.claimant())
          .map(a -> meant.contains(a.kind())).orElse(false)), example,
          "the claim is not the " + kinds.get() + " named before \"" + row.get("phrase") + "\"");
    }
    List<Claim> claims = claims(rules, LEAD_IN + example);
    return unless(claims.stream().anyMatch(c -> c.evidence().start() >= LEAD_IN.length()
        && LEAD_IN_CLAIMANT.equals(c.claimant())), example, "the claim is not " + LEAD_IN_CLAIMANT + "'s, named before");
  }

  /** attack-words.tsv: the actor before the row's word is the attacker, as strongly as a means of attack says. */
  public static Optional<String> attackWord(Lexicons rules, RuleRow row) {
    String example = Examples.of(row);
    List<Token> tokens = tokens(example);
    List<ActorMention> mentions = ActorDictionary.from(rules).find(tokens);
    Optional<PerpetratorFinder.Found> found = PerpetratorFinder.from(rules).find(tokens, mentions, tokens.size());
    return unless(found.isPresent() && found.get().strength() >= 3, example,
        "no attacker named before \"" + row.get("word") + "\"");
  }

  /** blast-words.tsv: the state of the example's first sentence did not set off its later blast. */
  public static Optional<String> blastWord(Lexicons rules, RuleRow row) {
    String example = Examples.of(row);
    List<Claim> claims = claims(rules, example);
    return unless(!claims.isEmpty() && claims.stream().noneMatch(c -> "syrian-government".equals(c.perpetrator())),
        example, "the regime of the sentence before still set off the blast");
  }

  /** place-nouns.tsv: the actor's adjective before the row's noun names a place: no claim of the example has an attacker. */
  public static Optional<String> placeNoun(Lexicons rules, RuleRow row) {
    return everyClaimBlames(rules, row, null, "the actor before \"" + row.get("word") + "\" is still the attacker");
  }

  /** affiliations.tsv: the actor after the row's words is the side a person belongs to; no claim blames it. */
  public static Optional<String> affiliation(Lexicons rules, RuleRow row) {
    return everyClaimBlames(rules, row, null, "the actor after \"" + row.get("phrase") + "\" is still the attacker");
  }

  /**
   * speaker-titles.tsv: the person the example introduces by an actor and the row's title speaks for that actor
   * later, by the family name alone: the example's claim has a named claimant.
   */
  public static Optional<String> speakerTitle(Lexicons rules, RuleRow row) {
    String example = Examples.of(row);
    return unless(claims(rules, example).stream().anyMatch(c -> c.claimant() != null && !c.claimant().equals("outlet")),
        example, "the person introduced after \"" + row.get("phrase") + "\" speaks for no actor");
  }

  /** tweet-links.tsv: the count before the example's tweet link is the claim of the tweet's author, an actor. */
  public static Optional<String> tweetLink(Lexicons rules, RuleRow row) {
    String example = Examples.of(row);
    return unless(claims(rules, example).stream().anyMatch(c -> c.claimant() != null && !c.claimant().equals("outlet")),
        example, "the count before \"" + row.get("prefix") + "\" is not the tweet author's");
  }

  /** both-sides.tsv: the dead of every side, after an attacker named the sentence before: no claim has an attacker. */
  public static Optional<String> bothSides(Lexicons rules, RuleRow row) {
    return everyClaimBlames(rules, row, null, "the dead \"" + row.get("phrase") + "\" still have one side's attacker");
  }

  /** victim-predicates.tsv: the side named as the dead is no claim's attacker. */
  public static Optional<String> victimPredicate(Lexicons rules, RuleRow row) {
    String example = Examples.of(row);
    List<Claim> claims = claims(rules, example);
    return unless(!claims.isEmpty() && claims.stream().noneMatch(c -> "iran".equals(c.perpetrator())), example,
        "the side named after \"" + row.get("phrase") + "\" is still an attacker");
  }

  /** crossfire-words.tsv: people caught in crossfire between two named sides: no claim has an attacker. */
  public static Optional<String> crossfire(Lexicons rules, RuleRow row) {
    return everyClaimBlames(rules, row, null, "the dead \"" + row.get("phrase") + "\" still have one side's attacker");
  }

  /** war-agents.tsv: the dead the war harms, after a sentence naming an attacker, are no one side's deed. */
  public static Optional<String> warAgent(Lexicons rules, RuleRow row) {
    String example = Examples.of(row);
    List<Claim> claims = claims(rules, example);
    return unless(!claims.isEmpty() && claims.get(claims.size() - 1).perpetrator() == null, example,
        "the dead \"" + row.get("phrase") + "\" harms still have the attacker named before");
  }

  /** blame-verbs.tsv: the example's claim, which names no attacker, has the side blamed after it as its attacker. */
  public static Optional<String> blameVerb(Lexicons rules, RuleRow row) {
    String example = Examples.of(row);
    List<Claim> claims = claims(rules, example);
    return unless(!claims.isEmpty() && claims.get(0).perpetrator() != null, example,
        "the side blamed after \"" + row.get("phrase") + "\" is not the attacker of the count before");
  }

  /** attacker-anaphors.tsv: the example's last claim has the armed group named in the sentence before as its attacker. */
  public static Optional<String> attackerAnaphor(Lexicons rules, RuleRow row) {
    String example = Examples.of(row);
    List<Claim> claims = claims(rules, example);
    // the group named before, not the actor a label inside the phrase names alone ("the terrorists") (attr24)
    String perpetrator = claims.isEmpty() ? null : claims.get(claims.size() - 1).perpetrator();
    boolean labelOnly = ActorDictionary.from(rules).find(tokens(row.get("phrase"))).stream()
        .anyMatch(m -> m.actor().id().equals(perpetrator));
    return unless(perpetrator != null && !labelOnly, example,
        "\"" + row.get("phrase") + "\" does not point back at the group named before");
  }

  /** background-openers.tsv: the example's last claim, told after a month's name, is the outlet's, not the monitor's. */
  public static Optional<String> backgroundOpener(Lexicons rules, RuleRow row) {
    String example = Examples.of(row);
    List<Claim> claims = claims(rules, example);
    return unless(claims.size() > 1 && "outlet".equals(claims.get(claims.size() - 1).claimant()), example,
        "the report before still goes on after \"" + row.get("phrase") + "\" and a month");
  }

  /**
   * background-links.tsv: the example's first claim, a bomb of no named author, is not the deed of the attacker of the
   * earlier attack its second sentence tells after the row's words.
   */
  public static Optional<String> backgroundLink(Lexicons rules, RuleRow row) {
    String example = Examples.of(row);
    List<Claim> claims = claims(rules, example);
    return unless(claims.size() > 1 && claims.get(0).perpetrator() == null, example,
        "the earlier attack after \"" + row.get("phrase") + "\" still names the first attack's author");
  }

  /**
   * toll-members.tsv: the example's last claim, members of the toll of its second sentence, is that toll's attacker's
   * deed, though a sentence naming that side without an attack stands between and another attacker was named before.
   */
  public static Optional<String> tollMember(Lexicons rules, RuleRow row) {
    String example = Examples.of(row);
    List<Claim> claims = claims(rules, example);
    return unless(!claims.isEmpty() && "syrian-government".equals(claims.get(claims.size() - 1).perpetrator()), example,
        "the people \"" + row.get("phrase") + "\" are not the deed of the toll's attacker before them");
  }

  /** air-attack-words.tsv: the armed group of the example's first sentence did not make its later air attack. */
  public static Optional<String> airAttackWord(Lexicons rules, RuleRow row) {
    String example = Examples.of(row);
    List<Claim> claims = claims(rules, example);
    return unless(!claims.isEmpty() && claims.stream().noneMatch(c -> "syrian-opposition".equals(c.perpetrator())),
        example, "the rebels of the sentence before still made the air attack");
  }

  /** stand-ins.tsv: in the example document the stand-in means one of the row's actors. */
  public static Optional<String> standIn(Lexicons rules, RuleRow row) {
    String example = Examples.of(row);
    List<String> means = List.of(row.get("means").split("\\s*,\\s*"));
    return unless(claims(rules, example).stream().anyMatch(c -> means.contains(c.claimant()) || means.contains(c.perpetrator())),
        example, "no claim names one of " + row.get("means"));
  }

  /** The example has claims, and every one of them blames {@code attacker} (null: none blames anyone). */
  private static Optional<String> everyClaimBlames(Lexicons rules, RuleRow row, String attacker, String otherwise) {
    String example = Examples.of(row);
    List<Claim> claims = claims(rules, example);
    return unless(!claims.isEmpty() && claims.stream().allMatch(c -> java.util.Objects.equals(attacker, c.perpetrator())),
        example, otherwise);
  }

  /** agent-markers.tsv: the actor beside the row's words is the attacker, as strongly as "by" says. */
  public static Optional<String> agentMarker(Lexicons rules, RuleRow row) {
    return strongestAttacker(rules, row, 3, "no attacker marked by \"" + row.get("phrase") + "\"");
  }

  /** attack-verbs.tsv: the actor before the row's verb is the attacker. */
  public static Optional<String> attackVerb(Lexicons rules, RuleRow row) {
    return strongestAttacker(rules, row, 2, "no attacker before \"" + row.get("verb") + "\"");
  }

  /**
   * repel-verbs.tsv: the army that beat the attack back killed the attackers the example counts; the side whose attack
   * failed did not.
   */
  public static Optional<String> repelVerb(Lexicons rules, RuleRow row) {
    return everyClaimBlames(rules, row, "syrian-government",
        "the army before \"" + row.get("verb") + "\" is not the attacker of the dead");
  }

  /** responsibility-cues.tsv: the group that claims the attack, sentences after the toll, is its attacker. */
  public static Optional<String> responsibilityCue(Lexicons rules, RuleRow row) {
    return everyClaimBlames(rules, row, "isis", "the group that claimed the attack is not its attacker");
  }

  /** generic-attackers.tsv: the label's attack is the group's that claims it. */
  public static Optional<String> genericAttacker(Lexicons rules, RuleRow row) {
    return everyClaimBlames(rules, row, "isis", "the claim keeps the label " + row.get("actor"));
  }

  /** unnamed-attackers.tsv: the row's word before the example's attack verb leaves the attack's author unnamed. */
  public static Optional<String> unnamedAttacker(Lexicons rules, RuleRow row) {
    String example = Examples.of(row);
    return unless(PerpetratorFinder.from(rules).unnamedAttacker(tokens(example)).isPresent(), example,
        "\"" + row.get("word") + "\" before the attack verb names no attacker of unnamed side");
  }

  /**
   * label-speakers.tsv: the example's bare attacker word means the row's side where the row's actor states the toll
   * (kind actor) or the row's outlet prints it (kind outlet).
   */
  public static Optional<String> labelSpeaker(Lexicons rules, RuleRow row) {
    String example = Examples.of(row);
    String outlet = row.get("kind").equals("outlet") ? row.get("speaker") : null;
    org.tally.model.Document doc = new org.tally.model.Document("example", "example", example,
        new org.tally.model.Metadata(null, null, outlet, null));
    List<org.tally.model.Claim> claims = org.tally.extract.ClaimExtractor.from(rules).extract(doc,
        new org.tally.model.Layout(List.of(new org.tally.model.Section(org.tally.model.SectionKind.BODY, 0, example.length()))));
    return unless(claims.stream().anyMatch(c -> row.get("means").equals(c.perpetrator())), example,
        "the bare attacker word is not " + row.get("means") + "'s for " + row.get("speaker"));
  }

  /**
   * allies.tsv: the example's last claim, the losses of the row's side in a fight where its ally is named attacking
   * too, is the deed of the one attacker that is not the ally.
   */
  public static Optional<String> ally(Lexicons rules, RuleRow row) {
    String example = Examples.of(row);
    List<org.tally.model.Claim> claims = claims(rules, example);
    String perpetrator = claims.isEmpty() ? null : claims.get(claims.size() - 1).perpetrator();
    return unless(perpetrator != null && !perpetrator.equals(row.get("side")) && !perpetrator.equals(row.get("ally")),
        example, "the losses of " + row.get("side") + " are not the deed of its enemy alone (" + perpetrator + ")");
  }

  /** unknown-attackers.tsv: the example's words say its attacker is not known. */
  public static Optional<String> unknownAttacker(Lexicons rules, RuleRow row) {
    String example = Examples.of(row);
    return unless(PerpetratorFinder.from(rules).unknownAttacker(tokens(example)).isPresent(), example,
        "the attacker is not said to be unknown (\"" + row.get("word") + "\", " + row.get("role") + ")");
  }

  private static Optional<String> strongestAttacker(Lexicons rules, RuleRow row, int strength, String why) {
    String example = Examples.of(row);
    List<Token> tokens = tokens(example);
    List<ActorMention> mentions = ActorDictionary.from(rules).find(tokens);
    Optional<PerpetratorFinder.Found> found = PerpetratorFinder.from(rules).find(tokens, mentions, tokens.size());
    return unless(found.isPresent() && found.get().actor() != null && found.get().strength() >= strength, example, why);
  }

  /** held-areas.tsv: an area held by one side, struck, names the other side as the attacker. */
  public static Optional<String> heldArea(Lexicons rules, RuleRow row) {
    String example = Examples.of(row);
    return unless(PerpetratorFinder.from(rules).byHeldArea(tokens(example)).map(PerpetratorFinder.Found::actor).filter(row.get("attacker")::equals)
        .isPresent(), example, "the area struck does not name " + row.get("attacker"));
  }

  /** launch-areas.tsv: fire from an area held by one side names that side as the attacker. */
  public static Optional<String> launchArea(Lexicons rules, RuleRow row) {
    String example = Examples.of(row);
    return unless(PerpetratorFinder.from(rules).byLaunchArea(tokens(example)).map(PerpetratorFinder.Found::actor)
        .filter(row.get("attacker")::equals).isPresent(), example, "the area fired from does not name " + row.get("attacker"));
  }

  /** scope-cues.tsv: the example's claim has the row's scope. */
  public static Optional<String> scopeCue(Lexicons rules, RuleRow row) {
    String example = Examples.of(row);
    return unless(claims(rules, example).stream().anyMatch(c -> c.scope().jsonName().equals(row.get("scope"))),
        example, "no claim of scope " + row.get("scope"));
  }

  /** war-nouns.tsv: a figure in the whole war the noun names is the war's running total, cumulative. */
  public static Optional<String> warNoun(Lexicons rules, RuleRow row) {
    String example = Examples.of(row);
    List<Claim> claims = claims(rules, example);
    return unless(!claims.isEmpty() && claims.stream().allMatch(c -> c.scope().jsonName().equals("cumulative")),
        example, "the claim is not cumulative");
  }

  /** one-event-subjects.tsv: the noun before "has killed" makes the count one attack's toll, an incident. */
  public static Optional<String> oneEventSubject(Lexicons rules, RuleRow row) {
    String example = Examples.of(row);
    List<Claim> claims = claims(rules, example);
    return unless(!claims.isEmpty() && claims.stream().allMatch(c -> c.scope().jsonName().equals("incident")),
        example, "the claim is not an incident");
  }

  /** What the words after each count of the text say it counts. */
  private static List<VictimWords.Head> heads(Lexicons rules, String text) {
    List<Token> tokens = tokens(text);
    VictimWords victims = VictimWords.from(rules);
    return CountParser.from(rules).find(text, new Span(0, text.length())).stream()
        .map(m -> victims.head(tokens, firstTokenFrom(tokens, m)))
        .toList();
  }

  private static int firstTokenFrom(List<Token> tokens, CountMention mention) {
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).start() >= mention.headStart()) {
        return i;
      }
    }
    return tokens.size();
  }
}
