package org.tally.resolve.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tally.resolve.time.Times.day;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tally.lexicon.Lexicons;
import org.tally.model.Span;

class ForClaimTest {
  /** The time of the claim counted by {@code count}, in a text that is one sentence ending the text. */
  private static Optional<TimeMention> forClaim(String text, String sentence, String count, LocalDate document) {
    int s = text.indexOf(sentence);
    int c = text.indexOf(count, s);
    return TimeResolver.from(Lexicons.bundled()).forClaim(text, new Span(s, s + sentence.length()),
        new Span(c, c + count.length()), document);
  }

  private static String words(String text, Optional<TimeMention> m) {
    return m.orElseThrow().span().text(text);
  }

  @Test
  void prefersTheTimeInTheCountsClause() {
    String text = "In a Thursday statement, the US military admitted that some 54 civilians had lost their lives"
        + " between March 31 and October 22.";
    Optional<TimeMention> m = forClaim(text, text, "some 54", day("2016-12-01"));
    assertThat(words(text, m)).isEqualTo("between March 31 and October 22");
  }

  @Test
  void takesTheNearestInTheSentenceWhenTheClauseHasNone() {
    String text = "On September 17, aircraft carried out four strikes near the airport, leaving 62 soldiers killed.";
    Optional<TimeMention> m = forClaim(text, text, "62", day("2017-03-30"));
    assertThat(m.orElseThrow().start()).isEqualTo(day("2016-09-17"));
  }

  @Test
  void prefersATimeAfterTheCountInItsClause() {
    String text = "The ministry said on Monday that 40 people were killed on Saturday in the town.";
    // 2016-07-06 is a Wednesday
    Optional<TimeMention> m = forClaim(text, text, "40", day("2016-07-06"));
    assertThat(words(text, m)).isEqualTo("Saturday");
  }

  @Test
  void takesATimeBeforeTheCountInItsClauseWhenNoneFollows() {
    String text = "In a Thursday statement the US military admitted that some 54 civilians had died.";
    Optional<TimeMention> m = forClaim(text, text, "some 54", day("2016-12-01"));
    assertThat(words(text, m)).isEqualTo("Thursday");
  }

  @Test
  void commaInsideADateDoesNotEndTheClause() {
    String text = "A ministry statement came first, and 18 civilians died on December 7, 2016 in Raqqa, it said on Friday.";
    Optional<TimeMention> m = forClaim(text, text, "18", day("2017-03-30"));
    assertThat(m.orElseThrow().start()).isEqualTo(day("2016-12-07"));
  }

  @Test
  void isEmptyWhenTheSentenceHasNoTime() {
    String first = "The strikes began on Monday.";
    String text = first + " Thousands of bodies are still under the rubble.";
    assertThat(forClaim(text, "Thousands of bodies are still under the rubble.", "Thousands", day("2018-10-31")))
        .isEmpty();
  }

  @Test
  void wordsPointingBackResolveFromTheSentenceBefore() {
    String text = "\"The coalition conducted 34,514 strikes between August 2014 and the end of May 2019,\" the alliance"
        + " said Thursday. During this period, it \"assesses at least 1,319 civilians have been unintentionally killed.\"";
    String sentence = text.substring(text.indexOf("During"));
    Optional<TimeMention> m = forClaim(text, sentence, "at least 1,319", day("2019-06-28"));
    assertThat(m.orElseThrow().start()).isEqualTo(day("2014-08-01"));
    assertThat(m.orElseThrow().end()).isEqualTo(day("2019-05-31"));
  }

  @Test
  void aStretchAfterTheCountEndsAtTheDateSaidInItsSentence() {
    String text = "This is while the Syrian Foreign Ministry said on July 20 that US and French aerial assaults had left"
        + " some 140 civilians dead in just two days.";
    Optional<TimeMention> m = forClaim(text, text, "some 140", day("2016-12-01"));
    assertThat(m.orElseThrow().start()).isEqualTo(day("2016-07-18"));
    assertThat(m.orElseThrow().end()).isEqualTo(day("2016-07-20"));
  }

  @Test
  void aRunningTotalsTimeAfterTheCountIsNotTheCounts() {
    String text = "A shepherd was killed by a landmine near Al-Sukhnah, bringing the number killed by landmines since"
        + " early 2022 to 137.";
    assertThat(forClaim(text, text, "A shepherd", day("2022-03-03"))).isEmpty();
  }

  @Test
  void aRelativeClausesTimeAfterTheCountIsNotTheCounts() {
    String text = "Police arrested four men near the checkpoint, who had planned an attack last month.";
    assertThat(forClaim(text, text, "four", day("2012-09-02"))).isEmpty();
  }

  @Test
  void aTimeInALaterClauseOfTheSameEventIsStillTheCounts() {
    String text = "Two soldiers were killed near the airport, officials said on Monday.";
    assertThat(words(text, forClaim(text, text, "Two", day("2016-07-06")))).isEqualTo("Monday");
  }

  @Test
  void aDatelinesDateIsPassedOverForTheDayTheTextTells() {
    String text = "KABUL, Afghanistan (March 14, 2011) — An Afghan and coalition security force killed two insurgents"
        + " during an operation in Helmand province, yesterday.";
    Optional<TimeMention> m = forClaim(text, text, "two", day("2011-03-14"));
    assertThat(words(text, m)).isEqualTo("yesterday");
    assertThat(m.orElseThrow().start()).isEqualTo(day("2011-03-13"));
  }

  @Test
  void aChronologysOpeningDayIsTheDayThingsHappened() {
    String text = "10 February: two civilians were killed by sniper fire in Daraa city, a day after the market reopened.";
    Optional<TimeMention> m = forClaim(text, text, "two", day("2022-02-12"));
    assertThat(m.orElseThrow().start()).isEqualTo(day("2022-02-10"));
  }

  @Test
  void anOperationsOwnDayWinsOverTheDatelinesDate() {
    String text = "KABUL, Afghanistan (Oct. 14, 2011) - A security force killed a commander during an operation in"
        + " the district yesterday.";
    Optional<TimeMention> m = forClaim(text, text, "a commander", day("2011-10-14"));
    assertThat(words(text, m)).isEqualTo("yesterday");
  }

  @Test
  void aDatelinesDateStandsWhereTheSentenceHasNoOtherTime() {
    String text = "BAMAKO, Nov 3, 2020 - Gunmen killed 12 villagers in central Mali, officials said.";
    Optional<TimeMention> m = forClaim(text, text, "12", day("2020-11-03"));
    assertThat(m.orElseThrow().start()).isEqualTo(day("2020-11-03"));
  }

  @Test
  void aLowerCaseOpeningIsNoDateline() {
    String text = "On Monday, March 2 - the day of the vote - 14 people were killed in the town on Sunday.";
    Optional<TimeMention> m = forClaim(text, text, "14", day("2020-03-03"));
    assertThat(words(text, m)).isEqualTo("Sunday");
  }
  @Test
  void aComparisonsStretchIsNotTheClaims() {
    String text = "The attack near al-Busayrah killed 41 people, making it one of the deadliest on civilians fleeing"
        + " ISIL this year.";
    assertThat(forClaim(text, text, "41", day("2017-10-12"))).isEmpty();
  }

  @Test
  void aDayAfterAComparisonWordIsStillTheClaims() {
    // near miss: a comparison frames stretches only
    String text = "The deadliest attack on Tuesday killed 41 people.";
    assertThat(words(text, forClaim(text, text, "41", day("2017-10-12")))).isEqualTo("Tuesday");
  }

  @Test
  void aTimeDatingThePlacesHistoryIsNotTheClaims() {
    String text = "The Observatory said that on Friday and Saturday at least 13 civilians died in air strikes around"
        + " Kafr Nabl the site of a deadly chemical attack in April.";
    // 2017-10-08 is a Sunday
    Optional<TimeMention> m = forClaim(text, text, "at least 13", day("2017-10-08"));
    assertThat(words(text, m)).isEqualTo("Friday and Saturday");
  }

  @Test
  void withNoOtherTimeThePlacesHistoryLeavesTheClaimUndated() {
    String text = "Two policemen were shot dead in Raqqa, the scene of mass executions in 2014.";
    assertThat(forClaim(text, text, "Two", day("2017-10-08"))).isEmpty();
  }

  @Test
  void aSiteOfBeforeTheCountDoesNotHideTheTimeAfterIt() {
    // near miss: the count stands between the phrase and the time, so the time is the count's
    String text = "Rescuers reached the site of the strike where 12 people were killed on Tuesday.";
    Optional<TimeMention> m = forClaim(text, text, "12", day("2017-10-08"));
    assertThat(words(text, m)).isEqualTo("Tuesday");
  }
}
