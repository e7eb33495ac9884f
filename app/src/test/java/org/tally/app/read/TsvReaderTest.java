package org.tally.app.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tally.model.Metadata;

/** Issue 10: a .tsv file is a table, read like CSV with tabs, not one plain-text document. */
class TsvReaderTest {
  @TempDir
  Path dir;

  private static Reading articles() {
    return Reading.of(Reading.fixture("articles.tsv"));
  }

  @Test
  void eachRowIsADocumentWithTheFakesColumns() {
    Reading reading = articles();

    assertThat(reading.ids()).containsExactly("t-1", "t-2");
    assertThat(reading.document("t-1").metadata()).isEqualTo(new Metadata("Market raid", null, "sana", "3/4/2016"));
    assertThat(reading.problems).isEmpty();
  }

  @Test
  void quotedCellKeepsItsTabsAndLineBreaks() {
    assertThat(articles().document("t-2").text()).isEqualTo(
        "Quoted\ttitle\n\nFirst paragraph, with a tab\there.\nSecond paragraph: 4 wounded.");
  }

  @Test
  void rowSourceNamesFileAndLine() {
    assertThat(articles().document("t-2").source()).endsWith("articles.tsv:3");
  }

  @Test
  void tsvOnStandardInputIsSniffedByItsHeader() {
    Reading reading = Reading.withStdin("id\ttext\n9\tSix were killed.\n", "-");

    assertThat(reading.only().id()).isEqualTo("9");
  }

  @Test
  void tsvWithoutATextColumnIsReportedOnItsHeaderLine() throws IOException {
    Path file = Files.writeString(dir.resolve("names.tsv"), "name\tage\nAli\t30\n", StandardCharsets.UTF_8);

    assertThat(Reading.of(file.toString()).messages()).singleElement().asString()
        .startsWith(file + ":1: no text column");
  }
}
