package org.tally.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tally.link.ClaimRef;
import org.tally.model.ClaimPlace;
import org.tally.model.GreatCircle;
import org.tally.model.PlacePrecision;

/**
 * The towns and sites an article's own text names, as points. A record lying at one of them on a toll's days is
 * taken for the article's event more surely than the other records of its governorate: the article and the record
 * name the same place. A governorate's seat named for its governorate ("killed in Idlib") is not a town here, as
 * {@link VerifyRules#forMatching} reads it.
 *
 * @param places points (latitude and longitude known), in the order the text names them, each once
 */
public record NamedPlaces(List<ClaimPlace> places, TextNames text) {
  public static final NamedPlaces NONE = new NamedPlaces(List.of());

  /** Places without the names of their text: records are taken for a named place's by their points only. */
  public NamedPlaces(List<ClaimPlace> places) {
    this(places, TextNames.NONE);
  }

  public NamedPlaces {
    places = List.copyOf(places);
    java.util.Objects.requireNonNull(text, "text");
    for (ClaimPlace p : places) {
      if (p.lat() == null || p.lon() == null) {
        throw new IllegalArgumentException("a named place needs a point: " + p.name());
      }
    }
  }

  /** The places of these candidates that are towns or sites with a point, each name once. */
  public static NamedPlaces of(List<ClaimPlace> candidates, VerifyRules rules) {
    return of(candidates, TextNames.NONE, rules);
  }

  /** The places of these candidates that are towns or sites with a point, each name once, and the text's names. */
  public static NamedPlaces of(List<ClaimPlace> candidates, TextNames text, VerifyRules rules) {
    List<ClaimPlace> out = new ArrayList<>();
    List<String> seen = new ArrayList<>();
    for (ClaimPlace candidate : candidates) {
      ClaimPlace p = rules.forMatching(candidate);
      if (p == null || p.lat() == null || p.lon() == null || p.name() == null
          || p.precision() != PlacePrecision.POINT && p.precision() != PlacePrecision.NEAR_POINT) {
        continue;
      }
      String key = p.name() + "@" + p.lat() + "," + p.lon();
      if (!seen.contains(key)) {
        seen.add(key);
        out.add(p);
      }
    }
    return new NamedPlaces(out, text);
  }

  /**
   * These places and the toll's own place where it is a town or site with a point, even a governorate's seat
   * ("37 killed in Aleppo city"): the place a toll names is a place the article names, and the records there on its
   * days are the likeliest to be its event, though the governorate's are matched with it too.
   */
  public NamedPlaces withOwnPlace(ClaimPlace own) {
    if (own == null || own.lat() == null || own.lon() == null || own.name() == null
        || own.precision() != PlacePrecision.POINT && own.precision() != PlacePrecision.NEAR_POINT
        || places.stream().anyMatch(p -> p.name().equals(own.name()) && p.lat().equals(own.lat())
            && p.lon().equals(own.lon()))) {
      return this;
    }
    List<ClaimPlace> out = new ArrayList<>(places);
    out.add(own);
    return new NamedPlaces(out, text);
  }

  /** The towns and sites the claims of an article's own text name (when its text is not at hand). */
  public static NamedPlaces ofClaims(List<ClaimRef> refs, VerifyRules rules) {
    List<ClaimPlace> places = new ArrayList<>();
    for (ClaimRef ref : refs) {
      if (ref.claim().section().isOwnText() && ref.claim().location() != null) {
        places.add(ref.claim().location());
      }
    }
    return of(places, rules);
  }

  /**
   * The place the article names that a record lies at: the nearest named point within {@code km} of its point, else
   * the name its text writes for the record's own place or district ({@link TextNames}: a village the gazetteer
   * lacks, which the record names with or without a point); empty when none.
   */
  public Optional<NamedRecord> at(ReferenceRecord record, int km, VerifyRules rules) {
    Optional<NamedRecord> near = at(record, km);
    if (near.isPresent()) {
      return near;
    }
    return text.of(record.place(), rules.recordNameWords(), rules).map(n -> new NamedRecord(record, n, 0));
  }

  /** The nearest named place a record lies at, within {@code km} of it; empty when it lies at none or has no point. */
  public Optional<NamedRecord> at(ReferenceRecord record, int km) {
    RecordPlace place = record.place();
    if (place.lat() == null) {
      return Optional.empty();
    }
    ClaimPlace nearest = null;
    double best = Double.MAX_VALUE;
    for (ClaimPlace p : places) {
      double d = GreatCircle.km(p.lat(), p.lon(), place.lat(), place.lon());
      if (d <= km && d < best) {
        best = d;
        nearest = p;
      }
    }
    return nearest == null ? Optional.empty() : Optional.of(new NamedRecord(record, nearest.name(), best));
  }
}
