package org.tally.store;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.tally.link.DaySpan;
import org.tally.model.PlacePrecision;
import org.tally.verify.CountedDeaths;
import org.tally.verify.RecordPlace;
import org.tally.verify.ReferenceRecord;

/** The reference_records table: records added with {@code tally reference add}, keyed by source and id. */
final class ReferenceRows {
  private ReferenceRows() {}

  static void upsert(Handle h, String file, List<ReferenceRecord> records) {
    var batch = h.prepareBatch("INSERT INTO reference_records (source, id, date_start, date_end, place_name, admin1,"
        + " admin2, admin3, country, lat, lon, place_precision, sides, low, best, high, civilians, counts, added_from)"
        + " VALUES (:source, :id, :start, :end, :name, :admin1, :admin2, :admin3, :country, :lat, :lon, :precision,"
        + " :sides, :low, :best,"
        + " :high, :civilians, :counts, :file) ON CONFLICT (source, id) DO UPDATE SET date_start = excluded.date_start,"
        + " date_end = excluded.date_end, place_name = excluded.place_name, admin1 = excluded.admin1,"
        + " admin2 = excluded.admin2, admin3 = excluded.admin3, country = excluded.country, lat = excluded.lat, lon = excluded.lon,"
        + " place_precision = excluded.place_precision, sides = excluded.sides, low = excluded.low,"
        + " best = excluded.best, high = excluded.high, civilians = excluded.civilians,"
        + " counts = excluded.counts, added_from = excluded.added_from");
    for (ReferenceRecord r : records) {
      RecordPlace p = r.place();
      batch.bind("source", r.source()).bind("id", r.id()).bind("start", r.when().start().toString())
          .bind("end", r.when().end().toString()).bind("name", p.name()).bind("admin1", p.admin1())
          .bind("admin2", p.admin2()).bind("admin3", p.admin3()).bind("country", p.country()).bind("lat", p.lat()).bind("lon", p.lon())
          .bind("precision", p.precision().jsonName()).bind("sides", String.join("\n", r.sides()))
          .bind("low", r.low()).bind("best", r.best()).bind("high", r.high()).bind("civilians", r.civilians())
          .bind("counts", r.counts().jsonName()).bind("file", file).add();
    }
    if (!records.isEmpty()) {
      batch.execute();
    }
  }

  static void each(Handle h, Consumer<ReferenceRecord> each) {
    h.createQuery("SELECT source, id, date_start, date_end, place_name, admin1, admin2, country, lat, lon,"
            + " place_precision, sides, low, best, high, civilians, counts, admin3 FROM reference_records"
            + " ORDER BY source, id")
        .map((rs, ctx) -> {
          Double lat = rs.getObject(9) == null ? null : rs.getDouble(9);
          Double lon = rs.getObject(10) == null ? null : rs.getDouble(10);
          String sides = rs.getString(12);
          Integer civilians = rs.getObject(16) == null ? null : rs.getInt(16);
          return new ReferenceRecord(rs.getString(1), rs.getString(2),
              new DaySpan(LocalDate.parse(rs.getString(3)), LocalDate.parse(rs.getString(4))),
              new RecordPlace(rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(18), rs.getString(8), lat, lon,
                  PlacePrecision.valueOf(rs.getString(11).toUpperCase(Locale.ROOT).replace('-', '_'))),
              sides.isEmpty() ? List.of() : Arrays.asList(sides.split("\n")), rs.getInt(13), rs.getInt(14),
              rs.getInt(15), civilians, CountedDeaths.of(rs.getString(17)));
        })
        .forEach(each);
  }

  static int count(Handle h) {
    return h.createQuery("SELECT COUNT(*) FROM reference_records").mapTo(Integer.class).one();
  }
}
