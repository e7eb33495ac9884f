package org.tally.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tally.verify.VerifyFixtures.RULES;
import static org.tally.verify.VerifyFixtures.record;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tally.event.MainIncident;
import org.tally.link.ClaimRef;
import org.tally.model.Claim;
import org.tally.model.ClaimPlace;
import org.tally.model.ClaimSection;
import org.tally.model.ClaimTime;
import org.tally.model.Count;
import org.tally.model.Harm;
import org.tally.model.PlacePrecision;
import org.tally.model.Scope;
import org.tally.model.Span;
import org.tally.model.Stance;
import org.tally.model.Victims;

/**
 * Issue 14: a record that counts civilians only (Airwars) is held to the toll's civilians. "Killing 12 people, ten of
 * them fighters" agrees with its two civilians; a toll of fighters alone is neither borne out nor gainsaid by it; a
 * record counting everyone is held to the whole toll as before.
 */
class CivilianRecordsTest {
  private static final ClaimPlace SINJAR = new ClaimPlace("near the town of Sinjar", "Sinjar", "Nineveh", "IQ",
      36.3209, 41.87656, PlacePrecision.NEAR_POINT, new Span(40, 63));
  private static final LocalDate DAY = LocalDate.parse("2021-07-22");
  private static final Span SENTENCE = new Span(0, 160);

  private static ReferenceRecord airwars(int civilians) {
    ReferenceRecord r = record("x", "2021-07-22", "Sinjar", "Nineveh", 36.3209, 41.87656, civilians, civilians,
        civilians, "Turkish Military");
    return new ReferenceRecord("Airwars", "T1", r.when(), r.place(), r.sides(), civilians, civilians, civilians,
        civilians, CountedDeaths.CIVILIANS);
  }

  private static ReferenceRecord ucdp(int deaths) {
    ReferenceRecord r = record("G1", "2021-07-22", "Sinjar", "Nineveh", 36.3209, 41.87656, deaths, deaths, deaths,
        "Government of Turkey");
    return new ReferenceRecord("UCDP GED", "G1", r.when(), r.place(), r.sides(), deaths, deaths, deaths, null);
  }

  private static ClaimRef claim(int ordinal, Victims victims, int n, int countAt) {
    Claim c = new Claim("d", Harm.KILLED, victims, new Count(n, n, false, new Span(countAt, countAt + 2)),
        Integer.toString(n), "turkey", "outlet", SINJAR, new ClaimTime(DAY, DAY, "on Thursday", new Span(70, 81)),
        Scope.INCIDENT, Stance.ASSERTED, null, ClaimSection.BODY, SENTENCE);
    return new ClaimRef("d", ordinal, "outlet", DAY, c, "A Turkish drone strike near the town of Sinjar on Thursday"
        + " killed " + n + " people");
  }

  /** "Killing {people} people, {fighters} of them fighters", the whole toll the main incident's. */
  private static DocumentVerdict verify(int people, Integer fighters, ReferenceRecord... records) {
    List<ClaimRef> refs = new ArrayList<>(List.of(claim(0, Victims.PEOPLE, people, 90)));
    if (fighters != null) {
      refs.add(claim(1, Victims.FIGHTERS, fighters, 110));
    }
    Claim lead = refs.get(0).claim();
    MainIncident main = new MainIncident(SINJAR, DAY, people, people, SENTENCE, lead.count().span());
    return new Verifier(RULES, new RecordIndex(RULES, List.of(records))).verify("d", refs, main, key -> null);
  }

  private static RecordGrade mainGrade(DocumentVerdict v, String source) {
    return v.records().stream().filter(r -> r.claim() < 0 && r.source().equals(source)).findFirst().orElseThrow();
  }

  @Test
  void theCiviliansOfATollThatTellsItsFightersAreHeldToACiviliansOnlyRecord() {
    DocumentVerdict v = verify(12, 10, airwars(2));
    assertThat(mainGrade(v, "Airwars").grade()).isEqualTo(ClaimGrade.CORROBORATED);
    assertThat(mainGrade(v, "Airwars").words()).isEqualTo("2 civilians of 12");
    assertThat(v.verdict()).isEqualTo(Verdict.CORROBORATED);
    assertThat(v.reasons()).anyMatch(r -> r.startsWith("Says 2 civilians of 12 killed near the town of Sinjar"));
  }

  @Test
  void moreCiviliansThanTheRecordHoldsExceedIt() {
    DocumentVerdict v = verify(19, 10, airwars(2));
    assertThat(mainGrade(v, "Airwars").grade()).isEqualTo(ClaimGrade.EXCEEDS);
    assertThat(mainGrade(v, "Airwars").words()).isEqualTo("9 civilians of 19");
  }

  @Test
  void aTollOfFightersAloneIsNoEventOfACiviliansOnlyRecord() {
    List<ClaimRef> refs = List.of(claim(0, Victims.FIGHTERS, 12, 90));
    MainIncident main = new MainIncident(SINJAR, DAY, 12, 12, SENTENCE, refs.get(0).claim().count().span());
    DocumentVerdict v = new Verifier(RULES, new RecordIndex(RULES, List.of(airwars(2)))).verify("d", refs, main,
        key -> null);
    assertThat(mainGrade(v, "Airwars").grade()).isEqualTo(ClaimGrade.NO_RECORD);
    assertThat(v.verdict()).isNotEqualTo(Verdict.CONTRADICTED);
    assertThat(v.reasons()).anyMatch(r -> r.contains("Airwars counts civilians only, and the toll counts none"));
  }

  @Test
  void aTollOfPeopleWithNoFightersToldIsHeldWhole() {
    assertThat(mainGrade(verify(12, null, airwars(2)), "Airwars").grade()).isEqualTo(ClaimGrade.EXCEEDS);
  }

  @Test
  void aRecordCountingEveryoneIsHeldToTheWholeToll() {
    DocumentVerdict v = verify(12, 10, ucdp(2));
    assertThat(mainGrade(v, "UCDP GED").grade()).isEqualTo(ClaimGrade.EXCEEDS);
    assertThat(mainGrade(v, "UCDP GED").words()).isEqualTo("12");
  }
}
