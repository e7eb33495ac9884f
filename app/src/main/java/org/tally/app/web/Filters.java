package org.tally.app.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import org.tally.link.ClaimRef;
import org.tally.link.Incident;
import org.tally.model.Claim;
import org.tally.model.Harm;
import org.tally.model.Victims;

/**
 * The filters of the overview, the lists and the API, as kept in the query string so that a view can be shared as a
 * link: {@code from}, {@code to} (ISO dates), {@code country} (ISO alpha-2), {@code admin1} (governorate),
 * {@code perpetrator}, {@code harm}, {@code victims}, {@code outlet}. Each is null when not set.
 */
public record Filters(LocalDate from, LocalDate to, String country, String admin1, String perpetrator, Harm harm,
    Victims victims, String outlet) {
  public static final Filters NONE = new Filters(null, null, null, null, null, null, null, null);

  /** Reads the filters of a request; a bad date or enum is a 400 that names the parameter and the value. */
  public static Filters of(Request request) {
    return new Filters(date(request, "from"), date(request, "to"), request.param("country").orElse(null),
        request.param("admin1").orElse(null), request.param("perpetrator").orElse(null),
        request.param("harm").map(v -> enumValue(Harm.class, "harm", v)).orElse(null),
        request.param("victims").map(v -> enumValue(Victims.class, "victims", v)).orElse(null),
        request.param("outlet").orElse(null));
  }

  public boolean any() {
    return !equals(NONE);
  }

  public boolean matches(Incident incident) {
    if (harm != null && incident.harm() != harm) {
      return false;
    }
    if (victims != null && incident.victims() != victims) {
      return false;
    }
    if (perpetrator != null && !perpetrator.equalsIgnoreCase(String.valueOf(incident.perpetrator()))) {
      return false;
    }
    if (country != null && !country.equalsIgnoreCase(String.valueOf(incident.place().country()))) {
      return false;
    }
    if (admin1 != null && !admin1.equalsIgnoreCase(String.valueOf(incident.place().admin1()))) {
      return false;
    }
    if ((from != null || to != null)
        && (incident.when() == null || !within(incident.when().start(), incident.when().end()))) {
      return false;
    }
    return outlet == null || incident.claims().stream().map(ClaimRef::outlet).anyMatch(outlet::equalsIgnoreCase);
  }

  /** The same filters over one claim; {@code outletOfDoc} is its document's outlet, or null. */
  public boolean matches(Claim claim, String outletOfDoc, LocalDate docDate) {
    if (harm != null && claim.harm() != harm || victims != null && claim.victims() != victims) {
      return false;
    }
    if (perpetrator != null && !perpetrator.equalsIgnoreCase(String.valueOf(claim.perpetrator()))) {
      return false;
    }
    String claimCountry = claim.location() == null ? null : claim.location().country();
    String claimAdmin1 = claim.location() == null ? null : claim.location().admin1();
    if (country != null && !country.equalsIgnoreCase(String.valueOf(claimCountry))
        || admin1 != null && !admin1.equalsIgnoreCase(String.valueOf(claimAdmin1))) {
      return false;
    }
    if (from != null || to != null) {
      LocalDate start = claim.when() != null && claim.when().start() != null ? claim.when().start() : docDate;
      LocalDate end = claim.when() != null && claim.when().end() != null ? claim.when().end() : start;
      if (start == null || !within(start, end)) {
        return false;
      }
    }
    return outlet == null || outlet.equalsIgnoreCase(String.valueOf(outletOfDoc));
  }

  private boolean within(LocalDate start, LocalDate end) {
    return (from == null || !end.isBefore(from)) && (to == null || !start.isAfter(to));
  }

  /** The filters as query parameters, in a fixed order, each value percent-encoded; empty when none is set. */
  public Map<String, String> asParams() {
    Map<String, String> out = new LinkedHashMap<>();
    put(out, "from", from == null ? null : from.toString());
    put(out, "to", to == null ? null : to.toString());
    put(out, "country", country);
    put(out, "admin1", admin1);
    put(out, "perpetrator", perpetrator);
    put(out, "harm", harm == null ? null : harm.jsonName());
    put(out, "victims", victims == null ? null : victims.jsonName());
    put(out, "outlet", outlet);
    return out;
  }

  /** "from=...&harm=..." (not escaped for HTML: pass it through {@link Html#attr} when it goes into a link). */
  public String query() {
    StringJoiner out = new StringJoiner("&");
    asParams().forEach((k, v) -> out.add(k + "=" + Html.url(v)));
    return out.toString();
  }

  private static void put(Map<String, String> out, String key, String value) {
    if (value != null) {
      out.put(key, value);
    }
  }

  private static LocalDate date(Request request, String name) {
    Optional<String> value = request.param(name);
    try {
      return value.map(LocalDate::parse).orElse(null);
    } catch (DateTimeParseException e) {
      throw new WebException(400, name + ": \"" + value.get() + "\" is not a date; write it as YYYY-MM-DD");
    }
  }

  private static <E extends Enum<E>> E enumValue(Class<E> type, String name, String value) {
    try {
      return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      StringJoiner allowed = new StringJoiner(", ");
      for (E constant : type.getEnumConstants()) {
        allowed.add(constant.name().toLowerCase(Locale.ROOT));
      }
      throw new WebException(400, name + ": \"" + value + "\" is not one of " + allowed);
    }
  }
}
