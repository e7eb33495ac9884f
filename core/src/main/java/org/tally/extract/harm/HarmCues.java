package org.tally.extract.harm;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.tally.extract.token.PhraseTrie;
import org.tally.extract.token.Token;
import org.tally.extract.token.WordSet;
import org.tally.lexicon.Lexicons;
import org.tally.lexicon.RuleFiles;
import org.tally.lexicon.RuleRow;
import org.tally.model.Harm;

/** The harm cues of harm-cues.tsv and the hedges of hedges.tsv, looked up around a count. */
public final class HarmCues {
  /** A harm cue found at tokens {@code [from, to)}; {@code hedged} when a hedge takes it back. */
  public record Cue(Harm harm, int from, int to, boolean hedged) {}

  // Words that stand between the counted people and an after-cue: "were", "have been", "had".
  private static final WordSet AUXILIARIES = WordSet.of(
      "were", "was", "are", "is", "have", "has", "had", "been", "being", "be", "reportedly", "allegedly",
      "also", "all", "unintentionally", "still", "already", "later", "both", "subsequently", "mostly",
      "likely", "apparently", "either", "among", "them", "whom", "of", "who", "others", "people", "feared",
      "believed", "estimated", "to", "confirmed", "suffered", "sustained", "got", "get", "remain", "remained", "remains", "critically", "seriously", "badly", "slightly", "lightly",
      "reported", "said", "thought", "known", "officially", "now", "total",
      // a record's participles, as "reported" and "confirmed": "374 people recorded killed", "31 civilians were identified
      // among those killed", "nine were counted among the dead" (issue 11, count16)
      "recorded", "identified", "counted", "documented", "registered", "verified");
  // Words that stand between a toll noun and its count: "the death toll rose to 25".
  private static final WordSet TOLL_VERBS = WordSet.of(
      "rose", "rises", "risen", "climbed", "climbs", "reached", "reaches", "stands", "stood", "at", "to", "of",
      "has", "had", "is", "was", "increased", "jumped", "hit", "putting", "put", "the", "now", "become", "became");
  // "as" before the count only after these: "the number of insurgents killed has been confirmed as five" gives a
  // corrected toll; "the toll is likely to rise as many of the wounded are in critical condition" gives none
  private static final WordSet CORRECTED_AS = WordSet.of("confirmed", "given", "revised", "corrected", "updated",
      "recorded", "listed");
  private static final int MAX_GAP = 3;
  private static final int MAX_AUXILIARY_CHAIN = 7;
  // "51 civilians including four children were killed": an aside of up to this many tokens is skipped
  private static final WordSet ASIDES = WordSet.of("including", "among", "mostly", "mainly", "most", "many");
  private static final int MAX_ASIDE = 7;
  /** Prepositions that open a phrase after the counted people: "[12 people] in the town were killed". */
  // "[two boys] aged 11 and 14 died": the people's ages, with no commas around them, are a post-modifier too
  // "[A doctor] at a field hospital said two children died": the people's own verb of speaking ends their phrase
  private static final WordSet REPORTING = WordSet.of("said", "says", "told", "added");
  private static final WordSet POST_MODIFIER_STARTS = WordSet.of("in", "of", "from", "at", "near", "inside", "aged");
  private static final int MAX_POST_MODIFIER = 8;
  private static final WordSet PLACE_CHAIN_STARTS = WordSet.of("from", "in", "of");
  private static final int MAX_PLACE_CHAIN = 14;
  // the words of a place phrase besides names: "from the town of Inkhil in the northern countryside of Daraa"
  private static final WordSet PLACE_WORDS = WordSet.of("from", "in", "of", "near", "the", "a", "town", "village",
      "city", "countryside", "northern", "southern", "eastern", "western", "north", "south", "east", "west", "rural",
      "province", "governorate", "district", "area", "outskirts", "suburbs", "neighbourhood", "neighborhood", "camp");

  /** The first token from {@code from} on that is neither a name nor a word of a place phrase, at most the chain. */
  private static int placeChainEnd(List<Token> tokens, int from) {
    int j = from;
    while (j < tokens.size() && j < from + MAX_PLACE_CHAIN && tokens.get(j).isWord()
        && (tokens.get(j).isCapitalised() || PLACE_WORDS.contains(tokens.get(j).lower()))) {
      j++;
    }
    return j;
  }
  private static final WordSet RELATIVES = WordSet.of("who", "whom", "whose");
  private static final int MAX_RELATIVE_ASIDE = 14;

  private final PhraseTrie<Harm> after = new PhraseTrie<>();
  private final PhraseTrie<Harm> before = new PhraseTrie<>();
  private final PhraseTrie<Harm> object = new PhraseTrie<>();
  private final PhraseTrie<Harm> noun = new PhraseTrie<>();
  private final Set<String> hedges = new HashSet<>();
  /** The after-cues of one word ("killed", "wounded"). */
  private final Set<String> afterWords = new HashSet<>();

  private HarmCues() {}

  public static HarmCues from(Lexicons rules) {
    return rules.built(HarmCues.class, HarmCues::read);
  }

  private static HarmCues read(Lexicons rules) {
    HarmCues cues = new HarmCues();
    for (RuleRow row : rules.file(RuleFiles.HARM_CUES).rows()) {
      Harm harm;
      try {
        harm = Harm.valueOf(row.get("harm").toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw row.error("harm", "\"" + row.get("harm") + "\" is not one of " + List.of(Harm.values()));
      }
      switch (row.get("side")) {
        case "after" -> {
          cues.after.add(row.get("phrase"), harm);
          if (row.get("phrase").indexOf(' ') < 0) {
            cues.afterWords.add(row.get("phrase").toLowerCase(Locale.ROOT));
          }
        }
        case "before" -> cues.before.add(row.get("phrase"), harm);
        case "object" -> cues.object.add(row.get("phrase"), harm);
        case "noun" -> cues.noun.add(row.get("phrase"), harm);
        default -> throw row.error("side", "\"" + row.get("side") + "\" is not after, before, object or noun");
      }
    }
    for (RuleRow row : rules.file(RuleFiles.HEDGES).rows()) {
      cues.hedges.add(row.get("word").toLowerCase(Locale.ROOT));
    }
    return cues;
  }

  /** The after-cue that starts right at token {@code i} ("killed", "dead and wounded"), no auxiliary before it. */
  public Optional<Cue> afterAt(List<Token> tokens, int i) {
    return after.longestAt(tokens, i).filter(m -> !deathCompound(tokens, m.to()))
        .map(m -> new Cue(m.value(), i, m.to(), false));
  }

  /** Whether the lower-cased word is an after-cue on its own: a headline's "Killed" is a verb, not a name. */
  public boolean isAfterWord(String lower) {
    return afterWords.contains(lower);
  }

  /** An after-cue starting at token {@code from}, past auxiliaries: "[18 civilians] were killed". */
  public Optional<Cue> after(List<Token> tokens, int from) {
    // "[three members of the Syrian Democratic Forces] (SDF) were killed": the group's acronym is part of its name
    from = pastAcronym(tokens, from);
    if (from + 1 < tokens.size() && isQuotationMark(tokens.get(from))) {
      // "and \"at least seven\" died": a figure quoted from a source, its harm after the closing mark (count20)
      return afterAuxiliaries(tokens, from + 1).map(c -> told(tokens, c));
    }
    Optional<Cue> cue = afterAuxiliaries(tokens, from);
    if (cue.isPresent()) {
      return Optional.of(told(tokens, cue.get()));
    }
    Optional<Cue> whose = whoseClause(tokens, from);
    if (whose.isEmpty()) {
      whose = withInjuries(tokens, from);
    }
    if (whose.isPresent()) {
      return whose;
    }
    // "[35 people] in Aleppo were killed", "[three fighters], one of them a commander, were killed": a short phrase
    // after the people, then an auxiliary (never a bare verb: "[3 soldiers] from Homs killed 5 militants" is active)
    // "[an officer] in the regime forces succumbed to his wounds": or a verb that takes no object
    int past = pastPostModifier(tokens, from);
    Optional<Cue> found = past > from && (AUXILIARIES.contains(tokens.get(past).lower()) || intransitiveAt(tokens, past)
        || gappedParticiple(tokens, past) && !COORDINATORS.contains(tokens.get(past - 1).lower()))
        ? afterAuxiliaries(tokens, past) : Optional.empty();
    int relative = past > from ? past : from;
    return found.isPresent() || relative >= tokens.size() || !tokens.get(relative).is("who") ? found
        : pastRelative(tokens, relative);
  }

  /**
   * "[his younger brother], whose fate remains unknown": a relative clause set off by a comma that tells the people's
   * own fate, read as a cue of its own (harm-cues.tsv's "whose" rows; issue 11, count27). A comma before any other
   * clause ends the people's phrase as before.
   */
  private Optional<Cue> whoseClause(List<Token> tokens, int from) {
    if (from + 1 >= tokens.size() || !tokens.get(from).is(",") || !tokens.get(from + 1).is("whose")) {
      return Optional.empty();
    }
    return after.longestAt(tokens, from + 1).map(m -> new Cue(m.value(), from + 1, m.to(), false));
  }

  // what ends the clause of a passive before its "with injuries": "were taken to hospital, and ..."
  private static final WordSet CLAUSE_ENDS = WordSet.of("and", "but", "while", "after", "when", "before", "said", "told",
      "says", "who", "which", "that", "where");
  private static final WordSet IRREGULAR_PARTICIPLES = WordSet.of("brought", "found", "left", "sent");
  // how far the passive's phrase may run to "with": "were pulled alive from the rubble of their house with"
  private static final int MAX_WITH_SPAN = 9;

  /**
   * "[their three young children] were pulled alive from the rubble with light injuries", "[his mother] was taken to
   * hospital with serious injuries": a passive of no harm whose own clause ends in injuries after "with" (harm-cues.tsv's
   * "with ... injuries" rows) tells the people's injuries (issue 11, count27: count-written-6's t03; one "taken to
   * hospital with serious injuries" in the dev CSV). The clause ends at a comma, a conjunction or a verb of speaking.
   */
  private Optional<Cue> withInjuries(List<Token> tokens, int from) {
    if (from + 2 >= tokens.size() || !BE.contains(tokens.get(from).lower())) {
      return Optional.empty();
    }
    String participle = tokens.get(from + 1).lower();
    if (!participle.endsWith("ed") && !participle.endsWith("en") && !IRREGULAR_PARTICIPLES.contains(participle)
        || after.longestAt(tokens, from + 1).isPresent()) {
      return Optional.empty();
    }
    for (int i = from + 2; i < Math.min(tokens.size(), from + 2 + MAX_WITH_SPAN); i++) {
      Token token = tokens.get(i);
      if (!token.isWord() || CLAUSE_ENDS.contains(token.lower())) {
        return Optional.empty();
      }
      if (token.is("with")) {
        int with = i;
        return after.longestAt(tokens, with).filter(m -> m.value() == Harm.INJURED)
            .map(m -> new Cue(Harm.INJURED, with, m.to(), false));
      }
    }
    return Optional.empty();
  }

  /**
   * "detained a resident said adding ...", "[a man] told Anadolu": one person followed by a verb of speaking (not "said
   * to") is the speaker of a new clause, as FA-KES's text without commas runs them on, not the object of the verb
   * before; "said the Observatory" and "said SOHR", where a subject follows, are the inverted attribution of an
   * object ("killed a civilian said the Observatory") and stay (issue 11, count27).
   */
  public static boolean speakerAfter(List<Token> tokens, int end, org.tally.model.Count count) {
    if (end + 1 >= tokens.size() || count.min() == null || count.min() != 1 || !Integer.valueOf(1).equals(count.max())) {
      return false;
    }
    Token verb = tokens.get(end);
    Token next = tokens.get(end + 1);
    if (verb.is("told")) {
      return true;
    }
    return (verb.is("said") || verb.is("says")) && next.isWord() && !next.is("to")
        && !SUBJECT_STARTS.contains(next.lower()) && !Character.isUpperCase(next.text().charAt(0));
  }

  // words that open an inverted attribution's subject after "said": "said the monitor", "said a source"
  private static final WordSet SUBJECT_STARTS = WordSet.of("the", "a", "an", "its", "his", "her", "their", "local",
      "state", "activists", "residents", "witnesses", "sources", "officials", "medics", "rescuers", "monitors");

  /**
   * "Ten casualties were killed", "left five casualties dead": a verb of one harm after "casualties" says which harm
   * the casualties suffered (a monitor's usage), where "casualties" alone is killed and injured together.
   */
  private Cue told(List<Token> tokens, Cue cue) {
    if (cue.harm() != Harm.CASUALTIES || cue.to() >= tokens.size()) {
      return cue;
    }
    return afterAuxiliaries(tokens, cue.to())
        .filter(verb -> verb.harm() == Harm.KILLED || verb.harm() == Harm.INJURED)
        .map(verb -> new Cue(verb.harm(), cue.from(), verb.to(), verb.hedged()))
        .orElse(cue);
  }

  // how long a relative clause between the people and their verb may run: "who had joined the Fourth Division"
  private static final int MAX_RELATIVE = 12;
  private static final WordSet CLAUSE_BREAKS = WordSet.of("that", "said", "told", "says", "and", "but", "while");

  /**
   * "[a former commander] of a faction who had joined the army was assassinated": past a relative clause of words
   * (quoted names too), the first "was" or "were" that leads to an after-cue; none where the clause holds a harm.
   */
  private Optional<Cue> pastRelative(List<Token> tokens, int who) {
    for (int i = who + 2; i < tokens.size() && i <= who + MAX_RELATIVE; i++) {
      Token token = tokens.get(i);
      if (token.is("was") || token.is("were")) {
        return afterAuxiliaries(tokens, i);
      }
      // "an activist who spoke on condition of anonymity told Reuters that 300 men were executed": another clause
      if (CLAUSE_BREAKS.contains(token.lower()) || Character.isDigit(token.text().charAt(0))) {
        return Optional.empty();
      }
      boolean quote = token.is("\"") || token.is("'") || token.is("“") || token.is("”") || token.is("'s");
      if (!token.isWord() && !quote || after.longestAt(tokens, i).isPresent() || before.longestAt(tokens, i).isPresent()
          || object.longestAt(tokens, i).isPresent()) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** An after-cue at {@code i} that is no verb with an object: "died", "succumbed to", never "killed". */
  private boolean intransitiveAt(List<Token> tokens, int i) {
    Optional<PhraseTrie.Match<Harm>> phrase = after.longestAt(tokens, i);
    if (phrase.isEmpty()) {
      return false;
    }
    // "lost their lives": a longer after-cue than the verb's object cue ("lost 20 men") takes no object
    int end = phrase.get().to();
    return before.longestAt(tokens, i).map(m -> m.to() < end).orElse(true)
        && object.longestAt(tokens, i).map(m -> m.to() < end).orElse(true);
  }

  /**
   * The token after a prepositional phrase ("in the town", "of various levels") or a comma-enclosed aside
   * (", one of them a commander,") that starts at {@code from}; {@code from} itself when none does.
   */
  private int pastPostModifier(List<Token> tokens, int from) {
    if (from >= tokens.size()) {
      return from;
    }
    String first = tokens.get(from).lower();
    boolean comma = first.equals(",");
    // "[a journalist] working for a local agency was killed": a participle opens the phrase, unless it is a harm
    boolean participle = first.length() > 4 && first.endsWith("ing") && tokens.get(from).isWord()
        && before.longestAt(tokens, from).isEmpty() && after.longestAt(tokens, from).isEmpty();
    if (!comma && !participle && !POST_MODIFIER_STARTS.contains(first)) {
      return from;
    }
    // "[his accomplice], who had driven him to the checkpoint on a motorcycle, was apprehended": a relative clause
    // between commas runs longer than a place or a title
    // "[a young man] from the town of Inkhil in the northern countryside of Daraa died": places nested in places, with
    // no comma, run longer than a title (issue 11, wars22)
    int reach = comma && from + 1 < tokens.size() && RELATIVES.contains(tokens.get(from + 1).lower())
        ? MAX_RELATIVE_ASIDE : !comma && !participle && PLACE_CHAIN_STARTS.contains(first)
        ? Math.max(MAX_POST_MODIFIER, placeChainEnd(tokens, from) - from) : MAX_POST_MODIFIER;
    for (int i = from + 1; i < tokens.size() && i <= from + reach; i++) {
      Token token = tokens.get(i);
      if (comma && token.is(",")) {
        return i + 1 < tokens.size() ? i + 1 : from;
      }
      // "[a member] of the regime's Military Security was killed": a possessive mark stays inside the phrase
      boolean possessive = token.is("'s") || token.is("\u2019s") || token.is("'") || token.is("\u2019");
      if (!comma && token.is(",") && i > from + 1) {
        // "[three women] aged 30, 45 and 61 were killed": commas between the ages stay inside the phrase
      if (first.equals("aged") && token.is(",") && i + 1 < tokens.size()
          && tokens.get(i + 1).text().chars().allMatch(Character::isDigit)) {
        continue;
      }
      // "[a man] from the village of Albu Dour, south of Tikrit, was killed": an aside between commas ends the phrase
        int close = closingComma(tokens, i);
        boolean verb = close > 0 && close + 1 < tokens.size()
            && (AUXILIARIES.contains(tokens.get(close + 1).lower()) || intransitiveAt(tokens, close + 1));
        return verb ? close + 1 : from;
      }
      if (!token.isWord() && !possessive || REPORTING.contains(token.lower())) {
        return from;
      }
      // "[8 civilians] in addition to 12 injured": a count begins people of their own, whose cue that is
      // "[a girl], 12, was killed": an age alone between commas is an aside; any other number is a count
      boolean age = comma && i == from + 1 && token.text().length() <= 2 && token.text().chars().allMatch(Character::isDigit)
          && i + 1 < tokens.size() && tokens.get(i + 1).is(",");
      // "[two sisters], aged 6 and 9, were killed": the ages of the people counted, an aside too
      age |= (comma && tokens.get(from + 1).is("aged") || first.equals("aged")) && token.text().length() <= 2
          && token.text().chars().allMatch(Character::isDigit);
      // "[88 civilians], among them 24 children, had been killed": a breakdown between commas holds its own figure
      boolean breakdown = comma && ASIDES.contains(tokens.get(from + 1).lower());
      if (Character.isDigit(token.text().charAt(0)) && !age && !breakdown) {
        return from;
      }
      // "[two men] from the town of Sarmada were killed": "of" inside the phrase is no auxiliary leading to a cue
      // "getting killed or injured": only a prepositional phrase ends in a participle whose auxiliary was gapped
      boolean gapped = !participle && gappedParticiple(tokens, i) && !COORDINATORS.contains(tokens.get(i - 1).lower());
      if (!comma && i > from + 1 && (AUXILIARIES.contains(token.lower()) && afterAuxiliaries(tokens, i).isPresent()
          || intransitiveAt(tokens, i) || gapped)) {
        return i;
      }
    }
    return from;
  }

  /** The comma closing an aside of words that opens with the comma at {@code open}; -1 where none does. */
  private static int closingComma(List<Token> tokens, int open) {
    for (int j = open + 1; j < tokens.size() && j <= open + MAX_POST_MODIFIER; j++) {
      if (tokens.get(j).is(",")) {
        return j > open + 1 ? j : -1;
      }
      if (!tokens.get(j).isWord()) {
        return -1;
      }
    }
    return -1;
  }

  // what may follow a participle whose auxiliary an earlier clause gave: "... and three relatives of theirs wounded
  // when", never a count or a noun, its object ("[3 soldiers] from Homs killed 5 militants")
  private static final WordSet COORDINATORS = WordSet.of("and", "or", "to", "addition", "than");
  private static final WordSet AFTER_GAPPED = WordSet.of("when", "as", "while", "after", "during", "in", "by", "on",
      "at", "and");

  /**
   * "A father and his son were killed and three other members of their family wounded when ...": an after-cue with
   * no auxiliary of its own, ending its clause, is the harm of the people before it.
   */
  private boolean gappedParticiple(List<Token> tokens, int i) {
    Optional<PhraseTrie.Match<Harm>> phrase = after.longestAt(tokens, i);
    if (phrase.isEmpty()) {
      return false;
    }
    int end = phrase.get().to();
    return end >= tokens.size() || !tokens.get(end).isWord() && !Character.isDigit(tokens.get(end).text().charAt(0))
        || AFTER_GAPPED.contains(tokens.get(end).lower());
  }

  // "[ten prisoners] whose death sentences were upheld": "death" that begins a compound is no one's death
  private static final WordSet DEATH_COMPOUNDS = WordSet.of("sentence", "sentences", "penalty", "row", "threat",
      "threats", "warrant", "warrants");

  private static boolean deathCompound(List<Token> tokens, int cueEnd) {
    return cueEnd > 0 && cueEnd < tokens.size() && tokens.get(cueEnd - 1).is("death")
        && DEATH_COMPOUNDS.contains(tokens.get(cueEnd).lower());
  }

  private Optional<Cue> afterAuxiliaries(List<Token> tokens, int from) {
    boolean hedged = false;
    // only auxiliaries stand in between, so a chain may run long: "are believed to have been killed"
    for (int i = from, gap = 0; i < tokens.size() && gap <= MAX_AUXILIARY_CHAIN; i++, gap++) {
      Optional<PhraseTrie.Match<Harm>> match = after.longestAt(tokens, i).filter(m -> !deathCompound(tokens, m.to()));
      if (match.isPresent()) {
        return Optional.of(new Cue(match.get().value(), i, match.get().to(), hedged));
      }
      Token token = tokens.get(i);
      if (isHedge(tokens, i)) {
        hedged = hedged || !estimatedPast(tokens, i);
        continue;
      }
      if (ASIDES.contains(token.lower()) && i > from - 1) {
        Optional<Cue> past = pastAside(tokens, i + 1);
        if (past.isPresent()) {
          return past;
        }
      }
      if (isAsideMark(token) && i + 1 < tokens.size()) {
        // "[23 civilians] - including nine children - dead": the aside set off by dashes
        Optional<Cue> past = ASIDES.contains(tokens.get(i + 1).lower()) ? pastAside(tokens, i + 2) : Optional.empty();
        if (past.isPresent()) {
          return past;
        }
        if (i == from) {
          // "[nine children] - dead": the aside's closing mark, right after its own people
          continue;
        }
      }
      int coordinated = pastCoordinatedVerb(tokens, i, from);
      if (coordinated > i) {
        // "were rounded up and executed": the harm is the second verb of the passive
        i = coordinated - 1;
        continue;
      }
      if (!AUXILIARIES.contains(token.lower()) && !adverbAfterAuxiliary(tokens, i, from)
          && !leftAfterBe(tokens, i, from) || speaking(tokens, i)) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  private static final WordSet BE = WordSet.of("were", "was", "been", "are", "is", "being");

  /**
   * "[A man] said many of the wounded were taken to hospital": "said" is an auxiliary only in a passive ("were said to
   * have been killed", "said to have died"); with no form of "be" before it and no "to" after it, the people speak
   * (issue 11, count26).
   */
  private static boolean speaking(List<Token> tokens, int i) {
    return tokens.get(i).is("said") && (i == 0 || !BE.contains(tokens.get(i - 1).lower()))
        && (i + 1 >= tokens.size() || !tokens.get(i + 1).is("to"));
  }

  /**
   * "Scores of them were left killed and injured", "five others were left wounded": "left" after a form of "be" is one
   * more auxiliary before the harm (issue 11, count15; 2 in the dev CSV). Never "left" alone ("ten fighters left the
   * town") nor a "left" that no harm follows ("were left behind").
   */
  private static boolean leftAfterBe(List<Token> tokens, int i, int from) {
    return i > from && tokens.get(i).is("left") && BE.contains(tokens.get(i - 1).lower());
  }

  private static final WordSet PARTICLES = WordSet.of("up", "out", "off", "away", "down");

  /**
   * The token after "and" where a participle of no harm follows an auxiliary and is joined to the next verb: "were
   * rounded up and executed", "were taken and shot"; {@code i} itself where none is.
   */
  private static int pastCoordinatedVerb(List<Token> tokens, int i, int from) {
    String word = tokens.get(i).lower();
    if (i <= from || !tokens.get(i).isWord() || word.length() < 4 || !(word.endsWith("ed") || word.endsWith("en"))
        || !AUXILIARIES.contains(tokens.get(i - 1).lower())) {
      return i;
    }
    int next = i + 1 < tokens.size() && PARTICLES.contains(tokens.get(i + 1).lower()) ? i + 2 : i + 1;
    return next + 1 < tokens.size() && tokens.get(next).is("and") ? next + 1 : i;
  }

  /** "were summarily executed", "are internally displaced": an adverb in "-ly" after an auxiliary. */
  private static boolean adverbAfterAuxiliary(List<Token> tokens, int i, int from) {
    String word = tokens.get(i).lower();
    return i > from && word.length() > 4 && word.endsWith("ly") && AUXILIARIES.contains(tokens.get(i - 1).lower());
  }

  /** The first after-cue within an aside, where auxiliaries lead up to it: "including nine children were killed". */
  private Optional<Cue> pastAside(List<Token> tokens, int from) {
    for (int i = from; i < Math.min(tokens.size(), from + MAX_ASIDE); i++) {
      if (!tokens.get(i).isWord() && !tokens.get(i).is(",") && !isAsideMark(tokens.get(i))) {
        return Optional.empty();
      }
      // "65 people among them 22 children killed in rebel fire"
      Optional<PhraseTrie.Match<Harm>> direct = i > from + 1 ? after.longestAt(tokens, i) : Optional.empty();
      if (direct.isPresent()) {
        return Optional.of(new Cue(direct.get().value(), i, direct.get().to(), false));
      }
      if (AUXILIARIES.contains(tokens.get(i).lower()) && i > from) {
        Optional<Cue> cue = after(tokens, i);
        if (cue.isPresent()) {
          return cue;
        }
      }
    }
    return Optional.empty();
  }

  /** The token after a bracketed acronym ("(SDF)", "(ISIL)") that opens at {@code from}; {@code from} itself where none does. */
  private static int pastAcronym(List<Token> tokens, int from) {
    if (from + 3 >= tokens.size() || !tokens.get(from).is("(") || !tokens.get(from + 2).is(")")) {
      return from;
    }
    String word = tokens.get(from + 1).text();
    boolean acronym = word.length() >= 2 && word.length() <= 6 && word.chars().allMatch(Character::isUpperCase);
    // only a passive follows: "Syrian Democratic Forces (SDF) killed 23 Daesh members" has the forces as its agent
    return acronym && AUXILIARIES.contains(tokens.get(from + 3).lower()) ? from + 3 : from;
  }

  private static boolean isQuotationMark(Token token) {
    return token.is("\"") || token.is("\u201d");
  }

  /**
   * A dash that sets off an aside inside a count's phrase: "23 civilians - including nine children - dead" (the text as
   * FA-KES keeps it, dashes spaced). Brackets are not read so: "(among them nine children) and 16 combatants dead"
   * still loses the civilians' harm (count15 tried, not solved).
   */
  public static boolean isAsideMark(Token token) {
    return token.is("-") || token.is("\u2013") || token.is("\u2014");
  }

  /** A before-cue ending just before token {@code countFrom}: "killing [18 civilians]", "death toll rose to [25]". */
  public Optional<Cue> before(List<Token> tokens, int countFrom) {
    return before(tokens, countFrom, false);
  }

  /**
   * As {@link #before(List, int)}; where the count has a people noun, verbs that take only people as their object
   * count too: "arrested [12 people]", "lost [20 men]".
   */
  // the most tokens of a cue before its count: "among the dead were also [two paramedics]"
  private static final int LONGEST_BEFORE = 5;

  public Optional<Cue> before(List<Token> tokens, int countFrom, boolean peopleNoun) {
    for (int end = countFrom, gap = 0; end > 0 && gap <= MAX_GAP + 2; end--, gap++) {
      for (int start = Math.max(0, end - LONGEST_BEFORE); start < end; start++) {
        boolean near = gap == 0 || gap <= MAX_GAP && onlyThe(tokens, end, countFrom);
        Optional<Cue> cue = endingAt(before, tokens, start, end, near);
        if (cue.isEmpty() && peopleNoun) {
          cue = endingAt(object, tokens, start, end, near);
        }
        if (cue.isEmpty()) {
          cue = endingAt(noun, tokens, start, end, tollGap(tokens, end, countFrom))
              .map(c -> forecast(tokens, c, countFrom));
        }
        if (cue.isPresent()) {
          return cue;
        }
      }
    }
    return tollFar(tokens, countFrom).map(c -> forecast(tokens, c, countFrom))
        .or(() -> membersAfterPhrase(tokens, countFrom));
  }

  /**
   * "the death toll could rise to 30", "the toll may reach 40": a hedge between a toll noun and its count makes the
   * figure a forecast, which asserts no one harmed yet (hedges.tsv; issue 11, count29: count-written-8's a07, as
   * count-written-6 and fakes-dev-20i leave such a forecast optional).
   */
  private Cue forecast(List<Token> tokens, Cue cue, int countFrom) {
    if (cue.hedged()) {
      return cue;
    }
    for (int i = cue.to(); i < countFrom; i++) {
      if (isHedge(tokens, i) && !estimatedPast(tokens, i)) {
        return new Cue(cue.harm(), cue.from(), cue.to(), true);
      }
    }
    return cue;
  }

  private static final WordSet INCLUDE = WordSet.of("include", "included", "includes");
  private static final WordSet PHRASE_STARTS = WordSet.of("in", "on", "at", "by", "during", "since");
  // "those killed in the two attacks on the market on Sunday include": how far back "those" may stand
  private static final int MAX_MEMBERS_SPAN = 12;

  /**
   * "those killed in the two attacks include [14 children]", "the dead since Feb. 18 included [at least 250 children]":
   * the toll's members told after "those" or "the", a harm word, a phrase of words only (a preposition first) and
   * "include" (issue 11, count25: fakes-dev-20k's blind run missed it;
   * "those killed included" with nothing between is a cue of harm-cues.tsv).
   */
  private Optional<Cue> membersAfterPhrase(List<Token> tokens, int countFrom) {
    if (countFrom < 4 || !INCLUDE.contains(tokens.get(countFrom - 1).lower())) {
      return Optional.empty();
    }
    for (int j = countFrom - 2; j >= 0 && j >= countFrom - MAX_MEMBERS_SPAN; j--) {
      Token token = tokens.get(j);
      // "the dead since Feb. 18 included": a date's figure and a month's abbreviation stay inside the phrase
      boolean date = Character.isDigit(token.text().charAt(0)) && datePart(tokens, j)
          || token.is(".") && j > 0 && MONTHS.contains(tokens.get(j - 1).lower());
      if (!token.isWord() && !token.lower().equals("'s") && !date) {
        return Optional.empty();
      }
      // "those killed in the attacks include", "the dead since Feb. 18 included" (issue 11, count26)
      if ((token.is("those") || token.is("the")) && j + 2 < countFrom - 1) {
        Optional<PhraseTrie.Match<Harm>> harm = after.longestAt(tokens, j + 1);
        if (harm.isPresent() && harm.get().to() < countFrom - 1
            && PHRASE_STARTS.contains(tokens.get(harm.get().to()).lower())) {
          return Optional.of(new Cue(harm.get().value(), j, countFrom, hedgedBefore(tokens, j)));
        }
        if (token.is("those")) {
          return Optional.empty();
        }
      }
    }
    return Optional.empty();
  }

  /**
   * A toll told at length before its count: "the death toll from the car bombing in the town has risen to [43]",
   * "brought the toll for soldiers killed in the conflict to [18]", "the number of civilians who have been martyred
   * by the shelling has become [around 40]": a toll noun, or "number of" and a harm word, then words only, the last a
   * toll verb.
   */
  private Optional<Cue> tollFar(List<Token> tokens, int countFrom) {
    if (countFrom < 2 || !tollVerb(tokens, countFrom - 1) || tokens.get(countFrom - 1).is("the")) {
      return Optional.empty();
    }
    for (int j = countFrom - 2; j >= 0 && j >= countFrom - MAX_TOLL_SPAN; j--) {
      // "vary from 10000 to more than 30000": another figure in between makes a range, not a toll
      // "the toll from Sunday's attack": a possessive's apostrophe is part of the words
      boolean apostrophe = tokens.get(j).lower().equals("'s");
      // "killed in battles (Saturday) against ISIL": a bracketed aside is part of the words
      boolean bracket = tokens.get(j).is("(") || tokens.get(j).is(")");
      boolean digits = Character.isDigit(tokens.get(j).text().charAt(0));
      // "killed since Aug. 24 rose to [37]": the period of a month's abbreviation is part of the words (count20)
      boolean abbreviated = tokens.get(j).is(".") && j > 0 && MONTHS.contains(tokens.get(j - 1).lower());
      if (!tokens.get(j).isWord() && !apostrophe && !bracket && !digits && !abbreviated
          || digits && !datePart(tokens, j)) {
        return Optional.empty();
      }
      Optional<PhraseTrie.Match<Harm>> toll = noun.longestAt(tokens, j);
      if (toll.isPresent() && toll.get().to() < countFrom) {
        return Optional.of(new Cue(toll.get().value(), j, toll.get().to(), hedgedBefore(tokens, j)));
      }
      if (tokens.get(j).is("number") && tokens.get(j + 1).is("of") || tokens.get(j).is("number")
          && j > 0 && tokens.get(j - 1).is("the") && after.longestAt(tokens, j + 1).isPresent()) {
        for (int k = j + 1; k < countFrom - 1; k++) {
          Optional<PhraseTrie.Match<Harm>> harm = after.longestAt(tokens, k)
              .filter(m -> !deathCompound(tokens, m.to()));
          if (harm.isPresent()) {
            return Optional.of(new Cue(harm.get().value(), j, harm.get().to(), hedgedBefore(tokens, j)));
          }
        }
      }
    }
    return Optional.empty();
  }

  private static final WordSet MONTHS = WordSet.of("january", "february", "march", "april", "may", "june", "july",
      "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
      "sept", "oct", "nov", "dec");

  /**
   * "the toll from March 27 2015 to April 10 2015 has reached [236]": digits that are a date's day or year, beside a
   * month's name, are words of the toll's subject, not another figure; so is a year after "of", "in" or "since" ("the
   * death toll of attacks in Daraa since the start of 2022 rose to [312]").
   */
  private static boolean datePart(List<Token> tokens, int j) {
    if (yearAfter(tokens, j)) {
      return true;
    }
    for (int k = Math.max(0, j - 2); k <= Math.min(tokens.size() - 1, j + 1); k++) {
      if (k != j && MONTHS.contains(tokens.get(k).lower())) {
        return true;
      }
    }
    return false;
  }

  // "the number of rebel fighters killed in battles against ISIL in the strategic town of Markada in the south of
  // Hasake province has risen to 39": a toll's subject may carry its place and cause at length
  private static final int MAX_TOLL_SPAN = 36;

  private Optional<Cue> endingAt(PhraseTrie<Harm> trie, List<Token> tokens, int start, int end, boolean gapOk) {
    if (!gapOk) {
      return Optional.empty();
    }
    return trie.longestAt(tokens, start)
        .filter(m -> m.to() == end)
        .map(m -> new Cue(m.value(), m.from(), m.to(), hedgedBefore(tokens, m.from())));
  }

  private boolean hedgedBefore(List<Token> tokens, int cueFrom) {
    for (int i = cueFrom - 1; i >= 0 && i >= cueFrom - 3; i--) {
      // "caused no deaths but injured dozens": a denial before "but" ends there; the harm after it is asserted (issue
      // 11, dev30: 20n's 1919191766)
      if (tokens.get(i).is("but")) {
        return false;
      }
      if (isHedge(tokens, i) && !estimatedPast(tokens, i)) {
        return true;
      }
    }
    return false;
  }

  private static final WordSet PAST_POSSIBILITY = WordSet.of("may", "might");
  private static final WordSet ESTIMATE_WORDS = WordSet.of("estimated", "estimates", "estimate", "estimating");

  /**
   * "Reports estimated up to 33 people may have been killed", "some estimates suggesting 470000 may have died": "may
   * have" after an estimate in its sentence gives the estimate's figure, not a hypothesis ("could have died just after
   * we escaped" and "may have been killed" with no estimate stay hedged).
   */
  private static boolean estimatedPast(List<Token> tokens, int i) {
    if (!PAST_POSSIBILITY.contains(tokens.get(i).lower()) || i + 1 >= tokens.size() || !tokens.get(i + 1).is("have")) {
      return false;
    }
    for (int j = i - 1; j >= 0; j--) {
      if (ESTIMATE_WORDS.contains(tokens.get(j).lower())) {
        return true;
      }
    }
    return false;
  }

  // words before a month: "since 21 May have killed", "in May killed"
  private static final WordSet BEFORE_MONTH = WordSet.of("since", "in", "on", "of", "until", "till", "by", "from",
      "through", "early", "late", "mid", "last", "next", "this", "during", "before", "after");

  /**
   * A hedge word at token {@code i}: not the month in "strikes since 21 May have killed 229 civilians" or "since May 21",
   * which is capitalised after a day or a word that stands before months, or before a day.
   */
  private boolean isHedge(List<Token> tokens, int i) {
    Token token = tokens.get(i);
    if (!hedges.contains(token.lower()) || additiveNot(tokens, i)) {
      return false;
    }
    if (!token.text().equals("May")) {
      return true;
    }
    boolean dayOrPrepositionBefore = i > 0 && (Character.isDigit(tokens.get(i - 1).text().charAt(0))
        || BEFORE_MONTH.contains(tokens.get(i - 1).lower()));
    boolean dayAfter = i + 1 < tokens.size() && Character.isDigit(tokens.get(i + 1).text().charAt(0));
    return !(dayOrPrepositionBefore || dayAfter);
  }

  private static final WordSet ADDITIVE_AFTER_NOT = WordSet.of("only", "just", "merely");

  /** "not only claimed the lives of several militants but also": "not only" adds to the harm, it does not deny it. */
  private static boolean additiveNot(List<Token> tokens, int i) {
    return tokens.get(i).is("not") && i + 1 < tokens.size() && ADDITIVE_AFTER_NOT.contains(tokens.get(i + 1).lower());
  }

  private static final WordSet POSSESSIVE_DETERMINERS = WordSet.of("its", "their", "his", "her");

  private static boolean onlyThe(List<Token> tokens, int from, int to) {
    for (int i = from; i < to; i++) {
      // "killed \"more than 200 terrorists\"": a count quoted from a statement
      // "killed its five crew members", "killed their two guards": a possessive determiner, like "the"
      // "killed another two civilians", "wounded another 250": "another" before a number adds to a toll, like "the"
      if (!tokens.get(i).is("the") && !tokens.get(i).is("some") && !tokens.get(i).is("all") && !isQuote(tokens.get(i))
          && !tokens.get(i).is("another") && !POSSESSIVE_DETERMINERS.contains(tokens.get(i).lower())) {
        return false;
      }
    }
    return true;
  }

  private static boolean isQuote(Token token) {
    return token.is("\"") || token.is("“") || token.is("”") || token.is("'");
  }

  /** "the death toll rose to 25", "the death toll from the strikes was 45": words, ending in a toll verb; or a colon. */
  private static boolean tollGap(List<Token> tokens, int from, int to) {
    // a monitor's record: "Death toll: 25", "Fatalities: 3"
    if (from == to || to - from == 1 && tokens.get(from).is(":")) {
      return true;
    }
    for (int i = from; i < to; i++) {
      // "vary from 500 to more than 800": another figure in between makes a range, not a toll
      if (!tokens.get(i).isWord() || Character.isDigit(tokens.get(i).text().charAt(0))) {
        return false;
      }
    }
    // "the death toll from the two car bombs": "the" ends a toll's gap only after a toll verb ("put the ...")
    if (tokens.get(to - 1).is("the") && (to - 2 < from || !TOLL_VERBS.contains(tokens.get(to - 2).lower()))) {
      return false;
    }
    return tollVerb(tokens, to - 1);
  }

  /**
   * A year a running toll counts from: "since 2021", "since the beginning of 2023", "since early 2022". A year alone
   * ("killed in 2022") is left out: whether that is one incident's year or a year's total is not read here.
   */
  private static boolean yearAfter(List<Token> tokens, int at) {
    String word = tokens.get(at).text();
    if (at == 0 || word.length() != 4 || !(word.startsWith("19") || word.startsWith("20"))
        || !word.chars().allMatch(Character::isDigit)) {
      return false;
    }
    for (int k = at - 1; k >= Math.max(0, at - SINCE_REACH); k--) {
      if (tokens.get(k).is("since")) {
        return true;
      }
    }
    return false;
  }

  // "since the start of 2022": the words between "since" and its year
  private static final int SINCE_REACH = 5;

  /** Whether token {@code at} ends a toll's verb: "rose to", "stands at", "has been confirmed as". */
  private static boolean tollVerb(List<Token> tokens, int at) {
    return TOLL_VERBS.contains(tokens.get(at).lower())
        || tokens.get(at).is("as") && at > 0 && CORRECTED_AS.contains(tokens.get(at - 1).lower());
  }
}
