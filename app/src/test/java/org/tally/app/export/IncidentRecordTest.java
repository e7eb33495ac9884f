package org.tally.app.export;

import org.tally.model.ClaimSection;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tally.link.ClaimRef;
import org.tally.link.Incident;
import org.tally.link.IncidentLinker;
import org.tally.model.Claim;
import org.tally.model.ClaimTime;
import org.tally.model.Count;
import org.tally.model.Harm;
import org.tally.model.Scope;
import org.tally.model.Span;
import org.tally.model.Stance;
import org.tally.model.Victims;
import org.tally.lexicon.Lexicons;

class IncidentRecordTest {
  private static ClaimRef soldiersKilled(String doc, String outlet, Integer min, Integer max) {
    Claim claim = new Claim(doc, Harm.KILLED, Victims.SOLDIERS, new Count(min, max, false, new Span(0, 2)), "62",
        "us-led-coalition", "outlet", null, new ClaimTime(LocalDate.parse("2016-09-17"), LocalDate.parse("2016-09-17"),
        "Saturday", null), Scope.INCIDENT, Stance.ASSERTED, null, ClaimSection.BODY, new Span(0, 20));
    return new ClaimRef(doc, 0, outlet, LocalDate.parse("2016-09-18"), claim, "The strike killed soldiers.");
  }

  private static Incident strike() {
    return IncidentLinker.from(Lexicons.bundled()).link(List.of(soldiersKilled("a", "Sputnik", 62, 62),
        soldiersKilled("b", "Alalam", 81, null))).get(0);
  }

  @Test
  void recordUsesTheContractNames() {
    Map<String, Object> record = IncidentRecord.of(strike());
    assertThat(record).containsKeys("id", "kind", "harm", "victims", "when", "location", "perpetrator", "low", "best",
        "high", "conservative", "contradiction", "claims");
    assertThat(record).containsEntry("contradiction", true).containsEntry("contradiction_size", 19);
    assertThat(record.get("when")).isEqualTo(Map.of("start", "2016-09-17", "end", "2016-09-17"));
  }

  @Test
  void claimsCarryDocOutletClaimantBoundsAndQuote() {
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> claims = (List<Map<String, Object>>) IncidentRecord.of(strike()).get("claims");
    assertThat(claims.get(0)).containsEntry("doc", "a").containsEntry("outlet", "Sputnik")
        .containsEntry("claimant", "outlet").containsEntry("min", 62).containsEntry("max", 62)
        .containsEntry("quote", "The strike killed soldiers.");
  }

  @Test
  void flatRecordPutsTheClaimsInOneCell() {
    assertThat(IncidentRecord.flat(strike()).get("claims")).isEqualTo("a: 62-62; b: 81-");
  }
}
