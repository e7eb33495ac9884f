package org.tally.link;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.tally.model.ClaimPlace;
import org.tally.model.PlacePrecision;

/**
 * Claims being gathered into one incident, inside {@link IncidentClusterer} only. A claim joins only when it is
 * compatible with every member (complete linkage), so "people" cannot chain a civilian toll to a soldiers' toll and a
 * month-long report cannot chain two different days. The summary fields make that check constant-time.
 */
final class Cluster {
  final int order;
  final List<ClaimRef> members = new ArrayList<>();
  /** The week blocks the clusterer has filed this cluster under. */
  final Set<Long> weeks = new HashSet<>();
  private LocalDate latestStart;
  private LocalDate earliestEnd;
  private DaySpan extent;
  private String admin1;
  private Set<String> countries = Set.of();
  private String fineName;
  private PlacePrecision finePrecision;
  private String perpetratorFamily;
  private String victimGroup;
  private final Set<String> docClaimants = new HashSet<>();

  Cluster(int order) {
    this.order = order;
  }

  /** What the checks need of a claim, worked out once per claim rather than once per comparison. */
  record Features(ClaimRef ref, DaySpan span, String admin1, Set<String> countries, String fineName,
      PlacePrecision precision, String perpetratorFamily, String victimGroup, String docClaimant) {
    static Features of(ClaimRef ref, DaySpan span, LinkRules rules) {
      ClaimPlace place = ref.claim().location();
      return new Features(ref, span, Cluster.admin1(place), Cluster.countries(place), Cluster.fineName(place),
          place == null ? null : place.precision(), rules.family(ref.claim().perpetrator()),
          rules.victimGroup(ref.claim().victims()), Cluster.docClaimant(ref));
    }
  }

  boolean accepts(Features claim, int slackDays) {
    // every member's span must overlap the claim's: with the latest start and earliest end, two comparisons do
    if (claim.span().start().isAfter(earliestEnd.plusDays(slackDays))
        || latestStart.isAfter(claim.span().end().plusDays(slackDays))) {
      return false;
    }
    // the extractor already merged one claimant's repeats within a document: what is left is another event
    if (docClaimants.contains(claim.docClaimant())) {
      return false;
    }
    if (claim.perpetratorFamily() != null && perpetratorFamily != null
        && !claim.perpetratorFamily().equals(perpetratorFamily)) {
      return false;
    }
    if (!claim.victimGroup().equals(LinkRules.ANY_GROUP) && victimGroup != null
        && !claim.victimGroup().equals(victimGroup)) {
      return false;
    }
    if (claim.admin1() != null && admin1 != null && !claim.admin1().equals(admin1)) {
      return false;
    }
    if (!claim.countries().isEmpty() && !countries.isEmpty()
        && claim.countries().stream().noneMatch(countries::contains)) {
      return false;
    }
    // two villages of one governorate on one day are two strikes; a village and its district may be one
    return claim.fineName() == null || fineName == null || claim.precision() != finePrecision
        || claim.fineName().equals(fineName);
  }

  void add(Features claim) {
    members.add(claim.ref());
    DaySpan span = claim.span();
    latestStart = latestStart == null || span.start().isAfter(latestStart) ? span.start() : latestStart;
    earliestEnd = earliestEnd == null || span.end().isBefore(earliestEnd) ? span.end() : earliestEnd;
    extent = extent == null ? span : extent.union(span);
    docClaimants.add(claim.docClaimant());
    if (admin1 == null) {
      admin1 = claim.admin1();
    }
    if (countries.isEmpty()) {
      countries = claim.countries();
    } else if (!claim.countries().isEmpty()) {
      Set<String> both = new HashSet<>(countries);
      both.retainAll(claim.countries());
      countries = both;
    }
    if (fineName == null && claim.fineName() != null) {
      fineName = claim.fineName();
      finePrecision = claim.precision();
    }
    if (perpetratorFamily == null) {
      perpetratorFamily = claim.perpetratorFamily();
    }
    if (victimGroup == null && !claim.victimGroup().equals(LinkRules.ANY_GROUP)) {
      victimGroup = claim.victimGroup();
    }
  }

  /** Days between the middles of the claim's span and of the cluster's extent: the better fit is nearer. */
  long distance(DaySpan span) {
    long theirs = span.start().toEpochDay() + span.end().toEpochDay();
    long ours = extent.start().toEpochDay() + extent.end().toEpochDay();
    return Math.abs(theirs - ours);
  }

  String admin1() {
    return admin1;
  }

  static String admin1(ClaimPlace place) {
    return place == null || place.admin1() == null || place.admin1().isBlank() ? null
        : place.admin1().strip().toLowerCase(Locale.ROOT);
  }

  static Set<String> countries(ClaimPlace place) {
    if (place == null || place.country() == null || place.country().isBlank()) {
      return Set.of();
    }
    Set<String> out = new HashSet<>();
    for (String code : place.country().split(",")) {
      if (!code.isBlank()) {
        out.add(code.strip().toUpperCase(Locale.ROOT));
      }
    }
    return out;
  }

  private static String fineName(ClaimPlace place) {
    if (place == null || place.name() == null || place.precision() == null) {
      return null;
    }
    return switch (place.precision()) {
      case POINT, NEAR_POINT, DISTRICT -> place.name().strip().toLowerCase(Locale.ROOT);
      default -> null;
    };
  }

  private static String docClaimant(ClaimRef ref) {
    return ref.doc() + "\u0000" + Objects.requireNonNullElse(ref.claim().claimant(), "");
  }
}
