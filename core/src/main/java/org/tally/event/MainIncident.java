package org.tally.event;

import java.time.LocalDate;
import org.tally.model.ClaimPlace;
import org.tally.model.Span;

/**
 * The event an article is about.
 *
 * @param location where it happened, or null
 * @param date the day it happened (the first day of its span), or null
 * @param killedMin the death toll's lower bound, all victims together, or null when unbounded or unknown
 * @param killedMax the upper bound, or null
 * @param evidence the sentence the incident was read from, or null when the article names no incident
 * @param leadCount the words of the count the article leads with, inside {@code evidence}, or null
 */
public record MainIncident(ClaimPlace location, LocalDate date, Integer killedMin, Integer killedMax, Span evidence,
    Span leadCount) {
  public static final MainIncident NONE = new MainIncident(null, null, null, null, null, null);

  public boolean hasToll() {
    return killedMin != null || killedMax != null;
  }
}
