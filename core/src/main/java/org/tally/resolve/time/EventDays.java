package org.tally.resolve.time;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.tally.model.Span;

/**
 * Tells a day written as an event's own, a weekday in the possessive before its noun ("Monday's shelling",
 * "Thursdays twin attacks", as FA-KES prints it without the apostrophe): it dates the attack the sentence tells of,
 * so a day the sentence gives as when something was said ("... state media said on Saturday") is not the harm's day
 * beside it (issue 13: follow-ups dated by their said-day split from their attack).
 */
final class EventDays {
  private static final Set<String> DAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
      "sunday", "yesterday");

  private EventDays() {}

  /** True when a mention of the sentence is a day in the possessive ("Tuesday's", "Tuesdays", "Tuesday’s"). */
  static boolean anyIn(String text, Span sentence, List<TimeMention> mentions) {
    for (TimeMention m : mentions) {
      if (sentence.contains(m.span()) && isPossessive(text, m.span())) {
        return true;
      }
    }
    return false;
  }

  /** The mention's words, with an "'s" or "s" that may follow them, are a day in the possessive. */
  static boolean isPossessive(String text, Span mention) {
    int end = mention.end();
    while (end < text.length() && end < mention.end() + 2 && "'’s".indexOf(text.charAt(end)) >= 0) {
      end++;
    }
    String w = text.substring(mention.start(), end).strip().toLowerCase(Locale.ROOT).replace('’', '\'');
    if (w.endsWith("'s")) {
      return DAYS.contains(w.substring(0, w.length() - 2));
    }
    return w.endsWith("s") && DAYS.contains(w.substring(0, w.length() - 1));
  }
}
