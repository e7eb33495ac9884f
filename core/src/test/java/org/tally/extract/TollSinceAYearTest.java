package org.tally.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tally.extract.ExtractionFixture.claims;
import static org.tally.extract.ExtractionFixture.shortForms;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tally.model.Claim;
import org.tally.model.Scope;

/**
 * "The death toll of attacks in Daraa since the start of 2022 has risen to 312": a monitor's running toll counts from
 * a year, and that year is a word of the toll's subject, not another figure that makes a range.
 */
class TollSinceAYearTest {
  @Test
  void sinceTheStartOfAYear() {
    List<Claim> found = claims("With this, the death toll of assassinations in Daraa since the start of 2022 rises to 312.");
    assertThat(found).extracting(ConstructionsTest::shortForm).containsExactly("killed/people/312-312");
    assertThat(found.get(0).scope()).isEqualTo(Scope.CUMULATIVE);
  }

  @Test
  void sinceTheBeginningOfAYearWithTheVictimsNamed() {
    assertThat(shortForms("Accordingly, the number of soldiers killed in attacks in the desert since the beginning of "
        + "2023 has risen to 95.")).containsExactly("killed/soldiers/95-95");
  }

  @Test
  void sinceAYearAlone() {
    assertThat(shortForms("The death toll of the drone strikes since 2021 has reached 64."))
        .containsExactly("killed/people/64-64");
  }

  @Test
  void aYearWithoutSinceIsStillNoWordOfTheToll() {
    // near miss: "in 2022" alone may be one incident's year or a year's total; the toll is not read through it
    assertThat(shortForms("The number of civilians killed in 2022 rose to 1,200.")).isEmpty();
  }

  @Test
  void anotherFigureStillMakesARange() {
    // near miss: a figure that is no year keeps the toll from reaching across it
    assertThat(shortForms("Estimates of the death toll since the start of the war vary from 500 to more than 800."))
        .doesNotContain("killed/people/500-500");
  }
}
