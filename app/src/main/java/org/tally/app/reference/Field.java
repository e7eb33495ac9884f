package org.tally.app.reference;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The fields a reference record is read from; {@code --reference-columns} names them (id=event, best=deaths). */
enum Field {
  /** The dataset's id of the event; the line number when absent. */
  ID,
  /** First day of the event. */
  DATE_START,
  /** Last day; the first when absent. */
  DATE_END,
  /** The place's own name. */
  PLACE,
  ADMIN1,
  ADMIN2,
  /** The subdistrict (ACLED's admin3). */
  ADMIN3,
  COUNTRY,
  LATITUDE,
  LONGITUDE,
  /** UCDP's where_prec (1 point .. 7 international waters), or ACLED's geo_precision (1-3). */
  PRECISION,
  SIDE_A,
  SIDE_B,
  LOW,
  BEST,
  HIGH,
  CIVILIANS;

  String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  static Optional<Field> named(String key) {
    return Arrays.stream(values()).filter(f -> f.key().equals(key.strip().toLowerCase(Locale.ROOT))).findFirst();
  }
}
