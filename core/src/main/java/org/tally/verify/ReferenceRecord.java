package org.tally.verify;

import java.util.List;
import java.util.Objects;
import org.tally.link.DaySpan;

/**
 * One recorded event of a casualty dataset: who recorded it, when and where, between whom, and how many died.
 *
 * @param source the dataset as reasons name it ("UCDP GED", "ACLED", or the file's name)
 * @param id the dataset's own id of the event ("227936"), unique within the source
 * @param sides the sides or perpetrators as the dataset writes them ("Government of Iraq", "IS"); may be empty
 * @param low the lowest death toll the record allows
 * @param best the record's best estimate, between low and high
 * @param high the highest
 * @param civilians civilian deaths where the record gives them, else null
 * @param counts whose deaths low, best and high count: everyone's, or civilians' only (Airwars)
 */
public record ReferenceRecord(String source, String id, DaySpan when, RecordPlace place, List<String> sides,
    int low, int best, int high, Integer civilians, CountedDeaths counts) {
  public ReferenceRecord {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(when, () -> "date of record " + id);
    Objects.requireNonNull(place, () -> "place of record " + id);
    Objects.requireNonNull(counts, () -> "what record " + id + " counts");
    sides = List.copyOf(sides);
    if (low < 0 || best < low || high < best) {
      throw new IllegalArgumentException("record " + id + ": deaths must satisfy 0 <= low <= best <= high, not "
          + low + ", " + best + ", " + high);
    }
  }

  /** A record whose figures count everyone killed. */
  public ReferenceRecord(String source, String id, DaySpan when, RecordPlace place, List<String> sides, int low,
      int best, int high, Integer civilians) {
    this(source, id, when, place, sides, low, best, high, civilians, CountedDeaths.ALL);
  }

  /** "90" or "62-90", as reasons quote a record; "1 civilian", "2-4 civilians" when it counts civilians only. */
  public String deaths() {
    String figure = low == high ? Integer.toString(low) : low + "-" + high;
    return counts == CountedDeaths.ALL ? figure : figure + (high == 1 ? " civilian" : " civilians");
  }
}
