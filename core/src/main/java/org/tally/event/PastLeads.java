package org.tally.event;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.tally.model.Claim;
import org.tally.model.ClaimTime;
import org.tally.model.Harm;
import org.tally.model.Scope;

/**
 * "Sinjar marked this month the ninth anniversary of the ISIS massacres of 2014, in which more than 5,000 Yazidis were
 * killed. On Tuesday, a Turkish drone struck a car ...": a count whose own sentence dates it months or years before the
 * report is a context paragraph's, not the incident the report tells, where a later count is of the report's days.
 * Issue 11, genres29. Nearer the report, a first incident dated weeks back gives way only to a later one of the
 * report's own days ({@link #recalled}).
 */
final class PastLeads {
  // a monthly review still tells a month-old attack as its news; half a year back is history
  static final long MAX_DAYS_BEFORE = 180;
  /** How long before the report a first incident must lie to be recalled rather than the news. */
  private static final int RECALLED_DAYS = 14;
  /** How close to the report the later incident's stated day must lie: the report's day or the two before it. */
  private static final int RECENT_DAYS = 2;

  private PastLeads() {}

  /** The incident claims without those dated long before the report, unless every one of them is. */
  static List<Claim> without(List<Claim> incidents, LocalDate documentDate) {
    if (documentDate == null) {
      return incidents;
    }
    List<Claim> recent = incidents.stream().filter(c -> !past(c.when(), documentDate)).toList();
    return recent.isEmpty() ? incidents : recent;
  }

  /**
   * "Three months ago, a suicide bomber killed 20 people in Tahrir Square. On Saturday, another blast killed seven
   * people in Bab Musalla": the first incident, dated weeks before the report, is recalled to set the scene, and the
   * first later incident with dead that the text dates to the report's own days is the news (the lead21 time set).
   */
  static Optional<Claim> recalled(List<Claim> own, Claim first, LocalDate documentDate) {
    if (documentDate == null || !stated(first.when())
        || !first.when().end().isBefore(documentDate.minusDays(RECALLED_DAYS))) {
      return Optional.empty();
    }
    return own.stream().filter(c -> c.scope() == Scope.INCIDENT && c.harm() == Harm.KILLED
        && c.evidence().start() > first.evidence().start() && stated(c.when())
        && !c.when().start().isBefore(documentDate.minusDays(RECENT_DAYS))).findFirst();
  }

  private static boolean past(ClaimTime when, LocalDate documentDate) {
    return stated(when) && when.end().isBefore(documentDate.minusDays(MAX_DAYS_BEFORE));
  }

  /** A time the text states in words, not one inferred from the report's date. */
  private static boolean stated(ClaimTime when) {
    return when != null && when.text() != null && when.start() != null && when.end() != null;
  }
}
