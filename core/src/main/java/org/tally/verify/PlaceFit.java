package org.tally.verify;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.tally.link.LinkRules;
import org.tally.model.ClaimPlace;
import org.tally.model.GreatCircle;
import org.tally.model.PlacePrecision;

/**
 * Whether a record's place may be a claim's, compared at the coarser of their two precisions: two points by
 * distance, a district by governorate and distance, a governorate by governorate (or its area: Rif Dimashq is read
 * with Damascus), a region by the governorates it covers, a country by country.
 */
final class PlaceFit {

  private final VerifySettings settings;
  private final LinkRules link;

  PlaceFit(VerifySettings settings, LinkRules link) {
    this.settings = settings;
    this.link = link;
  }

  /** The governorate areas a region-precision claim may lie in; empty when the region is not listed. */
  Set<String> regionAreas(ClaimPlace claim) {
    Set<String> areas = new HashSet<>();
    if (claim.admin1() != null) {
      areas.add(link.areaKey(claim.admin1()));
      return areas;
    }
    for (String country : countries(claim.country())) {
      for (String governorate : link.regionGovernorates(claim.name(), country)) {
        areas.add(link.areaKey(governorate));
      }
    }
    return areas;
  }

  boolean fits(ClaimPlace claim, RecordPlace record) {
    if (record.admin1() == null && claim.admin1() != null) {
      // a record the dataset could not put in a governorate ("Deir ez Zor/Homs border", "Syria") cannot be said to
      // be an event of the claim's governorate
      return false;
    }
    PlacePrecision coarser = claim.precision().compareTo(record.precision()) >= 0 ? claim.precision()
        : record.precision();
    switch (coarser) {
      case POINT, NEAR_POINT, DISTRICT -> {
        int km = coarser == PlacePrecision.POINT ? settings.pointKm()
            : coarser == PlacePrecision.NEAR_POINT ? settings.nearPointKm() : settings.districtKm();
        if (claim.lat() != null && record.lat() != null) {
          double apart = GreatCircle.km(claim.lat(), claim.lon(), record.lat(), record.lon());
          // "south of Samarra": a place some way off the town on that side, further than "near" reaches
          return apart <= km || coarser == PlacePrecision.NEAR_POINT && claim.precision() == PlacePrecision.NEAR_POINT
              && Bearing.reaches(claim.text(), claim.lat(), claim.lon(), record.lat(), record.lon(),
                  settings.bearingKm());
        }
        return sameArea(claim.admin1(), record.admin1(), claim.country(), record.country());
      }
      case GOVERNORATE -> {
        return sameArea(claim.admin1(), record.admin1(), claim.country(), record.country());
      }
      case REGION -> {
        if (record.admin1() == null) {
          return sameCountry(claim.country(), record.country());
        }
        if (claim.precision() == PlacePrecision.REGION) {
          Set<String> areas = regionAreas(claim);
          return areas.isEmpty() ? sameCountry(claim.country(), record.country())
              : areas.contains(link.areaKey(record.admin1()));
        }
        return sameArea(claim.admin1(), record.admin1(), claim.country(), record.country());
      }
      default -> {
        return sameCountry(claim.country(), record.country());
      }
    }
  }

  private boolean sameArea(String a, String b, String countryA, String countryB) {
    if (a == null || b == null) {
      return sameCountry(countryA, countryB);
    }
    return link.areaKey(a).equals(link.areaKey(b));
  }

  private static boolean sameCountry(String claimCountries, String recordCountry) {
    if (claimCountries == null || recordCountry == null) {
      return true;
    }
    return Arrays.asList(countries(claimCountries)).contains(recordCountry);
  }

  static String[] countries(String joined) {
    return joined == null ? new String[0] : joined.split(",");
  }
}
