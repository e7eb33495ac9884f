package org.tally.app.web.map;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The bundled base layer: Natural Earth country outlines (1:50m) and first-level divisions (1:10m) of the countries
 * the corpus reports on, from {@code basemap.tsv} beside this class (derived by scripts/web/basemap.py). Loaded once.
 */
public final class Basemap {
  static final String FILE = "basemap.tsv";
  private static volatile List<Outline> outlines;

  private Basemap() {}

  public static List<Outline> outlines() {
    if (outlines == null) {
      synchronized (Basemap.class) {
        if (outlines == null) {
          outlines = load();
        }
      }
    }
    return outlines;
  }

  private static List<Outline> load() {
    List<Outline> out = new ArrayList<>();
    try (InputStream in = Basemap.class.getResourceAsStream(FILE)) {
      if (in == null) {
        throw new IllegalStateException(FILE + " is missing from the build: the web map has no base layer");
      }
      BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int number = 0;
      while ((line = lines.readLine()) != null) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        out.add(parse(line, number));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(FILE + ": " + e.getMessage(), e);
    }
    return List.copyOf(out);
  }

  private static Outline parse(String line, int number) {
    String[] fields = line.split("\t", -1);
    if (fields.length != 4) {
      throw new IllegalStateException(FILE + ":" + number + ": expected 4 columns, found " + fields.length);
    }
    String[] points = fields[3].split(" ");
    double[] lons = new double[points.length];
    double[] lats = new double[points.length];
    double minLon = 180;
    double minLat = 90;
    double maxLon = -180;
    double maxLat = -90;
    for (int i = 0; i < points.length; i++) {
      int comma = points[i].indexOf(',');
      lons[i] = Double.parseDouble(points[i].substring(0, comma));
      lats[i] = Double.parseDouble(points[i].substring(comma + 1));
      minLon = Math.min(minLon, lons[i]);
      maxLon = Math.max(maxLon, lons[i]);
      minLat = Math.min(minLat, lats[i]);
      maxLat = Math.max(maxLat, lats[i]);
    }
    return Outline.of(fields[0], fields[1], fields[2], lons, lats, minLon, minLat, maxLon, maxLat);
  }
}
