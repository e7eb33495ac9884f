package org.tally.app.gold;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The matching rule of claims.md section 6, as score.py applies it, on claims small enough to read. */
class ClaimScorerTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static List<JsonNode> claims(String... lines) {
    return Arrays.stream(lines).map(line -> {
      try {
        return JSON.readTree(line.replace('\'', '"'));
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw new UncheckedIOException(e);
      }
    }).toList();
  }

  @Test
  void aPredictionFillsARequiredGoldClaimBeforeAnOptionalOne() {
    ClaimScore score = ClaimScorer.score(
        claims("{'doc':'a','harm':'killed','victims':'people','min':3,'max':null,'optional':true}",
            "{'doc':'a','harm':'killed','victims':'people','min':3,'max':null}"),
        claims("{'doc':'a','harm':'killed','victims':'people','min':3,'max':null}"));

    assertThat(score.matched()).isEqualTo(1);
    assertThat(score.missedClaims()).isEmpty();
  }

  @Test
  void aPrimaryIntervalIsServedBeforeAnAlternative() {
    ClaimScore score = ClaimScorer.score(
        claims("{'doc':'a','harm':'killed','victims':'people','min':29,'max':null,'alt':[[40,null]],'quote':'A'}",
            "{'doc':'a','harm':'killed','victims':'people','min':40,'max':null,'quote':'B'}"),
        claims("{'doc':'a','harm':'killed','victims':'people','min':40,'max':null}"));

    assertThat(score.missedClaims()).extracting(g -> g.path("quote").asText()).containsExactly("A");
  }

  @Test
  void aRepeatOfAMatchedClaimCountsNeitherWay() {
    ClaimScore score = ClaimScorer.score(
        claims("{'doc':'a','harm':'injured','victims':'civilians','min':12,'max':12}"),
        claims("{'doc':'a','harm':'injured','victims':'civilians','min':12,'max':12,'section':'title'}",
            "{'doc':'a','harm':'injured','victims':'civilians','min':12,'max':12}"));

    assertThat(score.matched()).isEqualTo(1);
    assertThat(score.spurious()).isZero();
  }

  @Test
  void theBodyClaimIsMatchedBeforeTheTitleClaim() {
    ClaimScore score = ClaimScorer.score(
        claims("{'doc':'a','harm':'killed','victims':'people','min':5,'max':5,'claimant':'sohr'}"),
        claims("{'doc':'a','harm':'killed','victims':'people','min':5,'max':5,'claimant':'outlet','section':'title'}",
            "{'doc':'a','harm':'killed','victims':'people','min':5,'max':5,'claimant':'sohr','section':'body'}"));

    assertThat(score.accuracy("claimant")).isEqualTo(1.0);
  }

  @Test
  void relatedAndCommentPredictionsAndOtherDocumentsAreLeftOut() {
    ClaimScore score = ClaimScorer.score(
        claims("{'doc':'a','harm':'killed','victims':'people','min':5,'max':5}"),
        claims("{'doc':'a','harm':'killed','victims':'people','min':9,'max':9,'section':'related'}",
            "{'doc':'a','harm':'killed','victims':'people','min':9,'max':9,'section':'comment'}",
            "{'doc':'b','harm':'killed','victims':'people','min':9,'max':9}"));

    assertThat(score.spurious()).isZero();
    assertThat(score.missedClaims()).hasSize(1);
  }

  @Test
  void victimsOkAndAltIntervalsMatchToo() {
    ClaimScore score = ClaimScorer.score(
        claims("{'doc':'a','harm':'killed','victims':'people','victims_ok':['civilians'],'min':20,'max':20,"
            + "'alt':[[21,21]]}"),
        claims("{'doc':'a','harm':'killed','victims':'civilians','min':21,'max':21}"));

    assertThat(score.matched()).isEqualTo(1);
  }

  @Test
  void anActorIsRightInAnySpellingOfItsFamilyAndAnyOfSeveralGoldActors() {
    JsonNode gold = JSON.valueToTree("russia-mod,syrian-government");

    assertThat(FieldChecks.actorOk(gold, JSON.valueToTree("Russian Defence Ministry"))).isTrue();
    assertThat(FieldChecks.actorOk(gold, JSON.valueToTree("syrian regime"))).isTrue();
    assertThat(FieldChecks.actorOk(gold, JSON.valueToTree("isis"))).isFalse();
    assertThat(FieldChecks.actorOk(JSON.nullNode(), JSON.valueToTree("isis"))).isNull();
  }

  @Test
  void aGovernorateIsRightInAnyOfItsSpellings() {
    assertThat(FieldChecks.admin1Key("Ar-Raqqah")).isEqualTo(FieldChecks.admin1Key("Raqqa"));
    assertThat(FieldChecks.admin1Key("Rif Dimashq")).isEqualTo(FieldChecks.admin1Key("Damascus Countryside"));
    assertThat(FieldChecks.admin1Key("Idleb Governorate")).isEqualTo("idlib");
  }

  @Test
  void aDateIsRightWhenItOverlapsTheGoldSpanGiveOrTakeADay() {
    JsonNode gold = claims("{'start':'2016-10-20','end':'2016-10-27'}").get(0);

    assertThat(FieldChecks.whenOk(gold, claims("{'start':'2016-10-28','end':null}").get(0))).isTrue();
    assertThat(FieldChecks.whenOk(gold, claims("{'start':'2016-10-29','end':'2016-10-29'}").get(0))).isFalse();
    assertThat(FieldChecks.whenOk(gold, JSON.nullNode())).isFalse();
  }
}
