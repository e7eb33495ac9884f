package org.tally.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tally.extract.ExtractionFixture.claims;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tally.model.Claim;
import org.tally.model.Scope;

/** A figure set inside a whole war (war-nouns.tsv) is the war's running total; one attack's toll stays an incident. */
class WholeWarScopeTest {
  private static List<Scope> scopes(String text) {
    return claims(text).stream().map(Claim::scope).toList();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "At least 230,000 people have been killed in Syria's multi-front conflict which began in 2011.",
      "More than 146,000 people have died in Syria's three-year war and half the population has fled.",
      "The research centre put the death toll from the six-year-old conflict at more than 470,000.",
      "Reporters Without Borders counted 23 journalists killed in Syria's 30-month war.",
      "More than 10,000 people have been killed during the insurgency in the north.",
  })
  void aFigureInsideAWholeWarIsCumulative(String text) {
    assertThat(scopes(text)).containsExactly(Scope.CUMULATIVE);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Hundreds of thousands of civilians have been killed in the war and millions have been displaced.",
  })
  void aFigureJoinedToTheWarsIsCumulativeToo(String text) {
    assertThat(scopes(text)).hasSize(2).containsOnly(Scope.CUMULATIVE);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // another clause names the war
      "A gas attack killed 72 people as leaders sought a response to the latest atrocity in Syria's civil war.",
      // the war is named before the count, not as its toll
      "At the start of the crisis in 2011, gunmen killed three men in the village.",
      // the noun is no war of its own, or an attack or a comparison stands between
      "A war monitor said 12 civilians were killed in Idlib on Monday.",
      "Five people were killed in an attack that took the war to the capital.",
      "Security forces killed 80 people in Hama in one of the bloodiest days of the five-month uprising.",
  })
  void oneAttacksTollStaysAnIncident(String text) {
    assertThat(scopes(text)).isNotEmpty().doesNotContain(Scope.CUMULATIVE);
  }
}
