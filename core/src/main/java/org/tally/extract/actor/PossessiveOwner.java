package org.tally.extract.actor;

import java.util.List;
import java.util.Optional;
import org.tally.extract.token.Token;
import org.tally.extract.token.WordSet;

/**
 * Whose "its" or "their" it is: the side named right before it ("Moscow denied its jets flew there"), or the subject
 * of the verb of saying or denying whose clause holds it, past a day and "that" ("Russia's Defence Ministry on Tuesday
 * denied that its aircraft were involved"; attr27, attribution-written-9 r23): the denier's own aircraft, whoever
 * states the number.
 */
final class PossessiveOwner {
  /** How far before "its" its owner may be named with nothing but an adverb between: "Moscow denied its jets". */
  private static final int OWNER_REACH = 2;
  /** How far before "its" the subject of a denial may be named past a day and "that". */
  private static final int CLAUSE_REACH = 6;
  // kinds of actors.tsv that never attack: a monitor's "its" names no attack of its own
  private static final WordSet NOT_BELLIGERENTS = WordSet.of("monitor", "ngo", "media", "un", "outlet");
  private static final WordSet SAYING = WordSet.of("denied", "denies", "deny", "said", "says", "insisted", "insists",
      "maintained", "maintains", "rejected", "rejects");
  private static final WordSet BETWEEN = WordSet.of("on", "that", "also", "again", "repeatedly", "strongly", "flatly",
      "has", "had", "have", "yesterday", "today", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
      "sunday");

  private PossessiveOwner() {}

  /** The belligerent whose possessive stands at token {@code at}, if one is named before it as above. */
  static Optional<ActorMention> of(List<Token> tokens, List<ActorMention> mentions, int at) {
    ActorMention owner = null;
    for (ActorMention m : mentions) {
      if (m.to() <= at && !NOT_BELLIGERENTS.contains(m.actor().kind())
          && (at - m.to() <= OWNER_REACH || at - m.to() <= CLAUSE_REACH && subjectOfSaying(tokens, m.to(), at))) {
        owner = m;
      }
    }
    return Optional.ofNullable(owner);
  }

  /** True when the words from {@code from} to {@code to} are one verb of saying with only a day and "that" around it. */
  private static boolean subjectOfSaying(List<Token> tokens, int from, int to) {
    int verbs = 0;
    for (int i = from; i < to; i++) {
      String w = tokens.get(i).lower();
      if (SAYING.contains(w)) {
        verbs++;
      } else if (!BETWEEN.contains(w)) {
        return false;
      }
    }
    return verbs == 1;
  }
}
