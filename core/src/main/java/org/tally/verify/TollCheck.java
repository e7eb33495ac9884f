package org.tally.verify;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A toll checked against every reference: its grade per source and the records it was matched with per source.
 *
 * @param grades by source, in the order the references were given
 * @param records by source; empty for a source that holds no record of the toll's place and time
 * @param named by source: those of its records that lie at a place the article names, on the toll's days
 * @param heldToNamed the sources whose records the toll exceeds, some of them at places the article names
 *     ({@link ClaimGrader#exceedsAtNamedPlace}): the records hold the article's place and day, so that grade may
 *     contradict it however wide the toll's own place is
 * @param heldToOne by source: the one record a toll of one attack exceeds, where no record bears it out and only
 *     their sum might ({@link ClaimGrader#oneAttackRecord})
 */
public record TollCheck(Toll toll, Map<String, ClaimGrade> grades, Map<String, List<ReferenceRecord>> records,
    Map<String, List<NamedRecord>> named, Set<String> heldToNamed, Map<String, ReferenceRecord> heldToOne) {
  public TollCheck {
    grades = Collections.unmodifiableMap(new LinkedHashMap<>(grades));
    records = Collections.unmodifiableMap(new LinkedHashMap<>(records));
    named = Collections.unmodifiableMap(new LinkedHashMap<>(named));
    heldToNamed = Collections.unmodifiableSet(new LinkedHashSet<>(heldToNamed));
    heldToOne = Collections.unmodifiableMap(new LinkedHashMap<>(heldToOne));
  }

  public TollCheck(Toll toll, Map<String, ClaimGrade> grades, Map<String, List<ReferenceRecord>> records) {
    this(toll, grades, records, Map.of(), Set.of(), Map.of());
  }

  public boolean any(ClaimGrade grade) {
    return grades.containsValue(grade);
  }

  /** True when some reference bears the toll out or holds more (corroborated or below). */
  public boolean supported() {
    return any(ClaimGrade.CORROBORATED) || any(ClaimGrade.BELOW);
  }

  /** True when it exceeds a reference's records, some of which lie at a place the article names, on its days. */
  public boolean exceedsAtNamedPlace() {
    return !heldToNamed.isEmpty();
  }

  /** The source's records at places the article names; empty when none. */
  public List<NamedRecord> named(String source) {
    return named.getOrDefault(source, List.of());
  }
}
