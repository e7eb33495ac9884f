package org.tally.app.web.map;

/**
 * One ring of a country or first-level division outline, in degrees.
 *
 * @param layer "country" or "admin1"
 * @param lons and {@code lats}: the ring's points, in order
 */
public record Outline(String layer, String name, String country, double[] lons, double[] lats, double minLon,
    double minLat, double maxLon, double maxLat, String path) {

  /** An outline with its SVG path element made in {@link MapSvg}'s projection, once, for every map that shows it. */
  static Outline of(String layer, String name, String country, double[] lons, double[] lats, double minLon,
      double minLat, double maxLon, double maxLat) {
    StringBuilder path = new StringBuilder("<path d=\"");
    for (int i = 0; i < lons.length; i++) {
      path.append(i == 0 ? 'M' : 'L').append(MapSvg.num(lons[i] * MapSvg.K)).append(',').append(MapSvg.num(-lats[i]));
    }
    path.append("Z\"><title>").append(org.tally.app.web.Html.text(name)).append("</title></path>");
    return new Outline(layer, name, country, lons, lats, minLon, minLat, maxLon, maxLat, path.toString());
  }

  public boolean intersects(double west, double south, double east, double north) {
    return maxLon >= west && minLon <= east && maxLat >= south && minLat <= north;
  }
}
