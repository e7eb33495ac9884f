package org.tally.extract;

import static org.tally.extract.FunctionWords.ANAPHORIC;
import static org.tally.extract.FunctionWords.ARTICLES;
import static org.tally.extract.FunctionWords.DETERMINERS;
import static org.tally.extract.FunctionWords.PASSIVE_AUXILIARIES;
import static org.tally.extract.FunctionWords.POSSESSIVES;
import static org.tally.extract.JoinedPeople.coordinated;
import static org.tally.extract.JoinedPeople.harmed;
import static org.tally.extract.JoinedPeople.isExact;
import static org.tally.extract.JoinedPeople.together;
import static org.tally.extract.JoinedPeople.withKin;
import static org.tally.extract.JoinedPeople.withWaiting;
import static org.tally.extract.PersonNames.MAX_NAME_WORDS;
import static org.tally.extract.PersonNames.commaBeforeAge;
import static org.tally.extract.PersonNames.isNameWord;
import static org.tally.extract.PersonNames.nameStart;
import static org.tally.extract.TokenSpans.firstTokenFrom;
import static org.tally.extract.TokenSpans.tokenEndingAt;
import static org.tally.extract.TokenSpans.tokenStartingAt;
import static org.tally.extract.TokenSpans.words;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.tally.extract.count.CountForm;
import org.tally.extract.count.CountLexicon;
import org.tally.extract.count.CountMention;
import org.tally.extract.count.TrailingQualifiers;
import org.tally.extract.harm.HarmCues;
import org.tally.extract.token.Token;
import org.tally.extract.token.WordSet;
import org.tally.extract.victim.VictimWords;
import org.tally.lexicon.RuleFile;
import org.tally.model.Count;
import org.tally.model.Harm;
import org.tally.model.Span;
import org.tally.model.Victims;

/**
 * Decides which counts of a sentence are counts of harmed people: a people noun after the count
 * ("18 civilians") or a harm cue right beside it ("killing 18", "dozens injured"). Counts of strikes,
 * reports, years and dates are passed over; a count with no noun of its own takes the victims of
 * the one before it ("18 civilians were killed and dozens injured").
 */
final class CasualtyFinder {
  /** The counts of one sentence: people harmed, and strikes counted ("carried out four strikes"). */
  record Found(List<Casualty> casualties, Integer attacks, Set<org.tally.model.Count> vague,
      Set<org.tally.model.Count> anaphoric, PronounObjects.Sentence sentence, Set<org.tally.model.Count> bare,
      Set<org.tally.model.Count> added, Set<org.tally.model.Count> others) {
    Found(List<Casualty> casualties, Integer attacks) {
      this(casualties, attacks, Set.of(), Set.of(), null, Set.of(), Set.of(), Set.of());
    }
  }

  // "12 people were killed", "12 people have been killed": auxiliaries between the people and their after-cue
  private static final int ADJACENT_GAP = 2;
  // "several", "many", "a number of" (3 or more) are small vague amounts; "dozens" (24) is not
  private static final int SMALL_VAGUE = 10;
  private static final WordSet PART_OF = WordSet.of("including", "among", "and", "mostly", "mainly");

  // after a past tense with no auxiliary these begin its object: "a gunman killed two soldiers" is active
  private static final WordSet ONE_ALONE = WordSet.of("one", "another", "the other");
  private static final WordSet ORDINALS = WordSet.of("second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
      "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
      "eighteenth", "nineteenth", "twentieth");
  // what may follow "one" or "another" standing for a person: "detained another during the search", never a noun of
  // its own ("destroyed one building")
  private static final WordSet AFTER_ONE_ALONE = WordSet.of("and", "or", "but", "in", "on", "at", "near", "during",
      "after", "before", "while", "with", "when", "as", "of", "from", "inside", "outside", "later", "too", "also", "was",
      "were", "is", "has", "had", "by", "to", "who", "the", "a", "an", "their", "his", "her", "its", "are",
      "shortly", "soon", "earlier", "overnight", "yesterday", "today", "following");
  private static final WordSet OBJECT_STARTS = WordSet.of("him", "her", "them", "his", "their", "its");

  private final VictimWords victims;
  private final HarmCues harms;
  private final CountLexicon counts;
  private final CountLexicon.BarePlural barePlural;
  private final PronounObjects pronouns;
  private final TrailingQualifiers trailing;
  private final NamedPeople named;
  private final RelativeHarms relatives;
  private final NamedSingulars namedSingulars;
  private final Shares shares;
  private final Set<String> calendar = new HashSet<>();

  CasualtyFinder(VictimWords victims, HarmCues harms, CountLexicon counts, RuleFile calendarWords,
      TrailingQualifiers trailing, NamedPeople named, Shares shares) {
    this.shares = shares;
    this.victims = victims;
    this.named = named;
    this.relatives = new RelativeHarms(harms);
    this.namedSingulars = new NamedSingulars(harms);
    this.trailing = trailing;
    this.harms = harms;
    this.counts = counts;
    this.barePlural = counts.barePlural().orElse(null);
    this.pronouns = new PronounObjects(victims, harms);
    calendarWords.rows()
        .forEach(r -> calendar.add(r.get("word").toLowerCase(Locale.ROOT)));
  }

  Found find(List<Token> tokens, List<CountMention> parsed) {
    return find(tokens, parsed, null);
  }

  /**
   * The counts of harmed people of a sentence; {@code sentenceBefore} is the sentence before it in its section (null: none),
   * which an object pronoun may point back to ("... killing them").
   */
  Found find(List<Token> tokens, List<CountMention> parsed, PronounObjects.Sentence sentenceBefore) {
    return find(tokens, parsed, sentenceBefore, false);
  }

  /**
   * As {@link #find(List, List, PronounObjects.Sentence)}; {@code headline}: the sentence is a title, which drops its
   * articles ("Woman and her son killed in shelling").
   */
  Found find(List<Token> tokens, List<CountMention> parsed, PronounObjects.Sentence sentenceBefore, boolean headline) {
    return find(tokens, parsed, sentenceBefore, headline, null);
  }

  /** The row of a toll ({@link ListRows}) these tokens hold, or empty when they hold none. */
  Optional<ListRows.Row> row(List<Token> tokens, List<CountMention> parsed) {
    return ListRows.row(tokens, parsed, victims);
  }

  /**
   * As {@link #find(List, List, PronounObjects.Sentence, boolean)} for a toll's row that named no harm of its own: its
   * figure counts the toll's harm, and what its row adds ("among them 98 children") is a part of it.
   */
  Found findRow(List<Token> tokens, List<CountMention> parsed, PronounObjects.Sentence sentenceBefore,
      ListRows.Row row, ListRows.Toll toll) {
    return find(tokens, parsed, sentenceBefore, false, ListRows.casualty(tokens, row, toll.harm(), toll.victims()));
  }

  private Found find(List<Token> tokens, List<CountMention> parsed, PronounObjects.Sentence sentenceBefore,
      boolean headline, Casualty seed) {
    // list members ("a man, woman and child"): the count is the noun itself, which heads it too
    Set<CountMention> members = new java.util.HashSet<>(0);
    Heads heads = new Heads(tokens);
    List<CountMention> mentions = withDefinites(tokens, parsed, members, heads, headline);
    List<Casualty> out = new ArrayList<>();
    Integer attacks = null;
    // "30 regime soldiers and 39 rebel fighters had been killed": the first waits for the harm of the second
    List<Casualty> waiting = new ArrayList<>();
    // the sentence's counted people by the token their noun ends at, for the pronouns that point back to them
    java.util.Map<Integer, PronounObjects.Antecedent> peopleCounted = new java.util.HashMap<>(4);
    Set<Integer> countStarts = new HashSet<>();
    for (CountMention mention : mentions) {
      countStarts.add(tokenStartingAt(tokens, mention.count().span().start()));
    }
    // "two of the five soldiers were killed": the five are the group the two are counted from, no one harmed
    Groups groups = groupsCountedFrom(tokens, mentions, heads);
    // the ages in brackets of names joined to a named person before them ("Naik Imran Khan (age 31 years) and Sepoy
    // Wali Muhammad (age 22 years) embraced shahadat"): counted with that person's
    Set<Integer> joinedAges = new HashSet<>(0);
    // "Killed were: Ahmad al-Ali (40); his wife, Rima (35)": a roll of names after its harm, counted by their ages
    Optional<Casualty> roll = named.roll(tokens, joinedAges);
    roll.ifPresent(out::add);
    if (seed != null) {
      out.add(seed);
    }
    for (CountMention mention : mentions) {
      int from = tokenStartingAt(tokens, mention.count().span().start());
      int to = tokenEndingAt(tokens, mention.count().span().end());
      if (seed != null && from == seed.from()) {
        continue;
      }
      if (from < 0 || to < 0 || isDate(tokens, from, to, mention) || negated(tokens, from)
          || groups.groups().contains(mention) || victims.possessorAt(tokens, from)
          || shareAfterHarm(tokens, from, mention, out)) {
        continue;
      }
      CountMention group = groups.partOf().get(mention);
      if (group != null) {
        // the part takes the group's noun: "15 of the 350 hostages" counts 15 hostages
        mention = new CountMention(mention.count(), mention.text(), mention.form(), false, group.headStart());
      }
      int nameStart = named.nameBeforeAge(tokens, mention, from, to);
      if (nameStart >= 0) {
        // "Khaled al-Ahmad, 34, a member of the council, was killed": an age is no count; the person is one
        named.withAge(tokens, from, to, nameStart).filter(c -> !apposedPerson(tokens, to + 1)).ifPresent(out::add);
        continue;
      }
      if (joinedAges.contains(from)) {
        // the age of a name joined to one before it, counted with that one
        continue;
      }
      Optional<Casualty> bracketed = named.withBracketedAge(tokens, mention, from, to, joinedAges);
      if (bracketed.isPresent()) {
        // "Sepoy Wali Muhammad (age 22 years, resident of District Bannu), having fought gallantly, embraced shahadat"
        out.add(bracketed.get());
        continue;
      }
      if (age(tokens, from, mention)) {
        continue;
      }
      int headFrom = members.contains(mention) ? from : mention.partitive() ? Math.max(afterPartitive(tokens, to), firstTokenFrom(tokens, mention.headStart()))
          : firstTokenFrom(tokens, mention.headStart());
      VictimWords.Head head = heads.at(headFrom);
      Casualty previous = out.isEmpty() ? null : out.get(out.size() - 1);
      Optional<Casualty> casualty = Optional.empty();
      if (head instanceof VictimWords.NotPeople notPeople) {
        if (notPeople.what().equals("attacks") && mention.count().min() != null) {
          attacks = mention.count().min();
        }
      } else if (head instanceof VictimWords.People people) {
        casualty = withPeople(tokens, mention, from, to, people, previous, wholeOf(tokens, out), headFrom, countStarts)
            .map(c -> trailingBound(tokens, people.end(), c));
        if (casualty.isEmpty() && mention.partitive() && out.isEmpty() && people.victims() != null) {
          CountMention part = mention;
          casualty = PartOfBefore.harm(tokens, to, headFrom, sentenceBefore).map(h -> new Casualty(h,
              people.victims(), part.count(), part.text(), from, to, people.end()));
        }
        if (casualty.isEmpty() && people.victims() != null && people.harm() == null) {
          // "Two insurgents who tried to flee were taken into custody": the harm after the relative clause
          int headEnd = people.end();
          CountMention counted = mention;
          casualty = relatives.pastRelative(tokens, headEnd, countStarts).map(c -> new Casualty(c.harm(),
              people.victims(), counted.count(), counted.text(), from, to, headEnd));
        }
        if (people.victims() != null && people.harm() == null) {
          peopleCounted.put(people.end(), new PronounObjects.Antecedent(people.end(), mention.count(), people.victims(),
              casualty.map(Casualty::harm).orElse(null)));
        }
        boolean counted = mention.form() != CountForm.DEFINITE || people.one();
        // "leaving 23 civilians - including nine children - and 16 fighters dead": past an aside between dashes
        int joinAt = pastDashAside(tokens, people.end());
        if (casualty.isEmpty() && counted && people.victims() != null
            && (joinsNext(tokens, joinAt) || countStarts.contains(joinAt))) {
          waiting.add(new Casualty(null, people.victims(), mention.count(), mention.text(), from, to, joinAt));
        }
      } else {
        casualty = withoutNoun(tokens, mention, from, Math.max(to, headFrom), previous, wholeOf(tokens, out),
            countStarts);
        if (casualty.isEmpty()) {
          casualty = FamilyParts.part(tokens, mention, from, to, wholeOf(tokens, out), CasualtyFinder::partOf);
        }
      }
      if (casualty.isPresent()) {
        Casualty found = casualty.get();
        Casualty kin = waiting.size() == 1 ? harmed(waiting.get(0), found.harm()) : null;
        if (previous != null && waiting.isEmpty() && withKin(tokens, previous, found)) {
          // "wounded a father and his two sons": three people of one kind, one claim
          out.set(out.size() - 1, together(tokens, previous, found));
        } else if (kin != null && withKin(tokens, kin, found)) {
          // "a father and his two sons were killed": the same, told before their harm
          out.add(together(tokens, kin, found));
        } else {
          // "killed an officer and two policemen", "detained a leader, his deputy and a courier": one list, one claim
          for (Casualty next : withWaiting(tokens, waiting, found)) {
            Casualty last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && coordinated(tokens, last, next)) {
              out.set(out.size() - 1, together(tokens, last, next));
            } else {
              out.add(next);
            }
          }
        }
        waiting.clear();
        int lastAt = out.size() - 1;
        Casualty last = out.get(lastAt);
        Optional<Casualty> joined = relatives.chained(tokens, last).or(() -> relatives.harmedByRelative(tokens, last))
            .or(() -> relatives.heldWhileHurt(tokens, last)).or(() -> relatives.detainedInRelative(tokens, last));
        Optional<Casualty> more = joined.or(() -> relatives.harmedPastRelative(tokens, last, countStarts));
        if (more.isPresent() && more.get().harm() == Harm.KILLED && last.harm() == Harm.INJURED
            && more.get().from() == last.from() && RelativeHarms.diedAfter(tokens, last.headEnd())) {
          // "a woman who had been wounded ... succumbed to her wounds" is one death, her wounds are its cause
          out.set(lastAt, more.get());
        } else {
          more.ifPresent(out::add);
        }
        // "An insurgent who was wounded and detained ... later died of his wounds": the clause's two harms, then the
        // main clause's death, which replaces the wounds (wars25: twenty-second-release-10)
        if (joined.isPresent() && joined.get().harm() != Harm.KILLED && last.harm() == Harm.INJURED
            && RelativeHarms.diedAfter(tokens, last.headEnd())) {
          relatives.harmedPastRelative(tokens, last, countStarts).filter(c -> c.harm() == Harm.KILLED)
              .ifPresent(died -> out.set(lastAt, died));
        }
      }
    }
    // "alias 'El Paisa', ringleader of the structure, died in combat": one person by their nom de guerre
    // "Professional Soldier Juan Ruiz lost his life": a name before a harm of one person, counted as one (wars20)
    List<Casualty> byName = new ArrayList<>(named.aliased(tokens));
    byName.addAll(namedSingulars.find(tokens, out));
    for (Casualty alias : byName) {
      int at = 0;
      while (at < out.size() && out.get(at).from() <= alias.from()) {
        at++;
      }
      out.add(at, alias);
    }
    // the roll's people ("his wife", "a neighbour") are counted in it
    roll.ifPresent(r -> out.removeIf(c -> c != r && c.from() >= r.from() && c.from() < r.headEnd()));
    // "A woman and a child died": a list's sum beside its members, and a summed list's women and children
    // "her husband, her mother and her three children": a list of kin is its sum (KinLists)
    // "the death of a woman and her child from suffocation": the list after a harm noun's "of" shares its harm
    java.util.function.IntFunction<Optional<Harm>> harmOf = at -> harms.before(tokens, at)
        .filter(c -> c.to() == at && tokens.get(at - 1).is("of") && !c.hedged()).map(HarmCues.Cue::harm);
    List<Casualty> shared = HarmOfLists.shared(tokens, out, harmOf,
        at -> harms.afterAt(tokens, at).isPresent() || harms.isAfterWord(tokens.get(at).lower()));
    List<Casualty> listed = SingleLists.completed(tokens, KinLists.summed(tokens, shared, heads::at), heads::at,
        victims::youngKin, at -> at > 0 && harmOf.apply(at).isPresent());
    // "17 government troops including a commander": a rank in a breakdown of an armed toll is of that toll (PartRanks)
    listed = PartRanks.fitted(tokens, listed, victims::rank);
    out.clear();
    out.addAll(listed);
    // "killed 16 civilians, half of them children": a share of a toll, a claim of its own beside it (Shares)
    for (Casualty part : shares.find(tokens, out, heads::at)) {
      int at = 0;
      while (at < out.size() && out.get(at).from() <= part.from()) {
        at++;
      }
      out.add(at, part);
    }
    // counts written as a small vague word: one sentence's "many" or "a number of" is no restatement of another's
    // (ClaimMerger); "dozens" and "hundreds" stand for a figure, and a lead and its body restate them. A bare plural
    // ("detained suspected insurgents") is vaguer still.
    Set<org.tally.model.Count> vague = Set.of();
    Set<org.tally.model.Count> bareCounts = Set.of();
    if (barePlural != null) {
      List<Casualty> bare = barePlurals(tokens, mentions, out, countStarts);
      out.addAll(bare);
      if (!bare.isEmpty()) {
        vague = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Casualty c : bare) {
          vague.add(c.count());
        }
        bareCounts = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        bareCounts.addAll(vague);
      }
    }
    Set<org.tally.model.Count> added = Set.of();
    Set<org.tally.model.Count> others = Set.of();
    for (CountMention mention : mentions) {
      if (beforeOthers(tokens, mention)) {
        if (others.isEmpty()) {
          others = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        }
        others.add(mention.count());
      }
      Integer min = mention.count().min();
      // "detained another": another person than any counted before, never a restatement
      boolean opens = anotherOpens(tokens, mentions, mention);
      boolean another = mention.form() == CountForm.INDEFINITE && (mention.text().equalsIgnoreCase("another")
          || mention.text().equalsIgnoreCase("the other")) || opens;
      if (!opens && afterAnother(tokens, mention)) {
        if (added.isEmpty()) {
          added = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        }
        added.add(mention.count());
      }
      if (another || further(tokens, mention) || mention.form() == CountForm.VAGUE && min != null && min < SMALL_VAGUE && mention.count().max() == null) {
        if (vague.isEmpty()) {
          vague = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        }
        vague.add(mention.count());
      }
    }
    List<Casualty> pointedBack = pronouns.find(tokens, peopleCounted, sentenceBefore, out);
    if (!pointedBack.isEmpty()) {
      out.addAll(pointedBack);
    }
    return new Found(out, attacks, vague, anaphoric(tokens, out), new PronounObjects.Sentence(tokens, peopleCounted),
        bareCounts, added, others);
  }

  /**
   * "five others were killed", "wounding 12 others": a figure of people besides some told before. Whether it adds to
   * an earlier figure or restates one depends on the harm told just before it, which the extractor knows
   * (ClaimExtractor). Not "the 16 others", which points back.
   */
  private static boolean beforeOthers(List<Token> tokens, CountMention mention) {
    if (mention.form() != CountForm.DIGITS && mention.form() != CountForm.WORDS) {
      return false;
    }
    int to = tokenEndingAt(tokens, mention.count().span().end());
    int from = firstTokenFrom(tokens, mention.count().span().start());
    return to >= 0 && to < tokens.size() && tokens.get(to).is("others")
        && !(from > 0 && from <= tokens.size() && ANAPHORIC.contains(tokens.get(from - 1).lower()));
  }

  // "one other suspected insurgent": a person beside those counted before. Not "12 others" or "two more": a lead and
  // its body restate "killing five and wounding 12 others" (on the dev text "others" and "more" split some 40 restatements)
  // "One insurgent was killed and a second was wounded and detained": an ordinal numbers one more person too (wars20)
  private static final WordSet FURTHER = WordSet.of("other", "second", "third", "fourth", "fifth");

  /**
   * "Noam B., 20, from Modi'in, a soldier in the brigade, fell": a person a description names between the age and the
   * harm ("a soldier") is the name's apposition, counted from its own noun, so the name counts no one more (wars20).
   */
  private boolean apposedPerson(List<Token> tokens, int from) {
    for (int i = from; i + 1 < tokens.size() && harms.afterAt(tokens, i).isEmpty(); i++) {
      if (ARTICLES.contains(tokens.get(i).lower()) && tokens.get(i - 1).is(",")
          && victims.head(tokens, i + 1) instanceof VictimWords.People people && people.victims() != null) {
        return true;
      }
    }
    return false;
  }

  /**
   * "12 were killed near the city. Another 12 were killed in Raqqa": a figure after "another", the first count of its
   * sentence, counts people besides those told before, so it restates no other sentence's figure, however equal.
   */
  private static boolean anotherOpens(List<Token> tokens, List<CountMention> mentions, CountMention mention) {
    if (mention.form() != CountForm.DIGITS && mention.form() != CountForm.WORDS) {
      return false;
    }
    int from = firstTokenFrom(tokens, mention.count().span().start());
    if (from <= 0 || from >= tokens.size() || !tokens.get(from - 1).is("another")) {
      return false;
    }
    // "killed one and wounded another three" sets the three beside the one, and a later "three people were wounded"
    // restates them: only a sentence's first count (or the "another" read as one) adds to an earlier sentence's
    int anotherStart = tokens.get(from - 1).start();
    for (CountMention other : mentions) {
      if (other.count().span().start() < anotherStart) {
        return false;
      }
    }
    return true;
  }

  /**
   * "killed 10 people and wounded another 20": a figure after "another" inside its sentence counts people besides those
   * told before it, so it restates no earlier sentence's figure; a later sentence may still restate it (ClaimMerger).
   */
  private static boolean afterAnother(List<Token> tokens, CountMention mention) {
    if (mention.form() != CountForm.DIGITS && mention.form() != CountForm.WORDS) {
      return false;
    }
    int from = firstTokenFrom(tokens, mention.count().span().start());
    return from > 0 && from < tokens.size() && tokens.get(from - 1).is("another");
  }

  /** Whether the count is followed by a word that makes its people more than those told before ("one other"). */
  private static boolean further(List<Token> tokens, CountMention mention) {
    int to = tokenEndingAt(tokens, mention.count().span().end());
    return to >= 0 && to < tokens.size() && FURTHER.contains(tokens.get(to).lower()) && mention.count().isExactly(1);
  }

  /** "125 terrorists at least were killed": a qualifier after the people bounds their figure. */
  private Casualty trailingBound(List<Token> tokens, int peopleEnd, Casualty found) {
    Count bounded = trailing.bounded(tokens, peopleEnd, found.count());
    return bounded == found.count() ? found : new Casualty(found.harm(), found.victims(), bounded, found.countText(),
        found.from(), found.to(), found.headEnd());
  }

  /**
   * "killing the leader and the two associates": a number after "the" counts people named before, so it restates an
   * earlier claim of the same harm and figure whatever noun it uses now (ClaimMerger).
   */
  private static Set<org.tally.model.Count> anaphoric(List<Token> tokens, List<Casualty> found) {
    Set<org.tally.model.Count> out = Set.of();
    for (Casualty c : found) {
      if (c.from() > 0 && ANAPHORIC.contains(tokens.get(c.from() - 1).lower()) && isExact(c)) {
        if (out.isEmpty()) {
          out = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        }
        out.add(c.count());
      }
    }
    return out;
  }

  /**
   * The counts of the sentence with "the", "his" or "her" before a singular people noun added as counts of one, in
   * text order: "the pilot was captured", "a father and his son were killed".
   */
  private List<CountMention> withDefinites(List<Token> tokens, List<CountMention> counted, Set<CountMention> members,
      Heads heads, boolean headline) {
    List<CountMention> definites = new ArrayList<>();
    for (int i = 0; i + 1 < tokens.size(); i++) {
      Token token = tokens.get(i);
      if (token.is("the") && tokens.get(i + 1).is("other") && (i + 2 >= tokens.size() || !tokens.get(i + 2).isWord()
          || AFTER_ONE_ALONE.contains(tokens.get(i + 2).lower()))) {
        // "killing one and capturing the other": the rest of a pair, one person, as "another" is
        Count one = new Count(1, 1, false, new Span(token.start(), tokens.get(i + 1).end()));
        definites.add(new CountMention(one, words(tokens, i, i + 2), CountForm.INDEFINITE, false,
            tokens.get(i + 1).end()));
        continue;
      }
      // "the car's driver", "the group's commander": a possessor between "the" and the person
      int noun = token.is("the") && i + 3 < tokens.size() && tokens.get(i + 1).isWord()
          && POSSESSIVE_ENDINGS.contains(tokens.get(i + 2).lower()) ? i + 3 : i + 1;
      if (counts.isDefinite(token.lower()) && heads.at(noun) instanceof VictimWords.People people
          && people.one() && people.victims() != null) {
        Count one = new Count(1, 1, false, new Span(token.start(), token.end()));
        definites.add(new CountMention(one, token.text(), CountForm.DEFINITE, false, tokens.get(noun).start()));
      } else if (maybeTitle(tokens, i) && heads.at(i) instanceof VictimWords.People titled && titled.one()
          && titled.victims() != null
          && titled.harm() == null && titled.end() < tokens.size() && isNameNoDay(tokens.get(titled.end()))) {
        // "killing Haqqani network leader Mawlawi Abdul Rahim": a title before a name, right after the harm, is one
        // person, counted from the title's words before its noun ("killed commander Rahim's brother" has none)
        int start = titleAfterHarm(tokens, i, counted);
        if (start >= 0) {
          // "killed commander Rahim": a title of one word right after the harm is counted from the title itself
          // (the title is then its own head, as a list's member is)
          int last = start < i ? i - 1 : i;
          Count one = new Count(1, 1, false, new Span(tokens.get(start).start(), tokens.get(last).end()));
          CountMention title = new CountMention(one, words(tokens, start, last + 1), CountForm.DEFINITE, false,
              start < i ? token.start() : token.end());
          definites.add(title);
          if (start == i) {
            members.add(title);
          }
        }
      }
    }
    if (headline) {
      for (CountMention one : headlineOnes(tokens, heads)) {
        definites.add(one);
        members.add(one);
      }
    }
    List<CountMention> listed = listed(tokens, counted, definites, heads);
    members.addAll(listed);
    definites.addAll(listed);
    if (definites.isEmpty()) {
      return counted;
    }
    List<CountMention> all = new ArrayList<>(counted);
    for (CountMention definite : definites) {
      int at = definite.count().span().start();
      boolean inside = counted.stream().anyMatch(m -> m.count().span().start() <= at && at < m.count().span().end());
      if (!inside) {
        all.add(definite);
      }
    }
    all.sort(java.util.Comparator.comparingInt(m -> m.count().span().start()));
    return all;
  }

  // what may stand right before a headline's bare singular person told harmed: a verb of saying ("Woman says son
  // killed"), never a determiner, a possessive or a number, which count it themselves
  private static final WordSet HEADLINE_SPEAKING = WordSet.of("says", "said", "claims", "reports", "confirms");
  private static final WordSet WITH_KIN = WordSet.of("with", "along", "together", "alongside", "and");

  /**
   * A headline drops its articles: a bare singular person is one, as "a woman" is in prose. "Woman and her son killed
   * in shelling", "Mother and child killed": the headline's first word before "and", and a bare singular right after
   * that "and", are members of one list. "Journalist killed in Idlib", "Woman says son killed": a bare singular that
   * opens the headline, or follows a verb of saying, right before its verb of harm, is one person harmed. "Woman says
   * son killed" counts the son alone: the woman is followed by no "and" and no harm.
   */
  private List<CountMention> headlineOnes(List<Token> tokens, Heads heads) {
    List<CountMention> out = new ArrayList<>(0);
    for (int i = 0; i < tokens.size(); i++) {
      boolean first = i == 0;
      if (!first && !HEADLINE_SPEAKING.contains(tokens.get(i - 1).lower())) {
        out.addAll(objectOfHarm(tokens, heads, i));
        continue;
      }
      VictimWords.People people = bareOne(tokens, heads, i, first ? 2 : 1);
      if (people == null || people.end() >= tokens.size()) {
        continue;
      }
      int end = people.end();
      if (first && tokens.get(end).is("and") && end + 1 < tokens.size()) {
        out.add(headlineOne(tokens, i, end));
        VictimWords.People next = bareOne(tokens, heads, end + 1, 1);
        if (next != null) {
          out.add(headlineOne(tokens, end + 1, next.end()));
        }
      } else {
        // "Soldier killed with his sons": the list goes on after the verb, so the one is no claim of its own (the
        // body counts them together)
        Optional<HarmCues.Cue> harm = harms.afterAt(tokens, end).filter(c -> !c.hedged()
            && (c.to() >= tokens.size() || !WITH_KIN.contains(tokens.get(c.to()).lower())));
        if (harm.isPresent()) {
          out.add(headlineOne(tokens, i, end));
        }
      }
    }
    return out;
  }

  /**
   * "Regime shelling kills woman in Jabal al-Zawiya", "Sniper wounds child in Daraa": a bare singular person right
   * after the headline's verb of harm is its one object, as "kills a woman" is in prose.
   */
  private List<CountMention> objectOfHarm(List<Token> tokens, Heads heads, int i) {
    VictimWords.People people = bareOne(tokens, heads, i, 1);
    if (people == null || harms.before(tokens, i).filter(c -> c.to() == i && !c.hedged()).isEmpty()) {
      return List.of();
    }
    // "Sniper kills father and son": a list of bare singulars, each one, as the headline's opening list is
    int end = people.end();
    VictimWords.People next = end + 1 < tokens.size() && tokens.get(end).is("and")
        ? bareOne(tokens, heads, end + 1, 1) : null;
    return next == null ? List.of(headlineOne(tokens, i, end))
        : List.of(headlineOne(tokens, i, end), headlineOne(tokens, end + 1, next.end()));
  }

  /**
   * The singular person noun of at most {@code words} words that starts at {@code i}, with no count of its own, or
   * null.
   */
  private VictimWords.People bareOne(List<Token> tokens, Heads heads, int i, int words) {
    if (i >= tokens.size() || !tokens.get(i).isWord()) {
      return null;
    }
    // "Police officer and his son": opening the headline, a noun of two words whose second is the one person
    return heads.at(i) instanceof VictimWords.People people && people.one() && people.victims() != null
        && people.harm() == null && people.end() <= i + words
        && victims.endsOnePerson(tokens.get(people.end() - 1).lower()) ? people : null;
  }

  /** The noun from {@code from} to {@code end} as its own count of one and its own head, as a list's member is. */
  private static CountMention headlineOne(List<Token> tokens, int from, int end) {
    Count one = Count.exactly(1, false, new Span(tokens.get(from).start(), tokens.get(end - 1).end()));
    return new CountMention(one, words(tokens, from, end), CountForm.INDEFINITE, false, tokens.get(end - 1).end());
  }

  /**
   * A cheap test, before the noun at {@code i} is read: a title's noun is in lower case, ends in a word of one person,
   * and a capitalised word follows it ("leader Mawlawi", "police chief Ahmad"). Reading every token's noun would cost
   * every sentence a lookup per word.
   */
  private boolean maybeTitle(List<Token> tokens, int i) {
    if (i == 0 || i + 1 >= tokens.size() || !tokens.get(i).isWord() || tokens.get(i).isCapitalised()) {
      return false;
    }
    return tokens.get(i + 1).isCapitalised() && victims.endsOnePerson(tokens.get(i).lower())
        || i + 2 < tokens.size() && tokens.get(i + 2).isCapitalised() && victims.endsOnePerson(tokens.get(i + 1).lower());
  }

  // how many words may stand between a harm and the title of a named person: "killing senior Haqqani network leader"
  private static final int MAX_TITLE_WORDS = 3;
  // words that end a title: "wounded in Aleppo", "killed by terrorist fire"
  private static final WordSet TITLE_BREAKS = WordSet.of("in", "by", "on", "at", "for", "from", "with", "near", "and",
      "or", "as", "to", "after", "during", "while");

  /**
   * Where the words of a title before the noun at {@code noun} start, right after a verb of harm that takes people as
   * its object ("killing Haqqani network leader", "captured Taliban commander"); -1 where no such verb comes first, or
   * a determiner or a count does ("killed a Taliban commander" is counted from its "a").
   */
  private int titleAfterHarm(List<Token> tokens, int noun, List<CountMention> counted) {
    for (int start = noun; start > 0 && noun - start <= MAX_TITLE_WORDS; start--) {
      Token word = tokens.get(start);
      String lower = word.lower();
      if (!word.isWord() || DETERMINERS.contains(lower) || ARTICLES.contains(lower) || counts.isDefinite(lower)) {
        return -1;
      }
      int at = word.start();
      if (counted.stream().anyMatch(m -> m.count().span().start() <= at && at < m.count().span().end())) {
        return -1;
      }
      if (TITLE_BREAKS.contains(lower)) {
        return -1;
      }
      int from = start;
      // a verb in lower case: a headline in title case ("Dozens Wounded in Terrorist Battle") names no one
      if (harms.before(tokens, from, true)
          .filter(c -> c.to() == from && !c.hedged() && !tokens.get(c.from()).isCapitalised()).isPresent()) {
        return start;
      }
    }
    return -1;
  }

  /**
   * "a man, woman and child", "his father and younger brother": singular people nouns listed after one determiner are
   * one person each, counted from the noun (or its modifier) on. Not where a singular verb follows the list: "the
   * father and husband was killed" is one person.
   */
  private List<CountMention> listed(List<Token> tokens, List<CountMention> counted, List<CountMention> definites,
      Heads heads) {
    List<CountMention> out = new ArrayList<>();
    for (List<CountMention> mentions : List.of(counted, definites)) {
      for (CountMention mention : mentions) {
        boolean one = mention.form() == CountForm.DEFINITE || mention.form() == CountForm.INDEFINITE;
        if (!one || !Integer.valueOf(1).equals(mention.count().max())) {
          continue;
        }
        int headFrom = firstTokenFrom(tokens, mention.headStart());
        if (!(heads.at(headFrom) instanceof VictimWords.People first) || !first.one()
            || first.victims() == null) {
          continue;
        }
        List<CountMention> list = new ArrayList<>();
        int end = first.end();
        // "a man woman and child" (the commas lost): a member may follow with nothing between where the list ends in
        // "and"; "an insurgent cell leader and his deputy" lists no "cell leader" beside the insurgent
        boolean bare = false;
        boolean lastAnd = false;
        while (end < tokens.size()) {
          boolean joined = tokens.get(end).is(",") || tokens.get(end).is("and");
          int next = joined ? end + 1 : end;
          if (next < tokens.size() && tokens.get(next).is("and")) {
            next++;
          }
          if (next >= tokens.size() || !tokens.get(next).isWord() || counts.isDefinite(tokens.get(next).lower())
              || DETERMINERS.contains(tokens.get(next).lower()) || ARTICLES.contains(tokens.get(next).lower())
              || !(heads.at(next) instanceof VictimWords.People member) || !member.one()
              || member.victims() == null || member.harm() != null) {
            break;
          }
          bare |= !joined;
          lastAnd = tokens.get(next - 1).is("and");
          Token at = tokens.get(next);
          Count count = new Count(1, 1, false, new Span(at.start(), at.end()));
          list.add(new CountMention(count, at.text(), CountForm.DEFINITE, false, at.end()));
          end = member.end();
        }
        boolean singularVerb = end < tokens.size() && SINGULAR_VERBS.contains(tokens.get(end).lower());
        if (!singularVerb && (!bare || lastAnd)) {
          out.addAll(list);
        }
      }
    }
    return out;
  }

  private static final WordSet SINGULAR_VERBS = WordSet.of("was", "is", "has");

  /**
   * What the words from each token on count, read once per sentence: the definites, the lists and the counts ask for
   * the same tokens' heads.
   */
  private final class Heads {
    private final List<Token> tokens;
    private VictimWords.Head[] read;

    Heads(List<Token> tokens) {
      this.tokens = tokens;
    }

    VictimWords.Head at(int i) {
      if (read == null) {
        read = new VictimWords.Head[tokens.size() + 1];
      }
      if (read[i] == null) {
        read[i] = victims.head(tokens, i);
      }
      return read[i];
    }
  }

  /**
   * "The force detained suspected insurgents": a plural people noun with no number, right after a harm verb or right
   * before a harm cue, counted as a user's bare-plural rule says.
   */
  private static boolean countEndsAt(List<CountMention> mentions, int end) {
    for (CountMention m : mentions) {
      if (m.count().span().end() == end) {
        return true;
      }
    }
    return false;
  }

  private List<Casualty> barePlurals(List<Token> tokens, List<CountMention> mentions, List<Casualty> found,
      Set<Integer> countStarts) {
    List<Casualty> out = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      if (!tokens.get(i).isWord() || covered(tokens, i, mentions, found)) {
        continue;
      }
      if (i > 0 && (tokens.get(i - 1).isWord() && DETERMINERS.contains(tokens.get(i - 1).lower()))) {
        continue;
      }
      // "the number of people killed", "the wounded civilians": a determiner opens a phrase that points elsewhere
      String first = tokens.get(i).lower();
      if (DETERMINERS.contains(first) || ARTICLES.contains(first) || counts.isDefinite(first)) {
        continue;
      }
      if (!(victims.head(tokens, i) instanceof VictimWords.People people) || people.victims() == null || people.one()
          || people.harm() != null) {
        continue;
      }
      // "killed police chief Ahmad Zia": the plural is the first word of a title before a name, no people of its own
      int end = people.end();
      // ("insurgents killed Tuesday in Helmand" is the harm, then a day)
      // (and only a word of one person ends the title: "detained suspected insurgents in Kandahar" names a place)
      if (end + 1 < tokens.size() && tokens.get(end).isWord() && !tokens.get(end).isCapitalised()
          && victims.endsOnePerson(tokens.get(end).lower())
          && isNameNoDay(tokens.get(end + 1)) && harms.afterAt(tokens, end).isEmpty()) {
        i = end - 1;
        continue;
      }
      int start = i;
      // "the wounded civilians were taken to hospital": a determiner before the cue points back to people counted
      // "rescued 23 kidnapped civilians": a count before the cue has counted the noun already
      Optional<HarmCues.Cue> before = harms.before(tokens, i, true).filter(c -> c.to() == start)
          .filter(c -> c.from() == 0 || !DETERMINERS.contains(tokens.get(c.from() - 1).lower())
              && !countEndsAt(mentions, tokens.get(c.from() - 1).end()));
      // "gunmen killed a man", "police arrested two men": the plural did the harm, it did not suffer it
      // "Afghan police detained the suspects": a bare plural before a verb and its definite object did the harm too
      // "He was treated by coalition medics and was detained": a plural takes no singular verb; its subject is another
      Optional<HarmCues.Cue> after = harms.after(tokens, people.end())
          .filter(c -> !active(tokens, c, people.end(), countStarts) && !definiteObject(tokens, c, people.end())
              && !(c.from() > people.end() && SINGULAR_VERBS.contains(tokens.get(c.from() - 1).lower())));
      Optional<HarmCues.Cue> cue = before.isPresent() ? before : after;
      // "Civilians killed: 7": a label of a list, whose figure follows it
      boolean label = cue.isPresent() && cue.get().to() < tokens.size() && tokens.get(cue.get().to()).is(":");
      if (cue.isPresent() && !cue.get().hedged() && !label) {
        Span span = new Span(tokens.get(i).start(), tokens.get(people.end() - 1).end());
        Count count = new Count(barePlural.min(), barePlural.max(), barePlural.approx(), span);
        out.add(new Casualty(cue.get().harm(), people.victims(), count, words(tokens, i, people.end()), i,
            people.end(), people.end()));
      }
      i = people.end() - 1;
    }
    return out;
  }

  /** "police detained the suspects": the verb right after the plural, followed by "the", "these" or "those". */
  private static boolean definiteObject(List<Token> tokens, HarmCues.Cue cue, int peopleEnd) {
    return cue.from() == peopleEnd && cue.to() < tokens.size()
        && ANAPHORIC.contains(tokens.get(cue.to()).lower());
  }

  private static boolean covered(List<Token> tokens, int i, List<CountMention> mentions, List<Casualty> found) {
    int at = tokens.get(i).start();
    for (CountMention m : mentions) {
      if (at >= m.count().span().start() && at < m.headStart() + 1) {
        return true;
      }
    }
    for (Casualty c : found) {
      if (c.holds(i)) {
        return true;
      }
    }
    return false;
  }

  /**
   * "A third insurgent fled and was detained by police": where flight is followed by "and" and a passive harm, the
   * passive is what befell the person; the flight was no displacement.
   */
  private Optional<HarmCues.Cue> harmAfterFleeing(List<Token> tokens, HarmCues.Cue cue) {
    int next = cue.to() + 1;
    if (cue.harm() != Harm.DISPLACED || next + 1 >= tokens.size() || !tokens.get(cue.to()).is("and")
        || !PASSIVE_AUXILIARIES.contains(tokens.get(next).lower())) {
      return Optional.empty();
    }
    return harms.after(tokens, next).filter(c -> c.harm() != Harm.DISPLACED && c.from() - next <= 2);
  }

  /**
   * "two boys aged 11 and 14 died", "three children, aged 4, 7 and 9,": a number after "aged", or joined to one that
   * is, is an age of people counted before it, never a count of its own.
   */
  private static boolean age(List<Token> tokens, int from, CountMention mention) {
    if (mention.form() != CountForm.DIGITS || mention.text().strip().length() > 2) {
      return false;
    }
    int at = from - 1;
    while (at >= 2 && AGE_JOINERS.contains(tokens.get(at).lower())
        && tokens.get(at - 1).text().chars().allMatch(Character::isDigit)) {
      at -= 2;
    }
    return at >= 0 && tokens.get(at).is("aged");
  }

  private static final WordSet AGE_JOINERS = WordSet.of("and", ",", "or", "to");

  /**
   * "No one was injured": the word "one" after "no" counts nobody. "Not a single serviceman was hurt", "not one
   * civilian was harmed": a person after "not" counts nobody either (issue 11, count24: count-written-3 and -4).
   */
  private static boolean negated(List<Token> tokens, int from) {
    return from > 0 && (tokens.get(from - 1).is("no") && tokens.get(from).is("one")
        || tokens.get(from - 1).is("not") && (tokens.get(from).is("a") || tokens.get(from).is("one")));
  }

  /** "five of the dead were children": the group a part is taken from says the harm. */
  /**
   * "at least 10 of the dead (including children) came in strikes outside the hospital": a part of a group its link
   * names by harm ("of the dead", "of those wounded") shares that harm whatever its own verb tells (where it came from,
   * how it was found), and the kind of the people counted before it in the sentence, else people. A vague part ("many
   * of those killed were from one family") is a remark on the toll, not a figure of its own.
   */
  private Optional<Casualty> partOfHarmed(List<Token> tokens, CountMention mention, int from, int headFrom,
      Casualty previous) {
    if (!mention.partitive() || mention.form() == CountForm.VAGUE) {
      return Optional.empty();
    }
    Victims before = previous != null ? group(previous.victims()) : Victims.PEOPLE;
    int group = headFrom - 1;
    return group < 0 ? Optional.empty() : harms.afterAt(tokens, group).map(cue -> new Casualty(cue.harm(),
        PartKinds.named(tokens, cue.to(), victims).orElse(before), mention.count(), mention.text(), from, headFrom,
        headFrom));
  }

  private Optional<Harm> groupHarm(List<Token> tokens, int headFrom) {
    int group = headFrom - 1;
    return group < 0 ? Optional.empty()
        : harms.afterAt(tokens, group).map(HarmCues.Cue::harm);
  }

  // how far an apposition may run from its people noun to its closing comma: "a member of the local council of the
  // town of Jasim,"
  private static final int MAX_APPOSITION = 15;

  /**
   * One person named and described between commas: "Khaled al-Ahmad, 34, a member of the local council, was killed",
   * "Abu Omar, a commander of the group, was killed", "gunmen assassinated Ahmad al-Zoubi, a former commander of a
   * faction, in the town": the harm is the name's, told right after the closing comma or right before the name.
   */
  private Optional<HarmCues.Cue> apposition(List<Token> tokens, int from, int peopleEnd) {
    if (from < 2 || !tokens.get(from - 1).is(",")) {
      return Optional.empty();
    }
    int nameEnd = from - 1;
    // "Khaled al-Ahmad, 34, a member", "Khaled al-Ahmad, aged 34, a member": an age between name and description
    if (tokens.get(nameEnd - 1).text().chars().allMatch(Character::isDigit)) {
      int comma = commaBeforeAge(tokens, nameEnd - 1);
      nameEnd = comma >= 1 ? comma : nameEnd;
    }
    int nameStart = nameStart(tokens, nameEnd, MAX_NAME_WORDS);
    if (nameStart == nameEnd) {
      return Optional.empty();
    }
    int start = nameStart;
    Optional<HarmCues.Cue> active = start == 0 ? Optional.empty()
        : harms.before(tokens, start, true).filter(c -> c.to() == start && !c.hedged());
    if (active.isPresent()) {
      return active;
    }
    for (int j = peopleEnd; j < tokens.size() && j <= peopleEnd + MAX_APPOSITION; j++) {
      int province = provinceAfterComma(tokens, j);
      if (province > j) {
        // "a commander responsible for attacks in Andar district, Ghazni province, was killed": the district's
        // province between commas is part of the description
        j = province - 1;
        continue;
      }
      if (tokens.get(j).is(",")) {
        int next = j + 1;
        return harms.after(tokens, next).filter(c -> c.from() - next <= 2 && !c.hedged());
      }
      if (!tokens.get(j).isWord()) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  private static final WordSet REGION_NOUNS = WordSet.of("province", "district", "governorate", "region");

  /**
   * Where ", Ghazni province" ends (the token after "province"), when a comma at {@code comma} opens a capitalised name
   * and its region noun; {@code comma} itself where it does not.
   */
  private static int provinceAfterComma(List<Token> tokens, int comma) {
    if (!tokens.get(comma).is(",")) {
      return comma;
    }
    int k = comma + 1;
    while (k < tokens.size() && k <= comma + 3 && tokens.get(k).isWord() && tokens.get(k).isCapitalised()) {
      k++;
    }
    return k > comma + 1 && k < tokens.size() && REGION_NOUNS.contains(tokens.get(k).lower()) ? k + 1 : comma;
  }

  /** A word of a name after a title ("leader Mawlawi"), not a month's or a weekday's ("killed Tuesday"). */
  private boolean isNameNoDay(Token token) {
    return isNameWord(token) && !calendar.contains(token.lower()) && !WEEKDAYS.contains(token.lower());
  }

  /**
   * "Eleven civilians including four children were killed in one district and seven others in another": others than the
   * breakdown ("including four children") are others than the group it breaks down, and of that group's kind.
   */
  private static Casualty wholeBefore(List<Token> tokens, Casualty previous, Casualty whole) {
    return whole != null && whole != previous && nested(tokens, previous) ? whole : previous;
  }

  /** The sentence's last count that is no breakdown of the one before it; null if none. */
  private static Casualty wholeOf(List<Token> tokens, List<Casualty> out) {
    for (int i = out.size() - 1; i >= 0; i--) {
      if (!nested(tokens, out.get(i))) {
        return out.get(i);
      }
    }
    return null;
  }

  /** A breakdown of the count before it: "including four children", "among them two women". */
  private static boolean nested(List<Token> tokens, Casualty c) {
    int before = c.from() - 1;
    if (before > 0 && tokens.get(before).is("them") && tokens.get(before - 1).is("among")) {
      return true;
    }
    return before >= 0 && (tokens.get(before).is("including") || tokens.get(before).is("includes"));
  }

  /** "killing two women and wounding several others": the others are people, not more women. */
  private static Victims group(Victims before) {
    return before == Victims.CHILDREN || before == Victims.WOMEN ? Victims.PEOPLE : before;
  }

  // how far back "among" may stand from the verb before the count: "Among the civilians killed in the northeastern town
  // of Hasakeh was a child"
  private static final int MAX_AMONG = 12;
  private static final WordSet AMONG_VERBS = WordSet.of("was", "were", "is", "are");

  /**
   * "Among the civilians killed in Hasakeh was a child", "among the 23 killed was a family of ten": the harm inside an
   * "among" phrase that opens the clause is the harm of the count after its verb. The harm word must lie between
   * "among" and the verb; a full stop or semicolon ends the search.
   */
  private Optional<HarmCues.Cue> amongTheHarmed(List<Token> tokens, int from) {
    int verb = from - 1;
    if (verb < 2 || !AMONG_VERBS.contains(tokens.get(verb).lower())) {
      return Optional.empty();
    }
    for (int j = verb - 1; j >= 0 && j >= verb - MAX_AMONG; j--) {
      Token token = tokens.get(j);
      if (token.is(".") || token.is(";")) {
        return Optional.empty();
      }
      if (token.is("among")) {
        // "among the dead were", "among those killed was" are phrases of harm-cues.tsv; this reads the longer ones
        if (verb - j <= 3) {
          return Optional.empty();
        }
        for (int k = j + 1; k < verb; k++) {
          Optional<HarmCues.Cue> cue = harms.afterAt(tokens, k).filter(c -> c.to() <= verb && !c.hedged());
          if (cue.isPresent()) {
            return cue;
          }
        }
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  // how long an aside between dashes may run: "- including nine children -"
  private static final int MAX_DASH_ASIDE = 10;
  private static final WordSet DASHES = WordSet.of("-", "\u2013", "\u2014", "--");

  /** The token after an aside between dashes that opens at {@code at}; {@code at} itself where none does. */
  private static int pastDashAside(List<Token> tokens, int at) {
    if (at >= tokens.size() || !DASHES.contains(tokens.get(at).text())) {
      return at;
    }
    for (int i = at + 1; i < tokens.size() && i <= at + MAX_DASH_ASIDE; i++) {
      if (DASHES.contains(tokens.get(i).text())) {
        return i + 1;
      }
    }
    return at;
  }

  private static boolean joinsNext(List<Token> tokens, int headEnd) {
    return headEnd < tokens.size() && (tokens.get(headEnd).is("and") || tokens.get(headEnd).is(","));
  }

  private Optional<Casualty> withPeople(List<Token> tokens, CountMention mention, int from, int to,
      VictimWords.People people, Casualty previous, Casualty whole, int headFrom, Set<Integer> countStarts) {
    boolean article = mention.form() == CountForm.INDEFINITE || mention.form() == CountForm.DEFINITE;
    if (article && people.victims() == null || mention.form() == CountForm.DEFINITE && !people.one()) {
      return Optional.empty();
    }
    // "dozens injured", "some 100 others": the bare word takes the victims named before it
    boolean bare = people.victims() == null || people.victims() == Victims.PEOPLE && people.harm() != null;
    Victims who = !bare ? people.victims() : previous != null ? group(wholeBefore(tokens, previous, whole).victims())
        : people.victims() != null ? people.victims()
        : mention.partitive() ? antecedent(tokens, from, -1).orElse(Victims.PEOPLE) : Victims.PEOPLE;
    Harm harm = people.harm();
    if (harm == Harm.DISPLACED && !stateAdjective(tokens, from, people.end()) && householdsOfOtherHarm(tokens, from)) {
      return Optional.empty();
    }
    if (harm != null) {
      // "60 dead and wounded": the noun begins a longer cue
      int noun = people.end() - 1;
      harm = harms.afterAt(tokens, noun).filter(c -> c.to() > people.end()).map(HarmCues.Cue::harm)
          .orElse(harm);
      // "six injured civilians in the attacks on Friday died on Saturday": the wounded who die are dead; but "8
      // injured in rocket attacks. Two people were killed" counts the injured by the harm word itself
      boolean modifier = !harms.isAfterWord(tokens.get(noun).lower());
      if (modifier && stateBeforeDeath(harm) && killedByClause(tokens, from, people.end(), countStarts)) {
        harm = Harm.KILLED;
      }
      // "Forty displaced people died", "two missing children were found dead": an adjective of state (displaced,
      // missing) gives the harm only where the clause tells none of its own ("a missing child", "dozens of displaced
      // people left the camp") (issue 11, count26)
      if (modifier && stateOnly(harm)) {
        harm = clauseHarm(tokens, from, people.end()).orElse(harm);
      }
    } else {
      // "took many US officials by surprise", "took 12 people to hospital": the verb harms no one (count22: 20i)
      Optional<HarmCues.Cue> before = harms.before(tokens, from, true).filter(c -> !bySurprise(tokens, people.end())
          && !HarmCues.speakerAfter(tokens, people.end(), mention.count()));
      // "detained an insurgent who was wounded": the verb before the people is theirs; the relative clause describes
      boolean describedAfter = people.end() < tokens.size() && tokens.get(people.end()).is("who")
          && before.isPresent() && before.get().to() == from && !before.get().hedged();
      Optional<HarmCues.Cue> after = describedAfter ? Optional.empty() : harms.after(tokens, people.end())
          .filter(c -> !active(tokens, c, people.end(), countStarts))
          .map(c -> harmAfterFleeing(tokens, c).orElse(c));
      Optional<HarmCues.Cue> cue = amongTheHarmed(tokens, from)
          .or(() -> nearer(tokens, after, people.end(), before, from))
          .or(() -> numberOfClause(tokens, headFrom, people.end()))
          .or(() -> apposition(tokens, from, people.end()))
          .or(() -> coordinatedPassive(tokens, from, people.end()));
      if (cue.isPresent() && cue.get().hedged()) {
        return Optional.empty();
      }
      harm = cue.map(HarmCues.Cue::harm).orElse(null);
    }
    // the list after "as follows:" is looked for only where no harm was found (a scan of the sentence so far)
    boolean part = partOf(tokens, from) || harm == null && (listedAsFollows(tokens, previous, from)
        || ListRows.breakdownAfterColon(tokens, previous, from));
    if (harm == null && mention.partitive()) {
      harm = groupHarm(tokens, headFrom).orElse(null);
    }
    // "detained one suspect and released two others": the count is the object of a verb of no harm, not the harm before
    boolean otherVerbsObject = from > 0 && tokens.get(from - 1).lower().endsWith("ed")
        && harms.before(tokens, from, true).filter(c -> c.to() == from).isEmpty();
    if (harm == null && (mention.partitive() || people.victims() == null || part) && previous != null
        && !otherVerbsObject) {
      harm = previous.harm();
    }
    if (harm == null && part && previous == null) {
      // "The leaders were detained on Tuesday, together with three of their bodyguards": the people before were not
      // counted, but the verb told of them is the harm of those who went with them
      harm = passiveBefore(tokens, from).orElse(null);
    }
    if (harm == null) {
      return Optional.empty();
    }
    return Optional.of(new Casualty(harm, who, mention.count(), mention.text(), from, to, people.end()));
  }

  /**
   * "Regime forces executed six families", "all the dead were from six families": a noun that says displacement by
   * itself (families) counts households, not displaced people, where a cue of another harm governs it or the dead came
   * from it.
   */
  private boolean householdsOfOtherHarm(List<Token> tokens, int from) {
    int before = from > 1 && tokens.get(from - 1).is("the") ? from - 2 : from - 1;
    Optional<HarmCues.Cue> cue = harms.before(tokens, from, true).filter(c -> c.to() == from);
    // "the rockets hit the houses of three families": households that own a thing, with no cue of displacement
    // ("the displacement of 300 families" has one) (issue 11, count26)
    boolean owners = before > 0 && tokens.get(before).is("of") && tokens.get(before - 1).isWord() && cue.isEmpty();
    return before >= 0 && tokens.get(before).is("from") || owners
        || cue.filter(c -> c.harm() != Harm.DISPLACED).isPresent();
  }

  // how far a subject's own verb phrase may run before its coordinated passive: "an insurgent armed with a rifle
  // threatened the force and was killed"
  private static final int MAX_COORDINATED = 14;
  private static final WordSet SUBJECT_DETERMINERS = WordSet.of("the", "these", "those", "all");
  private static final WordSet CLAUSE_ENDS = WordSet.of(".", ";", ":", "who", "which", "that", "when", "while",
      "after", "before", "but");

  /**
   * "An insurgent armed with a rifle threatened the force and was killed": the subject of a clause is the subject of
   * the passive harm its verb phrase ends with ("and was killed"). The people must open the sentence or a clause after
   * a comma; the passive may not lie past a relative pronoun, a conjunction of time or the clause's end.
   */
  private Optional<HarmCues.Cue> coordinatedPassive(List<Token> tokens, int from, int peopleEnd) {
    // (the people known to the reader: "The five men came out peacefully and were detained", wars25)
    int start = from > 0 && SUBJECT_DETERMINERS.contains(tokens.get(from - 1).lower()) ? from - 1 : from;
    if (start > 0 && !tokens.get(start - 1).is(",")) {
      return Optional.empty();
    }
    for (int i = peopleEnd; i + 2 < tokens.size() && i < peopleEnd + MAX_COORDINATED; i++) {
      Token token = tokens.get(i);
      if (CLAUSE_ENDS.contains(token.lower())) {
        return Optional.empty();
      }
      if (token.is("and") && PASSIVE_AUXILIARIES.contains(tokens.get(i + 1).lower())) {
        int verb = i + 1;
        return harms.after(tokens, verb).filter(c -> c.from() <= verb + 1 && !c.hedged());
      }
    }
    return Optional.empty();
  }

  /**
   * Whether the count at {@code from} adds to or is part of the people counted before it: "including four children",
   * "among them four children", "and her three children", "as well as two women".
   */
  private static boolean partOf(List<Token> tokens, int from) {
    int before = from - 1;
    // "among them", "of whom"; "and her", "and their": the pronoun stands for the group before
    if (before > 0 && (tokens.get(before).is("them") || tokens.get(before).is("whom")
        || POSSESSIVES.contains(tokens.get(before).lower()))) {
      before--;
    }
    // "was detained along with two of his associates", "together with his wife"
    boolean alongWith = before > 0 && tokens.get(before).is("with")
        && (tokens.get(before - 1).is("along") || tokens.get(before - 1).is("together")
        // "A woman was also detained with her son": a bare "with" before one's own kin (issue 11, count24)
        || tokens.get(before + 1).is("his") || tokens.get(before + 1).is("her"));
    // "three of the prisoners' visitors in addition to a member of the security forces": one more of the same harm
    boolean inAddition = before > 1 && tokens.get(before).is("to") && tokens.get(before - 1).is("addition")
        && tokens.get(before - 2).is("in");
    // "two civilians one of them a child": the one singled out of the group before
    boolean oneOf = before > 0 && tokens.get(before).is("of") && tokens.get(before - 1).is("one")
        && tokens.get(from - 1).is("them");
    return alongWith || oneOf || inAddition || before >= 0 && PART_OF.contains(tokens.get(before).lower())
        || before > 1 && tokens.get(before).is("as") && tokens.get(before - 1).is("well") && tokens.get(before - 2).is("as");
  }

  private static final WordSet POSSESSIVE_ENDINGS = WordSet.of("'s", "\u2019s");

  /**
   * "the number of victims has reached 236 individuals as follows: 82 armed opposition gunmen 154 civilians": the
   * members of a list that "as follows:" opens after a toll are its parts, of its harm.
   */
  private static boolean listedAsFollows(List<Token> tokens, Casualty previous, int from) {
    if (previous == null) {
      return false;
    }
    // every member after the colon, not only the first: "82 armed opposition gunmen 154 civilians"
    for (int i = 1; i + 1 < from; i++) {
      if (tokens.get(i).is("follows") && tokens.get(i + 1).is(":") && i > 0 && tokens.get(i - 1).is("as")) {
        return true;
      }
    }
    return false;
  }

  /** The harm of the last passive ("were detained", "was killed") before token {@code from} in its sentence. */
  private Optional<Harm> passiveBefore(List<Token> tokens, int from) {
    Optional<Harm> found = Optional.empty();
    for (int j = 0; j < from; j++) {
      // "he died in the strike along with two other insurgents": a pronoun's own verb of harm, with no auxiliary
      boolean pronounsVerb = j > 0 && SUBJECT_PRONOUNS.contains(tokens.get(j - 1).lower());
      if (tokens.get(j).is("was") || tokens.get(j).is("were") || pronounsVerb) {
        Optional<HarmCues.Cue> cue = harms.after(tokens, j).filter(c -> c.to() <= from && !c.hedged());
        if (cue.isPresent()) {
          found = Optional.of(cue.get().harm());
        }
      }
    }
    return found;
  }

  /**
   * "A gunman killed two soldiers": a verb right after the noun, with no auxiliary, followed by its object, is what the
   * people did, not what was done to them.
   */
  private static final WordSet PERFECT = WordSet.of("have", "has", "had");
  private static final WordSet SUBJECT_PRONOUNS = WordSet.of("he", "she");
  private static final int MAX_PERFECT_GAP = 12;
  private static final WordSet WEEKDAYS = WordSet.of("monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday");

  /**
   * A harm an adjective gives people before they die: "six injured civilians", "two abducted brothers", "hundreds of
   * captured soldiers". Only a state the victims can be in when killed; "dead" or "killed" is the death itself.
   */
  /** "18 displaced civilians": an adjective of state before the noun gives the harm, not a household noun. */
  private boolean stateAdjective(List<Token> tokens, int from, int peopleEnd) {
    for (int i = from; i < peopleEnd - 1; i++) {
      if (harms.afterAt(tokens, i).filter(c -> stateOnly(c.harm())).isPresent()) {
        return true;
      }
    }
    return false;
  }

  private static boolean stateOnly(Harm harm) {
    return harm == Harm.DISPLACED || harm == Harm.MISSING;
  }

  /** The harm a verb of the clause gives the people at {@code [from, peopleEnd)}: after them, or right before them. */
  private Optional<Harm> clauseHarm(List<Token> tokens, int from, int peopleEnd) {
    return harms.after(tokens, peopleEnd).filter(c -> !c.hedged())
        .or(() -> harms.before(tokens, from, true).filter(c -> c.to() == from && !c.hedged()))
        .map(HarmCues.Cue::harm);
  }

  private static boolean stateBeforeDeath(Harm harm) {
    return harm == Harm.INJURED || harm == Harm.DETAINED;
  }

  /**
   * Whether the clause kills the people whose adjective says another harm: a death verb after them ("two abducted
   * brothers were found dead") or right before the count ("executed hundreds of captured soldiers"); the verb tells
   * the event, the adjective only their state before it. Not a verb the people themselves do ("two captured soldiers
   * killed a guard"), nor a hedged one.
   */
  private boolean killedByClause(List<Token> tokens, int from, int peopleEnd, Set<Integer> countStarts) {
    boolean after = harms.after(tokens, peopleEnd)
        .filter(c -> c.harm() == Harm.KILLED && !c.hedged() && !active(tokens, c, peopleEnd, countStarts))
        .isPresent();
    return after || harms.before(tokens, from, true)
        .filter(c -> c.harm() == Harm.KILLED && !c.hedged() && c.to() == from).isPresent();
  }

  private boolean active(List<Token> tokens, HarmCues.Cue cue, int peopleEnd, Set<Integer> countStarts) {
    // "Troops of Operation Hadin Kai have neutralised six terrorists": a perfect's "have" right before the verb may
    // follow a longer post-modifier of the people and is active too
    boolean perfect = cue.from() > peopleEnd && PERFECT.contains(tokens.get(cue.from() - 1).lower());
    if (cue.from() < peopleEnd || cue.from() - peopleEnd > (perfect ? MAX_PERFECT_GAP : 2)
        || cue.to() >= tokens.size()) {
      return false;
    }
    // "officers also detained two collaborators", "police have arrested two men": words between that make no passive
    // ("forces, with support from the Air Force, have killed four": a perfect's subject may hold an aside)
    for (int i = peopleEnd; i < cue.from(); i++) {
      if (!tokens.get(i).isWord() && !(perfect && tokens.get(i).is(","))
          || PASSIVE_AUXILIARIES.contains(tokens.get(i).lower()) || tokens.get(i).is("be")) {
        return false;
      }
    }
    Token next = tokens.get(cue.to());
    // "gunmen assassinated Ahmad al-Hariri", "police arrested a driver": a name or an indefinite person is the object
    // too; "insurgents killed Tuesday" is no name, nor is a word of a headline in title case ("25 Terrorists Killed
    // Injured")
    boolean titleCase = tokens.get(cue.from()).isCapitalised() || tokens.get(peopleEnd - 1).isCapitalised();
    boolean named = next.isWord() && next.isCapitalised() && !titleCase && !calendar.contains(next.lower())
        && !WEEKDAYS.contains(next.lower());
    // "Three Civilians Killed 12 Injured" (a headline that lost its comma): a count with its own harm after it is the
    // next claim, not the verb's object
    boolean countOfItsOwn = cue.to() + 1 < tokens.size()
        && harms.afterAt(tokens, cue.to() + 1).isPresent();
    boolean object = countStarts.contains(cue.to()) && !countOfItsOwn || OBJECT_STARTS.contains(next.lower()) || named
        || next.is("a") || next.is("an") || titledObject(tokens, cue);
    // only a verb that can take an object ("killed", not "succumbed to his wounds")
    return object && harms.before(tokens, cue.to(), true).filter(c -> c.from() == cue.from()).isPresent();
  }

  /** "insurgents killed police chief Ahmad Zia": a title and a name after the verb are its object too. */
  private boolean titledObject(List<Token> tokens, HarmCues.Cue cue) {
    return maybeTitle(tokens, cue.to()) && !tokens.get(cue.from()).isCapitalised()
        && victims.head(tokens, cue.to()) instanceof VictimWords.People title && title.end() < tokens.size()
        && isNameWord(tokens.get(title.end()));
  }

  /**
   * "Militants stormed the post and troops killed nine of them": the people noun the pronoun points back to, passing
   * over the agent, the noun that ends at {@code agentEnd} (-1: none known).
   */
  // adverbs that may stand between an agent and its verb: "Syrian soldiers also killed a number of them"
  private static final WordSet AGENT_ADVERBS = WordSet.of("also", "then", "later", "reportedly");

  /**
   * Where the people noun that did the harm of {@code cue} would end: right before a finite verb ("troops killed nine
   * of them", "soldiers also killed"), none before a participle, whose agent is its clause's subject ("the unit
   * clashed with the terrorists, killing and injuring a number of them": the terrorists are harmed).
   */
  private static int agentEnd(List<Token> tokens, HarmCues.Cue cue) {
    if (tokens.get(cue.from()).lower().endsWith("ing")) {
      return -1;
    }
    int end = cue.from();
    while (end > 0 && AGENT_ADVERBS.contains(tokens.get(end - 1).lower())) {
      end--;
    }
    return end;
  }

  private Optional<Victims> antecedent(List<Token> tokens, int before, int agentEnd) {
    for (int j = before - 1; j >= 0; j--) {
      // "troops killed nine of them": the noun right before the verb did the killing
      if (victims.head(tokens, j) instanceof VictimWords.People people && people.victims() != null
          && people.harm() == null && people.end() <= before && people.end() != agentEnd) {
        return Optional.of(people.victims());
      }
      // "the terrorists positions ... killing scores of them": the owners of the thing, written without apostrophe
      Optional<Victims> owners = victims.ownerOfThing(tokens, j);
      if (owners.isPresent()) {
        return owners;
      }
    }
    return Optional.empty();
  }

  /**
   * The after-cue ("12 people were killed"), unless the verb right before the count says it and the after-cue stands
   * further off: "killed more than 100 people including 25 children and injured 400 others" killed the 100.
   */
  private static Optional<HarmCues.Cue> nearer(List<Token> tokens, Optional<HarmCues.Cue> after, int peopleEnd,
      Optional<HarmCues.Cue> before, int countFrom) {
    boolean beforeAdjacent = before.isPresent() && before.get().to() == countFrom;
    boolean afterAdjacent = after.isPresent() && after.get().from() - peopleEnd <= ADJACENT_GAP;
    // "the fate of thousands of people detained by the group": the noun whose "of" governs the people is their harm;
    // the participle after them only tells who they are (issue 11, count26)
    boolean nounFrame = beforeAdjacent && tokens.get(countFrom - 1).is("of");
    if (beforeAdjacent && (!afterAdjacent || nounFrame)) {
      return before;
    }
    return after.or(() -> before);
  }

  private Optional<Casualty> withoutNoun(List<Token> tokens, CountMention mention, int from, int to, Casualty previous,
      Casualty whole, Set<Integer> countStarts) {
    // "captured one of the principals": a link ("of the", "of his") after "one" leads to no people noun here, so the
    // word stands alone for one of them
    int countEnd = tokenEndingAt(tokens, mention.count().span().end());
    int next = countEnd >= 0 && countEnd < to && tokens.get(countEnd).is("of") ? countEnd : to;
    boolean alone = next >= tokens.size() || !tokens.get(next).isWord() || AFTER_ONE_ALONE.contains(tokens.get(next).lower());
    // "one died and the other was wounded": the word's own verb of harm right after it, with no auxiliary
    // (and the verb ends its clause: "one wounded horse" is a thing)
    boolean ownVerb = !alone && next == to && harms.afterAt(tokens, next)
        .filter(c -> c.to() >= tokens.size() || !tokens.get(c.to()).isWord()
            || AFTER_ONE_ALONE.contains(tokens.get(c.to()).lower())).isPresent();
    // "killing four of its members and capturing a fifth alive": an ordinal after "a" stands for one more person, as
    // "another" does; never "a fifth of the population", a share
    boolean ordinalAlone = mention.form() == CountForm.INDEFINITE && mention.text().equalsIgnoreCase("a")
        && countEnd >= 0 && countEnd + 1 < tokens.size() && ORDINALS.contains(tokens.get(countEnd).lower())
        && !tokens.get(countEnd + 1).is("of") && (!tokens.get(countEnd + 1).isWord()
        || AFTER_ONE_ALONE.contains(tokens.get(countEnd + 1).lower()) || tokens.get(countEnd + 1).is("alive"));
    // "Four of the workers die at the scene and a fifth dies on the way": the ordinal's own verb of harm right after it
    boolean ordinalVerb = !ordinalAlone && mention.form() == CountForm.INDEFINITE && mention.text().equalsIgnoreCase("a")
        && countEnd >= 0 && countEnd + 1 < tokens.size() && ORDINALS.contains(tokens.get(countEnd).lower())
        && harms.afterAt(tokens, countEnd + 1).filter(c -> !c.hedged()).isPresent();
    boolean ordinal = ordinalAlone || ordinalVerb;
    int end = ordinal ? countEnd + 1 : to;
    if (mention.form() == CountForm.INDEFINITE && (ONE_ALONE.contains(mention.text().toLowerCase(Locale.ROOT))
        && (alone || ownVerb) || ordinal)) {
      // "killed one insurgent and detained another": the word stands for one person where a verb takes it
      // "another was killed and one was wounded" too
      Optional<HarmCues.Cue> verb = harms.before(tokens, from, true).filter(c -> c.to() == from && !c.hedged())
          .or(() -> harms.after(tokens, end).filter(c -> !c.hedged() && (c.from() > end || ownVerb || ordinalVerb)));
      Victims who = previous != null ? previous.victims() : Victims.PEOPLE;
      return verb.map(c -> new Casualty(c.harm(), who, mention.count(), mention.text(), from, end, end));
    }
    if (mention.form() == CountForm.INDEFINITE || mention.form() == CountForm.DEFINITE || isYear(mention)) {
      return Optional.empty();
    }
    Optional<Casualty> tabled = tableLine(tokens, mention, from, to);
    if (tabled.isPresent()) {
      return tabled;
    }
    // "brought to 49 the number killed": the toll the count is of stands after it
    int past = to + 1 < tokens.size() && tokens.get(to).is("the") && tokens.get(to + 1).is("number")
        && (to + 2 >= tokens.size() || !tokens.get(to + 2).is("of")) ? to + 2 : to;
    Optional<HarmCues.Cue> cue = harms.after(tokens, past).or(() -> harms.before(tokens, from))
        .or(() -> ElidedObjects.cue(harms, tokens, from, to, previous));
    if (cue.isEmpty()) {
      return partOfHarmed(tokens, mention, from, to, previous)
          .or(() -> placeShare(tokens, mention, from, to, previous));
    }
    if (cue.get().hedged()) {
      return Optional.empty();
    }
    // "the toll for Russian soldiers killed in the conflict rose to 18": the people the toll counts
    Optional<Victims> inToll = cue.get().to() < from ? peopleBetween(tokens, cue.get().from(), from)
        : participleOf(tokens, cue.get(), past);
    // "killed 38 civilians including 14 children and wounded another 250": the figure takes the whole group, not the
    // breakdown told last; and a group of women or children lends no kind ("killing a woman and injuring 19" gives 19
    // people, as "killing two women and wounding several others" does)
    Victims who = inToll.isPresent() ? inToll.get()
        : previous != null ? group(wholeBefore(tokens, previous, whole).victims())
        : mention.partitive() ? PartKinds.named(tokens, cue.get().to(), victims)
            .or(() -> antecedent(tokens, from, agentEnd(tokens, cue.get()))).orElse(Victims.PEOPLE)
        : Victims.PEOPLE;
    return Optional.of(new Casualty(killedInState(tokens, cue.get(), from, past, countStarts), who, mention.count(),
        mention.text(), from, to, to));
  }

  /**
   * The cue's harm, unless it is a participle of state before the people ("12 captured soldiers", "two abducted
   * brothers") in a clause that kills them ("executed 12 captured soldiers", "two abducted brothers were found dead"):
   * then they are dead.
   */
  private Harm killedInState(List<Token> tokens, HarmCues.Cue cue, int from, int countEnd, Set<Integer> countStarts) {
    if (!stateBeforeDeath(cue.harm()) || cue.from() != countEnd || cue.to() >= tokens.size()
        || !(victims.head(tokens, cue.to()) instanceof VictimWords.People people) || people.victims() == null) {
      return cue.harm();
    }
    return killedByClause(tokens, from, people.end(), countStarts) ? Harm.KILLED : cue.harm();
  }

  /**
   * "took many US officials by surprise", "took 12 people to hospital": after a verb's people, an idiom's complement or
   * a trip to hospital says the verb ("took") harmed no one itself.
   */
  private static boolean bySurprise(List<Token> tokens, int end) {
    if (end + 1 >= tokens.size()) {
      return false;
    }
    int at = tokens.get(end + 1).is("the") && end + 2 < tokens.size() ? end + 2 : end + 1;
    return tokens.get(end).is("by") && tokens.get(end + 1).is("surprise")
        || tokens.get(end).is("to") && (tokens.get(at).is("hospital") || tokens.get(at).is("hospitals"));
  }

  /**
   * A summary table's line, "Insurgents killed: 6", "Detained: 3": a label that is the harm's participle, after the
   * people it counts or alone, then a colon and the figure, which ends the line. "Caches found: 3" and "Weapons
   * captured: 4" count no one: a label with words before its participle needs them to be a people noun.
   */
  private Optional<Casualty> tableLine(List<Token> tokens, CountMention mention, int from, int to) {
    if (from < 2 || !tokens.get(from - 1).is(":") || to < tokens.size() && tokens.get(to).isWord()
        || mention.count().min() == null) {
      return Optional.empty();
    }
    int colon = from - 1;
    for (int k = 0; k < colon; k++) {
      Optional<HarmCues.Cue> cue = harms.afterAt(tokens, k).filter(c -> c.to() == colon);
      if (cue.isEmpty()) {
        continue;
      }
      // "Afghan civilians wounded": the people noun may follow a modifier of its own
      Victims who = k == 0 ? Victims.PEOPLE : null;
      for (int j = 0; j < k && who == null; j++) {
        if (victims.head(tokens, j) instanceof VictimWords.People people && people.victims() != null
            && people.harm() == null && people.end() == k) {
          who = people.victims();
        }
      }
      return who == null ? Optional.empty()
          : Optional.of(new Casualty(cue.get().harm(), who, mention.count(), mention.text(), from, to, to));
    }
    return Optional.empty();
  }

  /**
   * "rescued 23 kidnapped civilians", "freed 12 abducted schoolgirls": a harm word right after the count and right
   * before a people noun is the noun's participle, so the noun names the people counted.
   */
  private Optional<Victims> participleOf(List<Token> tokens, HarmCues.Cue cue, int countEnd) {
    if (cue.from() != countEnd || cue.to() >= tokens.size()
        || !(victims.head(tokens, cue.to()) instanceof VictimWords.People people) || people.victims() == null) {
      return Optional.empty();
    }
    return Optional.of(people.victims());
  }

  // how far after the toll its share by place may stand: "21 civilians had been killed in coalition raids in the area,
  // 15 in a northern district of Manbij"
  private static final int MAX_SHARE_GAP = 12;
  // "30 were killed around Shadadi and another five outside Kobane" (issue 11, count14: one AFP report, twice in dev)
  private static final WordSet SHARE_PLACE_WORDS = WordSet.of("in", "at", "near", "outside", "around", "inside");
  private static final WordSet NO_SHARE_BEFORE = WordSet.of("of", "aged", "age", "than", "under", "over", "to", "from");
  // what "in" may lead to that is no place: "40 killed in the city, 3 in the morning", "12 in total"
  private static final WordSet NO_PLACE = WordSet.of("morning", "afternoon", "evening", "night", "dawn", "hours",
      "days", "weeks", "months", "years", "total", "all", "addition", "noon", "midnight", "midday", "sunset", "sunrise");

  /**
   * "21 civilians had been killed in raids in the area, 15 in a northern district and another six in the village": a
   * bare figure right before "in", "at" or "near" shortly after a toll in its sentence, and smaller than it, is the
   * toll's share in that place, of its harm and victims.
   */
  private Optional<Casualty> placeShare(List<Token> tokens, CountMention mention, int from, int to, Casualty previous) {
    Integer share = mention.count().min();
    if (previous == null || previous.harm() == null || share == null || !share.equals(mention.count().max())
        || mention.form() != CountForm.DIGITS && mention.form() != CountForm.WORDS || mention.partitive()) {
      return Optional.empty();
    }
    // "children under the age of eight in the province", "aged 12 in the camp": an age, not a share
    if (from > 0 && NO_SHARE_BEFORE.contains(tokens.get(from - 1).lower())) {
      return Optional.empty();
    }
    Integer whole = previous.count().min();
    int placeWord = to + 1 < tokens.size() && (tokens.get(to + 1).is("the") || tokens.get(to + 1).is("a")) ? to + 2 : to + 1;
    boolean placeAfter = to < tokens.size() && SHARE_PLACE_WORDS.contains(tokens.get(to).lower())
        && placeWord < tokens.size() && !NO_PLACE.contains(tokens.get(placeWord).lower())
        && !Character.isDigit(tokens.get(placeWord).text().charAt(0));
    boolean near = previous.headEnd() <= from && from - previous.headEnd() <= MAX_SHARE_GAP;
    // a share after a share ("15 in the north and another six in the village") is measured against no figure
    boolean afterShare = previous.headEnd() == previous.to();
    if (!placeAfter || !near || whole == null || share >= whole && !afterShare) {
      return Optional.empty();
    }
    for (int i = previous.headEnd(); i < from; i++) {
      if (tokens.get(i).is(".") || tokens.get(i).is(";")) {
        return Optional.empty();
      }
    }
    return Optional.of(new Casualty(previous.harm(), previous.victims(), mention.count(), mention.text(), from, to, to));
  }

  /**
   * The first plural people noun of no implied harm in tokens {@code [from, to)}; a singular one is a modifier there
   * ("the toll from terrorist attacks").
   */
  private Optional<Victims> peopleBetween(List<Token> tokens, int from, int to) {
    for (int i = from; i < to; i++) {
      if (victims.head(tokens, i) instanceof VictimWords.People people && people.victims() != null
          && people.harm() == null && !people.one() && people.end() <= to) {
        return Optional.of(people.victims());
      }
    }
    return Optional.empty();
  }

  /** "the number of civilians that the alliance has admitted to have killed": the cue ends the clause. */
  private Optional<HarmCues.Cue> numberOfClause(List<Token> tokens, int headFrom, int headEnd) {
    boolean numberOf = headFrom + 2 < tokens.size() && tokens.get(headFrom).is("the")
        && tokens.get(headFrom + 1).is("number") && tokens.get(headFrom + 2).is("of");
    if (!numberOf) {
      return Optional.empty();
    }
    for (int i = headEnd; i < Math.min(tokens.size(), headEnd + 12); i++) {
      int at = i;
      Optional<HarmCues.Cue> cue = harms.afterAt(tokens, at);
      if (cue.isPresent()) {
        return cue;
      }
      if (!tokens.get(i).isWord()) {
        break;
      }
    }
    return Optional.empty();
  }

  /**
   * "Dozens of people were wounded many of them critically": a vague quantity with "of them" right after the harm of
   * a count already read is a share of those people (how many were hurt how badly), not a count of its own. Commas
   * set it apart where the text has them ("wounded, many of them critically"); FA-KES's text has none.
   */
  private boolean shareAfterHarm(List<Token> tokens, int from, CountMention mention, List<Casualty> before) {
    return mention.form() == CountForm.VAGUE && mention.partitive() && !before.isEmpty() && from > 0
        && harms.isAfterWord(tokens.get(from - 1).lower());
  }

  private boolean isDate(List<Token> tokens, int from, int to, CountMention mention) {
    if (mention.form() != CountForm.DIGITS) {
      return false;
    }
    // "November more than 130,000 Syrians": a qualifier between month and number makes it a count
    boolean bare = Character.isDigit(mention.text().charAt(0));
    boolean monthBefore = bare && from > 0 && calendar.contains(tokens.get(from - 1).lower())
        && dayOrYearAfterMonth(tokens, to, mention);
    boolean monthAfter = to < tokens.size() && calendar.contains(tokens.get(to).lower());
    boolean timeOrFraction = clock(tokens, to) || to < tokens.size() && tokens.get(to).is("/")
        || from > 0 && (tokens.get(from - 1).is("/") || tokens.get(from - 1).is("$") || tokens.get(from - 1).is("#"));
    boolean share = to < tokens.size() && tokens.get(to).is("%");
    return monthBefore || monthAfter || timeOrFraction || share;
  }

  /**
   * "at 10:30", "10.30": a colon glued to the figure and to the digits after it makes a clock time; "the toll rose to
   * 53: 21 civilians and 32 fighters" opens a breakdown of the 53 (count31's count-written-10).
   */
  private static boolean clock(List<Token> tokens, int to) {
    if (to + 1 >= tokens.size() || !tokens.get(to).is(":")) {
      return false;
    }
    Token colon = tokens.get(to);
    Token next = tokens.get(to + 1);
    return tokens.get(to - 1).end() == colon.start() && next.start() == colon.end()
        && Character.isDigit(next.text().charAt(0));
  }

  /**
   * Whether a bare figure right after a month's name is its day or year, not a count. Text without commas (FA-KES
   * prints none) puts counts there: "across Syria in April 93 of them children" (no day is above 31) and "in May 12 of
   * them were women" (a share of people named before is no day). A day glued to its year ("Apr 152017") and a year
   * ("August 2013") stay dates.
   */
  private static boolean dayOrYearAfterMonth(List<Token> tokens, int to, CountMention mention) {
    String digits = mention.text().strip();
    Integer n = mention.count().min();
    if (n == null || !digits.chars().allMatch(Character::isDigit)) {
      return true;
    }
    if (n > 31) {
      boolean year = digits.length() == 4 && n >= 1900 && n <= 2100;
      int yearAt = digits.length() - 4;
      boolean dayAndYear = (digits.length() == 5 || digits.length() == 6)
          && Integer.parseInt(digits.substring(yearAt)) >= 1900 && Integer.parseInt(digits.substring(yearAt)) <= 2100
          && Integer.parseInt(digits.substring(0, yearAt)) <= 31;
      return year || dayAndYear;
    }
    boolean ofThem = to + 1 < tokens.size() && tokens.get(to).is("of")
        && PARTITIVE_PRONOUNS.contains(tokens.get(to + 1).lower());
    return !ofThem;
  }

  private static final Set<String> PARTITIVE_PRONOUNS = Set.of("them", "whom", "those", "these");

  private static boolean isYear(CountMention mention) {
    Integer n = mention.count().min() != null ? mention.count().min() : mention.count().max();
    return mention.form() == CountForm.DIGITS && n != null && n >= 1900 && n <= 2100
        && mention.text().strip().length() == 4;
  }

  /**
   * The counts that only name a group others are counted from, and each part's group. A count followed by "of", "of
   * the" or "of these" and a second count of people who are not themselves named harmed ("two of the five soldiers",
   * "15 of 350 hostages"; but "one of two people killed") is a part of that second count, and takes its noun; a group
   * whose noun tells its own harm ("three of the 12 wounded") is left alone. A group that opens the sentence before
   * its part ("Of the 350 hostages, 15 were killed") is a group too, and the part keeps its own words.
   */
  private record Groups(Set<CountMention> groups, java.util.Map<CountMention, CountMention> partOf) {
    static final Groups NONE = new Groups(Set.of(), java.util.Map.of());

    /** These groups and {@code group}, with {@code part} (when not null) counted from it. */
    Groups with(CountMention group, CountMention part) {
      Set<CountMention> all = new HashSet<>(groups);
      all.add(group);
      java.util.Map<CountMention, CountMention> parts = new java.util.HashMap<>(partOf);
      if (part != null) {
        parts.put(part, group);
      }
      return new Groups(all, parts);
    }
  }

  private Groups groupsCountedFrom(List<Token> tokens, List<CountMention> mentions, Heads heads) {
    Groups found = Groups.NONE;
    for (int m = 0; m + 1 < mentions.size(); m++) {
      int end = tokenEndingAt(tokens, mentions.get(m).count().span().end());
      CountMention next = mentions.get(m + 1);
      int nextFrom = tokenStartingAt(tokens, next.count().span().start());
      if (end < 0 || nextFrom < 0 || nextFrom - end < 1 || nextFrom - end > 2 || !tokens.get(end).is("of")
          || nextFrom - end == 2 && !GROUP_DETERMINERS.contains(tokens.get(end + 1).lower())) {
        continue;
      }
      // "one of two people killed": a participle right after the group's noun makes the group the harmed
      Optional<VictimWords.People> people = unharmedPeople(tokens, heads, next);
      if (people.isPresent() && harms.afterAt(tokens, people.get().end()).isEmpty()) {
        found = found.with(next, mentions.get(m));
      }
    }
    // "Of the 350 hostages, 15 were killed": the group opens the sentence and the part follows its comma
    for (int m = 0; m + 1 < mentions.size(); m++) {
      CountMention group = mentions.get(m);
      int from = tokenStartingAt(tokens, group.count().span().start());
      int of = from > 0 && GROUP_DETERMINERS.contains(tokens.get(from - 1).lower()) ? from - 2 : from - 1;
      if (of != 0 || !tokens.get(of).is("of")) {
        continue;
      }
      Optional<VictimWords.People> people = unharmedPeople(tokens, heads, group);
      int comma = people.map(VictimWords.People::end).orElse(tokens.size());
      if (comma + 1 < tokens.size() && tokens.get(comma).is(",")
          && tokenStartingAt(tokens, mentions.get(m + 1).count().span().start()) == comma + 1) {
        found = found.with(group, null);
      }
    }
    return found;
  }

  /** The people noun that heads {@code mention}, when it names victims and no harm of its own. */
  private static Optional<VictimWords.People> unharmedPeople(List<Token> tokens, Heads heads, CountMention mention) {
    return heads.at(firstTokenFrom(tokens, mention.headStart())) instanceof VictimWords.People people
        && people.victims() != null && people.harm() == null ? Optional.of(people) : Optional.empty();
  }

  private static final WordSet GROUP_DETERMINERS = WordSet.of("the", "these", "those", "their", "its", "his", "her");

  private static int afterPartitive(List<Token> tokens, int to) {
    for (int i = to; i < Math.min(tokens.size(), to + 3); i++) {
      if (tokens.get(i).is("them") || tokens.get(i).is("whom")) {
        return i + 1;
      }
    }
    return to;
  }
}
