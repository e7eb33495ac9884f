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

  boolean accepts(ClaimRef ref, DaySpan span, LinkRules rules) {
    // every member's span must overlap the claim's: with the latest start and earliest end, two comparisons do
    if (span.start().isAfter(earliestEnd.plusDays(rules.slackDays()))
        || latestStart.isAfter(span.end().plusDays(rules.slackDays()))) {
      return false;
    }
    // the extractor already merged one claimant's repeats within a document: what is left is another event
    if (docClaimants.contains(docClaimant(ref))) {
      return false;
    }
    String family = rules.family(ref.claim().perpetrator());
    if (family != null && perpetratorFamily != null && !family.equals(perpetratorFamily)) {
      return false;
    }
    String group = rules.victimGroup(ref.claim().victims());
    if (!group.equals(LinkRules.ANY_GROUP) && victimGroup != null && !group.equals(victimGroup)) {
      return false;
    }
    return placeFits(ref.claim().location());
  }

  private boolean placeFits(ClaimPlace place) {
    String theirAdmin1 = admin1(place);
    if (theirAdmin1 != null && admin1 != null && !theirAdmin1.equals(admin1)) {
      return false;
    }
    Set<String> theirCountries = countries(place);
    if (!theirCountries.isEmpty() && !countries.isEmpty() && theirCountries.stream().noneMatch(countries::contains)) {
      return false;
    }
    // two villages of one governorate on one day are two strikes; a village and its district may be one
    String name = fineName(place);
    return name == null || fineName == null || place.precision() != finePrecision || name.equals(fineName);
  }

  void add(ClaimRef ref, DaySpan span, LinkRules rules) {
    members.add(ref);
    latestStart = latestStart == null || span.start().isAfter(latestStart) ? span.start() : latestStart;
    earliestEnd = earliestEnd == null || span.end().isBefore(earliestEnd) ? span.end() : earliestEnd;
    extent = extent == null ? span : extent.union(span);
    docClaimants.add(docClaimant(ref));
    ClaimPlace place = ref.claim().location();
    if (admin1 == null) {
      admin1 = admin1(place);
    }
    Set<String> theirs = countries(place);
    if (countries.isEmpty()) {
      countries = theirs;
    } else if (!theirs.isEmpty()) {
      Set<String> both = new HashSet<>(countries);
      both.retainAll(theirs);
      countries = both;
    }
    if (fineName == null && fineName(place) != null) {
      fineName = fineName(place);
      finePrecision = place.precision();
    }
    if (perpetratorFamily == null) {
      perpetratorFamily = rules.family(ref.claim().perpetrator());
    }
    String group = rules.victimGroup(ref.claim().victims());
    if (victimGroup == null && !group.equals(LinkRules.ANY_GROUP)) {
      victimGroup = group;
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
