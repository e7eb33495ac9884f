package org.tally.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tally.verify.VerifyFixtures.PLACER;
import static org.tally.verify.VerifyFixtures.RULES;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tally.link.DaySpan;
import org.tally.model.ClaimPlace;
import org.tally.model.PlacePrecision;

/**
 * Issue 14 (verify22), records shaped as a real ACLED export, every event of a district with its village: "Two
 * shepherds were killed ... near Al-Baghdadi subdistrict in the Hit district, west of Ramadi, on Saturday" against its
 * own record of 2 at Al Baghdadi, a battle at Hit the same day coded 10 ("dozens") and shelling at Kubaisa that killed
 * no one. The toll is held to the records of the town its own sentence names as the place itself (not "the Hit
 * district", nor "west of Ramadi"): an inflated 12 exceeds the 2 there, though the district's records hold 12 together;
 * the published 2 is borne out.
 */
class SentenceTownRuleTest {
  private static final String SENTENCE = "Two shepherds were killed and a third wounded when ISIS gunmen attacked them"
      + " in the desert near Al-Baghdadi subdistrict in the Hit district, west of Ramadi, on Saturday.";
  private static final ClaimPlace HIT_DISTRICT = new ClaimPlace("the Hit district", "Hit", "Anbar", "IQ", 33.6366,
      42.8277, PlacePrecision.DISTRICT, new org.tally.model.Span(0, 10));
  private static final DaySpan DAY = new DaySpan(LocalDate.parse("2021-12-04"), LocalDate.parse("2021-12-04"));

  private static ReferenceRecord acled(String id, String location, double lat, double lon, int deaths) {
    return new ReferenceRecord("ACLED", id, DAY, PLACER.place(location, "Anbar", "Heet", "Iraq", lat, lon,
        PlacePrecision.POINT), List.of("Islamic State (Iraq)", "Civilians (Iraq)"), deaths, deaths, deaths, null);
  }

  private static final ReferenceRecord BAGHDADI = acled("IRQX0001", "Al Baghdadi", 33.867, 42.544, 2);
  private static final ReferenceRecord HIT = acled("IRQX0002", "Hit", 33.6366, 42.8277, 10);
  private static final ReferenceRecord KUBAISA = acled("IRQX0003", "Kubaisa", 33.59, 42.62, 0);

  private static Toll toll(int n) {
    return new Toll("doc", -1, Integer.toString(n), n, n, false, HIT_DISTRICT, DAY, true, null);
  }

  private static TollCheck check(int n, String sentence, ReferenceRecord... records) {
    Verifier verifier = new Verifier(RULES, new RecordIndex(RULES, List.of(records)));
    TextNames names = TextNames.of(sentence, RULES.recordNameWords());
    return verifier.check(toll(n), new NamedPlaces(List.of(), names), names);
  }

  @Test
  void anInflatedTollExceedsTheRecordOfTheTownItsSentenceNames() {
    TollCheck inflated = check(12, SENTENCE, BAGHDADI, HIT, KUBAISA);
    assertThat(inflated.heldToTown().get("ACLED")).containsExactly(BAGHDADI);
    assertThat(inflated.grades().get("ACLED")).isEqualTo(ClaimGrade.EXCEEDS);
    assertThat(inflated.exceedsAtNamedPlace()).isTrue();
  }

  @Test
  void thePublishedTollIsBorneOut() {
    TollCheck published = check(2, SENTENCE, BAGHDADI, HIT, KUBAISA);
    assertThat(published.heldToTown()).isEmpty();
    assertThat(published.grades().get("ACLED")).isEqualTo(ClaimGrade.CORROBORATED);
  }

  @Test
  void withoutATownInItsSentenceTheDistrictsRecordsTogetherBearItOut() {
    TollCheck inflated = check(12, "Two shepherds were killed in the Hit district on Saturday.", BAGHDADI, HIT,
        KUBAISA);
    assertThat(inflated.heldToTown()).isEmpty();
    assertThat(inflated.grades().get("ACLED")).isEqualTo(ClaimGrade.CORROBORATED);
  }

  @Test
  void aRecordOfItsDaysThatBearsItOutElsewhereMayBeItsEvent() {
    ReferenceRecord hit12 = acled("IRQX0004", "Hit", 33.6366, 42.8277, 12);
    TollCheck inflated = check(12, SENTENCE, BAGHDADI, hit12);
    assertThat(inflated.heldToTown()).isEmpty();
    assertThat(inflated.grades().get("ACLED")).isEqualTo(ClaimGrade.CORROBORATED);
  }

  @Test
  void farAboveTheTownsRecordsItsEventIsAnotherThanTheirs() {
    // the town's one record of the day killed no one: a toll of 12 there is another event, which the records lack
    ReferenceRecord none = acled("IRQX0005", "Al Baghdadi", 33.867, 42.544, 0);
    TollCheck inflated = check(12, SENTENCE, none, HIT, KUBAISA);
    assertThat(inflated.heldToTown()).isEmpty();
  }

  @Test
  void theReasonNamesTheTownAndWhatTheOthersHold() {
    TollCheck inflated = check(12, SENTENCE, BAGHDADI, HIT, KUBAISA);
    String reason = Reasons.of(inflated, "ACLED", null, RULES.settings());
    assertThat(reason).contains("its own sentence names Al Baghdadi, where the one record of its days holds 2")
        .contains("the 2 other records of its area and days hold 10 together, other events")
        .contains("exceeds");
  }

  @Test
  void aRegionsRecordIsNoTownsThoughOnAPoint() {
    // UCDP GED puts "Eastern Ghouta" on a point; the gazetteer knows it as a region of Rif Dimashq, many towns
    DaySpan may17 = new DaySpan(LocalDate.parse("2016-05-17"), LocalDate.parse("2016-05-17"));
    ReferenceRecord ghouta = new ReferenceRecord("UCDP GED", "303869", may17, PLACER.place("Eastern Ghouta",
        "Rif Dimashq", null, "Syria", 33.5, 36.44, PlacePrecision.NEAR_POINT), List.of(), 52, 52, 52, null);
    ReferenceRecord duma = new ReferenceRecord("UCDP GED", "1", may17, PLACER.place("Duma town", "Rif Dimashq", null,
        "Syria", 33.57175, 36.4027, PlacePrecision.POINT), List.of(), 100, 100, 100, null);
    ClaimPlace ghoutaPlace = new ClaimPlace("Eastern Ghouta", "Eastern Ghouta", "Rif Dimashq", "SY", null, null,
        PlacePrecision.REGION, new org.tally.model.Span(0, 10));
    Toll toll = new Toll("doc", -1, "more than 350", 351, null, false, ghoutaPlace, may17, true, null);
    TextNames names = TextNames.of("Clashes in Eastern Ghouta have killed more than 350 fighters.",
        RULES.recordNameWords());
    TollCheck check = new Verifier(RULES, new RecordIndex(RULES, List.of(ghouta, duma)))
        .check(toll, new NamedPlaces(List.of(), names), names);
    assertThat(check.records().get("UCDP GED")).contains(ghouta);
    assertThat(check.heldToTown()).isEmpty();
  }
}
