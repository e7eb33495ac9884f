package org.tally.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tally.verify.VerifyFixtures.RULES;
import static org.tally.verify.VerifyFixtures.record;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tally.event.MainIncident;
import org.tally.link.ClaimRef;
import org.tally.link.Incident;
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

/**
 * A document's main toll against what the other outlets of its incident say: each outlet by its own toll (its highest
 * figure, not the parts of it), an open figure bearing out a toll no further than its bound, and a clear consensus of
 * them below the toll contradicting it where the records only add up to it.
 */
class OutletConsensusTest {
  private static final ClaimPlace IDLIB = new ClaimPlace("in Idlib province", "Idlib", "Idlib", "SY", null, null,
      PlacePrecision.GOVERNORATE, new Span(40, 57));
  private static final String DAY = "2021-09-14";
  // four towns' records of the day: 43 together, none near 42 alone
  private static final ReferenceRecord[] TOWNS = {
      record("1", DAY, "Saraqib town", "Idlib Governorate", 35.86447, 36.80591, 8, 8, 8),
      record("2", DAY, "Ariha town", "Idlib Governorate", 35.81374, 36.60964, 14, 14, 14),
      record("3", DAY, "Maarat al-Numaan town", "Idlib Governorate", 35.64766, 36.67017, 12, 12, 12),
      record("4", DAY, "Jisr ash Shughur town", "Idlib Governorate", 35.81194, 36.31861, 9, 9, 9)};

  private static ClaimRef claim(String doc, int ordinal, String outlet, Integer min, Integer max, Victims victims) {
    LocalDate d = LocalDate.parse(DAY);
    Claim claim = new Claim(doc, Harm.KILLED, victims, new Count(min, max, false, new Span(10, 12)),
        max == null ? "at least " + min : Integer.toString(min), null, "outlet", IDLIB,
        new ClaimTime(d, d, "on Tuesday", new Span(60, 70)), Scope.INCIDENT, Stance.ASSERTED, null, ClaimSection.BODY,
        new Span(0, 80));
    return new ClaimRef(doc, ordinal, outlet, d, claim, "quote");
  }

  private static DocumentVerdict verify(ClaimRef main, List<ClaimRef> all) {
    Verifier verifier = new Verifier(RULES, new RecordIndex(RULES, List.of(TOWNS)));
    List<Incident> incidents = IncidentLinker.from(Lexicons.bundled()).link(all);
    Claim c = main.claim();
    MainIncident incident = new MainIncident(c.location(), c.when().start(), c.count().min(), c.count().max(),
        c.evidence(), c.count().span());
    return verifier.verify(main.doc(), List.of(main), incident, key -> incidents.stream()
        .filter(i -> i.claims().stream().anyMatch(r -> r.key().equals(key))).findFirst().orElse(null));
  }

  @Test
  void anOutletsCountOfItsChildrenIsPartOfItsTollNotADisagreement() {
    ClaimRef main = claim("a", 0, "Alpha", 42, 42, Victims.PEOPLE);
    List<ClaimRef> all = List.of(main, claim("b", 0, "Beta", 8, 8, Victims.PEOPLE),
        claim("b", 1, "Beta", 3, 3, Victims.CHILDREN), claim("c", 0, "Gamma", 8, 8, Victims.PEOPLE));
    DocumentVerdict v = verify(main, all);
    assertThat(v.reasons()).anySatisfy(r -> assertThat(r).contains("2 other outlets (Beta, Gamma) agree on 8",
        "exceeds their consensus"));
    assertThat(v.verdict()).isEqualTo(Verdict.CONTRADICTED);
  }

  @Test
  void anOpenFigureIsNoSupportForATollClearlyAboveIt() {
    ClaimRef main = claim("a", 0, "Alpha", 42, 42, Victims.PEOPLE);
    List<ClaimRef> all = List.of(main, claim("b", 0, "Beta", 8, null, Victims.PEOPLE),
        claim("c", 0, "Gamma", 8, 8, Victims.PEOPLE), claim("d", 0, "Delta", 8, 8, Victims.PEOPLE));
    DocumentVerdict v = verify(main, all);
    assertThat(v.reasons()).noneSatisfy(r -> assertThat(r).contains("a figure that agrees"));
    assertThat(v.reasons()).anySatisfy(r -> assertThat(r).contains("2 other outlets (Gamma, Delta) agree on 8 "));
    assertThat(v.verdict()).isEqualTo(Verdict.CONTRADICTED);
  }

  @Test
  void anOpenFigureIsNoEvidenceAgainstAHigherTollEither() {
    // "at least 8" and "8": one outlet bounds the toll, which is no consensus
    ClaimRef main = claim("a", 0, "Alpha", 42, 42, Victims.PEOPLE);
    List<ClaimRef> all = List.of(main, claim("b", 0, "Beta", 8, null, Victims.PEOPLE),
        claim("c", 0, "Gamma", 8, 8, Victims.PEOPLE));
    DocumentVerdict v = verify(main, all);
    assertThat(v.reasons()).noneSatisfy(r -> assertThat(r).contains("exceeds their consensus"));
    assertThat(v.verdict()).isEqualTo(Verdict.CORROBORATED);
  }

  @Test
  void anOpenFigureNearTheTollStillAgreesWithIt() {
    ClaimRef main = claim("a", 0, "Alpha", 42, 42, Victims.PEOPLE);
    List<ClaimRef> all = List.of(main, claim("b", 0, "Beta", 40, null, Victims.PEOPLE),
        claim("c", 0, "Gamma", 8, 8, Victims.PEOPLE));
    DocumentVerdict v = verify(main, all);
    assertThat(v.reasons()).anySatisfy(r -> assertThat(r).contains("Beta reports a figure that agrees"));
    assertThat(v.verdict()).isEqualTo(Verdict.CORROBORATED);
  }

  @Test
  void anOpenFigureAgreesWithATollNotClearlyAboveItsBound() {
    // "at least 5" and 7: 7 is above 5, but not clearly (not 5 more), as a record of 5 would bear 7 out
    ClaimRef main = claim("a", 0, "Alpha", 7, 7, Victims.PEOPLE);
    List<ClaimRef> all = List.of(main, claim("b", 0, "Beta", 5, null, Victims.PEOPLE));
    assertThat(verify(main, all).reasons()).anySatisfy(r -> assertThat(r).contains("Beta reports a figure that agrees"));
  }

  @Test
  void withoutOtherOutletsTheSumOfTheRecordsBearsTheTollOut() {
    ClaimRef main = claim("a", 0, "Alpha", 42, 42, Victims.PEOPLE);
    assertThat(verify(main, List.of(main)).verdict()).isEqualTo(Verdict.CORROBORATED);
  }

  @Test
  void aContestedIncidentOfUnnamedOutletsCountsItsDocuments() {
    ClaimRef main = claim("a", 0, null, 42, 42, Victims.PEOPLE);
    List<ClaimRef> all = List.of(main, claim("b", 0, null, 8, 8, Victims.PEOPLE));
    DocumentVerdict v = verify(main, all);
    assertThat(v.reasons()).anySatisfy(r -> assertThat(r).contains("is contested", "anywhere from 8 to 42",
        "(2 documents, no outlet named)"));
    assertThat(v.reasons()).noneSatisfy(r -> assertThat(r).contains("0 outlets"));
  }
}
