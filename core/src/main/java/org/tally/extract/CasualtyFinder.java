package org.tally.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.tally.extract.count.CountForm;
import org.tally.extract.count.CountMention;
import org.tally.extract.harm.HarmCues;
import org.tally.extract.token.Token;
import org.tally.extract.victim.VictimWords;
import org.tally.lexicon.RuleFile;
import org.tally.model.Harm;
import org.tally.model.Victims;

/**
 * Decides which counts of a sentence are counts of harmed people: a people noun after the count
 * ("18 civilians") or a harm cue right beside it ("killing 18", "dozens injured"). Counts of strikes,
 * reports, years and dates are passed over; a count with no noun of its own takes the victims of
 * the one before it ("18 civilians were killed and dozens injured").
 */
final class CasualtyFinder {
  /** The counts of one sentence: people harmed, and strikes counted ("carried out four strikes"). */
  record Found(List<Casualty> casualties, Integer attacks) {}

  // "12 people were killed", "12 people have been killed": auxiliaries between the people and their after-cue
  private static final int ADJACENT_GAP = 2;
  private static final Set<String> PART_OF = Set.of("including", "among", "and", "mostly", "mainly");

  private final VictimWords victims;
  private final HarmCues harms;
  private final Set<String> calendar = new HashSet<>();

  CasualtyFinder(VictimWords victims, HarmCues harms, RuleFile calendarWords) {
    this.victims = victims;
    this.harms = harms;
    calendarWords.rows()
        .forEach(r -> calendar.add(r.get("word").toLowerCase(Locale.ROOT)));
  }

  Found find(List<Token> tokens, List<CountMention> mentions) {
    List<Casualty> out = new ArrayList<>();
    Integer attacks = null;
    // "30 regime soldiers and 39 rebel fighters had been killed": the first waits for the harm of the second
    List<Casualty> waiting = new ArrayList<>();
    for (CountMention mention : mentions) {
      int from = tokenStartingAt(tokens, mention.count().span().start());
      int to = tokenEndingAt(tokens, mention.count().span().end());
      if (from < 0 || to < 0 || isDate(tokens, from, to, mention)) {
        continue;
      }
      int headFrom = mention.partitive() ? afterPartitive(tokens, to) : firstTokenFrom(tokens, mention.headStart());
      VictimWords.Head head = victims.head(tokens, headFrom);
      Casualty previous = out.isEmpty() ? null : out.get(out.size() - 1);
      Optional<Casualty> casualty = Optional.empty();
      if (head instanceof VictimWords.NotPeople notPeople) {
        if (notPeople.what().equals("attacks") && mention.count().min() != null) {
          attacks = mention.count().min();
        }
      } else if (head instanceof VictimWords.People people) {
        casualty = withPeople(tokens, mention, from, to, people, previous, headFrom);
        if (casualty.isEmpty() && people.victims() != null && joinsNext(tokens, people.end())) {
          waiting.add(new Casualty(null, people.victims(), mention.count(), mention.text(), from, to, people.end()));
        }
      } else {
        casualty = withoutNoun(tokens, mention, from, Math.max(to, headFrom), previous);
      }
      if (casualty.isPresent()) {
        Casualty found = casualty.get();
        for (Casualty first : waiting) {
          if (first.headEnd() + 1 == found.from()) {
            out.add(new Casualty(found.harm(), first.victims(), first.count(), first.countText(), first.from(), first.to(),
                first.headEnd()));
          }
        }
        waiting.clear();
        out.add(found);
      }
    }
    return new Found(out, attacks);
  }

  /** "killing two women and wounding several others": the others are people, not more women. */
  private static Victims group(Victims before) {
    return before == Victims.CHILDREN || before == Victims.WOMEN ? Victims.PEOPLE : before;
  }

  private static boolean joinsNext(List<Token> tokens, int headEnd) {
    return headEnd < tokens.size() && (tokens.get(headEnd).is("and") || tokens.get(headEnd).is(","));
  }

  private Optional<Casualty> withPeople(List<Token> tokens, CountMention mention, int from, int to,
      VictimWords.People people, Casualty previous, int headFrom) {
    if (mention.form() == CountForm.INDEFINITE && people.victims() == null) {
      return Optional.empty();
    }
    // "dozens injured", "some 100 others": the bare word takes the victims named before it
    boolean bare = people.victims() == null || people.victims() == Victims.PEOPLE && people.harm() != null;
    Victims who = !bare ? people.victims() : previous != null ? group(previous.victims())
        : people.victims() != null ? people.victims() : Victims.PEOPLE;
    Harm harm = people.harm();
    if (harm == null) {
      Optional<HarmCues.Cue> cue = nearer(harms.after(tokens, people.end()), people.end(),
              harms.before(tokens, from), from)
          .or(() -> numberOfClause(tokens, headFrom, people.end()));
      if (cue.isPresent() && cue.get().hedged()) {
        return Optional.empty();
      }
      harm = cue.map(HarmCues.Cue::harm).orElse(null);
    }
    boolean part = from > 0 && PART_OF.contains(tokens.get(from - 1).lower())
        || from > 2 && tokens.get(from - 1).is("as") && tokens.get(from - 2).is("well") && tokens.get(from - 3).is("as");
    if (harm == null && (mention.partitive() || people.victims() == null || part) && previous != null) {
      harm = previous.harm();
    }
    if (harm == null) {
      return Optional.empty();
    }
    return Optional.of(new Casualty(harm, who, mention.count(), mention.text(), from, to, people.end()));
  }

  /**
   * The after-cue ("12 people were killed"), unless the verb right before the count says it and the after-cue stands
   * further off: "killed more than 100 people including 25 children and injured 400 others" killed the 100.
   */
  private static Optional<HarmCues.Cue> nearer(Optional<HarmCues.Cue> after, int peopleEnd,
      Optional<HarmCues.Cue> before, int countFrom) {
    boolean beforeAdjacent = before.isPresent() && before.get().to() == countFrom;
    boolean afterAdjacent = after.isPresent() && after.get().from() - peopleEnd <= ADJACENT_GAP;
    if (beforeAdjacent && !afterAdjacent) {
      return before;
    }
    return after.or(() -> before);
  }

  private Optional<Casualty> withoutNoun(List<Token> tokens, CountMention mention, int from, int to, Casualty previous) {
    if (mention.form() == CountForm.INDEFINITE || isYear(mention)) {
      return Optional.empty();
    }
    Optional<HarmCues.Cue> cue = harms.after(tokens, to).or(() -> harms.before(tokens, from));
    if (cue.isEmpty() || cue.get().hedged()) {
      return Optional.empty();
    }
    Victims who = previous != null ? previous.victims() : Victims.PEOPLE;
    return Optional.of(new Casualty(cue.get().harm(), who, mention.count(), mention.text(), from, to, to));
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
      Optional<HarmCues.Cue> cue = harms.after(tokens, at).filter(c -> c.from() == at);
      if (cue.isPresent()) {
        return cue;
      }
      if (!tokens.get(i).isWord()) {
        break;
      }
    }
    return Optional.empty();
  }

  private boolean isDate(List<Token> tokens, int from, int to, CountMention mention) {
    if (mention.form() != CountForm.DIGITS) {
      return false;
    }
    // "November more than 130,000 Syrians": a qualifier between month and number makes it a count
    boolean bare = Character.isDigit(mention.text().charAt(0));
    boolean monthBefore = bare && from > 0 && calendar.contains(tokens.get(from - 1).lower());
    boolean monthAfter = to < tokens.size() && calendar.contains(tokens.get(to).lower());
    boolean timeOrFraction = to < tokens.size() && (tokens.get(to).is(":") || tokens.get(to).is("/"))
        || from > 0 && (tokens.get(from - 1).is("/") || tokens.get(from - 1).is("$") || tokens.get(from - 1).is("#"));
    boolean share = to < tokens.size() && tokens.get(to).is("%");
    return monthBefore || monthAfter || timeOrFraction || share;
  }

  private static boolean isYear(CountMention mention) {
    Integer n = mention.count().min() != null ? mention.count().min() : mention.count().max();
    return mention.form() == CountForm.DIGITS && n != null && n >= 1900 && n <= 2100
        && mention.text().strip().length() == 4;
  }

  private static int afterPartitive(List<Token> tokens, int to) {
    for (int i = to; i < Math.min(tokens.size(), to + 3); i++) {
      if (tokens.get(i).is("them") || tokens.get(i).is("whom")) {
        return i + 1;
      }
    }
    return to;
  }

  private static int tokenStartingAt(List<Token> tokens, int offset) {
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).start() == offset) {
        return i;
      }
    }
    return -1;
  }

  /** The index after the token that ends at {@code offset}; -1 when the count ends inside a word ("12-year-old"). */
  private static int tokenEndingAt(List<Token> tokens, int offset) {
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).end() == offset) {
        return i + 1;
      }
    }
    return -1;
  }

  private static int firstTokenFrom(List<Token> tokens, int offset) {
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).start() >= offset) {
        return i;
      }
    }
    return tokens.size();
  }
}
