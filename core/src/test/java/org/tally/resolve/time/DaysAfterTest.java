package org.tally.resolve.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tally.lexicon.Lexicons;
import org.tally.model.Span;

/** A count told after "a day after" happened a day before the day named ahead of the phrase (days-after.tsv). */
class DaysAfterTest {
  private static final TimeResolver RESOLVER = TimeResolver.from(Lexicons.bundled());
  // a Wednesday
  private static final LocalDate PRINTED = LocalDate.of(2016, 8, 17);

  private static Optional<LocalDate> dayOf(String text, String count) {
    int at = text.indexOf(count);
    return RESOLVER.forClaim(text, new Span(0, text.length()), new Span(at, at + count.length()), PRINTED)
        .map(TimeMention::start);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // after the phrase: a day before Tuesday
      "Shelling hit the district on Tuesday a day after eight civilians were killed in a similar attack.|eight|2016-08-15",
      "Troops stormed the village on Tuesday two days after gunmen killed seven policemen.|seven|2016-08-14",
      // before the phrase: Tuesday's own count
      "Shelling killed four people on Tuesday a day after talks began in Geneva.|four|2016-08-16",
      // the clause after the phrase names its own day, which it keeps
      "Shelling hit the district on Tuesday a day after eight civilians were killed on Sunday.|eight|2016-08-14",
  })
  void aCountAfterADayAfterIsOfTheDayBefore(String text, String count, String day) {
    assertThat(dayOf(text, count)).contains(LocalDate.parse(day));
  }
}
