package org.tally.app.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tally.lexicon.Lexicons;
import org.tally.lexicon.RuleFile;

class ColumnNamesTest {
  private static final ColumnNames DEFAULTS = new ColumnNames(ReadOptions.defaults());

  @Test
  void bundledFileHasAHeaderAndNoDuplicateNames() {
    RuleFile file = Lexicons.bundled().file(ColumnNames.FILE);

    assertThat(file.hasHeader()).isTrue();
    assertThat(file.duplicateKeys()).isEmpty();
  }

  @Test
  void eachNameAloneInAHeaderGivesItsRowsFieldAndOnlyThroughItsRow() {
    RuleFile file = Lexicons.bundled().file(ColumnNames.FILE);

    assertThat(file.rows()).allSatisfy(row -> {
      assertThat(ColumnNames.FILE.check().failure(Lexicons.bundled(), row)).as(row.raw()).isEmpty();
      assertThat(ColumnNames.FILE.check().failure(Lexicons.bundled().without(ColumnNames.FILE, row), row))
          .as(row.raw() + " without its row").isPresent();
    });
  }

  @Test
  void fakesNamesAreRecognised() {
    List<String> header = List.of("unit_id", "article_title", "article_content", "source", "date");

    assertThat(DEFAULTS.find(Field.ID, header)).contains("unit_id");
    assertThat(DEFAULTS.find(Field.TEXT, header)).contains("article_content");
    assertThat(DEFAULTS.find(Field.OUTLET, header)).contains("source");
  }

  @Test
  void namesMatchWhateverTheirCase() {
    assertThat(DEFAULTS.find(Field.TEXT, List.of("ID", "Body"))).contains("Body");
  }

  @Test
  void earlierListedNameWinsOverALaterOne() {
    assertThat(DEFAULTS.find(Field.TEXT, List.of("body", "text"))).contains("text");
  }

  @Test
  void explicitOptionOverridesTheUsualNames() {
    ColumnNames names = new ColumnNames(ReadOptions.defaults().withTextColumn("summary"));

    assertThat(names.find(Field.TEXT, List.of("text", "summary"))).contains("summary");
  }
}
