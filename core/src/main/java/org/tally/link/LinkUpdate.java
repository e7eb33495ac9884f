package org.tally.link;

import java.util.List;

/**
 * The result of linking new claims: every incident and series now, and what changed, so that a store rewrites only
 * those.
 *
 * @param incidents all incidents and series after the update: incidents first, then series, each by time and id
 * @param written incidents and series that are new or changed; an id may be one that {@code removed} also names
 * @param removed ids of earlier incidents and series that no longer stand as they were (delete these first)
 */
public record LinkUpdate(List<Incident> incidents, List<Incident> written, List<String> removed) {
  public LinkUpdate {
    incidents = List.copyOf(incidents);
    written = List.copyOf(written);
    removed = List.copyOf(removed);
  }
}
