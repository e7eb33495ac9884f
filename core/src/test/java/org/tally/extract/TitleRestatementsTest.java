package org.tally.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tally.model.Claim;

/** Headlines that word or round the body's figure add no claim of their own (issue 11, count26). */
class TitleRestatementsTest {

  private static List<String> forms(String title, String body) {
    return ExtractionFixture.claims(title, body).stream().map(ConstructionsTest::shortForm).toList();
  }

  @Test
  void aWordedScaleInTheHeadlineSummarisesTheBodysFigure() {
    assertThat(forms("Bombardment forces thousands to flee southern Idlib",
        "At least 25,000 civilians have fled the towns of southern Idlib.")).containsExactly("displaced/civilians/25000+");
  }

  @Test
  void aRoundFigureInTheHeadlineIsTheBodysBound() {
    assertThat(forms("Monitor says 1,200 civilians killed in Ghouta",
        "More than 1,200 civilians have been killed in the assault.")).containsExactly("killed/civilians/1201+");
  }

  @Test
  void aHeadlineOfAnotherFigureStays() {
    List<Claim> claims = ExtractionFixture.claims("Monitor says 900 civilians killed in Ghouta",
        "More than 1,200 civilians have been killed in the assault.");
    assertThat(claims).hasSize(2);
  }

  @Test
  void aWordedScaleAboveTheBodysFigureStays() {
    assertThat(forms("Air strikes kill dozens in Idlib", "Five people were killed in a strike on Sarmin."))
        .containsExactly("killed/people/24+", "killed/people/5-5");
  }

  @Test
  void aWarTotalInTheBodyIsNoRestatementOfTheHeadlinesDozens() {
    assertThat(forms("Dozens killed in bombardment on rebel-held Aleppo",
        "At least 16 people were killed on Monday. More than 280,000 people have been killed since the war began in 2011."))
        .contains("killed/people/24+");
  }
}
