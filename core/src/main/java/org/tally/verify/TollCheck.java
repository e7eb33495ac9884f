package org.tally.verify;

import java.util.List;
import java.util.Map;

/**
 * A toll checked against every reference: its grade per source and the records it was matched with per source.
 *
 * @param grades by source, in the order the references were given
 * @param records by source; empty for a source that holds no record of the toll's place and time
 */
public record TollCheck(Toll toll, Map<String, ClaimGrade> grades, Map<String, List<ReferenceRecord>> records) {
  public TollCheck {
    grades = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(grades));
    records = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(records));
  }

  public boolean any(ClaimGrade grade) {
    return grades.containsValue(grade);
  }

  /** True when some reference bears the toll out or holds more (corroborated or below). */
  public boolean supported() {
    return any(ClaimGrade.CORROBORATED) || any(ClaimGrade.BELOW);
  }
}
