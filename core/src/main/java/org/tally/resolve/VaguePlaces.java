package org.tally.resolve;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.tally.model.Span;
import org.tally.resolve.place.PlaceMention;

/**
 * Where in a region or country an incident happened: "Seventeen civilians were killed in air raids on a market in
 * eastern Syria on Monday. … The raids hit the town of al-Asharah in Deir Az-Zour province". The text around the
 * claim names the governorate; the document's focus does not, since a region or country in a claim's words is as
 * often a background total's.
 */
final class VaguePlaces {
  /** How far after the claim's sentence the text may go on to say where it happened: about two sentences. */
  private static final int FOLLOW = 400;
  /** How far before the claim's sentence: as far as a place named before it still holds. */
  private static final int LOOKBACK = 400;
  // a motion's preposition up to ten words before a place, only commas between: "to neighbouring Hasakeh province",
  // "residents from the northern towns of Fuaa and Kafraya", "their journey to Aleppo, the province of Latakia or Damascus"
  private static final Pattern MOVED = Pattern.compile("(?i)\\b(?:to|towards?|from|into)\\s+(?:[\\p{L}'-]+,?\\s+){0,10}$");
  private static final int MOVED_REACH = 100;
  // "Idlib province in northwest Syria": what stands between a place and the region it lies in
  private static final Pattern LIES_IN = Pattern.compile("(?i)\\s*,?\\s+in\\s+(?:the\\s+)?");
  // the war as a whole: "Syrias three-year war", "the six-year-old conflict", "more than five years of conflict"; but
  // not a monitor's description ("an organisation monitoring the conflict said", "a group that monitors the war")
  private static final Pattern WHOLE_WAR = Pattern.compile(
      "(?i)(?<!monitoring\\s)(?<!monitors\\s)(?<!tracking\\s)(?<!tracks\\s)"
          + "\\b(?:\\p{L}+s|\\p{L}+['’]s|the)\\s+(?:(?:\\d+|\\p{L}+)-(?:year|month)(?:-old)?\\s+|multi-front\\s+|civil\\s+)*"
          + "(?:war|conflict|crisis)\\b(?!\\s+monitor)|\\b(?:years|months)\\s+of\\s+(?:civil\\s+)?(?:war|conflict)\\b");

  private VaguePlaces() {}

  /** A place that names no governorate: the country, several countries, a region ("eastern Syria"). */
  static boolean isVague(PlaceMention mention) {
    return mention.place().admin1() == null;
  }

  /**
   * The last place named, or, when that is the region or country the one before lies in ("Idlib province in northwest
   * Syria"), the one before.
   */
  static PlaceMention lastOf(String text, List<PlaceMention> mentions) {
    PlaceMention last = mentions.get(mentions.size() - 1);
    if (mentions.size() < 2) {
      return last;
    }
    if (!isVague(last)) {
      return TownBeforeArea.of(text, mentions);
    }
    PlaceMention before = mentions.get(mentions.size() - 2);
    boolean within = before.place().admin1() != null && last.place().country() != null
        && last.place().country().contains(before.place().country())
        && LIES_IN.matcher(text.substring(before.span().end(), last.span().start())).matches();
    return within ? before : last;
  }

  /**
   * The governorate of the vague place's country that the text around the claim's sentence {@code evidence} names,
   * among the mentions {@code usable} keeps, unless it is where people went or came from ("on their way to
   * neighbouring Hasakeh province"); else the vague place. Named in the claim's own sentence, the vague place gives way
   * to the next sentences first, else the ones before; found in the sentences before ({@code fromBefore}: "… in the
   * city of Qamishli. It was the deadliest attack since the beginning of Syria's conflict. State media gave a toll of
   * 44"), to the last governorate named there first. A sentence about the war as a whole ("killed in Syria's three-year
   * war") gives the country's total and keeps its place. Among the next sentences, the first that gives the claim's
   * count again ({@code count}) says where before any other: "At least four people were killed in air strikes in
   * Syria. A mosque was also destroyed north of Hama. An official said four civilians were killed in an air strike on
   * Sermin".
   */
  static PlaceMention narrowed(String text, Span evidence, PlaceMention vague, boolean fromBefore,
      Predicate<PlaceMention> usable, InTextOrder<PlaceMention> mentions, Restatement count) {
    String country = vague.place().country();
    if (country == null || WHOLE_WAR.matcher(evidence.text(text)).find()) {
      return vague;
    }
    List<String> countries = List.of(country.split(","));
    Predicate<PlaceMention> named = m -> m.place().admin1() != null && countries.contains(m.place().country())
        && usable.test(m) && !awayFrom(text, m);
    Optional<PlaceMention> after = following(text, evidence, named, mentions, count);
    int start = evidence.start();
    List<PlaceMention> earlier = mentions.startingWithin(Math.max(0, start - LOOKBACK), start).stream()
        .filter(m -> m.span().end() <= start).filter(named).toList();
    Optional<PlaceMention> before = earlier.isEmpty() ? Optional.empty() : Optional.of(earlier.get(earlier.size() - 1));
    return (fromBefore ? before.or(() -> after) : after.or(() -> before)).orElse(vague);
  }

  /**
   * Where an incident whose sentence names no place happened, as the next sentences say: "Thirty civilians were
   * killed on Saturday in air strikes on a suburb town northeast of the capital. The raids targeted a school in Jayrud
   * town". The first governorate-bearing place of the country {@code country} within about two sentences that
   * {@code usable} keeps and that is no destination or origin; a sentence that gives the count again goes first. A
   * sentence that gives another toll ({@code otherCounts}: "… found that strikes killed 1,600 civilians in Raqqa")
   * names that toll's place, not this one's.
   */
  static Optional<PlaceMention> following(String text, Span evidence, String country, Predicate<PlaceMention> usable,
      InTextOrder<PlaceMention> mentions, Restatement count, List<Span> otherCounts) {
    // an incident's sentence that names the war ("took Syria's civil war to the Assad clan's hometown") still tells
    // of one attack: only a vague place in a war's total is kept whole ({@link #narrowed})
    if (country == null) {
      return Optional.empty();
    }
    List<String> countries = List.of(country.split(","));
    return following(text, evidence, m -> m.place().admin1() != null && countries.contains(m.place().country())
        && usable.test(m) && !awayFrom(text, m) && !anotherToll(text, evidence.end(), m, count, otherCounts), mentions,
        count);
  }

  private static boolean anotherToll(String text, int from, PlaceMention mention, Restatement count,
      List<Span> otherCounts) {
    Span sentence = Restatement.sentenceAround(text, from, mention);
    return !count.isIn(text, from, mention) && otherCounts.stream().anyMatch(sentence::contains);
  }

  private static Optional<PlaceMention> following(String text, Span evidence, Predicate<PlaceMention> named,
      InTextOrder<PlaceMention> mentions, Restatement count) {
    List<PlaceMention> next = mentions.startingWithin(evidence.end(), evidence.end() + FOLLOW).stream()
        .filter(named).toList();
    return next.stream().filter(m -> count.isIn(text, evidence.end(), m)).findFirst()
        .or(() -> next.stream().findFirst());
  }

  /** "to neighbouring Hasakeh province", "evacuees from the towns of Fuaa and Kafraya", "towards Raqqa". */
  private static boolean awayFrom(String text, PlaceMention mention) {
    int start = mention.span().start();
    return MOVED.matcher(text.substring(Math.max(0, start - MOVED_REACH), start)).find();
  }
}
