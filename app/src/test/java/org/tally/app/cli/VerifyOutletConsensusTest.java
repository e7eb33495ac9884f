package org.tally.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: a clear consensus of other outlets contradicts a main toll that the records alone cannot judge (borne out
 * only by adding up several records of its governorate, or above records of a place too wide to tell which are its
 * event), and makes an article mixed when one record of its day bears the toll out. Fixtures: verify-outlet-consensus/
 * (articles made up in FA-KES's columns, records in UCDP GED's, 2021 so that no bundled record stands beside them).
 */
class VerifyOutletConsensusTest {
  private static final String DIR = "src/test/resources/org/tally/app/cli/verify-outlet-consensus/";
  private static VerifiedFixture verified;

  @BeforeAll
  static void verifyFixtures() throws IOException {
    verified = VerifiedFixture.of(DIR);
  }

  private static String verdict(String doc) {
    return verified.verdict(doc);
  }

  private static String lastReason(String doc) {
    JsonNode reasons = verified.doc(doc).get("reasons");
    return reasons.get(reasons.size() - 1).asText();
  }

  @Test
  void aTollOnlyTheSumOfAProvincesRecordsReachesIsContradictedByTwoOutletsAgreeingLower() {
    assertThat(verified.run().status()).isZero();
    assertThat(verdict("sum-42")).isEqualTo("contradicted");
    assertThat(verified.doc("sum-42").get("credible").asBoolean()).isFalse();
    assertThat(verified.doc("sum-42").get("reasons")).anySatisfy(r -> assertThat(r.asText())
        .contains("2 other outlets (Beta News, Gamma Wire) agree on 8", "it exceeds their consensus"));
    assertThat(lastReason("sum-42")).startsWith("Verdict: contradicted, since a clear consensus of other outlets")
        .contains("(42)", "only by adding up several of them");
    // the outlets whose figure the records bear out stay corroborated
    assertThat(verdict("sum-42-beta")).isEqualTo("corroborated");
    assertThat(verdict("sum-42-gamma")).isEqualTo("corroborated");
  }

  @Test
  void oneOtherOutletIsNoConsensus() {
    assertThat(verdict("lone-42")).isEqualTo("corroborated");
  }

  @Test
  void otherOutletsThatDisagreeAmongThemselvesAreNoConsensus() {
    assertThat(verdict("split-42")).isEqualTo("corroborated");
  }

  @Test
  void whenOneRecordOfItsDayBearsTheTollOutRecordsAndOutletsDisagree() {
    assertThat(verdict("one-record-42")).isEqualTo("mixed");
    assertThat(lastReason("one-record-42")).contains("UCDP GED 9121 records 40",
        "but a clear consensus of other outlets puts it lower");
  }

  @Test
  void aProvinceTollAboveThinRecordsIsContradictedWhenTwoOutletsAgreeLower() {
    // alone, 32 against a record of 6 in a whole province is too wide to tell (unverified)
    assertThat(verdict("thin-32")).isEqualTo("contradicted");
    assertThat(lastReason("thin-32")).contains("(32) is above the records", "too wide",
        "a clear consensus of other outlets puts it lower too");
  }
}
