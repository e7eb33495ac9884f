package org.tally.extract.count;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.provider.Arguments;
import org.tally.lexicon.Lexicons;
import org.tally.lexicon.RuleFile;
import org.tally.lexicon.RuleFiles;
import org.tally.lexicon.RuleRow;
import org.tally.model.Span;

/** Shared steps of the count tests: parse a sentence, pick a mention, list a rule file's rows. */
final class Counts {
  private Counts() {}

  static List<CountMention> in(String text) {
    return CountParser.from(Lexicons.bundled()).find(text, new Span(0, text.length()));
  }

  /** The one count in {@code text}; fails when there are none or several. */
  static CountMention only(String text) {
    List<CountMention> mentions = in(text);
    assertThat(mentions).as("counts in \"%s\"", text).hasSize(1);
    return mentions.get(0);
  }

  /** The count whose words start with {@code phrase} (any case); fails when none does. */
  static CountMention startingWith(String text, String phrase) {
    String lower = phrase.toLowerCase(Locale.ROOT);
    return in(text).stream()
        .filter(m -> m.text().toLowerCase(Locale.ROOT).startsWith(lower))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no count starting with \"" + phrase + "\" in \"" + text + "\": " + in(text)));
  }

  /** The rows of a bundled rule file, each named by its line and first field for the test report. */
  static Stream<Arguments> rows(String file) {
    return Lexicons.bundled().file(RuleFiles.named(file)).rows().stream()
        .map(row -> Arguments.of(Named.of(file + ":" + row.line() + " " + row.get(0), row)));
  }

  static String example(RuleRow row) {
    return row.get("example");
  }
}
