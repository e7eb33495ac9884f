package org.tally.extract;

import static org.tally.extract.CountFacts.heldBy;
import static org.tally.extract.Sides.OUTLET;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tally.extract.actor.ActorMention;
import org.tally.extract.actor.Attribution;
import org.tally.extract.actor.ClaimantFinder;
import org.tally.extract.token.Token;
import org.tally.extract.token.WordSet;
import org.tally.lexicon.RuleFile;
import org.tally.lexicon.RuleRow;
import org.tally.model.Scope;
import org.tally.model.Stance;

/**
 * Who states a sentence's counts: the claimant it names or points back at ("he said", "the group said"), the speaker
 * of the report in progress, or the outlet; and what a sentence that names a claimant leaves for the sentences after.
 */
final class CountClaimant {
  private static final String JOURNALISTS = "journalists";

  private final ClaimantFinder claimants;
  private final Sides sides;
  // weekdays (weekdays.tsv), which open a wire's dateline after its name
  private final WordSet weekdays;

  CountClaimant(ClaimantFinder claimants, Sides sides, RuleFile weekdays) {
    this.claimants = claimants;
    this.sides = sides;
    List<String> names = new ArrayList<>();
    for (RuleRow row : weekdays.rows()) {
      names.add(row.get("name").toLowerCase(java.util.Locale.ROOT));
    }
    this.weekdays = WordSet.copyOf(names);
  }

  /** {@code ownVoice}: a headline, or a sentence naming actors without a source, is the outlet's own narration. */
  String claimant(ClaimExtractor.Reading reading, List<Token> tokens, Optional<Attribution> attribution,
      Scope scope, boolean ownVoice, List<String> rules) {
    AttributionMemory memory = reading.memory;
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
  boolean remember(ClaimExtractor.Reading reading, List<Token> tokens, ClaimantFinder.Sentence sentence,
      List<ActorMention> mentions, boolean headline) {
    if (headline) {
      claimants.fromHeadline(tokens, mentions).ifPresent(a -> reading.lastClaimant = sides.resolved(reading, a.claimant()));
    }
    Optional<Attribution> said = claimants.find(sentence, mentions, tokens.size())
        .filter(a -> a.claimant() != null && !a.claimant().equals(OUTLET));
    said.ifPresent(a -> {
          String claimant = sides.resolved(reading, a.claimant());
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
  static boolean quoted(List<Token> tokens, int at) {
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

  /**
   * "A military source told SANA … The group's agency Amaq said … The source said": the claimant last named by a name
   * with the noun of the sentence's anaphor, where it is not the claimant last named (attr18).
   */
  Optional<String> byNoun(ClaimExtractor.Reading reading, List<Token> tokens, List<String> rules) {
    if (reading.memory.lastByNoun.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> noun = claimants.anaphorNoun(tokens);
    Optional<String> meant = noun.map(reading.memory.lastByNoun::get).filter(c -> !c.equals(reading.lastClaimant));
    meant.ifPresent(c -> rules.add("\"the " + noun.get() + "\" means " + c + ", last named by a name with that noun"));
    return meant;
  }

  /**
   * The actor last named of one of the kinds the sentence's anaphor can mean (anaphors.tsv's kinds: "the group" a
   * monitor, a charity or an armed group), for a sentence that points back when no claimant has been named before;
   * empty when the anaphor gives no kinds or no such actor was named.
   */
  Optional<String> lastNamedMeant(ClaimExtractor.Reading reading, List<Token> tokens, List<String> rules) {
    Optional<ClaimantFinder.Meant> meant = claimants.kindsMeant(tokens);
    if (meant.isEmpty()) {
      return Optional.empty();
    }
    AttributionMemory memory = reading.memory;
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
    return Optional.of(sides.resolved(reading, best));
  }

  /** The mentions that may state the counts: none among a count's people, unless a reporting verb follows at once. */
  List<ActorMention> speakers(List<Token> tokens, List<ActorMention> mentions, ClaimantFinder.Sentence said,
      List<Casualty> casualties) {
    List<ActorMention> out = new ArrayList<>(mentions.size());
    for (ActorMention m : mentions) {
      if ((claimants.cueAt(said, m.to()) || heldBy(casualties, null, m.from()) == null) && !dateline(tokens, m)) {
        out.add(m);
      }
    }
    return out;
  }

  /**
   * True for a wire's name in its dateline ("… state media AFP Friday 2 May 2014 …"): the agency that carries the
   * copy, not a source of its figures (issue 11, 20e: "announced" in a teaser after it made AFP the claimant).
   */
  private boolean dateline(List<Token> tokens, ActorMention m) {
    if (!"media".equals(m.actor().kind())) {
      return false;
    }
    return m.to() < tokens.size() && weekdays.contains(tokens.get(m.to()).lower());
  }
}
