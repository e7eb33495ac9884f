package org.tally.app.web.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tally.app.web.Html;
import org.tally.app.web.Verification;
import org.tally.app.web.map.Marker;
import org.tally.link.ClaimRef;
import org.tally.link.Incident;
import org.tally.model.ClaimPlace;

/** How pages write counts, places and incidents, the same way everywhere. */
public final class Figures {
  private Figures() {}

  /** "62", "81+", "up to 24", "20–30". */
  public static String range(Integer min, Integer max) {
    if (min != null && max != null) {
      return min.equals(max) ? min.toString() : min + "–" + max;
    }
    return min != null ? min + "+" : "up to " + max;
  }

  public static String orDash(Object value) {
    return value == null ? "–" : value.toString();
  }

  public static String place(Incident incident) {
    List<String> parts = new ArrayList<>();
    if (incident.place().name() != null) {
      parts.add(incident.place().name());
    }
    if (incident.place().admin1() != null && !incident.place().admin1().equals(incident.place().name())) {
      parts.add(incident.place().admin1());
    }
    if (incident.place().country() != null) {
      parts.add(incident.place().country());
    }
    return parts.isEmpty() ? "place unknown" : String.join(", ", parts);
  }

  public static String when(Incident incident) {
    if (incident.when() == null) {
      return "date unknown";
    }
    return incident.when().start().equals(incident.when().end()) ? incident.when().start().toString()
        : incident.when().start() + " to " + incident.when().end();
  }

  public static String href(Incident incident) {
    return (incident.kind() == org.tally.link.IncidentKind.SERIES ? "/series/" : "/incidents/") + Html.url(incident.id());
  }

  /** "62 soldiers killed": the consensus best, the victims and the harm. */
  public static String headline(Incident incident) {
    return orDash(incident.consensus().best()) + " " + incident.victims().jsonName() + " " + incident.harm().jsonName();
  }

  /** The incident's point: the mean of its claims' resolved coordinates, when any has them. */
  public static Optional<double[]> point(Incident incident) {
    double lon = 0;
    double lat = 0;
    int n = 0;
    for (ClaimRef ref : incident.claims()) {
      ClaimPlace place = ref.claim().location();
      if (place != null && place.lat() != null && place.lon() != null) {
        lon += place.lon();
        lat += place.lat();
        n++;
      }
    }
    return n == 0 ? Optional.empty() : Optional.of(new double[] {lon / n, lat / n});
  }

  /**
   * The incidents' circles, coloured by their verify grade, and red where their claims contradict each other
   * (classes "grade-fair", "contradiction grade-contested", ...).
   */
  public static List<Marker> markers(List<Incident> incidents, Verification verification) {
    List<Marker> out = new ArrayList<>();
    for (Incident incident : incidents) {
      String grade = verification.gradeName(incident.id());
      boolean contradiction = incident.consensus().contradiction();
      point(incident).ifPresent(p -> out.add(new Marker(p[0], p[1],
          incident.consensus().best() == null ? 1 : incident.consensus().best(),
          (contradiction ? "contradiction " : "") + "grade-" + grade, href(incident),
          headline(incident) + ", " + place(incident) + ", " + when(incident) + " (" + grade
              + (contradiction ? ", contradiction" : "") + ")")));
    }
    // the largest first, so that a small circle is drawn over a large one and stays clickable
    out.sort(java.util.Comparator.comparingInt(Marker::size).reversed());
    return out;
  }
}
