package org.tally.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tally.link.ClaimFixture.killed;
import static org.tally.model.Victims.CIVILIANS;
import static org.tally.model.Victims.PEOPLE;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tally.lexicon.Lexicons;
import org.tally.model.Victims;

class OutletProfilerTest {
  private final IncidentLinker linker = IncidentLinker.from(Lexicons.bundled());
  private final OutletProfiler profiler = OutletProfiler.from(Lexicons.bundled());

  private Map<String, OutletProfile> profiles(ClaimFixture... claims) {
    List<Incident> incidents = linker.link(java.util.Arrays.stream(claims).map(ClaimFixture::ref).toList());
    return profiler.profile(incidents).stream()
        .collect(java.util.stream.Collectors.toMap(OutletProfile::outlet, p -> p));
  }

  @Test
  void countsClaimsByPerpetratorBlamed() {
    OutletProfile rt = profiles(
        killed("a", CIVILIANS, 10).on("2017-03-01").outlet("RT").by("us-led-coalition"),
        killed("b", CIVILIANS, 10).on("2017-05-01").outlet("RT").by("us-led-coalition"),
        killed("c", CIVILIANS, 10).on("2017-07-01").outlet("RT").by(null)).get("RT");
    assertThat(rt.byPerpetrator()).containsExactly(Map.entry("unknown", 1), Map.entry("us-led-coalition", 2));
  }

  @Test
  void countsClaimsByVictims() {
    OutletProfile rt = profiles(
        killed("a", CIVILIANS, 10).on("2017-03-01").outlet("RT"),
        killed("b", Victims.SOLDIERS, 10).on("2017-05-01").outlet("RT")).get("RT");
    assertThat(rt.byVictims()).containsExactly(Map.entry(CIVILIANS, 1), Map.entry(Victims.SOLDIERS, 1));
  }

  @Test
  void attributedShareCountsNamedClaimantsOtherThanTheOutlet() {
    OutletProfile rt = profiles(
        killed("a", CIVILIANS, 10).on("2017-03-01").outlet("RT").saidBy("russia-mod"),
        killed("b", CIVILIANS, 10).on("2017-05-01").outlet("RT").saidBy("outlet"),
        killed("c", CIVILIANS, 10).on("2017-07-01").outlet("RT").saidBy(null),
        killed("d", CIVILIANS, 10).on("2017-09-01").outlet("RT").saidBy("sohr")).get("RT");
    assertThat(rt.attributedShare()).isEqualTo(0.5);
  }

  @Test
  void figuresInSharedIncidentsArePlacedAgainstTheConsensusBest() {
    Map<String, OutletProfile> profiles = profiles(
        killed("a", PEOPLE, 20, null).on("2016-10-03").outlet("A"),
        killed("b", PEOPLE, 22, null).on("2016-10-03").outlet("B"),
        killed("c", PEOPLE, 32).on("2016-10-03").outlet("C"),
        killed("d", PEOPLE, 8).on("2016-10-03").outlet("D"));
    assertThat(profiles.get("A").placed(Placement.WITHIN)).isEqualTo(1);
    assertThat(profiles.get("C").placed(Placement.ABOVE)).isEqualTo(1);
    assertThat(profiles.get("D").placed(Placement.BELOW)).isEqualTo(1);
  }

  @Test
  void incidentsOnlyOneOutletReportsAreNotPlaced() {
    OutletProfile rt = profiles(killed("a", CIVILIANS, 10).on("2017-03-01").outlet("RT"),
        killed("b", CIVILIANS, 14).on("2017-03-01").outlet("RT")).get("RT");
    assertThat(rt.shared()).isZero();
  }
}
