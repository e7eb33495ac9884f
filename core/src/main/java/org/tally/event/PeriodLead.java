package org.tally.event;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.tally.model.Claim;
import org.tally.model.ClaimSection;
import org.tally.model.ClaimTime;
import org.tally.model.Harm;
import org.tally.model.Scope;

/**
 * "Regime campaign on Eastern Ghouta killed 86 civilians in a week" over a body that opens with that week's toll and
 * only then names "the bloodiest attack ... on Monday in which 21 civilians were killed": the article is about the
 * week, so the week's toll leads it, not the one attack it recalls (issue 13: a period total linked to one day's
 * attack). Only a period of a week to a month the text states: a war's toll "since 2011" before the day's attack is
 * background, and a shorter stretch is a battle's ({@link MainIncidentFinder} reads those as the event).
 */
final class PeriodLead {
  private static final long SHORTEST_DAYS = 7;
  private static final long LONGEST_DAYS = 31;

  private PeriodLead() {}

  /**
   * The body's first count of the dead when it is a period's toll of a week to a month, told before any incident, and
   * no attack of the text's own day or the day before follows it: "Since the beginning of March, SOHR has documented
   * the deaths of 23 people" then "Today, regime forces shelled the village, killing a woman" is the day's news with
   * the month as its background.
   */
  static Optional<Claim> opening(List<Claim> own, LocalDate documentDate) {
    return own.stream().filter(c -> c.section() == ClaimSection.BODY && c.harm() == Harm.KILLED)
        .min(Comparator.comparingInt(c -> c.evidence().start()))
        .filter(c -> c.scope() != Scope.INCIDENT && weekToMonth(statedDays(c.when()))
            && !newsOfTheDay(own, documentDate));
  }

  private static boolean newsOfTheDay(List<Claim> own, LocalDate documentDate) {
    return documentDate != null && own.stream().anyMatch(c -> c.scope() == Scope.INCIDENT && c.harm() == Harm.KILLED
        && statedDays(c.when()) > 0 && !c.when().start().isBefore(documentDate.minusDays(1)));
  }

  private static boolean weekToMonth(long days) {
    return days >= SHORTEST_DAYS && days <= LONGEST_DAYS;
  }

  /** Days the text's stated time spans, 0 when the text states none. */
  private static long statedDays(ClaimTime when) {
    if (when == null || when.text() == null || when.start() == null || when.end() == null) {
      return 0;
    }
    return ChronoUnit.DAYS.between(when.start(), when.end()) + 1;
  }
}
