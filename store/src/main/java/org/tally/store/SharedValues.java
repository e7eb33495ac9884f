package org.tally.store;

import java.util.HashMap;
import java.util.Map;
import org.tally.model.Claim;
import org.tally.model.ClaimPlace;
import org.tally.model.ClaimTime;

/**
 * One copy of each value that many rows repeat (actors, places, dates, outlets), for claims that wait in memory while
 * linking reads its blocks: every row read gives fresh strings and dates, and most of them are the same few.
 */
final class SharedValues {
  private final Map<Object, Object> values = new HashMap<>();

  @SuppressWarnings("unchecked")
  <T> T of(T value) {
    return value == null ? null : (T) values.computeIfAbsent(value, v -> v);
  }

  /** The claim with its repeated values shared; equal to the claim given. */
  Claim claim(Claim c) {
    ClaimPlace p = c.location();
    ClaimPlace place = p == null ? null : new ClaimPlace(of(p.text()), of(p.name()), of(p.admin1()), of(p.country()),
        of(p.lat()), of(p.lon()), p.precision(), p.span());
    ClaimTime t = c.when();
    ClaimTime when = t == null ? null : new ClaimTime(of(t.start()), of(t.end()), of(t.text()), t.span());
    return new Claim(c.doc(), c.harm(), c.victims(), c.count(), of(c.countText()), of(c.perpetrator()),
        of(c.claimant()), place, when, c.scope(), c.stance(), c.attacks(), c.section(), c.evidence());
  }
}
