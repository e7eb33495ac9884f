package org.tally.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every row's example of every rule file, run through the check its file declares in {@link RuleFiles}: the example
 * does what the row says, and, unless the declaration says why another row shares it, no longer does without the row.
 */
class RowExamplesTest {
  /** One row of one file, and its declaration; named FILE:LINE KEY in the report. */
  record Case(RuleFileSpec spec, RuleRow row) {
    /** Why the row's example fails when run over {@code rules}; an exception is a failure too. */
    Optional<String> failure(Lexicons rules) {
      try {
        return spec.check().failure(rules, row);
      } catch (RuntimeException e) {
        return Optional.of(e.toString());
      }
    }
  }

  private static Stream<Case> cases() {
    return RuleFiles.ALL.stream().filter(spec -> spec.check() != null)
        .flatMap(spec -> Lexicons.bundled().file(spec).rows().stream().map(row -> new Case(spec, row)));
  }

  private static Named<Case> named(Case c) {
    return Named.of(c.spec().name() + ":" + c.row().line() + " " + c.row().get(0), c);
  }

  static Stream<Named<Case>> rows() {
    return cases().map(RowExamplesTest::named);
  }

  static Stream<Named<Case>> rowsThatNeedThemselves() {
    return cases().filter(c -> c.spec().needsOwnRow(c.row())).map(RowExamplesTest::named);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void exampleDoesWhatItsRowSays(Case c) {
    assertThat(c.failure(Lexicons.bundled())).as(c.row().raw()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rowsThatNeedThemselves")
  void exampleFailsWithoutItsOwnRow(Case c) {
    Lexicons without = Lexicons.bundled().without(c.spec(), c.row());

    assertThat(c.failure(without)).as("\"%s\" still passes without its row: give the row an example only it explains,"
        + " comment it out as redundant, or say in RuleFiles why another row shares it", c.row().get("example"))
        .isPresent();
  }
}
