package org.tally.link;

import java.util.Locale;
import org.tally.model.Harm;
import org.tally.model.Scope;
import org.tally.model.Victims;

/**
 * What makes aggregate or cumulative claims one running count: who counts (claimant family), whom it blames
 * (perpetrator family), the harm, the victims, the scope and the country. "outlet" as claimant is the outlet by name.
 */
record SeriesKey(String claimant, String perpetrator, Harm harm, Victims victims, Scope scope, String country) {
  static final String UNKNOWN = "unknown";

  static SeriesKey of(ClaimRef ref, LinkRules rules) {
    String claimant = ref.claim().claimant();
    if (claimant == null) {
      claimant = UNKNOWN;
    } else if (claimant.equals("outlet")) {
      claimant = "outlet:" + (ref.outlet() == null ? UNKNOWN : ref.outlet().toLowerCase(Locale.ROOT));
    } else {
      claimant = rules.family(claimant);
    }
    String perpetrator = ref.claim().perpetrator() == null ? UNKNOWN : rules.family(ref.claim().perpetrator());
    String country = Cluster.countries(ref.claim().location()).stream().sorted().reduce((a, b) -> a + "," + b)
        .orElse("-");
    return new SeriesKey(claimant, perpetrator, ref.claim().harm(), ref.claim().victims(), ref.claim().scope(), country);
  }

  /** "ser:" and the key's parts: readable, and the same however many readings the series has. */
  String id() {
    return "ser:" + String.join("/", claimant, perpetrator, harm.jsonName(), victims.jsonName(), scope.jsonName(),
        country);
  }
}
