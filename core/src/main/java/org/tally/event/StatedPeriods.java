package org.tally.event;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.tally.model.Claim;
import org.tally.model.ClaimTime;
import org.tally.model.Harm;

/**
 * "Highlights: - 73 civilians killed in Syria in November 2022 ... - 4 deaths due to torture documented" then
 * "Incident in focus: ... killing nine civilians": an item of a bulleted list that counts the dead over a stated week
 * or more ("in November 2022") is that period's total, even where its words read like an incident's, and so are the
 * items of its list that state no time of their own; where a count of the dead outside them follows, that one is the
 * first incident the report tells. Not in prose: a monthly report that says "640 civilians were killed in March" and
 * then "86 died under torture" is about the month (link/written's monthly reports). Issue 11, monitor25 (a rights
 * group's monthly highlights).
 */
final class StatedPeriods {
  // a stated time this long is a period's, not an event's (MainIncidentFinder's MAX_EVENT_DAYS)
  private static final long PERIOD_DAYS = 7;
  // a line of a bulleted list: a dash, bullet or asterisk, then a space
  private static final Pattern ITEM = Pattern.compile("^[-\\u2022\\u2013*]\\s");

  private StatedPeriods() {}

  /**
   * The incident claims without the bulleted counts of the dead over a stated period (and the untimed items of their
   * list), where another count of the dead remains; else all of them.
   */
  static List<Claim> withoutPeriodTotals(String text, List<Claim> incidents) {
    List<Claim> periods = new ArrayList<>();
    for (Claim c : incidents) {
      if (text != null && c.harm() == Harm.KILLED && (overPeriod(c.when()) && item(text, c)
          || untimed(c.when()) && periods.stream().anyMatch(p -> sameList(text, p, c)))) {
        periods.add(c);
      }
    }
    List<Claim> kept = incidents.stream().filter(c -> !periods.contains(c)).toList();
    return kept.stream().anyMatch(c -> c.harm() == Harm.KILLED) ? kept : incidents;
  }

  private static boolean overPeriod(ClaimTime when) {
    return when != null && when.text() != null && when.start() != null && when.end() != null
        && ChronoUnit.DAYS.between(when.start(), when.end()) >= PERIOD_DAYS;
  }

  private static boolean untimed(ClaimTime when) {
    return when == null || when.text() == null;
  }

  /** Both claims are items of one bulleted list: bulleted lines, and nothing but bulleted lines between them. */
  private static boolean sameList(String text, Claim first, Claim later) {
    if (!item(text, first) || !item(text, later) || later.evidence().start() <= first.evidence().end()) {
      return false;
    }
    String between = text.substring(first.evidence().end(), later.evidence().start());
    String[] lines = between.split("\n", -1);
    for (int i = 1; i < lines.length - 1; i++) {
      if (!ITEM.matcher(lines[i]).find()) {
        return false;
      }
    }
    return lines.length >= 2;
  }

  private static boolean item(String text, Claim c) {
    int start = text.lastIndexOf('\n', Math.max(0, c.evidence().start() - 1)) + 1;
    return start <= c.evidence().start() && ITEM.matcher(text.substring(start, c.evidence().end())).find();
  }
}
