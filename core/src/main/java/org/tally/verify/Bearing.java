package org.tally.verify;

import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tally.model.GreatCircle;

/**
 * The compass direction a claim's place words give from a town ("south of Samarra", "the desert south of Hatra",
 * "northeast of Fallujah"), and whether a record's point lies on that side of the town. Such a place lies some way
 * off the town, not at it: wire reports say "south of Samarra" of a village 25 km out, which "near" would not reach.
 */
final class Bearing {
  private static final Map<String, Double> DEGREES = Map.of("north", 0.0, "northeast", 45.0, "east", 90.0,
      "southeast", 135.0, "south", 180.0, "southwest", 225.0, "west", 270.0, "northwest", 315.0);
  private static final Pattern OF = Pattern.compile(
      "(?i)\\b((?:north|south)(?:-?(?:east|west))?|east|west)\\s+of\\b");
  /** How far either side of the direction a record may lie and still be on that side of the town. */
  private static final double HALF_WIDTH = 90;

  private Bearing() {}

  /** The direction, in degrees clockwise from north, that the words give from the town after them; empty if none. */
  static OptionalDouble of(String words) {
    if (words == null) {
      return OptionalDouble.empty();
    }
    Matcher m = OF.matcher(words);
    if (!m.find()) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(DEGREES.get(m.group(1).toLowerCase(Locale.ROOT).replace("-", "")));
  }

  /** Whether the point (lat, lon) lies within 90 degrees of {@code degrees} as seen from the town's point. */
  static boolean toward(double degrees, double townLat, double townLon, double lat, double lon) {
    double y = Math.sin(Math.toRadians(lon - townLon)) * Math.cos(Math.toRadians(lat));
    double x = Math.cos(Math.toRadians(townLat)) * Math.sin(Math.toRadians(lat))
        - Math.sin(Math.toRadians(townLat)) * Math.cos(Math.toRadians(lat)) * Math.cos(Math.toRadians(lon - townLon));
    double seen = (Math.toDegrees(Math.atan2(y, x)) + 360) % 360;
    double off = Math.abs(seen - degrees) % 360;
    return Math.min(off, 360 - off) <= HALF_WIDTH;
  }

  /** A record's point within {@code km} of the town, on the side the claim's words give. */
  static boolean reaches(String words, double townLat, double townLon, double lat, double lon, int km) {
    OptionalDouble degrees = of(words);
    return degrees.isPresent() && GreatCircle.km(townLat, townLon, lat, lon) <= km
        && toward(degrees.getAsDouble(), townLat, townLon, lat, lon);
  }
}
