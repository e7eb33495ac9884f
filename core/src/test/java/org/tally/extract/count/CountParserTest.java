package org.tally.extract.count;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tally.lexicon.Lexicons;
import org.tally.model.Count;
import org.tally.model.Span;

class CountParserTest {
  @ParameterizedTest
  @ValueSource(strings = {"1,319", "1.319", "1 319", "1\u00A0319", "1\u2009319", "1\u202F319"})
  void separatorsBetweenGroupsOfThreeMarkThousands(String figure) {
    CountMention mention = Counts.only("The coalition admits " + figure + " civilians died.");

    assertThat(mention.count().min()).isEqualTo(1319);
    assertThat(mention.text()).isEqualTo(figure);
    assertThat(mention.form()).isEqualTo(CountForm.DIGITS);
  }

  @Test
  void aPlusGluedToAFigureIsALowerBound() {
    CountMention mention = Counts.only("Idlib 35+ dead after the air strike.");

    assertThat(mention.count().min()).isEqualTo(35);
    assertThat(mention.count().max()).isNull();
    assertThat(mention.text()).isEqualTo("35+");
  }

  @Test
  void aPlusApartFromAFigureLeavesItExact() {
    Count count = Counts.only("The toll rose to 35 + more overnight.").count();

    assertThat(count.min()).isEqualTo(35);
    assertThat(count.max()).isEqualTo(35);
  }

  @Test
  void separatorsJoinSeveralGroups() {
    assertThat(Counts.only("Some 1,889,082 people were counted.").count().min()).isEqualTo(1_889_082);
  }

  @Test
  void aFourDigitFigureDoesNotTakeASpacedGroup() {
    assertThat(Counts.in("In 2014 100 people died.")).extracting(m -> m.count().min()).containsExactly(2014, 100);
  }

  @Test
  void aLoneFigureGluedBeforeACountInWordsCountsNothing() {
    assertThat(Counts.in("Get short URL 124 At least four people were killed.")).extracting(m -> m.count().min())
        .containsExactly(4);
    assertThat(Counts.in("Get short URL 2440 Over 100 civilians have been killed.")).extracting(m -> m.count().min())
        .containsExactly(101);
  }

  @Test
  void aFigureBeforeAPunctuatedCountStillCounts() {
    assertThat(Counts.in("Air strikes killed 12, at least four of them children.")).extracting(m -> m.count().min())
        .containsExactly(12, 4);
  }

  @Test
  void aLoneZeroTakesNoGroups() {
    assertThat(Counts.in("Shares 0 214 people")).extracting(m -> m.count().min()).containsExactly(0);
  }

  @Test
  void aFigureAfterALoneZeroIsAPageCounterNotACount() {
    assertThat(Counts.in("Get short URL 0 214 The number of civilians killed has risen to 20."))
        .extracting(m -> m.count().min()).containsExactly(0, 20);
    assertThat(Counts.in("Topic Battle Against Daesh (180) 0 54 The forces killed 23 militants."))
        .extracting(m -> m.count().min()).containsExactly(180, 0, 23);
  }

  @Test
  void aFigureAfterAnotherFigureThanZeroStillCounts() {
    assertThat(Counts.in("In 2014 100 people died.")).extracting(m -> m.count().min()).containsExactly(2014, 100);
    assertThat(Counts.in("Shares 3 214 people")).extracting(m -> m.count().min()).containsExactly(3214);
  }

  @Test
  void aDecimalWithoutAScaleIsNotACount() {
    assertThat(Counts.in("The convoy drove 2.5 km.")).isEmpty();
  }

  @Test
  void aDecimalWithAScaleIsMixed() {
    CountMention mention = Counts.only("1.2 million people have fled.");

    assertThat(mention.count().min()).isEqualTo(1_200_000);
    assertThat(mention.count().max()).isEqualTo(1_200_000);
    assertThat(mention.form()).isEqualTo(CountForm.MIXED);
    assertThat(mention.text()).isEqualTo("1.2 million");
  }

  @Test
  void threeDecimalsBeforeAScaleAreADecimalNotThousands() {
    assertThat(Counts.only("1.319 million people").count().min()).isEqualTo(1_319_000);
  }

  @Test
  void twoHundredAndFiftyIsOneNumber() {
    CountMention mention = Counts.only("Two hundred and fifty people were detained.");

    assertThat(mention.count().min()).isEqualTo(250);
    assertThat(mention.text()).isEqualTo("Two hundred and fifty");
    assertThat(mention.form()).isEqualTo(CountForm.WORDS);
  }

  @ParameterizedTest
  @ValueSource(strings = {"forty-two", "forty two", "Forty-Two"})
  void tensAndUnitJoinWithAHyphenOrASpace(String words) {
    CountMention mention = Counts.only(words + " soldiers died.");

    assertThat(mention.count().min()).isEqualTo(42);
    assertThat(mention.text()).isEqualTo(words);
  }

  @Test
  void largeWordNumbersCombineGroups() {
    assertThat(Counts.only("a hundred and fifty thousand refugees").count().min()).isEqualTo(150_000);
  }

  @Test
  void overAHundredOfThemChildrenIsAPartitiveAboveAHundred() {
    String text = "The raid killed 300 people, over a hundred of them children.";
    CountMention mention = Counts.in(text).get(1);

    assertThat(mention.text()).isEqualTo("over a hundred");
    assertThat(mention.count().min()).isEqualTo(101);
    assertThat(mention.count().max()).isNull();
    assertThat(mention.partitive()).isTrue();
    assertThat(text.substring(mention.headStart())).startsWith("children");
  }

  @ParameterizedTest
  @ValueSource(strings = {"between 20 and 30", "20 to 30", "20-30", "20 – 30", "from 20 to 30", "twenty to thirty"})
  void rangesGiveBothBounds(String words) {
    CountMention mention = Counts.only("The raid killed " + words + " fighters.");

    assertThat(mention.count().min()).isEqualTo(20);
    assertThat(mention.count().max()).isEqualTo(30);
    assertThat(mention.text()).isEqualTo(words);
  }

  @Test
  void aRangeNeedsItsLowerEndFirst() {
    assertThat(Counts.in("the score went from 30 to 20")).extracting(CountMention::text).containsExactly("30", "20");
  }

  @Test
  void aScaleAfterARangeScalesBothEnds() {
    Count count = Counts.only("20 to 30 thousand people fled").count();

    assertThat(count.min()).isEqualTo(20_000);
    assertThat(count.max()).isEqualTo(30_000);
  }

  @Test
  void rangesOfWordNumbersWithScalesKeepEachEnd() {
    Count count = Counts.only("between one hundred and two hundred people").count();

    assertThat(count.min()).isEqualTo(100);
    assertThat(count.max()).isEqualTo(200);
  }

  @Test
  void ordinalWordsAreNotCounts() {
    assertThat(Counts.in("The first strike and the second hit the twentieth building.")).isEmpty();
  }

  @Test
  void ordinalsMadeWithAHyphenAreNotCounts() {
    assertThat(Counts.in("It was the twenty-first raid this year.")).isEmpty();
  }

  @Test
  void aDozenIsTwelveApproximately() {
    Count count = Counts.only("A dozen civilians were wounded.").count();

    assertThat(count.min()).isEqualTo(12);
    assertThat(count.max()).isEqualTo(12);
    assertThat(count.approx()).isTrue();
  }

  @Test
  void aQualifierTurnsADozenIntoABound() {
    assertThat(Counts.only("more than a dozen died").count().min()).isEqualTo(13);
    assertThat(Counts.only("at least a dozen died").count().min()).isEqualTo(12);
  }

  @Test
  void aQualifierDoesNotBoundAVagueQuantity() {
    CountMention mention = Counts.only("more than dozens died");

    assertThat(mention.text()).isEqualTo("dozens");
    assertThat(mention.count().min()).isEqualTo(24);
  }

  @Test
  void fewerThanIsOneBelow() {
    assertThat(Counts.only("fewer than 10 people").count().max()).isEqualTo(9);
  }

  @Test
  void headOfDozensOfCiviliansStartsAfterOf() {
    String text = "Dozens of civilians were injured.";
    CountMention mention = Counts.only(text);

    assertThat(mention.text()).isEqualTo("Dozens");
    assertThat(mention.headStart()).isEqualTo(text.indexOf("civilians"));
    assertThat(mention.partitive()).isFalse();
  }

  @Test
  void headOfEighteenCiviliansStartsAfterTheNumber() {
    String text = "At least 18 civilians were killed.";

    assertThat(Counts.only(text).headStart()).isEqualTo(text.indexOf("civilians"));
  }

  @Test
  void yearsAreDigitsCounts() {
    CountMention mention = Counts.only("The war began in 2016.");

    assertThat(mention.count().min()).isEqualTo(2016);
    assertThat(mention.form()).isEqualTo(CountForm.DIGITS);
  }

  @ParameterizedTest
  @ValueSource(strings = {"22:09:14", "31/10/2018", "2016-11-21", "5%", "3rd", "10km", "$5", "F-16", "COVID-19",
      "12-year-old", "two-thirds", "636156214356472782"})
  void figuresInsideTimesDatesUnitsAndNamesAreNotCounts(String token) {
    assertThat(Counts.in("on " + token + " today")).isEmpty();
  }

  @Test
  void articleBeforeANounIsAnIndefiniteOne() {
    String text = "Shelling wounded a child.";
    CountMention mention = Counts.only(text);

    assertThat(mention.form()).isEqualTo(CountForm.INDEFINITE);
    assertThat(mention.count().min()).isEqualTo(1);
    assertThat(mention.headStart()).isEqualTo(text.indexOf("child"));
  }

  @Test
  void aLoneOneIsIndefiniteButOneThousandIsWords() {
    assertThat(Counts.only("one child").form()).isEqualTo(CountForm.INDEFINITE);
    assertThat(Counts.only("one thousand children").form()).isEqualTo(CountForm.WORDS);
  }

  @Test
  void vagueQuantitiesTakeAScale() {
    Count count = Counts.only("several hundred people fled").count();

    assertThat(count.min()).isEqualTo(300);
    assertThat(count.max()).isNull();
  }

  @Test
  void spanTextIsThePhraseAsWritten() {
    String text = "The monitor said at least 18 civilians were killed.";
    CountMention mention = Counts.only(text);

    assertThat(mention.text()).isEqualTo("at least 18");
    assertThat(mention.count().span().text(text)).isEqualTo(mention.text());
  }

  @Test
  void offsetsAreIntoTheWholeTextWhenARangeIsGiven() {
    String text = "62 dead. Later, some 54 civilians were found.";
    List<CountMention> mentions = CountParser.from(Lexicons.bundled()).find(text, new Span(9, text.length()));

    assertThat(mentions).hasSize(1);
    assertThat(mentions.get(0).count().span()).isEqualTo(new Span(16, 23));
    assertThat(mentions.get(0).text()).isEqualTo("some 54");
  }

  @Test
  void countsComeLeftToRightWithoutOverlap() {
    assertThat(Counts.in("At least 18 civilians were killed and dozens injured."))
        .extracting(CountMention::text)
        .containsExactly("At least 18", "dozens");
  }
}
