package org.tally.lexicon;

import java.util.Optional;

/**
 * How a rule file's row shows it works: its example, run through the stage that reads the row, built from
 * {@code rules}, does what the row says. Declared per file in {@link RuleFiles}; run for every row by the build.
 */
@FunctionalInterface
public interface ExampleCheck {
  /** Why the row's example does not do what the row says, or empty when it does. */
  Optional<String> failure(Lexicons rules, RuleRow row);
}
