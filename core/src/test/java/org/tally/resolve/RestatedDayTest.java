package org.tally.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tally.extract.ClaimExtractor;
import org.tally.lexicon.Lexicons;
import org.tally.model.Claim;
import org.tally.model.Document;
import org.tally.model.Harm;
import org.tally.model.Layout;
import org.tally.model.Section;
import org.tally.model.SectionKind;

/**
 * A toll told twice ("20 civilians killed in car bomb attack in Deir Ezzor." then "20 civilians were killed ... on
 * Friday evening") is one claim, whose sentence is the first telling: the day the second gives is the claim's.
 */
class RestatedDayTest {
  private static final ClaimExtractor EXTRACTOR = ClaimExtractor.from(Lexicons.bundled());
  private static final ClaimResolver RESOLVER = ClaimResolver.from(Lexicons.bundled());
  // a Saturday
  private static final LocalDate PRINTED = LocalDate.of(2017, 11, 18);

  private static Claim firstKilled(String body) {
    Document doc = new Document("t", "test", body, null);
    Layout layout = new Layout(List.of(new Section(SectionKind.BODY, 0, body.length())));
    List<Claim> claims = RESOLVER.resolve(doc, layout, PRINTED, EXTRACTOR.extract(doc, layout));
    return claims.stream().filter(c -> c.harm() == Harm.KILLED).findFirst().orElseThrow(() -> new AssertionError(body));
  }

  @Test
  void theRetellingGivesTheDay() {
    Claim claim = firstKilled("20 civilians killed in car bomb attack in Deir Ezzor. 20 civilians were killed when"
        + " a car bomb went off among displaced families on Friday evening.");
    assertThat(claim.when().start()).isEqualTo(LocalDate.of(2017, 11, 17));
    assertThat(claim.when().end()).isEqualTo(LocalDate.of(2017, 11, 17));
  }

  @Test
  void aCountInWordsIsRetoldToo() {
    Claim claim = firstKilled("Five civilians killed in rocket attack on Aleppo. Rockets fired by militants killed"
        + " five civilians in the district on Thursday.");
    assertThat(claim.when().start()).isEqualTo(LocalDate.of(2017, 11, 16));
  }

  @Test
  void aHeadlinesDigitsAreRetoldInWords() {
    // "6" in the headline, "six" in the body: one count
    Claim claim = firstKilled("Militants shelling kills 6 civilians in Aleppo. The centre said on Friday that six"
        + " civilians were killed and 15 injured on Thursday when militants shelled residential areas.");
    assertThat(claim.when().start()).isEqualTo(LocalDate.of(2017, 11, 16));
    assertThat(claim.when().end()).isEqualTo(LocalDate.of(2017, 11, 16));
  }

  @Test
  void oneInWordsIsNoRetellingOfOne() {
    // near miss: "one" is said of anyone ("one of the shells"), so it retells no single death
    Claim claim = firstKilled("Shelling kills 1 in Aleppo. One of the shells hit a school on Thursday.");
    assertThat(claim.when().text()).isNull();
  }

  @Test
  void aStatementsDayIsNotTheHarms() {
    // near miss: the second sentence dates what the monitor said, not the bombing
    Claim claim = firstKilled("20 civilians killed in car bomb attack in Deir Ezzor. The monitor said on Friday that"
        + " 20 civilians were killed.");
    assertThat(claim.when().text()).isNull();
  }

  @Test
  void aSentenceWithoutTheCountIsNoRetelling() {
    // near miss: the next sentence tells of something else on its day
    Claim claim = firstKilled("20 civilians killed in car bomb attack in Deir Ezzor. Troops entered the town on"
        + " Friday evening.");
    assertThat(claim.when().text()).isNull();
  }

  @Test
  void aLooseCountIsNoRetelling() {
    // near miss: "a woman" is said again of anyone
    Claim claim = firstKilled("A woman was killed in shelling on the city. A woman and her son were wounded in a"
        + " second attack on Thursday.");
    assertThat(claim.when().text()).isNull();
  }

  @Test
  void aDayLongBeforeTheReportIsAnEarlierRaid() {
    // near miss: the figure matches an earlier raid's, a week before the report
    Claim claim = firstKilled("30 people killed in air raids on Aleppo. Raids killed more than 30 people on the city"
        + " on November 9.");
    assertThat(claim.when().text()).isNull();
  }

  @Test
  void aHeadlineRetoldByItsLeadTakesTheLeadsDayOfThePastWeek() {
    // the text's first sentence is its headline: the lead under it tells the same toll, whichever day of the week
    Claim claim = firstKilled("Rebel shells kill four in Mhardeh. Rebels on Monday shelled the town of Mhardeh,"
        + " killing four people, state media reported.");
    assertThat(claim.when().start()).isEqualTo(LocalDate.of(2017, 11, 13));
    assertThat(claim.when().end()).isEqualTo(LocalDate.of(2017, 11, 13));
  }

  @Test
  void aLaterSentenceRetoldWithADayOfThePastWeekIsAnotherRaid() {
    // near miss: not the headline, so a figure retold with a day five days back may be an earlier raid's
    Claim claim = firstKilled("Rockets hit the city at dawn. Four people were killed in the market. Shells killed"
        + " four people in the old city on Monday.");
    assertThat(claim.when().text()).isNull();
  }

  @Test
  void aHyphenedNumberWordRetellsItsFigure() {
    // "76" in the headline, "Seventy-six" in the lead: the number word is one word
    Claim claim = firstKilled("Death toll in raid on Aleppo rises to 76: monitor. Seventy-six people were killed on"
        + " Friday when helicopters dropped barrel bombs on the city.");
    assertThat(claim.when().start()).isEqualTo(LocalDate.of(2017, 11, 17));
  }

  @Test
  void anAgeIsNoRetellingOfItsFigure() {
    // near miss: "12-year-old" is an age, not the twelve dead
    Claim claim = firstKilled("12 killed in raid on Aleppo. A 12-year-old boy was among those hurt on Friday.");
    assertThat(claim.when().text()).isNull();
  }
}
