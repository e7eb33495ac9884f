package org.tally.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tally.extract.ExtractionFixture.claimAt;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tally.model.Scope;

/**
 * "Troops have killed the group's commander": a perfect tense read from its subject makes a total of many deaths a
 * period's (scope-cues.tsv "have killed"), but one person's death is one event.
 */
class OnePersonScopeTest {
  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("Troops have clashed with the militants and have killed one of their notorious commanders.",
            "one", Scope.INCIDENT),
        Arguments.of("The army has killed one senior commander of the group near the town.", "one", Scope.INCIDENT),
        // near misses: many deaths under the same tense stay a period's
        Arguments.of("Russian air strikes in Syria have killed hundreds of civilians.", "hundreds",
            Scope.CUMULATIVE),
        Arguments.of("The regime has killed 2,000 children in the province.", "2,000", Scope.CUMULATIVE));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void onePersonIsOneEvent(String sentence, String countText, Scope scope) {
    assertThat(claimAt(sentence, countText).scope()).isEqualTo(scope);
  }
}
