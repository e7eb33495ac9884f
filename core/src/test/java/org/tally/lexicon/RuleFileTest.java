package org.tally.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.junit.jupiter.api.Test;

class RuleFileTest {
  private static RuleFile parse(String text) throws Exception {
    return RuleFile.parse("test.tsv", new StringReader(text));
  }

  @Test
  void readsRowsByColumnName() throws Exception {
    RuleFile file = parse("# header\n# columns: phrase\tmin\tmax\n\ndozens of\t24\t-\n");
    assertThat(file.hasHeader()).isTrue();
    assertThat(file.rows()).hasSize(1);
    RuleRow row = file.rows().get(0);
    assertThat(row.get("phrase")).isEqualTo("dozens of");
    assertThat(row.integer("min")).contains(24);
    assertThat(row.integer("max")).isEmpty();
    assertThat(row.line()).isEqualTo(4);
  }

  @Test
  void optionalTrailingColumnsMayBeLeftOff() throws Exception {
    RuleFile file = parse("# columns: phrase\texample?\nscores of\n");
    assertThat(file.rows().get(0).get("example")).isEmpty();
  }

  @Test
  void reportsEveryBadLineWithItsNumber() {
    assertThatThrownBy(() -> parse("# columns: a\tb\nx\ty\tz\nonly\nfine\tok\n"))
        .isInstanceOf(RuleFileException.class)
        .satisfies(e -> {
          RuleFileException r = (RuleFileException) e;
          assertThat(r.problems()).extracting(RuleFileException.Problem::line).containsExactly(2, 3);
          assertThat(r.getMessage()).contains("test.tsv:2:").contains("test.tsv:3:").contains("x→y→z");
        });
  }

  @Test
  void badNumberNamesTheFieldAndPointsAtIt() throws Exception {
    RuleRow row = parse("# columns: phrase\tmin\nhundreds of\t2O\n").rows().get(0);
    assertThatThrownBy(() -> row.integer("min"))
        .hasMessageContaining("test.tsv:2: min: \"2O\" is not a number")
        .hasMessageContaining("hundreds of→2O")
        .hasMessageContaining("            ^^");
  }

  @Test
  void fileWithoutColumnsLineIsRejected() {
    assertThatThrownBy(() -> parse("# just a comment\n")).hasMessageContaining("no '# columns:' line");
  }

  @Test
  void usersRowReplacesTheBundledRowOfTheSameKey() throws Exception {
    RuleFile base = parse("# columns: name\tid\nRT\trt\nSANA\tsana\n");
    RuleFile user = RuleFile.parse("mine.tsv", new StringReader("# columns: name\tid\nrt\trussia-today\nMEE\tmee\n"));
    RuleFile both = base.layeredWith(user);
    assertThat(both.rows()).extracting(r -> r.get("id")).containsExactly("sana", "russia-today", "mee");
    assertThat(both.rows()).extracting(RuleRow::file).containsExactly("test.tsv", "mine.tsv", "mine.tsv");
  }

  @Test
  void fileWithoutARowKeepsTheOthers() throws Exception {
    RuleFile file = parse("# columns: name\tid\nRT\trt\nSANA\tsana\n");
    assertThat(file.without(file.rows().get(0)).rows()).extracting(r -> r.get("id")).containsExactly("sana");
  }
}
