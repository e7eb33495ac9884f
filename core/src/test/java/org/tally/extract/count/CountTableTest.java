package org.tally.extract.count;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tally.model.Count;

/** The counts table of claims.md section 3, row by row. */
class CountTableTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
      62 civilians were killed.                        | 62    | 62   | false
      Sixty-two civilians were killed.                 | 62    | 62   | false
      The raids killed some 54 civilians.              | 54    | 54   | true
      About 54 civilians were killed.                  | 54    | 54   | true
      Around 54 civilians were killed.                 | 54    | 54   | true
      Nearly 54 civilians were killed.                 | 54    | 54   | true
      Roughly 54 civilians were killed.                | 54    | 54   | true
      Approximately 54 civilians were killed.          | 54    | 54   | true
      At least 18 civilians were killed.               | 18    | null | false
      No fewer than 18 civilians were killed.          | 18    | null | false
      More than 120 civilians have been killed.        | 121   | null | false
      The strikes left over 80 army troops dead.       | 81    | null | false
      Upwards of 80 people died.                       | 81    | null | false
      As many as 24 civilians died.                    | null  | 24   | false
      Up to 24 civilians died.                         | null  | 24   | false
      At most 24 civilians died.                       | null  | 24   | false
      Between 20 and 30 civilians were killed.         | 20    | 30   | false
      The shelling killed 20 to 30 civilians.          | 20    | 30   | false
      The shelling killed 20-30 civilians.             | 20    | 30   | false
      A dozen civilians were wounded.                  | 12    | 12   | true
      Dozens were injured in the blast.                | 24    | null | false
      Tens of civilians were wounded.                  | 24    | null | false
      Scores of people died under the rubble.          | 40    | null | false
      Hundreds of families fled.                       | 200   | null | false
      Thousands of people were displaced.              | 2000  | null | false
      The strike killed one child.                     | 1     | 1    | false
      Shelling wounded a child.                        | 1     | 1    | false
      The strike killed a single person.               | 1     | 1    | false
      Several civilians were wounded.                  | 3     | null | false
      The strike killed a number of civilians.         | 3     | null | false
      Many civilians fled the city.                    | 3     | null | false
      """)
  void readsEachRowOfTheTable(String sentence, Integer min, Integer max, boolean approx) {
    Count count = Counts.only(sentence).count();

    assertThat(count.min()).as("min").isEqualTo(min);
    assertThat(count.max()).as("max").isEqualTo(max);
    assertThat(count.approx()).as("approx").isEqualTo(approx);
  }
}
