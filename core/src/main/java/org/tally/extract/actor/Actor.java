package org.tally.extract.actor;

import java.util.Objects;

/**
 * A canonical actor of actors.tsv.
 *
 * @param side the belligerent it speaks or fights for, or null for monitors, NGOs and media
 */
public record Actor(String id, String name, String kind, String side) {
  public Actor {
    Objects.requireNonNull(id, "id");
  }

  /** True when both actors speak or fight for the same belligerent. */
  public boolean sameSide(Actor other) {
    return id.equals(other.id) || side != null && side.equals(other.side);
  }
}
