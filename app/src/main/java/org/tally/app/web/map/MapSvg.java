package org.tally.app.web.map;

import java.util.List;
import java.util.Locale;
import org.tally.app.web.Html;

/**
 * An incident map as inline SVG: the base layer's outlines inside the view, then one circle per incident, sized by
 * its figure (area) and coloured by its grade or contradiction. Equirectangular with its standard parallel at 35°N,
 * where the corpus reports, so that Syria looks like Syria; each outline's path is made once
 * ({@link Outline#path()}). Nothing is fetched: the page carries the whole map.
 */
public final class MapSvg {
  /** East-west scale of the projection: the cosine of its standard parallel. */
  static final double K = Math.cos(Math.toRadians(35));
  /** Syria, where the bundled corpus reports: the view when no incident has a place. */
  private static final double[] DEFAULT_VIEW = {35.5, 32.2, 42.5, 37.4};
  private static final double MIN_SPAN = 3.0;

  private MapSvg() {}

  public static String render(List<Marker> markers, int width, int height, String id) {
    double[] view = view(markers);
    double west = view[0];
    double south = view[1];
    double east = view[2];
    double north = view[3];
    double k = K;
    double x0 = west * k;
    double spanX = (east - west) * k;
    double spanY = north - south;
    // widen the view to the box's proportions so that the projection keeps its shape
    double aspect = width / (double) height;
    if (spanX / spanY < aspect) {
      double grow = spanY * aspect - spanX;
      x0 -= grow / 2;
      spanX += grow;
    } else {
      double grow = spanX / aspect - spanY;
      north += grow / 2;
      spanY += grow;
    }
    double unit = spanX / width;  // degrees per pixel
    StringBuilder svg = new StringBuilder(64 * 1024);
    svg.append("<svg class=\"map\" id=\"").append(Html.attr(id)).append("\" xmlns=\"http://www.w3.org/2000/svg\"")
        .append(" role=\"img\" aria-label=\"Map of incidents\" width=\"").append(width).append("\" height=\"")
        .append(height).append("\" viewBox=\"").append(num(x0)).append(' ').append(num(-north)).append(' ')
        .append(num(spanX)).append(' ').append(num(spanY)).append("\">");
    svg.append("<rect class=\"sea\" x=\"").append(num(x0)).append("\" y=\"").append(num(-north))
        .append("\" width=\"").append(num(spanX)).append("\" height=\"").append(num(spanY)).append("\"/>");
    double viewWest = x0 / k;
    double viewEast = (x0 + spanX) / k;
    double viewSouth = north - spanY;
    for (String layer : new String[] {"country", "admin1"}) {
      svg.append("<g class=\"").append(layer).append("\">");
      for (Outline outline : Basemap.outlines()) {
        if (outline.layer().equals(layer) && outline.intersects(viewWest, viewSouth, viewEast, north)) {
          svg.append(outline.path());
        }
      }
      svg.append("</g>");
    }
    svg.append("<g class=\"marks\">");
    for (Marker m : markers) {
      double r = Math.min(28, 3 + Math.sqrt(Math.max(1, m.size())) * 1.6) * unit;
      svg.append("<a href=\"").append(Html.attr(m.href())).append("\"><circle class=\"mark ")
          .append(Html.attr(m.kind())).append("\" cx=\"").append(num(m.lon() * k)).append("\" cy=\"")
          .append(num(-m.lat())).append("\" r=\"").append(num(r)).append("\"><title>").append(Html.text(m.label()))
          .append("</title></circle></a>");
    }
    svg.append("</g>");
    svg.append("<text class=\"attribution\" x=\"").append(num(x0 + 4 * unit)).append("\" y=\"")
        .append(num(-north + spanY - 4 * unit)).append("\" font-size=\"").append(num(11 * unit))
        .append("\">Base map: Natural Earth (public domain)</text>");
    svg.append("</svg>");
    return svg.toString();
  }

  /** A legend's circle in a marker's classes: coloured by the same stylesheet rules as the map's. */
  public static String swatch(String kind) {
    return "<svg class=\"swatch map-key\" width=\"14\" height=\"14\" viewBox=\"0 0 14 14\"><circle class=\"mark "
        + Html.attr(kind) + "\" cx=\"7\" cy=\"7\" r=\"6\"/></svg>";
  }

  private static double[] view(List<Marker> markers) {
    if (markers.isEmpty()) {
      return DEFAULT_VIEW.clone();
    }
    double west = 180;
    double south = 90;
    double east = -180;
    double north = -90;
    for (Marker m : markers) {
      west = Math.min(west, m.lon());
      east = Math.max(east, m.lon());
      south = Math.min(south, m.lat());
      north = Math.max(north, m.lat());
    }
    double padX = Math.max(MIN_SPAN - (east - west), 0) / 2 + 0.5;
    double padY = Math.max(MIN_SPAN - (north - south), 0) / 2 + 0.5;
    return new double[] {west - padX, south - padY, east + padX, north + padY};
  }

  static String num(double v) {
    return String.format(Locale.ROOT, "%.3f", v);
  }
}
