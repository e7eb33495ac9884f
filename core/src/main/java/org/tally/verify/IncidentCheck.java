package org.tally.verify;

import java.util.List;

/**
 * The grade of the incident a document's main toll belongs to, as linking across outlets found it.
 *
 * @param id the incident's id, as {@code tally incidents} prints it
 * @param outlets how many distinct outlets report it
 * @param reasons why it has its grade, one sentence each
 */
public record IncidentCheck(String id, IncidentGrade grade, long outlets, List<String> reasons) {
  public IncidentCheck {
    reasons = List.copyOf(reasons);
  }
}
