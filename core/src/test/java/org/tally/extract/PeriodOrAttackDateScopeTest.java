package org.tally.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tally.extract.ExtractionFixture.claimAt;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tally.model.Scope;

/**
 * Issue 13, pattern 7: a count over a span ("this week", "in three weeks") is a period's total, but a span that dates
 * one attack ("last week's car bomb", "earlier this week") leaves the attack's toll an incident's.
 */
class PeriodOrAttackDateScopeTest {
  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("Shelling killed 40 people in the eastern suburbs this week, medics said.", "40",
            Scope.AGGREGATE),
        Arguments.of("Eleven people were killed in a market town earlier this week, a monitor said.", "Eleven",
            Scope.INCIDENT),
        Arguments.of("The mayor visited the families of last week's suicide bombing which killed 12 people.", "12",
            Scope.INCIDENT),
        // copy that lost its apostrophe: "last weeks" reads as the plural span
        Arguments.of("Police arrested two men over last weeks car bomb which killed seven people.", "seven",
            Scope.INCIDENT),
        // near misses: a span before "of" and its attack noun is still the period's
        Arguments.of("Some 300 civilians were killed in three weeks of bombardment.", "Some 300", Scope.AGGREGATE),
        Arguments.of("Twenty soldiers died last week in clashes near the airport.", "Twenty", Scope.AGGREGATE));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void spanIsAPeriodUnlessItDatesAnAttack(String sentence, String countText, Scope scope) {
    assertThat(claimAt(sentence, countText).scope()).isEqualTo(scope);
  }
}
