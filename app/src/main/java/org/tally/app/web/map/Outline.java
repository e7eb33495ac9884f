package org.tally.app.web.map;

/**
 * One ring of a country or first-level division outline, in degrees.
 *
 * @param layer "country" or "admin1"
 * @param lons and {@code lats}: the ring's points, in order
 */
public record Outline(String layer, String name, String country, double[] lons, double[] lats, double minLon,
    double minLat, double maxLon, double maxLat) {

  public boolean intersects(double west, double south, double east, double north) {
    return maxLon >= west && minLon <= east && maxLat >= south && minLat <= north;
  }
}
