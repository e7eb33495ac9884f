package org.tally.app.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tally.model.Document;

class CsvReaderTest {
  @TempDir
  Path dir;

  private Path csv(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  @Test
  void fakesColumnsGiveOneDocumentPerRow() {
    Reading reading = Reading.of(Reading.fixture("fakes-sample.csv"));

    assertThat(reading.ids()).containsExactly("1001", "1002", "1003");
    assertThat(reading.problems).isEmpty();
  }

  @Test
  void fakesSourceIsTheOutletAndDateIsKeptAsWritten() {
    Document first = Reading.of(Reading.fixture("fakes-sample.csv")).document("1001");

    assertThat(first.metadata().title()).isEqualTo("Shelling kills 12 in eastern town");
    assertThat(first.metadata().outlet()).isEqualTo("nna");
    assertThat(first.metadata().date()).isEqualTo("4/5/2017");
  }

  @Test
  void cp1252FakesFileReadsWithCurlyQuotesAndDashes() {
    Document first = Reading.of(Reading.fixture("fakes-sample.csv")).document("1001");

    assertThat(first.text()).contains("\u201cThe market was full,\u201d a witness said \u2013 most");
  }

  @Test
  void documentSourceNamesFileAndLine() {
    Document second = Reading.of(Reading.fixture("fakes-sample.csv")).document("1002");

    assertThat(second.source()).endsWith("fakes-sample.csv:3");
  }

  @Test
  void otherColumnNamesAreMappedByOptions() {
    ReadOptions options = new ReadOptions("story_id", "headline", "body_text", "outlet_name", "published", "link",
        ReadOptions.DEFAULT_MAX_DOCUMENT_BYTES);

    Document first = Reading.of(options, Reading.fixture("other-columns.csv")).document("a-1");

    assertThat(first.text()).isEqualTo("Bridge strike\n\nFive people died when the bridge was hit.\nRescue teams searched the river.");
    assertThat(first.metadata()).isEqualTo(new org.tally.model.Metadata("Bridge strike", "https://example.org/a-1",
        "Example Daily", "2019-06-28"));
  }

  @Test
  void lineNumbersCountLinesInsideQuotedCells() {
    ReadOptions options = ReadOptions.defaults().withTextColumn("body_text");

    Reading reading = Reading.of(options, Reading.fixture("other-columns.csv"));

    assertThat(reading.documents.get(1).source()).endsWith("other-columns.csv:4");
  }

  @Test
  void genericColumnNamesAreRecognisedWithoutOptions() throws IOException {
    Path file = csv("generic.csv", "id,title,content,outlet,date,url\nx1,T,Some text.,O,2020-01-01,https://e.org\n");

    Document only = Reading.of(file.toString()).only();

    assertThat(only.id()).isEqualTo("x1");
    assertThat(only.metadata().outlet()).isEqualTo("O");
    assertThat(only.metadata().url()).isEqualTo("https://e.org");
  }

  @Test
  void rowWithoutIdColumnIsNamedByFileStemAndRowNumber() throws IOException {
    Path file = csv("batch.csv", "text\nFirst.\n\nSecond.\n");

    assertThat(Reading.of(file.toString()).ids()).containsExactly("batch-1", "batch-2");
  }

  @Test
  void rowWithEmptyTextIsAProblemNamingFileAndLine() throws IOException {
    Path file = csv("gaps.csv", "id,text\n1,Kept.\n2,\n3,Also kept.\n");

    Reading reading = Reading.of(file.toString());

    assertThat(reading.messages()).containsExactly(file + ":3: empty text column \"text\"");
    assertThat(reading.ids()).containsExactly("1", "3");
  }

  @Test
  void unbalancedQuoteIsReportedOnTheLineItOpensAndEarlierRowsAreKept() throws IOException {
    Path file = csv("broken.csv", "id,text\n1,\"Fine.\"\n2,\"Also fine\nover two lines.\"\n3,\"Never closed.\n"
        + "4,\"Next row.\"\n5,Last.\n");

    Reading reading = Reading.of(file.toString());

    assertThat(reading.messages()).containsExactly(file + ":5: unbalanced quote opened on this line; the rows after it were not read");
    assertThat(reading.ids()).containsExactly("1", "2");
  }

  @Test
  void unbalancedQuoteRunningToTheEndOfFileIsReported() throws IOException {
    Path file = csv("eof.csv", "id,text\n1,Fine.\n2,\"Open to the end\n");

    Reading reading = Reading.of(file.toString());

    assertThat(reading.messages()).containsExactly(file + ":3: unbalanced quote opened on this line; the rows after it were not read");
    assertThat(reading.ids()).containsExactly("1");
  }

  @Test
  void fileWithoutATextColumnIsAProblem() throws IOException {
    Path file = csv("nocol.csv", "id,headline\n1,Hello\n");

    assertThat(Reading.of(file.toString()).messages()).singleElement().asString()
        .startsWith(file + ":1: no text column");
  }

  @Test
  void explicitColumnMissingFromTheHeaderIsAProblem() throws IOException {
    Path file = csv("named.csv", "id,text\n1,Hello\n");

    Reading reading = Reading.of(ReadOptions.defaults().withTextColumn("story"), file.toString());

    assertThat(reading.messages()).containsExactly(file + ":1: no column \"story\"; the header has: id, text");
  }

  @Test
  void cellOverTheSizeLimitIsAProblemAndOtherRowsAreRead() throws IOException {
    Path file = csv("big.csv", "id,text\n1," + "x".repeat(200) + "\n2,Short.\n");

    Reading reading = Reading.of(ReadOptions.defaults().withMaxDocumentBytes(100), file.toString());

    assertThat(reading.messages()).containsExactly(
        file + ":2: 200 bytes, over the 100 bytes limit for one document (--max-doc-size)");
    assertThat(reading.ids()).containsExactly("2");
  }

  @Test
  void textAfterAClosingQuoteOnOneLineIsReportedAsSuch() throws IOException {
    Path file = csv("stray.csv", "id,text\n1,Fine.\n2,\"Quoted\" then more\n");

    Reading reading = Reading.of(file.toString());

    assertThat(reading.messages()).containsExactly(
        file + ":3: text after a closing quote; quote the whole cell and double any quote inside it;"
            + " the rows after it were not read");
    assertThat(reading.ids()).containsExactly("1");
  }
}
