package org.tally.app.export;

import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import org.tally.link.ClaimRef;
import org.tally.link.Incident;
import org.tally.model.ClaimPlace;
import org.tally.model.PlacePrecision;

/**
 * Where to put an incident on a map: the coordinates of the most exactly known place among its claims that is the
 * incident's own place (same name, else same governorate). Linking keeps names, not coordinates, for an incident; its
 * claims carry the gazetteer's point for each place they name.
 */
public record IncidentPoint(double lat, double lon, PlacePrecision precision) {
  public IncidentPoint {
    Objects.requireNonNull(precision, "precision");
    if (lat < -90 || lat > 90 || lon < -180 || lon > 180) {
      throw new IllegalArgumentException("not a point on Earth: lat " + lat + ", lon " + lon);
    }
  }

  public static Optional<IncidentPoint> of(Incident incident) {
    String name = incident.place().name();
    String admin1 = incident.place().admin1();
    if (name == null && admin1 == null) {
      return Optional.empty();
    }
    return incident.claims().stream()
        .map(ClaimRef::claim)
        .map(claim -> claim.location())
        .filter(place -> place != null && place.lat() != null && place.lon() != null && place.precision() != null)
        .filter(place -> name != null ? name.equals(place.name()) : admin1.equals(place.admin1()))
        .min(Comparator.comparing(ClaimPlace::precision))
        .map(place -> new IncidentPoint(place.lat(), place.lon(), place.precision()));
  }

  /** UCDP GED's where_prec: 1 exact place, 2 within about 25 km, 3 district, 4 province, 6 country, 7 wider. */
  public int ucdpPrecision() {
    return switch (precision) {
      case POINT -> 1;
      case NEAR_POINT -> 2;
      case DISTRICT -> 3;
      case GOVERNORATE, REGION -> 4;
      case COUNTRY -> 6;
      case COUNTRIES -> 7;
    };
  }

  /** ACLED's geo_precision: 1 the town itself, 2 near it or a part of a region, 3 a province or wider. */
  public int acledPrecision() {
    return switch (precision) {
      case POINT -> 1;
      case NEAR_POINT, DISTRICT -> 2;
      case GOVERNORATE, REGION, COUNTRY, COUNTRIES -> 3;
    };
  }
}
