package org.tally.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tally.model.Harm;
import org.tally.model.Scope;

/** Filing clusters by day, governorate and victim group narrows whom a claim is compared with, never whom it joins. */
class ClusterIndexTest {
  private final LinkRules rules = LinkRules.from(org.tally.lexicon.Lexicons.bundled());

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3})
  void theIndexFindsEveryClusterThatAcceptsTheClaimAndNoOther(long seed) {
    List<Cluster.Features> claims = new ArrayList<>();
    for (ClaimRef ref : BlockLinkingTest.corpus(seed, 2500, 120, seed == 3)) {
      Optional<DaySpan> span = DaySpan.forLinking(ref, rules.inferredReachDays());
      if (span.isPresent() && ref.claim().harm() == Harm.KILLED && ref.claim().scope() == Scope.INCIDENT
          && ref.claim().section().isOwnText()) {
        claims.add(Cluster.Features.of(ref, span.get(), rules));
      }
    }
    claims.sort(Cluster.Features.FINE_FIRST);
    ClusterIndex index = new ClusterIndex(rules);
    Set<Cluster> all = Collections.newSetFromMap(new IdentityHashMap<>());
    int compared = 0;
    for (Cluster.Features claim : claims) {
      Set<Cluster> everyone = Collections.newSetFromMap(new IdentityHashMap<>());
      all.stream().filter(c -> c.accepts(claim, rules)).forEach(everyone::add);
      Set<Cluster> found = Collections.newSetFromMap(new IdentityHashMap<>());
      found.addAll(index.fitting(claim));
      assertThat(found).as("clusters accepting %s", claim.ref().key()).isEqualTo(everyone);
      compared += everyone.size();
      all.add(index.add(claim));
    }
    assertThat(compared).as("claims that had a cluster to join").isGreaterThan(claims.size() / 4);
  }
}
