package org.tally.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tally.verify.VerifyFixtures.RULES;
import static org.tally.verify.VerifyFixtures.record;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tally.event.MainIncident;
import org.tally.link.ClaimRef;
import org.tally.link.IncidentLinker;
import org.tally.lexicon.Lexicons;
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

/** A document's verdict from its main toll against small reference sets the tests make. */
class VerifierTest {
  private static final ClaimPlace KHAN_SHAYKHUN = new ClaimPlace("in Khan Shaykhun", "Khan Shaykhun", "Idlib", "SY",
      35.4379, 36.6510, PlacePrecision.POINT, new Span(40, 56));
  private static final ReferenceRecord ATTACK = record("242363", "2017-04-04", "Khan Shaykhun town",
      "Idlib Governorate", 35.4379, 36.6510, 88, 88, 88, "Government of Syria", "Syrian insurgents");

  private static ClaimRef claim(String doc, String outlet, int n, String day, String perpetrator) {
    LocalDate d = LocalDate.parse(day);
    Claim claim = new Claim(doc, Harm.KILLED, Victims.CIVILIANS, new Count(n, n, false, new Span(10, 12)),
        Integer.toString(n), perpetrator, "outlet", KHAN_SHAYKHUN, new ClaimTime(d, d, "on Tuesday", new Span(60, 70)),
        Scope.INCIDENT, Stance.ASSERTED, null, ClaimSection.BODY, new Span(0, 80));
    return new ClaimRef(doc, 0, outlet, d, claim, "quote");
  }

  private static MainIncident main(ClaimRef ref) {
    Claim c = ref.claim();
    return new MainIncident(c.location(), c.when().start(), c.count().min(), c.count().max(), c.evidence(),
        c.count().span());
  }

  private static DocumentVerdict verify(ClaimRef ref, ReferenceRecord... records) {
    Verifier verifier = new Verifier(RULES, new RecordIndex(RULES, List.of(records)));
    var incidents = IncidentLinker.from(Lexicons.bundled()).link(List.of(ref));
    return verifier.verify(ref.doc(), List.of(ref), main(ref),
        key -> incidents.stream().filter(i -> i.claims().stream().anyMatch(c -> c.key().equals(key))).findFirst()
            .orElse(null));
  }

  @Test
  void aTollTheRecordHoldsIsCorroboratedAndCredible() {
    DocumentVerdict v = verify(claim("a", "AFP", 86, "2017-04-04", "syrian-government"), ATTACK);
    assertThat(v.verdict()).isEqualTo(Verdict.CORROBORATED);
    assertThat(v.credible()).isTrue();
    assertThat(v.score()).isGreaterThanOrEqualTo(0.6);
    assertThat(v.records()).extracting(RecordGrade::id).containsExactly("242363");
    assertThat(v.reasons().get(0)).contains("86 killed", "UCDP GED 242363 records 88", "corroborated");
  }

  @Test
  void fiveTimesTheRecordAtItsOwnPlaceIsContradicted() {
    DocumentVerdict v = verify(claim("a", "AFP", 5 * 88 + 2, "2017-04-04", "syrian-government"), ATTACK);
    assertThat(v.verdict()).isEqualTo(Verdict.CONTRADICTED);
    assertThat(v.credible()).isFalse();
    assertThat(v.score()).isLessThanOrEqualTo(0.25);
    assertThat(v.reasons()).anySatisfy(r -> assertThat(r).contains("442 killed", "exceeds"));
  }

  @Test
  void theSameTollFourHundredDaysLaterHasNoRecordAndIsNotContradicted() {
    DocumentVerdict v = verify(claim("a", "AFP", 86, "2018-05-09", "syrian-government"), ATTACK);
    assertThat(v.verdict()).isEqualTo(Verdict.UNVERIFIED);
    assertThat(v.credible()).isTrue();
    assertThat(v.records()).extracting(RecordGrade::grade).containsOnly(ClaimGrade.NO_RECORD);
  }

  @Test
  void aTollFarAboveEveryRecordThereIsOfAnotherEventNotAContradiction() {
    ReferenceRecord small = record("1", "2017-04-04", "Khan Shaykhun town", "Idlib Governorate", 35.4379, 36.6510,
        2, 2, 2);
    DocumentVerdict v = verify(claim("a", "AFP", 86, "2017-04-04", "syrian-government"), small);
    assertThat(v.verdict()).isEqualTo(Verdict.UNVERIFIED);
    assertThat(v.reasons().get(0)).contains("the one record UCDP GED holds", "it is of another event");
  }

  @Test
  void theVerdictNamesTheRecordThatBearsTheTollOut() {
    DocumentVerdict v = verify(claim("a", "AFP", 86, "2017-04-04", "syrian-government"), ATTACK);
    assertThat(v.reasons()).last().asString().startsWith("Verdict: corroborated")
        .contains("UCDP GED 242363 records 88 at Khan Shaykhun town, Idlib, on 2017-04-04");
  }

  @Test
  void theVerdictNamesTheRecordAContradictedTollExceeds() {
    DocumentVerdict v = verify(claim("a", "AFP", 5 * 88 + 2, "2017-04-04", "syrian-government"), ATTACK);
    assertThat(v.reasons()).last().asString().startsWith("Verdict: contradicted")
        .contains("(442) exceeds", "UCDP GED 242363 records 88 at Khan Shaykhun town, Idlib, on 2017-04-04");
  }

  @Test
  void aTollUnderTheRecordIsBelowAndStillCorroborated() {
    DocumentVerdict v = verify(claim("a", "AFP", 58, "2017-04-04", "syrian-government"), ATTACK);
    assertThat(v.records()).extracting(RecordGrade::grade).containsExactly(ClaimGrade.BELOW);
    assertThat(v.verdict()).isEqualTo(Verdict.CORROBORATED);
  }

  @Test
  void aDocumentWithoutAMainTollIsUnverifiedAtHalf() {
    Verifier verifier = new Verifier(RULES, new RecordIndex(RULES, List.of(ATTACK)));
    DocumentVerdict v = verifier.verify("empty", List.of(), MainIncident.NONE, key -> null);
    assertThat(v.verdict()).isEqualTo(Verdict.UNVERIFIED);
    assertThat(v.score()).isEqualTo(0.5);
  }

  /** An incident's grade reads as a fact-checker's note: the incident by its toll, and what the grade rests on. */
  @Test
  void theIncidentsGradeNamesItsTollAndTheRecordOrOutletsItRestsOn() {
    DocumentVerdict held = verify(claim("a", "AFP", 86, "2017-04-04", "syrian-government"), ATTACK);
    assertThat(held.incident().grade()).isEqualTo(IncidentGrade.FAIR);
    assertThat(held.reasons()).contains("The incident of 86 killed in Khan Shaykhun on 2017-04-04 is fair: a record"
        + " holds it (UCDP GED 242363 records 88 at Khan Shaykhun town, Idlib, on 2017-04-04).");

    DocumentVerdict alone = verify(claim("a", "AFP", 86, "2017-04-04", "syrian-government"));
    assertThat(alone.incident().grade()).isEqualTo(IncidentGrade.WEAK);
    assertThat(alone.reasons()).anySatisfy(r -> assertThat(r).startsWith("The incident of 86 killed")
        .endsWith("is weak: AFP alone reports it, and no record holds it."));

    ClaimRef a = claim("a", "AFP", 86, "2017-04-04", "syrian-government");
    ClaimRef b = claim("b", "Reuters", 86, "2017-04-04", "syrian-government");
    Verifier verifier = new Verifier(RULES, new RecordIndex(RULES, List.of()));
    var incidents = IncidentLinker.from(Lexicons.bundled()).link(List.of(a, b));
    DocumentVerdict two = verifier.verify("a", List.of(a), main(a), key -> incidents.stream()
        .filter(i -> i.claims().stream().anyMatch(c -> c.key().equals(key))).findFirst().orElse(null));
    assertThat(two.reasons()).anySatisfy(r -> assertThat(r).endsWith("is fair: 2 outlets report it (AFP, Reuters)."));
  }
}
