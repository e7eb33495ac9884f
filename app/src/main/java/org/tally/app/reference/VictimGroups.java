package org.tally.app.reference;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.tally.link.DaySpan;
import org.tally.verify.RecordPlacer;
import org.tally.verify.ReferenceRecord;

/**
 * A per-victim export (VDC-style: one row per person killed) grouped into one record per day, area and cause, which
 * is the unit a news report counts. The record's id is "date/province/area/cause" (a part not given left empty:
 * "2020-06-11/Hama//Explosion"); its toll is the number of rows;
 * its civilians those whose status says civilian.
 */
final class VictimGroups {
  private record Key(LocalDate day, String province, String area, String cause) {}

  private static final class Group {
    int deaths;
    int civilians;
    final Set<String> actors = new LinkedHashSet<>();
  }

  private final Map<Key, Group> groups = new LinkedHashMap<>();

  void add(LocalDate day, String province, String area, String cause, String status, String actors) {
    Group g = groups.computeIfAbsent(new Key(day, blankless(province), blankless(area), blankless(cause)),
        k -> new Group());
    g.deaths++;
    if (status != null && status.strip().toLowerCase(Locale.ROOT).startsWith("civil")) {
      g.civilians++;
    }
    if (actors != null && !actors.isBlank()) {
      g.actors.add(actors.strip());
    }
  }

  private static String part(String s) {
    return s == null ? "" : s;
  }

  private static String blankless(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  List<ReferenceRecord> records(String source, RecordPlacer placer) {
    List<ReferenceRecord> out = new ArrayList<>(groups.size());
    groups.forEach((k, g) -> out.add(new ReferenceRecord(source,
        k.day() + "/" + part(k.province()) + "/" + part(k.area()) + "/" + part(k.cause()),
        new DaySpan(k.day(), k.day()),
        placer.place(k.area(), k.province(), null, "SY", null, null, null), List.copyOf(g.actors), g.deaths, g.deaths,
        g.deaths, g.civilians)));
    return out;
  }
}
