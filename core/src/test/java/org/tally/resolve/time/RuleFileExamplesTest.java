package org.tally.resolve.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tally.lexicon.Lexicons;
import org.tally.lexicon.RuleFiles;
import org.tally.lexicon.RuleRow;

/** Each row of the time rule files: its example sentence has a time mention made of the row's words. */
class RuleFileExamplesTest {
  /** A Friday, late enough in the year for every month of the examples to be placed. */
  private static final LocalDate DOCUMENT = LocalDate.of(2019, 6, 28);

  static Stream<Arguments> rows() {
    return Stream.of(TimeLexicon.WEEKDAYS, TimeLexicon.MONTHS, TimeLexicon.RELATIVE, TimeLexicon.PARTS,
            TimeLexicon.UNITS, TimeLexicon.WORDS, TimeLexicon.ANAPHORA)
        .flatMap(file -> Lexicons.bundled().file(RuleFiles.named(file)).rows().stream().map(row -> Arguments.of(file, row)));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("rows")
  void exampleHasATimeMentionWithTheRowsWords(String file, RuleRow row) {
    String example = row.get("example");
    List<String> words = Times.find(example, DOCUMENT).stream()
        .map(m -> m.span().text(example).toLowerCase(Locale.ROOT)).toList();
    assertThat(words).as(example).isNotEmpty();
    String key = row.get(0).toLowerCase(Locale.ROOT);
    // a year cue's word is left out of the mention, and a stretch's "of" follows it ("Seven days of airstrikes")
    String role = file.equals(TimeLexicon.WORDS) ? row.get("role") : "";
    if (!role.equals("year-cue") && !role.equals("stretch-of")) {
      assertThat(words).as(example).anyMatch(w -> w.contains(key));
    }
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("weekdayRows")
  void weekdayExampleResolvesToThatWeekday(String file, RuleRow row) {
    String example = row.get("example");
    TimeMention m = Times.only(example, DOCUMENT);
    assertThat(m.start().getDayOfWeek().getValue()).isEqualTo(row.integer("day").orElseThrow());
  }

  static Stream<Arguments> weekdayRows() {
    return rows().filter(a -> a.get()[0].equals(TimeLexicon.WEEKDAYS));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("monthRows")
  void monthExampleStartsInThatMonth(String file, RuleRow row) {
    String example = row.get("example");
    String name = row.get("name").toLowerCase(Locale.ROOT);
    TimeMention m = Times.find(example, DOCUMENT).stream()
        .filter(t -> t.span().text(example).toLowerCase(Locale.ROOT).contains(name)).findFirst().orElseThrow();
    assertThat(m.start().getMonthValue()).isEqualTo(row.integer("month").orElseThrow());
  }

  static Stream<Arguments> monthRows() {
    return rows().filter(a -> a.get()[0].equals(TimeLexicon.MONTHS));
  }
}
