package org.tally.extract.actor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.tally.extract.token.PhraseTrie;
import org.tally.extract.token.Token;
import org.tally.extract.token.WordSet;
import org.tally.lexicon.Lexicons;
import org.tally.lexicon.RuleFiles;
import org.tally.lexicon.RuleRow;
import org.tally.model.Stance;

/**
 * Finds who states the number at a token of a sentence: the actor before a reporting verb
 * ("the ministry said"), after "according to", before an opening colon ("Monitor: 50 killed"), or an anaphor that
 * points back ("It added").
 */
public final class ClaimantFinder {
  /** NONE: a phrase that reads like a reporting verb and is not one ("claimed the lives of"): it shadows the verb. */
  private enum Position { SUBJECT, OBJECT, EITHER, STANCE, NONE }

  private static final WordSet PASSIVE = WordSet.of("was", "were", "is", "are", "been", "being");

  private record Verb(Position position, Stance stance, RuleRow row) {}

  private record Cue(Verb verb, int from, int to) {}

  private static final int SUBJECT_REACH = 22;
  private static final WordSet OBJECT_MARKERS = WordSet.of(
      "by", "against", "on", "of", "targeting", "fighting", "battling", "attacking", "from", "with", "to", "in",
      // "trying to cross into Turkey …, a source told Step News": where people go is no speaker (attr29)
      "into");
  private static final int OBJECT_REACH = 8;
  private static final WordSet ARTICLES = WordSet.of("the", "a", "an");
  /** The most words an article and compound modifiers take between "said" and the source it names. */
  private static final int MODIFIERS_REACH = 3;
  private static final WordSet TOPIC_MARKERS = WordSet.of(
      "on", "about", "against", "targeting", "regarding", "concerning");
  /** Auxiliaries: an actor before one is the subject of the clause a source reports, not the source. */
  private static final WordSet CLAUSE_VERBS = WordSet.of(
      "has", "have", "had", "is", "are", "was", "were", "will", "would");
  /** How far into a sentence an opening attribution's colon may stand ("Syrian opposition:", "Russian MoD:"). */
  private static final int OPENING_REACH = 4;

  private final PhraseTrie<Verb> verbs = new PhraseTrie<>();
  /** The rows of reporting-verbs.tsv that give a toll ("put the toll at"), for the toll cues spelt more loosely. */
  private final List<Verb> tollRows = new ArrayList<>();
  private final PhraseTrie<RuleRow> narration = new PhraseTrie<>();
  private final PhraseTrie<RuleRow> anaphors = new PhraseTrie<>();
  // "Syrian and Russian raids, the group added": an actor before a means of attack owns the attack, it does not speak
  private final PhraseTrie<Boolean> attackWords = new PhraseTrie<>();
  // "as ISIL overran a town an NGO said": an actor that an attack verb follows is the subject of the deed the source
  // reports, not the source (attack-verbs.tsv, repel-verbs.tsv)
  private final PhraseTrie<Boolean> attackVerbs = new PhraseTrie<>();
  // "he said" points at the last person named as speaking, not at the last actor
  private static final WordSet PERSONAL = WordSet.of("he", "she");

  // "In May a suspected air raid left dozens dead": words before a month's name that open background the outlet tells
  private final PhraseTrie<RuleRow> backgroundOpeners = new PhraseTrie<>();
  private final java.util.Set<String> months = new java.util.HashSet<>();
  // "The blast came two weeks after rebels fired rockets": words inside a sentence that tie what follows to an earlier
  // attack (background-links.tsv), and how many words may stand between them and their "then" word
  private final PhraseTrie<RuleRow> backgroundLinks = new PhraseTrie<>();
  private static final int LINK_GAP = 4;

  // the first words of the toll rows ("put", "gave"): the verbs that give a toll when a toll noun follows them further
  // on than the row spells it, "put the death toll from the war at", "gave a lower toll of" (toll-nouns.tsv)
  private WordSet tollVerbs;
  private WordSet tollNouns;
  // "said Dr. Khaled Ahmed": words of respect before a person's name (honorifics.tsv)
  private WordSet honorifics;
  // "a report from the UN Secretary General says" names who says it (report-nouns.tsv)
  private WordSet reportNouns;
  // titles that make a person speak for the actor after "of" (speaker-titles.tsv: "a commander of X told")
  private WordSet speakerTitles;

  private ClaimantFinder() {}

  /**
   * The rule when the sentence opens with words of background-openers.tsv right before a month's name written with a
   * capital ("In early April at least 88 civilians were killed"): background the outlet tells, in its own voice.
   */
  public Optional<Rule> opensWithMonth(List<Token> tokens) {
    Optional<PhraseTrie.Match<RuleRow>> m = backgroundOpeners.longestAt(tokens, 0);
    if (m.isEmpty() || m.get().to() >= tokens.size()) {
      return Optional.empty();
    }
    // "Last year bombings claimed by the group killed 150": a row whose phrase names the time itself needs no month
    if ("none".equals(m.get().value().get("then"))) {
      return Optional.of(Rule.of(m.get().value(), tokens, 0, m.get().to()));
    }
    Token month = tokens.get(m.get().to());
    if (!month.isCapitalised() || !months.contains(month.lower())) {
      return Optional.empty();
    }
    return Optional.of(Rule.of(m.get().value(), tokens, 0, m.get().to() + 1));
  }

  /**
   * The rule when words of background-links.tsv, then their "then" word at most a few words on, stand before token
   * {@code before} (the sentence's first count): "The blast came two weeks after rebels fired rockets at the town,
   * killing three children", "the deadliest attack since July 2016, when a truck bomb killed 300" tell an earlier attack.
   */
  public Optional<Rule> linksBack(List<Token> tokens, int before) {
    for (PhraseTrie.Match<RuleRow> m : backgroundLinks.findAll(tokens)) {
      String then = m.value().get("then");
      for (int i = m.to(); i < Math.min(before, m.to() + LINK_GAP + 1); i++) {
        if (tokens.get(i).is(then)) {
          return Optional.of(Rule.of(m.value(), tokens, m.from(), i + 1));
        }
      }
    }
    return Optional.empty();
  }

  public static ClaimantFinder from(Lexicons rules) {
    return rules.built(ClaimantFinder.class, ClaimantFinder::read);
  }

  private static ClaimantFinder read(Lexicons rules) {
    ClaimantFinder finder = new ClaimantFinder();
    for (RuleRow row : rules.file(RuleFiles.REPORTING_VERBS).rows()) {
      Position position;
      Stance stance;
      try {
        position = Position.valueOf(row.get("position").toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw row.error("position", "\"" + row.get("position") + "\" is not subject, object, either, stance or none");
      }
      try {
        stance = Stance.valueOf(row.get("stance").toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw row.error("stance", "\"" + row.get("stance") + "\" is not asserted, admitted, denied or estimated");
      }
      finder.verbs.add(row.get("phrase"), new Verb(position, stance, row));
      if (position == Position.SUBJECT && row.get("phrase").contains(" toll ")) {
        finder.tollRows.add(new Verb(position, stance, row));
      }
    }
    finder.tollVerbs = WordSet.copyOf(finder.tollRows.stream().map(v -> v.row().get("phrase").split(" ")[0]).toList());
    finder.tollNouns = words(rules, RuleFiles.TOLL_NOUNS, "noun");
    finder.honorifics = words(rules, RuleFiles.HONORIFICS, "word");
    finder.reportNouns = words(rules, RuleFiles.REPORT_NOUNS, "noun");
    finder.speakerTitles = words(rules, RuleFiles.SPEAKER_TITLES, "phrase");
    rules.file(RuleFiles.NARRATION_CUES).rows().forEach(r -> finder.narration.add(r.get("phrase"), r));
    rules.file(RuleFiles.BACKGROUND_OPENERS).rows().forEach(r -> finder.backgroundOpeners.add(r.get("phrase"), r));
    rules.file(RuleFiles.BACKGROUND_LINKS).rows().forEach(r -> finder.backgroundLinks.add(r.get("phrase"), r));
    rules.file(RuleFiles.MONTH_NAMES).rows().forEach(r -> finder.months.add(r.get("name").toLowerCase(Locale.ROOT)));
    rules.file(RuleFiles.ANAPHORS).rows().forEach(r -> finder.anaphors.add(r.get("phrase"), r));
    rules.file(RuleFiles.ATTACK_WORDS).rows().forEach(r -> finder.attackWords.add(r.get("word"), true));
    rules.file(RuleFiles.ATTACK_VERBS).rows().forEach(r -> finder.attackVerbs.add(r.get("verb"), true));
    rules.file(RuleFiles.REPEL_VERBS).rows().forEach(r -> finder.attackVerbs.add(r.get("verb"), true));
    return finder;
  }

  /** The lower-cased words of a file's {@code column}, as a set asked token after token. */
  private static WordSet words(Lexicons rules, org.tally.lexicon.RuleFileSpec spec, String column) {
    return WordSet.copyOf(rules.file(spec).rows().stream().map(r -> r.get(column).toLowerCase(Locale.ROOT)).toList());
  }

  /**
   * The attribution of the number at token {@code at}, or empty when the sentence names no one. The
   * stance words of the sentence ("likely", "estimates") come back even without a claimant.
   */
  public Optional<Attribution> find(Sentence sentence, List<ActorMention> named, int at) {
    return find(sentence, named, at, null);
  }

  /** As {@link #find(Sentence, List, int)}; each cue passed over goes to {@code dropped} (when not null) with the reason. */
  public Optional<Attribution> find(Sentence sentence, List<ActorMention> named, int at, List<String> dropped) {
    List<Token> tokens = sentence.tokens;
    // loops rather than streams here: this runs for every claim
    List<ActorMention> mentions = new ArrayList<>(named.size());
    for (ActorMention m : named) {
      if (m.canClaim()) {
        mentions.add(m);
      }
    }
    List<Cue> cues = sentence.cues;
    boolean hedged = false;
    for (Cue c : cues) {
      hedged |= c.verb().position() == Position.STANCE;
    }
    Stance plain = hedged ? Stance.ESTIMATED : Stance.ASSERTED;
    Optional<PhraseTrie.Match<RuleRow>> narrated = sentence.narration.filter(m -> m.from() < at);
    if (narrated.isPresent()) {
      return Optional.of(new Attribution("outlet", plain, false, false, Rule.of(narrated.get().value(),
          narrated.get().value().get("phrase")) + " (the outlet narrates after it)"));
    }
    // a headline's opening attribution: "Syrian opposition: 1300 killed in chemical attack"
    Optional<ActorMention> opening = mentions.stream()
        .filter(m -> m.to() <= OPENING_REACH && m.to() < at && tokens.get(m.to()).is(":")).findFirst();
    if (opening.isPresent()) {
      return Optional.of(new Attribution(opening.get().actor().id(), plain, false, opening.get().person(),
          opening.get().rule() + " before an opening colon"));
    }
    // the nearest cue before the number, then the nearest after it (", the ministry said"); but "according to" after
    // the number names the number's own source, whoever relays it before: "Ban Ki-moon condemned an attack that killed
    // six children, according to state media"
    // "killed seven, state media said, while strikes on the east killed 11, according to activists": an "according to"
    // past a source that states the number first is the next clause's (attr27, attribution-written-9 r13)
    List<Cue> ordered = new ArrayList<>();
    List<Cue> passedOver = new ArrayList<>();
    for (Cue c : cues) {
      if (c.from() > at && c.verb().position() == Position.OBJECT) {
        (statedBetween(cues, at, c.from()) ? passedOver : ordered).add(c);
      }
    }
    for (int i = cues.size() - 1; i >= 0; i--) {
      if (cues.get(i).to() <= at) {
        ordered.add(cues.get(i));
      }
    }
    for (Cue c : cues) {
      if (c.from() > at && c.verb().position() != Position.OBJECT) {
        ordered.add(c);
      }
    }
    ordered.addAll(passedOver);
    boolean afterOnly = false;
    for (Cue cue : ordered) {
      if (cue.verb().position() == Position.STANCE || afterOnly && cue.to() <= at) {
        continue;
      }
      // "…killed 30, but Moscow denied its jets flew there": who denies after the number does not state it
      if (cue.from() > at && cue.verb().stance() == Stance.DENIED) {
        drop(dropped, cue, tokens, "a denial after the number: the denier does not state it");
        continue;
      }
      // "… an accusation the YPG has denied. The bombing has killed 132 civilians, the observatory said": a denial
      // before the number, where a source after it states the number, is of something else
      if (cue.to() <= at && cue.verb().stance() == Stance.DENIED && statedAfter(cues, at)) {
        drop(dropped, cue, tokens, "a denial before the number, which a source after it states");
        afterOnly = true;
        continue;
      }
      if (inName(cue, tokens, mentions)) {
        drop(dropped, cue, tokens, "capitalised after a capitalised word that ends no actor's name: part of a person's"
            + " name (a photo credit's \"Rodi Said\"), not a verb");
        continue;
      }
      Stance stance = hedged && cue.verb().stance() == Stance.ASSERTED ? Stance.ESTIMATED : cue.verb().stance();
      // "The Observatory said it monitored reinforcements for the SDF, and noted that jets killed six": a reporting verb
      // after "and" shares the subject of the reporting verb before it, not the name nearest to it (attr19)
      Cue speaking = sharedSubject(cue, cues, tokens);
      Optional<Attribution> found = claimantOf(speaking, tokens, mentions, stance, speaking.from() > at ? at : 0);
      if (found.isPresent()) {
        // "A witness at the hospital said he saw many wounded": "he" is the speaker the sentence named before it too
        return found.get().anaphoric()
            ? Optional.of(namedEarlier(ordered, cue, tokens, mentions, at).orElse(found.get())) : found;
      }
      drop(dropped, cue, tokens, "no claimant named beside it");
    }
    return hedged ? Optional.of(new Attribution(null, Stance.ESTIMATED, false, false, null)) : Optional.empty();
  }

  /**
   * True when a one-word cue is written with a capital inside the sentence, right after a capitalised word that ends no
   * actor's name: a surname ("REUTERS Rodi Said", "Osama Said a media activist told"), not a verb. A title-case
   * headline's verb follows its speaker's name ("Monitor Says", "Lavrov Said"), which ends an actor's name.
   */
  private static boolean inName(Cue cue, List<Token> tokens, List<ActorMention> mentions) {
    if (cue.to() - cue.from() != 1 || cue.from() == 0) {
      return false;
    }
    Token verb = tokens.get(cue.from());
    Token before = tokens.get(cue.from() - 1);
    if (!verb.isCapitalised() || !before.isWord() || !before.isCapitalised()) {
      return false;
    }
    for (ActorMention m : mentions) { // a loop over the sentence's few names
      if (m.to() == cue.from()) {
        return false;
      }
    }
    return true;
  }

  /** Words between a coordinating "and" and the reporting verb it joins: "and also noted", "and later added". */
  private static final WordSet BETWEEN_AND_VERB = WordSet.of("also", "later", "further");

  /**
   * The reporting cue whose subject speaks for {@code cue}: the nearest asserting cue before it with a subject where
   * {@code cue} follows "and" ("X said …, and noted that"), else {@code cue} itself.
   */
  private static Cue sharedSubject(Cue cue, List<Cue> cues, List<Token> tokens) {
    int k = cue.from() - 1;
    while (k >= 0 && BETWEEN_AND_VERB.contains(tokens.get(k).lower())) {
      k--;
    }
    if (k <= 0 || !tokens.get(k).is("and") || cue.verb().position() == Position.OBJECT || passive(cue, tokens)) {
      return cue;
    }
    Cue before = null;
    for (Cue c : cues) {
      if (c.to() <= k && (c.verb().position() == Position.SUBJECT || c.verb().position() == Position.EITHER)
          && c.verb().stance() != Stance.DENIED) {
        before = c;
      }
    }
    // "was announced by the YPG and confirmed by the Observatory": passives name their own speakers after "by"
    return before == null || passive(before, tokens) ? cue : before;
  }

  /** True when a cue stands in a passive: "was announced", "confirmed by". */
  private static boolean passive(Cue cue, List<Token> tokens) {
    return cue.from() > 0 && PASSIVE.contains(tokens.get(cue.from() - 1).lower())
        || cue.to() < tokens.size() && tokens.get(cue.to()).is("by");
  }

  /** Tokens between a source and an "according to" or "citing" right after it that relays the source's own. */
  private static final int RELAY_GAP = 3;

  /**
   * True when a cue with its speaker before it (", state media said") stands between tokens {@code at} and {@code to},
   * a clause away from {@code to}: "SANA reported citing local residents" is one relay.
   */
  private static boolean statedBetween(List<Cue> cues, int at, int to) {
    for (Cue c : cues) {
      if (c.from() > at && c.to() + RELAY_GAP < to && (c.verb().position() == Position.SUBJECT || c.verb().position() == Position.EITHER)
          && c.verb().stance() != Stance.DENIED) {
        return true;
      }
    }
    return false;
  }

  /** True when a cue after the number at token {@code at} asserts it (", the observatory said"). */
  private static boolean statedAfter(List<Cue> cues, int at) {
    return cues.stream().anyMatch(c -> c.from() > at && c.verb().position() != Position.STANCE
        && c.verb().position() != Position.NONE && c.verb().stance() != Stance.DENIED);
  }

  /**
   * "Washington blames the regime for the attack, which it says killed 1,400": "it" points at the speaker the same
   * sentence named before it, not at the report before the sentence.
   */
  private Optional<Attribution> namedEarlier(List<Cue> ordered, Cue anaphoric, List<Token> tokens,
      List<ActorMention> mentions, int at) {
    for (Cue cue : ordered) {
      if (cue.to() <= anaphoric.from() && cue.verb().position() != Position.STANCE && cue.verb().stance() != Stance.DENIED) {
        Optional<Attribution> named = subjectOf(cue, tokens, mentions, anaphoric.verb().stance(), 0)
            .filter(a -> !a.anaphoric());
        if (named.isPresent()) {
          return named;
        }
      }
    }
    return Optional.empty();
  }

  /** True when a reporting cue that names who states a number opens at token {@code at} of the sentence. */
  public boolean cueAt(Sentence sentence, int at) {
    return sentence.cues.stream().anyMatch(c -> c.from() == at && c.verb().position() != Position.STANCE);
  }

  /**
   * True when a denial ("denied", "denying") stands before token {@code at}: "a military source denied using gas and
   * blamed the Nusra Front" gives the denier's own account after it.
   */
  public boolean deniedBefore(Sentence sentence, int at) {
    for (Cue c : sentence.cues) {
      if (c.verb().stance() == Stance.DENIED && c.to() <= at) {
        return true;
      }
    }
    return false;
  }

  /** True when a word of the sentence ties a number to someone who states it, named or not ("villagers said"). */
  public boolean hasSource(Sentence sentence) {
    return sentence.cues.stream().anyMatch(c -> c.verb().position() != Position.STANCE);
  }

  /** A headline's trailing attribution: "… in 1 month – Russian military", "…: Washington". */
  public Optional<Attribution> fromHeadline(List<Token> tokens, List<ActorMention> mentions) {
    for (int i = tokens.size() - 1; i > 0; i--) {
      String t = tokens.get(i).text();
      if (t.equals(":") || t.equals("–") || t.equals("—") || t.equals("-")) {
        int from = i + 1;
        return mentions.stream().filter(m -> m.canClaim() && m.from() == from && m.to() == tokens.size())
            .findFirst().map(m -> new Attribution(m.actor().id(), Stance.ASSERTED, false, m.person(),
                m.rule() + " after the headline's closing \"" + t + "\""));
      }
    }
    return Optional.empty();
  }

  /** The kinds of actor an anaphor can mean (anaphors.tsv), and the rule that says so. */
  public record Meant(List<String> kinds, Rule rule) {}

  /**
   * The kinds of actor the sentence's first anaphor with kinds can mean ("the group": a monitor, a charity or an
   * armed group), read only where a sentence points back and no claimant has been named: a loop over its tokens.
   */
  public Optional<Meant> kindsMeant(List<Token> tokens) {
    for (int start = 0; start < tokens.size(); start++) {
      Optional<PhraseTrie.Match<RuleRow>> match = anaphors.longestAt(tokens, start);
      if (match.isPresent()) {
        Optional<String> kinds = match.get().value().optional("kinds");
        if (kinds.isPresent()) {
          return Optional.of(new Meant(List.of(kinds.get().split("\\s*,\\s*")),
              Rule.of(match.get().value(), tokens, match.get().from(), match.get().to())));
        }
        start = match.get().to() - 1;
      }
    }
    return Optional.empty();
  }

  /**
   * The noun of the sentence's first anaphor of a noun ("the source", "the official": its last word, lower case, without
   * a plural "s"), which means the claimant last named by a name with that noun, if one was (attr18). A loop over the
   * tokens, asked only where a sentence points back.
   */
  public Optional<String> anaphorNoun(List<Token> tokens) {
    for (int start = 0; start < tokens.size(); start++) {
      Optional<PhraseTrie.Match<RuleRow>> match = anaphors.longestAt(tokens, start);
      if (match.isPresent()) {
        return match.get().to() - match.get().from() >= 2
            ? Optional.of(noun(tokens.get(match.get().to() - 1))) : Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** A name's noun for {@link #anaphorNoun}: the word lower-cased, without a plural "s" ("sources" is "source"). */
  public static String noun(Token word) {
    String w = word.lower();
    return w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") ? w.substring(0, w.length() - 1) : w;
  }

  /** True when the sentence's subject points back ("The newly-released figure brings to 173…"). */
  public boolean opensWithAnaphor(List<Token> tokens) {
    // "The group's news agency Amaq said": a possessor, whose own speaker names the source (attr18)
    return anaphors.longestAt(tokens, 0).filter(m -> m.to() >= 2)
        .filter(m -> m.to() >= tokens.size() || !tokens.get(m.to()).is("'s") && !tokens.get(m.to()).is("’s"))
        .isPresent();
  }

  /**
   * A sentence's reporting cues and its first narration cue, read once: the attributor asks about one sentence once
   * per count in it and once more for what it names.
   */
  public static final class Sentence {
    private final List<Token> tokens;
    private final List<Cue> cues;
    private final Optional<PhraseTrie.Match<RuleRow>> narration;

    private Sentence(List<Token> tokens, List<Cue> cues, Optional<PhraseTrie.Match<RuleRow>> narration) {
      this.tokens = tokens;
      this.cues = cues;
      this.narration = narration;
    }
  }

  /** The sentence's cues, for {@link #find} and {@link #hasSource}. */
  public Sentence read(List<Token> tokens) {
    return new Sentence(tokens, readCues(tokens), firstNarration(tokens));
  }

  private List<Cue> readCues(List<Token> tokens) {
    List<Cue> cues = new ArrayList<>();
    for (PhraseTrie.Match<Verb> match : verbs.findAll(tokens)) {
      if (match.value().position() != Position.NONE) {
        cues.add(new Cue(match.value(), match.from(), match.to()));
      }
    }
    tollCues(tokens, cues);
    return cues;
  }

  private static final WordSet TOLL_ENDS = WordSet.of("at", "of", "to");
  /** How many words may stand between the verb and the toll noun, and between the noun and "at" or "of". */
  private static final int TOLL_REACH = 6;

  /**
   * A toll verb with its toll noun further on than a row of reporting-verbs.tsv spells it ("the Observatory gave a
   * slightly lower toll of 31", "the NGO has put the death toll from the six-year conflict at 470,000"): a cue as the
   * row of the same verb ("put the toll at", "gave a toll of") says, over the words from the verb to "at" or "of".
   */
  private void tollCues(List<Token> tokens, List<Cue> cues) {
    for (int i = 0; i < tokens.size(); i++) {
      String verb = tokens.get(i).lower();
      if (!tollVerbs.contains(verb)) {
        continue;
      }
      int here = i;
      if (cues.stream().anyMatch(c -> c.from() <= here && here < c.to())) {
        continue;
      }
      Optional<Verb> row = tollRow(verb);
      int noun = -1;
      for (int j = i + 1; j < Math.min(tokens.size(), i + 1 + TOLL_REACH) && tokens.get(j).isWord(); j++) {
        if (tollNouns.contains(tokens.get(j).lower())) {
          noun = j;
          break;
        }
      }
      if (noun < 0 || row.isEmpty()) {
        continue;
      }
      for (int k = noun + 1; k < Math.min(tokens.size(), noun + 1 + TOLL_REACH) && tokens.get(k).isWord(); k++) {
        if (TOLL_ENDS.contains(tokens.get(k).lower())) {
          cues.add(new Cue(row.get(), i, k + 1));
          break;
        }
      }
    }
    cues.sort(java.util.Comparator.comparingInt(Cue::from));
  }

  /** The row of reporting-verbs.tsv whose phrase starts with the toll verb and names a toll, if any. */
  private Optional<Verb> tollRow(String verb) {
    return tollRows.stream().filter(v -> v.row().get("phrase").startsWith(verb + " ")).findFirst();
  }

  /** "…Konashenkov said, commenting on a strike that claimed six lives": after such words the outlet narrates. */
  private Optional<PhraseTrie.Match<RuleRow>> firstNarration(List<Token> tokens) {
    for (int i = 0; i < tokens.size(); i++) {
      Optional<PhraseTrie.Match<RuleRow>> match = narration.longestAt(tokens, i);
      if (match.isPresent()) {
        return match;
      }
    }
    return Optional.empty();
  }

  /**
   * The claimant a cue names; {@code floor} keeps a cue after the number from reaching back past it
   * ("killed 50 in raids on what are said to be ISIS positions" is no one's statement).
   */
  private Optional<Attribution> claimantOf(Cue cue, List<Token> tokens, List<ActorMention> mentions, Stance stance, int floor) {
    Position position = cue.verb().position();
    // "the Russian military was quoted as saying by local media": a passive quote's object only carried the words; the
    // one quoted stands before it, and "saying" gives them; but "the toll was given by the civil defence" (a row
    // ending in "by") names its agent, who is the source (attr29)
    if (position == Position.OBJECT && cue.from() > 0 && PASSIVE.contains(tokens.get(cue.from() - 1).lower())
        && !tokens.get(cue.to() - 1).is("by")) {
      return Optional.empty();
    }
    if (position == Position.OBJECT) {
      return after(cue, tokens, mentions, stance);
    }
    // "Activists said Syrian forces killed 60": before the number, the verb's subject speaks and what follows is
    // the statement; after it (", said the ministry") the actor right after the verb speaks. Each reading is worked
    // out only when the one before it finds no one: both build their rules' text, and most cues have a subject
    boolean beforeNumber = floor == 0;
    return beforeNumber
        ? subjectOf(cue, tokens, mentions, stance, floor).or(() -> after(cue, tokens, mentions, stance))
        : after(cue, tokens, mentions, stance).or(() -> subjectOf(cue, tokens, mentions, stance, floor));
  }

  /** The claimant named right after a cue that may have one there ("said the ministry"), or an anaphor there. */
  private Optional<Attribution> after(Cue cue, List<Token> tokens, List<ActorMention> mentions, Stance stance) {
    Position position = cue.verb().position();
    if (position == Position.SUBJECT) {
      return Optional.empty();
    }
    Optional<Attribution> named = mentions.stream()
        .filter(m -> m.from() >= cue.to() && (position == Position.OBJECT
            ? m.from() - cue.to() <= OBJECT_REACH && isSource(tokens, cue.to(), m)
            // "said Turkish jets killed 20": who owns the attack is the subject of what is said, not who says it
            : onlyModifiersBetween(tokens, cue.to(), m.from()) && attackWords.longestAt(tokens, m.to()).isEmpty()))
        .findFirst().map(m -> named(m, cue, tokens, stance));
    if (named.isEmpty() && position == Position.EITHER) {
      named = apposed(cue, tokens, mentions, stance);
    }
    // "according to the charity", "said the ministry": pointing back at the source named before
    return named.isPresent() ? named
        : anaphors.longestAt(tokens, cue.to()).map(a -> new Attribution(null, stance, true, false,
            Rule.of(a.value(), tokens, a.from(), a.to()) + " points back; "
                + Rule.of(cue.verb().row(), tokens, cue.from(), cue.to())));
  }

  /** The nearest actor ending before the verb, or an anaphor right before it; never the owner of an attack. */
  private Optional<Attribution> subjectOf(Cue cue, List<Token> tokens, List<ActorMention> mentions, Stance stance, int floor) {
    // the speaker stands after the doer of the deed it reports, and its name's long form before it is the doer too
    int start = floor;
    for (ActorMention m : mentions) {
      if (m.from() >= floor && m.to() <= cue.from() && doerOfDeed(tokens, m.to(), cue.from())) {
        start = Math.max(start, m.to());
      }
    }
    ActorMention nearest = null;
    for (ActorMention m : mentions) {
      if (m.from() >= start && m.to() <= cue.from() && cue.from() - m.to() <= SUBJECT_REACH
          && !(isObject(tokens, m.from()) && !titledBy(tokens, m)
              && !(onlyReports(m) && (afterNoun(tokens, m.from()) || afterReport(tokens, m.from())))
              && !closesApposition(tokens, m, cue))
          && attackWords.longestAt(tokens, m.to()).isEmpty()) {
        nearest = m;
      }
    }
    if (nearest != null && closesApposition(tokens, nearest, cue)) {
      // "Redur Xelil, a senior official of the SDF, said": the person speaks for the actor of the title, and "he" next
      // means them (attr18)
      return Optional.of(new Attribution(nearest.actor().id(), stance, false, true, nearest.rule()
          + " in the title of the person before it, with " + Rule.of(cue.verb().row(), tokens, cue.from(), cue.to())));
    }
    Optional<PhraseTrie.Match<RuleRow>> anaphor = anaphorBefore(tokens, cue.from());
    if (anaphor.isPresent() && (nearest == null || anaphor.get().from() >= nearest.to())) {
      String words = Rule.words(tokens, anaphor.get().from(), anaphor.get().to());
      return Optional.of(new Attribution(null, stance, true, PERSONAL.contains(words.toLowerCase(Locale.ROOT)),
          Rule.of(anaphor.get().value(), words) + " points back; " + Rule.of(cue.verb().row(), tokens, cue.from(), cue.to())));
    }
    if (nearest == null) {
      return Optional.empty();
    }
    return Optional.of(named(firstOfCoordination(nearest, mentions, tokens), cue, tokens, stance));
  }


  /** Auxiliaries between a subject and its verb: "ISIL has overrun", "the rebels had stormed". */
  private static final WordSet DEED_AUXILIARIES = WordSet.of("has", "have", "had");

  /**
   * True when an attack verb follows the actor ending at {@code end} (after a closing bracket and an auxiliary at most), before the reporting
   * verb at {@code cueFrom} and not as its own words ("the coalition admits killing"): the actor did the deed the
   * sentence reports, which someone else states.
   */
  private boolean doerOfDeed(List<Token> tokens, int end, int cueFrom) {
    // "the Islamic State of Iraq and the Levant (ISIL) overran": past the bracket that closes the name's short form
    int at = end < tokens.size() && tokens.get(end).is(")") ? end + 1 : end;
    at = at < tokens.size() && DEED_AUXILIARIES.contains(tokens.get(at).lower()) ? at + 1 : at;
    return at < cueFrom && attackVerbs.longestAt(tokens, at).isPresent() && verbs.longestAt(tokens, at).isEmpty();
  }

  /** Lower-case words inside an Arabic name: "Ahmed al-Khatib", "Omar bin Saleh", "Hassan el-Sayed". */
  private static boolean nameParticle(Token word) {
    String w = word.lower();
    return w.startsWith("al-") || w.startsWith("el-") || w.equals("bin") || w.equals("ibn") || w.equals("al");
  }

  /** How many capitalised words a person's name right after a reporting verb may take: "said Ahmad Khalil". */
  private static final int PERSON_NAME_REACH = 4;
  /** How many words of a title may stand between its article and the actor it names: "a senior official of the SDF". */
  private static final int TITLE_REACH = 5;

  /**
   * "… said Ahmad Khalil, a rescue worker", "said Naji Mustafa, a spokesman for the National Front": a person's name right
   * after the verb, then a title in apposition (a comma, an article, a few words) naming an actor: the person speaks for
   * that actor, and "he said" after means them (attr18, attribution-written-3; attr17 left it in written-2).
   */
  private Optional<Attribution> apposed(Cue cue, List<Token> tokens, List<ActorMention> mentions, Stance stance) {
    int n = tokens.size();
    int first = cue.to();
    // "said Dr. Khaled Ahmed": an honorific and its full stop open the name (attr19)
    if (first < n && honorifics.contains(tokens.get(first).lower())) {
      first = first + 1 < n && tokens.get(first + 1).is(".") ? first + 2 : first + 1;
    }
    int i = first;
    while (i < n && i - first < PERSON_NAME_REACH && tokens.get(i).isWord()
        && (tokens.get(i).isCapitalised() || i > first && nameParticle(tokens.get(i)))) {
      i++;
    }
    if (i == first || i + 1 >= n || !tokens.get(i).is(",")) {
      return Optional.empty();
    }
    int article = i + 1;
    // "said NAME, who runs a field clinic": a relative clause's verb and article give the title as an apposition does
    if (tokens.get(article).is("who") && article + 2 < n && tokens.get(article + 1).isWord()) {
      article += 2;
    }
    if (!ARTICLES.contains(tokens.get(article).lower())) {
      return Optional.empty();
    }
    int title = article + 1;
    for (ActorMention m : mentions) {
      if (m.from() < title || m.from() - title > TITLE_REACH) {
        continue;
      }
      for (int k = title; k < m.from(); k++) {
        if (!tokens.get(k).isWord()) {
          return Optional.empty();
        }
      }
      return Optional.of(new Attribution(m.actor().id(), stance, false, true, m.rule() + " in the title of the person"
          + " after " + Rule.of(cue.verb().row(), tokens, cue.from(), cue.to())));
    }
    return Optional.empty();
  }

  /**
   * True when the actor {@code m} ends a title in apposition to a person's name right before the reporting verb:
   * "NAME, a senior official of the Syrian Democratic Forces, said" (a capitalised word, a comma, an article, at most
   * {@link #TITLE_REACH} words, the actor, a comma, the verb).
   */
  private static boolean closesApposition(List<Token> tokens, ActorMention m, Cue cue) {
    int end = placeAfter(tokens, m.to(), cue.from());
    if (end + 1 != cue.from() || !tokens.get(end).is(",")) {
      return false;
    }
    // "Jets struck Manbij, a town of the SDF, said the Observatory": a subject after the verb speaks instead
    // (a verb whose speaker only stands before it, "told AFP", has its hearer there: attr28)
    Token next = cue.to() < tokens.size() ? tokens.get(cue.to()) : null;
    if (cue.verb().position() != Position.SUBJECT
        && next != null && next.isWord() && (ARTICLES.contains(next.lower()) || next.isCapitalised())) {
      return false;
    }
    for (int k = m.from() - 1; k >= Math.max(2, m.from() - TITLE_REACH - 1); k--) {
      Token t = tokens.get(k);
      if (!t.isWord()) {
        return false;
      }
      if (ARTICLES.contains(t.lower())) {
        Token comma = tokens.get(k - 1);
        Token name = tokens.get(k - 2);
        // "Abu Ahmad al-Hourani, a member of the local council": a name may end in a particle's word (attr28)
        if (comma.is(",") && name.isWord() && (name.isCapitalised() || nameParticle(name))) {
          return true;
        }
      }
    }
    return false;
  }

  /** Words that place a title's body: "a member of the local council in Daraa al-Balad, told" (attr28). */
  private static final WordSet PLACE_LINKS = WordSet.of("in", "of", "at");
  private static final int PLACE_NAME_REACH = 3;

  /**
   * Where the title's place ends: past "in Daraa al-Balad" (a link and up to {@link #PLACE_NAME_REACH} capitalised
   * words or name particles) right after the actor ending at {@code end}, or {@code end} when no place follows.
   */
  private static int placeAfter(List<Token> tokens, int end, int limit) {
    if (end >= limit || !PLACE_LINKS.contains(tokens.get(end).lower())) {
      return end;
    }
    int k = end + 1;
    while (k < limit && k - end <= PLACE_NAME_REACH && tokens.get(k).isWord()
        && (tokens.get(k).isCapitalised() || nameParticle(tokens.get(k)))) {
      k++;
    }
    return k > end + 1 ? k : end;
  }

  private static Attribution named(ActorMention m, Cue cue, List<Token> tokens, Stance stance) {
    return new Attribution(m.actor().id(), stance, false, m.person(),
        m.rule() + " with " + Rule.of(cue.verb().row(), tokens, cue.from(), cue.to()));
  }

  private static void drop(List<String> dropped, Cue cue, List<Token> tokens, String why) {
    if (dropped != null) {
      dropped.add(Rule.of(cue.verb().row(), tokens, cue.from(), cue.to()) + ": " + why);
    }
  }

  /**
   * Whether an actor after "according to" is the source: not the topic of the source's words ("according to
   * information on ISIS movements") nor the subject of the clause it reports ("according to a report ISIS has
   * executed 367 people").
   */
  private static boolean isSource(List<Token> tokens, int from, ActorMention m) {
    for (int i = from; i < m.from(); i++) {
      if (TOPIC_MARKERS.contains(tokens.get(i).lower())) {
        return false;
      }
    }
    return m.to() >= tokens.size() || !CLAUSE_VERBS.contains(tokens.get(m.to()).lower());
  }

  /**
   * "said the ministry", "said Toner", "says a UK-based monitoring group", "said the so-called Observatory": the actor
   * follows the verb at once, after an article and compound modifiers at most.
   */
  private static boolean onlyModifiersBetween(List<Token> tokens, int from, int to) {
    if (to - from > MODIFIERS_REACH) {
      return false;
    }
    for (int i = from; i < to; i++) {
      Token t = tokens.get(i);
      boolean compound = t.text().indexOf('-') > 0 && Character.isLetter(t.text().charAt(0));
      if (!ARTICLES.contains(t.lower()) && !compound) {
        return false;
      }
    }
    return true;
  }

  /** "Amnesty International and Airwars found": the first named leads. */
  private static ActorMention firstOfCoordination(ActorMention last, List<ActorMention> mentions, List<Token> tokens) {
    ActorMention first = last;
    for (int i = mentions.indexOf(last) - 1; i >= 0; i--) {
      ActorMention earlier = mentions.get(i);
      boolean joined = first.from() - earlier.to() == 1 && tokens.get(earlier.to()).is("and");
      if (!joined) {
        break;
      }
      first = earlier;
    }
    return first;
  }

  /** Kinds of actors.tsv that report fighting and take no part in it: "fighting the Observatory" is no object. */
  private static final WordSet NOT_BELLIGERENTS = WordSet.of("monitor", "ngo", "media", "un");
  /** The words of {@link #OBJECT_MARKERS} that are also nouns of fighting ("in 24 hours of fighting the Observatory said"). */
  private static final WordSet FIGHTING_NOUNS = WordSet.of("fighting", "battling", "attacking", "targeting");

  private static final WordSet ISSUED_BY = WordSet.of("from", "by", "of");

  /** "a report from the UN", "a statement by the monitor": the body that issued the report, before its verb, says it. */
  private boolean afterReport(List<Token> tokens, int from) {
    int i = from > 0 && tokens.get(from - 1).is("the") ? from - 2 : from - 1;
    return i >= 1 && ISSUED_BY.contains(tokens.get(i).lower()) && reportNouns.contains(tokens.get(i - 1).lower());
  }

  private static boolean onlyReports(ActorMention m) {
    return NOT_BELLIGERENTS.contains(m.actor().kind());
  }

  /**
   * True when the word before the actor (or before "the" there) is a noun of fighting, not the verb: a monitor, an
   * agency or a charity is never what is fought, so "of fighting the Observatory said" names who speaks.
   */
  private static boolean afterNoun(List<Token> tokens, int from) {
    int i = from > 0 && tokens.get(from - 1).is("the") ? from - 2 : from - 1;
    return i >= 0 && FIGHTING_NOUNS.contains(tokens.get(i).lower());
  }

  /**
   * "a commander of the Jaish al-Izza faction told Orient News": the actor after a speaker's title and "of" or "for"
   * is whom the speaker speaks for, the subject's own words, not an object (attr26, -8 p02).
   */
  private boolean titledBy(List<Token> tokens, ActorMention m) {
    // "head of the Kurdistan Regional Government's office": the speaker heads the office, not the actor
    if (m.to() < tokens.size() && (tokens.get(m.to()).is("'s") || tokens.get(m.to()).is("’s"))) {
      return false;
    }
    int from = m.from();
    int i = from > 0 && tokens.get(from - 1).is("the") ? from - 2 : from - 1;
    return i > 0 && (tokens.get(i).is("of") || tokens.get(i).is("for")) && speakerTitles.contains(tokens.get(i - 1).lower());
  }

  /** An actor after a preposition or an attack verb is an object, never the subject of a reporting verb. */
  private static boolean isObject(List<Token> tokens, int from) {
    for (int i = from - 1; i >= 0 && i >= from - 2; i--) {
      String w = tokens.get(i).lower();
      if (OBJECT_MARKERS.contains(w)) {
        return true;
      }
      if (!w.equals("the")) {
        return false;
      }
    }
    return false;
  }

  private Optional<PhraseTrie.Match<RuleRow>> anaphorBefore(List<Token> tokens, int cueFrom) {
    for (int start = Math.max(0, cueFrom - 4); start < cueFrom; start++) {
      Optional<PhraseTrie.Match<RuleRow>> match = anaphors.longestAt(tokens, start);
      if (match.isPresent() && cueFrom - match.get().to() <= 1) {
        return match;
      }
    }
    return Optional.empty();
  }
}
