package org.tally.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tally.lexicon.Lexicons;
import org.tally.model.Span;

class DateReaderTest {
  private static final DateReader READER = DateReader.from(Lexicons.bundled());

  private static List<DateMention> find(String text) {
    return READER.find(text, new Span(0, text.length()));
  }

  private static DateMention only(String text) {
    List<DateMention> found = find(text);
    assertThat(found).hasSize(1);
    return found.get(0);
  }

  private static String words(String text, DateMention mention) {
    return mention.span().text(text);
  }

  @Test
  void aHeadlinesFigureIsNoDayOfTheDateLineBelowIt() {
    String text = "Death toll of the market bombing rises to 9\n\nFebruary 11, 2022\n\nThe toll rose today.";
    DateMention mention = only(text);
    assertThat(mention.date()).contains(LocalDate.of(2022, 2, 11));
    assertThat(words(text, mention)).isEqualTo("February 11, 2022");
    // one line break is a wrapped line, not a paragraph's end: the day still takes its month
    assertThat(only("were killed on 9\nFebruary 2022 in the town").date()).contains(LocalDate.of(2022, 2, 9));
  }

  @Test
  void slashedDateIsReadDayFirst() {
    assertThat(only("31/10/2018").date()).contains(LocalDate.of(2018, 10, 31));
    assertThat(only("05/04/2017").date()).contains(LocalDate.of(2017, 4, 5));
  }

  @Test
  void slashedDateIsReadMonthFirstWhenDayFirstCannotBe() {
    assertThat(only("4/16/2017").date()).contains(LocalDate.of(2017, 4, 16));
  }

  @Test
  void dottedAndDashedDatesRunIntoTextAreRead() {
    assertThat(only("21.08.2013Get short URL").date()).contains(LocalDate.of(2013, 8, 21));
    assertThat(only("17-08-2016 Martyrs as Terrorists Shell Aleppo").date()).contains(LocalDate.of(2016, 8, 17));
  }

  @Test
  void timeZoneOffsetRunIntoTheDayIsSplitOff() {
    String text = "01:43 GMT +330 March 2017";
    DateMention mention = only(text);
    assertThat(mention.date()).contains(LocalDate.of(2017, 3, 30));
    assertThat(words(text, mention)).isEqualTo("30 March 2017");
  }

  @Test
  void monthDayWithoutYearIsReadWithoutOne() {
    String text = "Baghdad, June 28 (RHC)-- The coalition";
    DateMention mention = only(text);
    assertThat(mention.hasYear()).isFalse();
    assertThat(mention.inYear(2019)).contains(LocalDate.of(2019, 6, 28));
    assertThat(words(text, mention)).isEqualTo("June 28");
  }

  @Test
  void weekdayMonthDayCommaYearWithTimeIsRead() {
    String text = "Thu Dec 1, 2016 22:09:14";
    DateMention mention = only(text);
    assertThat(mention.date()).contains(LocalDate.of(2016, 12, 1));
    assertThat(words(text, mention)).isEqualTo("Thu Dec 1, 2016");
    assertThat(READER.endOfTime(text, mention.span().end())).isEqualTo(text.length());
  }

  @Test
  void weekdayDayMonthYearIsRead() {
    String text = "Wed 05 Apr 2017 Syria attack";
    assertThat(only(text).date()).contains(LocalDate.of(2017, 4, 5));
    assertThat(words(text, only(text))).isEqualTo("Wed 05 Apr 2017");
  }

  @Test
  void dateOfPublicationIsCuedAndSpansItsCue() {
    String text = "Date of publication 4 October 2016 Air strikes";
    DateMention mention = only(text);
    assertThat(mention.cued()).isTrue();
    assertThat(mention.date()).contains(LocalDate.of(2016, 10, 4));
    assertThat(words(text, mention)).isEqualTo("Date of publication 4 October 2016");
  }

  @Test
  void publishedMonthDayYearIsCued() {
    DateMention mention = only("Published August 15 2016 Ten children");
    assertThat(mention.cued()).isTrue();
    assertThat(mention.date()).contains(LocalDate.of(2016, 8, 15));
  }

  @Test
  void isoDateIsRead() {
    assertThat(only("2016-12-01T22:09:14Z").date()).contains(LocalDate.of(2016, 12, 1));
  }

  @Test
  void dayRunIntoYearIsSplit() {
    assertThat(only("Last updated at Apr 152017 A suicide").date()).contains(LocalDate.of(2017, 4, 15));
  }

  @Test
  void abbreviatedMonthWithPeriodIsRead() {
    assertThat(only("Aug. 1 2016 Rescuers say").date()).contains(LocalDate.of(2016, 8, 1));
  }

  @Test
  void impossibleDayIsNoDate() {
    assertThat(find("31/02/2018 and February 30 2017")).isEmpty();
  }

  @Test
  void monthAndYearAloneIsNoDateButTheYearCounts() {
    String text = "between August 2014 and the end of May 2019";
    assertThat(find(text)).isEmpty();
    assertThat(READER.years(text, new Span(0, text.length()))).containsExactly(2014, 2019);
  }

  @Test
  void countsAreNotYears() {
    String text = "killing over 1,300 civilians in 34,514 strikes";
    assertThat(READER.years(text, new Span(0, text.length()))).isEmpty();
  }

  @Test
  void theWordsADayOrAMonthMustBeFollowedByAreReadAsThePatternsReadThem() {
    // what may stand between a day and its month, and between a month and its day: suffixes, "of", tabs, a full stop
    assertThat(only("on the 12th of March 2016").date()).contains(LocalDate.of(2016, 3, 12));
    assertThat(only("3 \t May 2017").date()).contains(LocalDate.of(2017, 5, 3));
    assertThat(only("Sept. 5, 2016").date()).contains(LocalDate.of(2016, 9, 5));
    assertThat(only("Apr 152017").date()).contains(LocalDate.of(2017, 4, 15));
    assertThat(find("2016-05-04 and 4.5.2016")).extracting(m -> m.date().orElseThrow())
        .containsExactly(LocalDate.of(2016, 5, 4), LocalDate.of(2016, 5, 4));
    assertThat(find("killing 20 people, 3-4 of them children, in May")).isEmpty();
    assertThat(find("they may 5 times")).hasSize(1); // "may 5" reads as a month and a day, as before
    // a range that cuts a date is read as far as it reaches
    String text = "Published 12 March 2016 by the monitor";
    assertThat(READER.find(text, new Span(0, text.indexOf(" 2016")))).extracting(m -> m.span().text(text))
        .containsExactly("Published 12 March");
  }
}
