package org.tally.verify;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tally.lexicon.RuleFile;
import org.tally.lexicon.RuleRow;

/**
 * The numbers of verify-settings.tsv: which records a claim may be, and when its figure agrees with them.
 *
 * @param timeSlackDays days a record's span may lie outside a claim's and still be its event
 * @param inferredReachDays days further back a claim whose text states no time may reach
 * @param maxClaimDays a claim spanning more days is not one incident's toll and is not checked
 * @param pointKm how far apart two points may be and still be one place
 * @param nearPointKm the same when the coarser of the two is near a point
 * @param districtKm the same when the coarser of the two is a district
 * @param agreePercent a figure this close (in percent) to a record's range agrees with it
 * @param exceedsPercent a lowest figure above this percentage of the records' summed high exceeds them...
 * @param exceedsMargin ...when it is also at least this many deaths above it
 * @param sameEventRatio a toll more than this many times what the records there hold is not of their events
 * @param contradictionPrecision the coarsest place (1 point, 2 near a point, 3 district, 4 governorate, 5 region,
 *     6 country) at which a toll above the records contradicts the article
 * @param namedPlaceKm how far (km) a record's point may lie from a town or site the article names and be taken for a
 *     record of that place ({@link NamedPlaces})
 * @param namedExceedsPercent a toll of a town or site that records of other places or days bear out only together is
 *     held to the records at the places the article names, on its own days: above this percentage of what they hold
 *     (and exceeds_margin more), it exceeds them ({@link ClaimGrader#exceedsAtNamedPlace})
 * @param documentedDeaths a governorate's toll above all the records of its governorate and days contradicts the
 *     article when those records hold at least this many deaths: its days there are documented ({@link VerdictRule})
 * @param documentedTownDeaths a town's toll more than same_event_ratio times the records at the places the article
 *     names, on its days, is still held to them when they hold at least this many deaths: that town's day is
 *     documented ({@link ClaimGrader#documentedTown})
 * @param bearingKm how far (km) a record's point may lie from the town of a claim placed in a direction from it
 *     ("south of Samarra"), on that side of it ({@link Bearing})
 */
public record VerifySettings(int timeSlackDays, int inferredReachDays, int maxClaimDays, int pointKm, int nearPointKm,
    int districtKm, int agreePercent, int exceedsPercent, int exceedsMargin, int sameEventRatio,
    int contradictionPrecision, int namedPlaceKm, int namedExceedsPercent, int documentedDeaths,
    int documentedTownDeaths, int bearingKm) {
  static final List<String> NAMES = List.of("time_slack_days", "inferred_reach_days", "max_claim_days", "point_km",
      "near_point_km", "district_km", "agree_percent", "exceeds_percent", "exceeds_margin", "same_event_ratio",
      "contradiction_precision", "named_place_km", "named_exceeds_percent", "documented_deaths",
      "documented_town_deaths", "bearing_km");

  public VerifySettings {
    if (exceedsPercent < 100) {
      throw new IllegalArgumentException("exceeds_percent must be at least 100, not " + exceedsPercent);
    }
    if (namedExceedsPercent < exceedsPercent) {
      throw new IllegalArgumentException("named_exceeds_percent must be at least exceeds_percent (" + exceedsPercent
          + "), not " + namedExceedsPercent);
    }
  }

  static VerifySettings read(RuleFile file) {
    Map<String, Integer> values = new HashMap<>();
    for (RuleRow row : file.rows()) {
      String name = row.get("setting");
      if (!NAMES.contains(name)) {
        throw row.error("setting", "unknown setting \"" + name + "\"; known: " + NAMES);
      }
      values.put(name, row.integer("value").orElseThrow(() -> row.error("value", "a value is required")));
    }
    for (String name : NAMES) {
      if (!values.containsKey(name)) {
        throw new IllegalArgumentException(file.name() + " lacks the setting " + name);
      }
    }
    return new VerifySettings(values.get("time_slack_days"), values.get("inferred_reach_days"),
        values.get("max_claim_days"), values.get("point_km"), values.get("near_point_km"), values.get("district_km"),
        values.get("agree_percent"), values.get("exceeds_percent"), values.get("exceeds_margin"),
        values.get("same_event_ratio"), values.get("contradiction_precision"), values.get("named_place_km"),
        values.get("named_exceeds_percent"), values.get("documented_deaths"),
        values.get("documented_town_deaths"), values.get("bearing_km"));
  }
}
