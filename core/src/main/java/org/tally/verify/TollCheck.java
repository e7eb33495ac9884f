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
 * @param heldToTown by source: the records of the town the toll's own sentence names, which it exceeds and is held to
 *     ({@link ClaimGrader#exceedsAtSentenceTown}); the other records of its area and days are of other events
 * @param heldToOne by source: the one record a toll of one attack exceeds, where no record bears it out and only
 *     their sum might ({@link ClaimGrader#oneAttackRecord})
 * @param otherSides by source, when it holds no record that may be the toll's event: the records of its place and
 *     time whose sides rule out its perpetrator ({@link RecordIndex#otherSides}); they play no part in its grade, and
 *     its reason names them, so that a reader tells a gap in the records from another side's fighting there
 * @param heldAs by source, when its records count civilians only ({@link CountedDeaths#CIVILIANS}): the toll's
 *     civilians, which that source was graded with ({@link CivilianPart})
 * @param uncounted the sources whose records count civilians only, while the toll counts fighters or soldiers: they
 *     cannot bear it out nor gainsay it
 */
public record TollCheck(Toll toll, Map<String, ClaimGrade> grades, Map<String, List<ReferenceRecord>> records,
    Map<String, List<NamedRecord>> named, Set<String> heldToNamed, Map<String, List<ReferenceRecord>> heldToTown,
    Map<String, ReferenceRecord> heldToOne, Map<String, List<ReferenceRecord>> otherSides, Map<String, Toll> heldAs,
    Set<String> uncounted) {
  public TollCheck {
    grades = Collections.unmodifiableMap(new LinkedHashMap<>(grades));
    records = Collections.unmodifiableMap(new LinkedHashMap<>(records));
    named = Collections.unmodifiableMap(new LinkedHashMap<>(named));
    heldToNamed = Collections.unmodifiableSet(new LinkedHashSet<>(heldToNamed));
    heldToTown = Collections.unmodifiableMap(new LinkedHashMap<>(heldToTown));
    heldToOne = Collections.unmodifiableMap(new LinkedHashMap<>(heldToOne));
    otherSides = Collections.unmodifiableMap(new LinkedHashMap<>(otherSides));
    heldAs = Collections.unmodifiableMap(new LinkedHashMap<>(heldAs));
    uncounted = Collections.unmodifiableSet(new LinkedHashSet<>(uncounted));
  }

  public TollCheck(Toll toll, Map<String, ClaimGrade> grades, Map<String, List<ReferenceRecord>> records) {
    this(toll, grades, records, Map.of(), Set.of(), Map.of(), Map.of(), Map.of(), Map.of(), Set.of());
  }

  /** The toll the source's records were compared with: its civilians where they count civilians only. */
  public Toll tollFor(String source) {
    return heldAs.getOrDefault(source, toll);
  }

  public boolean any(ClaimGrade grade) {
    return grades.containsValue(grade);
  }

  /** True when some reference bears the toll out or holds more (corroborated or below). */
  public boolean supported() {
    return any(ClaimGrade.CORROBORATED) || any(ClaimGrade.BELOW);
  }

  /**
   * True when it exceeds a reference's records, some of which lie at a place the article names, on its days, or those
   * of the town its own sentence names.
   */
  public boolean exceedsAtNamedPlace() {
    return !heldToNamed.isEmpty() || !heldToTown.isEmpty();
  }

  /** The source's records of the toll's place and time whose sides rule out its perpetrator; empty when none. */
  public List<ReferenceRecord> otherSides(String source) {
    return otherSides.getOrDefault(source, List.of());
  }

  /** The source's records at places the article names; empty when none. */
  public List<NamedRecord> named(String source) {
    return named.getOrDefault(source, List.of());
  }
}
