package org.tally.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: a toll whose own place is a whole governorate ("57 killed in Idlib province") is held to the records of
 * the towns its article names ("the strikes hit the market in Ariha"). Fixtures: verify-named-place/ (articles made up
 * in FA-KES's columns, records in UCDP GED's, 2021-2022 so that no bundled record stands beside them).
 */
class VerifyNamedPlaceTest {
  private static final String DIR = "src/test/resources/org/tally/app/cli/verify-named-place/";
  private static VerifiedFixture verified;

  @BeforeAll
  static void verifyFixtures() throws IOException {
    verified = VerifiedFixture.of(DIR);
  }

  private static String verdict(String doc) {
    return verified.verdict(doc);
  }

  private static String mainReason(String doc) {
    for (JsonNode r : verified.doc(doc).get("reasons")) {
      if (r.asText().contains("(main incident)")) {
        return r.asText();
      }
    }
    throw new AssertionError(doc + " has no reason for its main toll: " + verified.doc(doc).get("reasons"));
  }

  private static List<String> recordIds(String doc) {
    List<String> ids = new ArrayList<>();
    verified.doc(doc).get("records").forEach(r -> ids.add(r.get("id").asText()));
    return ids;
  }

  @Test
  void aProvinceTollAboveAllItsRecordsWithOneAtATownTheArticleNamesIsContradicted() {
    assertThat(verified.run().status()).isZero();
    assertThat(verdict("ariha-57")).isEqualTo("contradicted");
    assertThat(verified.doc("ariha-57").get("credible").asBoolean()).isFalse();
    assertThat(mainReason("ariha-57")).contains("57 killed in Idlib province on 2021-07-13",
        "UCDP GED 9001 records 12 (Ariha town, Idlib, 2021-07-13) at Ariha, which the article names",
        "the 4 records of its place on its days hold 33 in all", "exceeds them");
  }

  @Test
  void theRecordsAtANamedTownCarryItsNameAndComeFirst() {
    JsonNode first = verified.doc("ariha-57").get("records").get(0);
    assertThat(first.get("id").asText()).isEqualTo("9001");
    assertThat(first.get("named_place").asText()).isEqualTo("Ariha");
    assertThat(verified.doc("ariha-57").get("records")).filteredOn(r -> r.get("id").asText().equals("9002"))
        .allSatisfy(r -> assertThat(r.get("named_place").isNull()).isTrue());
  }

  @Test
  void theSameTollWhenTheArticleNamesNoTownIsHeldToItsProvincesDocumentedDay() {
    // no town of it is named, but Idlib's records of that day hold 33 deaths, at least documented_deaths (25): an event
    // of 57 would be among them (when they hold fewer, as on the moved copy's day, the toll is only unverified)
    assertThat(verdict("idlib-57-no-town")).isEqualTo("contradicted");
    assertThat(mainReason("idlib-57-no-town")).contains("exceeds them");
    JsonNode reasons = verified.doc("idlib-57-no-town").get("reasons");
    assertThat(reasons.get(reasons.size() - 1).asText()).contains("which hold 33 deaths in its governorate on its days");
  }

  @Test
  void aProvinceTollThatAllItsRecordsTogetherBearOutIsNotContradictedByTheNamedTownsAlone() {
    // 31 across the province: Ariha's records hold 15, but Idlib's four records of that day hold 33
    assertThat(verdict("towns-31")).isEqualTo("corroborated");
  }

  @Test
  void theArticleMovedFourHundredDaysLaterIsNotContradicted() {
    // that day the records hold 20 at Saraqib only, and Ariha's record is three days later: no town of it is recorded
    assertThat(verdict("ariha-57-moved")).isEqualTo("unverified");
    assertThat(recordIds("ariha-57-moved")).containsExactly("9005");
  }

  @Test
  void ofTwoRecordsWhoseFigureAgreesTheOneAtATownTheArticleNamesIsNamedFirst() {
    // Maarat al-Numaan's record (12) comes first in the file; Ariha's (12) is at the town the article names
    assertThat(verdict("ariha-12")).isEqualTo("corroborated");
    assertThat(recordIds("ariha-12").get(0)).isEqualTo("9001");
    assertThat(mainReason("ariha-12")).contains("UCDP GED 9001 records 12", "at Ariha, which the article names");
  }
}
