package org.tally.event;

import java.time.LocalDate;
import java.util.List;
import org.tally.model.Claim;
import org.tally.model.ClaimTime;

/**
 * "Sinjar marked this month the ninth anniversary of the ISIS massacres of 2014, in which more than 5,000 Yazidis were
 * killed. On Tuesday, a Turkish drone struck a car ...": a count whose own sentence dates it months or years before the
 * report is a context paragraph's, not the incident the report tells, where a later count is of the report's days.
 * Issue 11, genres29.
 */
final class PastLeads {
  // a monthly review still tells a month-old attack as its news; half a year back is history
  static final long MAX_DAYS_BEFORE = 180;

  private PastLeads() {}

  /** The incident claims without those dated long before the report, unless every one of them is. */
  static List<Claim> without(List<Claim> incidents, LocalDate documentDate) {
    if (documentDate == null) {
      return incidents;
    }
    List<Claim> recent = incidents.stream().filter(c -> !past(c.when(), documentDate)).toList();
    return recent.isEmpty() ? incidents : recent;
  }

  private static boolean past(ClaimTime when, LocalDate documentDate) {
    return when != null && when.text() != null && when.end() != null
        && when.end().isBefore(documentDate.minusDays(MAX_DAYS_BEFORE));
  }
}
