package org.tally.resolve.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tally.resolve.time.Times.day;
import static org.tally.resolve.time.Times.find;
import static org.tally.resolve.time.Times.named;
import static org.tally.resolve.time.Times.only;

import org.junit.jupiter.api.Test;

class TimeResolverTest {
  private static void assertSpan(TimeMention m, String start, String end) {
    assertThat(m.start()).isEqualTo(day(start));
    assertThat(m.end()).isEqualTo(day(end));
  }

  // --- absolute dates ---

  @Test
  void dateWithoutYearIsTheLatestSuchDayNotAfterTheDocument() {
    assertSpan(only("The strike on December 7 killed 18 civilians.", day("2017-03-30")), "2016-12-07", "2016-12-07");
  }

  @Test
  void dateWithoutYearOnOrBeforeTheDocumentDayKeepsTheDocumentsYear() {
    assertSpan(only("On September 17, aircraft carried out four strikes.", day("2017-09-17")), "2017-09-17", "2017-09-17");
    assertSpan(only("It added that in one aerial attack on July 18, 24 civilians died.", day("2016-12-01")),
        "2016-07-18", "2016-07-18");
  }

  @Test
  void dateWithYearNeedsNoDocumentDate() {
    assertSpan(only("The raid on 17 September 2016 killed 62 soldiers.", null), "2016-09-17", "2016-09-17");
  }

  @Test
  void dateWithoutYearIsNotPlacedWithoutADocumentDate() {
    assertThat(find("The strike on July 18 killed 24 civilians.", null)).isEmpty();
  }

  @Test
  void betweenTwoDatesIsOneRange() {
    String text = "Some 54 civilians had lost their lives between March 31 and October 22.";
    TimeMention m = only(text, day("2016-12-01"));
    assertSpan(m, "2016-03-31", "2016-10-22");
    assertThat(m.span().text(text)).isEqualTo("between March 31 and October 22");
  }

  @Test
  void rangeStartWithoutYearFallsBeforeItsEnd() {
    assertSpan(only("Raids between November 20 and January 5 killed 300 people.", day("2017-03-01")),
        "2016-11-20", "2017-01-05");
  }

  @Test
  void betweenAMonthOfAYearAndTheEndOfAnotherRunsFromTheFirstDayToTheLast() {
    String text = "The coalition conducted 34,514 strikes between August 2014 and the end of May 2019.";
    assertSpan(only(text, day("2019-06-28")), "2014-08-01", "2019-05-31");
  }

  @Test
  void bareDayNumberTakesTheMonthOfTheRangesEnd() {
    assertSpan(only("Clashes between 5 and 7 December killed 40 fighters.", day("2016-12-20")), "2016-12-05", "2016-12-07");
  }

  @Test
  void publicationCueIsNotPartOfTheDatesWords() {
    String text = "Published April 15 2017 At least 126 people were killed.";
    TimeMention m = only(text, null);
    assertThat(m.span().text(text)).isEqualTo("April 15 2017");
  }

  @Test
  void fullStopAfterAFullMonthNameIsNotPartOfTheDate() {
    String text = "Nine people have died since airstrikes resumed on 15 November.";
    TimeMention m = only(text, day("2016-12-01"));
    assertThat(m.span().text(text)).isEqualTo("since airstrikes resumed on 15 November");
    assertSpan(m, "2016-11-15", "2016-12-01");
  }

  // --- weekdays ---

  @Test
  void weekdayIsTheLatestSuchDayNotAfterTheDocument() {
    // 2016-07-06 is a Wednesday
    assertSpan(only("A blast killed 16 people on Tuesday.", day("2016-07-06")), "2016-07-05", "2016-07-05");
    assertSpan(only("Gunmen killed four people on Thursday.", day("2016-07-06")), "2016-06-30", "2016-06-30");
  }

  @Test
  void weekdayOfTheDocumentsOwnDayIsThatDay() {
    // 2017-10-08 is a Sunday
    assertSpan(only("At least 11 civilians were killed on Sunday.", day("2017-10-08")), "2017-10-08", "2017-10-08");
  }

  @Test
  void possessiveWeekdayIsReadWithoutItsEnding() {
    String text = "Kerry complained about Friday's killing of a rebel chief.";
    TimeMention m = only(text, day("2015-12-29"));
    assertThat(m.span().text(text)).isEqualTo("Friday");
    assertSpan(m, "2015-12-25", "2015-12-25");
  }

  @Test
  void partOfTheDayAfterAWeekdayStaysOnThatDay() {
    String text = "Airstrikes on Monday night killed nine civilians.";
    TimeMention m = only(text, day("2016-07-06"));
    assertThat(m.span().text(text)).isEqualTo("Monday night");
    assertSpan(m, "2016-07-04", "2016-07-04");
  }

  @Test
  void lastWeekdayIsBeforeTheDocumentsDay() {
    // 2017-10-06 is a Friday
    assertSpan(only("Airstrikes last Friday killed nine civilians.", day("2017-10-06")), "2017-09-29", "2017-09-29");
  }

  @Test
  void weekdayIsNotPlacedWithoutADocumentDate() {
    assertThat(find("A blast killed 16 people on Tuesday.", null)).isEmpty();
  }

  // --- relative days ---

  @Test
  void yesterdayTodayAndTonightCountFromTheDocumentsDay() {
    assertSpan(only("Sixteen people were killed yesterday.", day("2016-07-06")), "2016-07-05", "2016-07-05");
    assertSpan(only("Sixteen people were killed today.", day("2016-07-06")), "2016-07-06", "2016-07-06");
    assertSpan(only("Warplanes struck the town tonight.", day("2016-07-06")), "2016-07-06", "2016-07-06");
    assertSpan(only("Shells hit the school this morning.", day("2016-07-06")), "2016-07-06", "2016-07-06");
  }

  @Test
  void lastNightAndOvernightRunFromTheDayBeforeToTheDocumentsDay() {
    assertSpan(only("Airstrikes last night killed nine civilians.", day("2016-07-06")), "2016-07-05", "2016-07-06");
    assertSpan(only("Overnight raids killed nine civilians.", day("2016-07-06")), "2016-07-05", "2016-07-06");
  }

  @Test
  void lastWeekIsThePreviousMondayToSundayWeek() {
    // 2017-03-29 is a Wednesday
    assertSpan(only("Last week, the Pentagon admitted the error.", day("2017-03-29")), "2017-03-20", "2017-03-26");
  }

  @Test
  void earlierThisWeekRunsFromMondayToTheDocumentsDay() {
    assertSpan(only("A strike earlier this week killed 20 people.", day("2017-03-29")), "2017-03-27", "2017-03-29");
  }

  @Test
  void lastMonthIsThePreviousCalendarMonth() {
    assertSpan(only("Some 300 people were detained last month.", day("2018-10-31")), "2018-09-01", "2018-09-30");
  }

  @Test
  void theWeekendIsTheLatestSaturdayAndSunday() {
    // 2017-10-09 is a Monday
    assertSpan(only("Eight soldiers were killed at the weekend.", day("2017-10-09")), "2017-10-07", "2017-10-08");
  }

  @Test
  void relativeWordsAreNotPlacedWithoutADocumentDate() {
    assertThat(find("Sixteen people were killed yesterday.", null)).isEmpty();
  }

  // --- months and years ---

  @Test
  void monthAloneIsTheWholeLatestSuchMonth() {
    String text = "In September, a US-led airstrike hit a military base.";
    TimeMention m = only(text, day("2016-12-01"));
    assertThat(m.span().text(text)).isEqualTo("September");
    assertSpan(m, "2016-09-01", "2016-09-30");
  }

  @Test
  void monthOfTheDocumentEndsAtTheDocumentsDay() {
    assertSpan(only("Raids in December killed 18 civilians.", day("2016-12-01")), "2016-12-01", "2016-12-01");
  }

  @Test
  void monthLaterInTheYearThanTheDocumentIsLastYears() {
    assertSpan(only("Raids in December killed 18 civilians.", day("2017-03-15")), "2016-12-01", "2016-12-31");
  }

  @Test
  void lowerCaseMayIsAVerbNotAMonth() {
    String text = "As many as 24 civilians may have died in May.";
    TimeMention m = only(text, day("2017-06-10"));
    assertThat(m.span().text(text)).isEqualTo("May");
  }

  @Test
  void monthTakesTheYearWrittenEarlierInItsSentence() {
    String text = "The siege tightened in 2015 and in August 40 people starved.";
    assertSpan(named(text, "August", day("2017-03-01")), "2015-08-01", "2015-08-31");
  }

  @Test
  void withoutADocumentDateAMonthTakesTheLastYearWrittenBeforeIt() {
    String text = "The campaign began in 2015. In August, 40 people died.";
    assertSpan(named(text, "August", null), "2015-08-01", "2015-08-31");
  }

  @Test
  void yearAfterInIsTheWholeYear() {
    assertSpan(only("Some 3,000 civilians died in 2016.", null), "2016-01-01", "2016-12-31");
  }

  @Test
  void bareFourDigitNumberWithoutACueIsNotAYear() {
    assertThat(find("The group counted 2016 victims.", day("2017-01-01"))).isEmpty();
  }

  @Test
  void partOfAMonthNarrowsIt() {
    assertSpan(only("In a report released in late April, Amnesty gave new figures.", day("2019-06-28")),
        "2019-04-21", "2019-04-30");
    assertSpan(only("The offensive began in early March.", day("2019-06-28")), "2019-03-01", "2019-03-10");
    assertSpan(only("Talks stalled in mid-April.", day("2019-06-28")), "2019-04-11", "2019-04-20");
  }

  @Test
  void partOfAYearNarrowsIt() {
    assertSpan(only("The raids intensified in the second half of 2016.", null), "2016-07-01", "2016-12-31");
  }

  // --- stretches ---

  @Test
  void thePastMonthEndsAtTheDocumentsDay() {
    assertSpan(only("More than 120 civilians have died over the past month alone.", day("2018-10-31")),
        "2018-09-30", "2018-10-31");
  }

  @Test
  void pastStretchesCountTheirUnits() {
    assertSpan(only("Some 300 people were killed in the past week.", day("2018-10-31")), "2018-10-24", "2018-10-31");
    assertSpan(only("At least 50 people were killed in the past 24 hours.", day("2018-10-31")), "2018-10-30", "2018-10-31");
    assertSpan(only("Dozens died in the past three days.", day("2018-10-31")), "2018-10-28", "2018-10-31");
  }

  @Test
  void stretchEndsAtTheDateOfItsSentence() {
    String text = "The ministry said on July 20 that assaults had left some 140 civilians dead in just two days.";
    TimeMention m = named(text, "in just two days", day("2016-12-01"));
    assertSpan(m, "2016-07-18", "2016-07-20");
  }

  @Test
  void stretchWithoutADateInItsSentenceEndsAtTheDocumentsDay() {
    assertSpan(only("Raids killed 60 people in two days.", day("2016-12-01")), "2016-11-29", "2016-12-01");
  }

  @Test
  void stretchThatOpensItsSentenceAsTheSubjectEndsAtTheDocumentsDay() {
    // "Seven days of airstrikes had left ... dead": the seven days up to the report
    assertSpan(only("Seven days of airstrikes across the province had left more than 75 civilians dead.",
        day("2016-10-27")), "2016-10-20", "2016-10-27");
  }

  @Test
  void stretchOfInsideASentenceIsNoTime() {
    // near miss: "after two days of fighting" says how long the fighting took, not when the harm was
    assertThat(find("The army took the town after two days of fighting, killing 20 rebels.", day("2016-10-27")))
        .isEmpty();
  }

  @Test
  void twoWeekdaysJoinedRunFromTheFirstToTheSecond() {
    // 2017-10-08 is a Sunday
    assertSpan(only("On Friday and Saturday at least 13 civilians died in air strikes.", day("2017-10-08")),
        "2017-10-06", "2017-10-07");
  }

  @Test
  void aBombardmentCarriedOnToASecondWeekdayCoversBoth() {
    // 2019-03-10 is a Sunday: "began Saturday and continued Sunday" is both days, not Sunday alone
    assertSpan(only("The raids, which began Saturday and continued Sunday, killed 31 civilians in the town.",
        day("2019-03-10")), "2019-03-09", "2019-03-10");
    assertSpan(only("Mortar fire that lasted Saturday night and into Sunday killed four people.", day("2019-03-11")),
        "2019-03-09", "2019-03-10");
    // near miss: a second clause's own day is not carried on from the first
    assertThat(find("Raids killed 5 on Saturday and shelling continued today, killing 3.", day("2019-03-10")))
        .extracting(m -> m.start().toString() + "/" + m.end())
        .contains("2019-03-09/2019-03-09");
  }

  @Test
  void weekdaysOfTwoTollsStayApart() {
    // near miss: "and" joins two clauses, each with its own day
    assertThat(find("Five died on Friday and ten on Saturday.", day("2017-10-08")))
        .extracting(m -> m.start().toString() + "/" + m.end())
        .containsExactly("2017-10-06/2017-10-06", "2017-10-07/2017-10-07");
  }

  @Test
  void stepAgoCountsBackFromTheDocumentsDay() {
    assertSpan(only("Shelling three days ago killed 12 people.", day("2016-12-01")), "2016-11-28", "2016-11-28");
  }

  @Test
  void stepLaterCountsFromTheLastDayWrittenBefore() {
    String text = "On July 18 a strike killed 24 people. Two days later 40 more died.";
    assertSpan(named(text, "Two days later", day("2016-12-01")), "2016-07-20", "2016-07-20");
  }

  // --- since ---

  @Test
  void sinceAYearRunsToTheDocumentsDay() {
    assertSpan(only("Amnesty counted 300 deaths since 2014.", day("2016-12-01")), "2014-01-01", "2016-12-01");
  }

  @Test
  void sinceMayReachAcrossAClauseToItsTime() {
    String text = "The alliance has admitted killing 173 since it began the aerial campaign in Iraq and Syria in 2014.";
    TimeMention m = only(text, day("2016-12-01"));
    assertThat(m.span().text(text)).isEqualTo("since it began the aerial campaign in Iraq and Syria in 2014");
    assertSpan(m, "2014-01-01", "2016-12-01");
  }

  @Test
  void sinceAMonthRunsFromItsLatestStart() {
    assertSpan(only("Since January, the monitor has counted 400 dead.", day("2017-03-30")), "2017-01-01", "2017-03-30");
  }

  @Test
  void sinceIsNotPlacedWithoutADocumentDate() {
    assertThat(find("Amnesty counted 300 deaths since 2014.", null)).isEmpty();
  }

  // --- pointing back ---

  @Test
  void thisPeriodIsTheLastStretchNamedBefore() {
    String text = "The coalition conducted 34,514 strikes between August 2014 and the end of May 2019, the alliance said"
        + " Thursday. During this period, it assesses at least 1,319 civilians have been killed.";
    assertSpan(named(text, "this period", day("2019-06-28")), "2014-08-01", "2019-05-31");
  }

  @Test
  void theSameDayIsTheLastDayNamedBefore() {
    String text = "A strike on July 18 killed 24 people. Another killed nine the next day.";
    assertSpan(named(text, "the next day", day("2016-12-01")), "2016-07-19", "2016-07-19");
  }

  // --- no event after its report ---

  @Test
  void nothingRelativeLandsAfterTheDocumentsDay() {
    String text = "On Friday, in September, this week, this month and this year, 40 people died in the past week.";
    for (TimeMention m : find(text, day("2016-09-14"))) {
      assertThat(m.end()).as(m.span().text(text)).isBeforeOrEqualTo(day("2016-09-14"));
    }
    assertThat(find(text, day("2016-09-14"))).hasSize(6);
  }

  // --- stretches written around one day ---

  @Test
  void twoDaysJoinedByADashInOneWordAreOneRange() {
    String text = "On the night of 3-4 March, an airstrike on a camp killed five civilians.";
    TimeMention m = only(text, day("2022-03-06"));
    assertSpan(m, "2022-03-03", "2022-03-04");
    assertThat(m.span().text(text)).isEqualTo("3-4 March");
    assertThat(m.period()).isTrue();
    assertSpan(only("Shelling on 28–30 April 2019 killed 40 people.", null), "2019-04-28", "2019-04-30");
  }

  @Test
  void twoDaysJoinedBySpacedWordsAreOneRange() {
    assertSpan(only("Raids on 3 to 5 March killed 12 people.", day("2022-03-06")), "2022-03-03", "2022-03-05");
    assertSpan(only("Raids on 3 - 5 March killed 12 people.", day("2022-03-06")), "2022-03-03", "2022-03-05");
  }

  @Test
  void aScoreOrACountBeforeADateIsNoRange() {
    // the first number is no earlier day of the month: a count, a score, a day after the date's
    assertSpan(only("A 7-4 March vote followed the raid.", day("2022-03-06")), "2022-03-04", "2022-03-04");
    assertThat(find("Raids killed 3 to 5 people.", day("2022-03-06"))).isEmpty();
  }

  @Test
  void aStretchEndingOnADayEndsThere() {
    String text = "In the week ending 15 May, the monitor recorded nine civilian deaths.";
    TimeMention m = only(text, day("2021-05-17"));
    assertSpan(m, "2021-05-09", "2021-05-15");
    assertThat(m.span().text(text)).isEqualTo("the week ending 15 May");
    assertSpan(only("Hospitals reported 31 deaths in the seven days to 15 May.", day("2021-05-17")),
        "2021-05-09", "2021-05-15");
    assertSpan(only("Nine people died in the 24 hours to Monday.", day("2021-05-19")), "2021-05-16", "2021-05-17");
  }

  @Test
  void aStretchWithoutADayAfterItIsNoEnding() {
    // "to" joins a count to what follows, not a stretch to its last day
    assertThat(find("The week to come will show how many died.", day("2021-05-17"))).isEmpty();
  }

  @Test
  void sinceTheStartOfTheYearRunsFromItsFirstDay() {
    assertSpan(only("Since the start of the year, 310 civilians have been killed.", day("2022-04-10")),
        "2022-01-01", "2022-04-10");
    assertSpan(only("Since the beginning of the month, 18 people have died.", day("2022-04-10")),
        "2022-04-01", "2022-04-10");
  }
}
