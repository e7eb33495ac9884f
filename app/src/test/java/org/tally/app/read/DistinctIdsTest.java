package org.tally.app.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 10: a repeated id is reported with both places; the first document is kept, never silently replaced. */
class DistinctIdsTest {
  @TempDir
  Path dir;

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  @Test
  void repeatedIdInACsvIsReportedNamingBothLines() throws IOException {
    Path csv = write("dup.csv", "id,text\n7,First text.\n8,Other.\n7,Second text.\n");

    Reading reading = Reading.of(csv.toString());

    assertThat(reading.messages()).containsExactly(
        csv + ":4: id \"7\" was already used by line 2; this row was not read");
    assertThat(reading.document("7").text()).isEqualTo("First text.");
    assertThat(reading.ids()).containsExactly("7", "8");
  }

  @Test
  void repeatedIdInJsonLinesIsReportedNamingBothLines() throws IOException {
    Path jsonl = write("dup.jsonl", "{\"id\":\"a\",\"text\":\"One.\"}\n{\"id\":\"a\",\"text\":\"Two.\"}\n");

    Reading reading = Reading.of(jsonl.toString());

    assertThat(reading.messages()).containsExactly(
        jsonl + ":2: id \"a\" was already used by line 1; this row was not read");
    assertThat(reading.only().text()).isEqualTo("One.");
  }

  @Test
  void exactCopyOfARowPassesAsBefore() throws IOException {
    // FA-KES repeats 7 of its rows word for word; nothing is lost by them, and the ledger's figures stay as they were.
    Path csv = write("copies.csv", "id,text\n7,Same text.\n7,Same text.\n");

    Reading reading = Reading.of(csv.toString());

    assertThat(reading.ids()).containsExactly("7", "7");
    assertThat(reading.problems).isEmpty();
  }

  @Test
  void sameIdInTwoFilesIsReportedNamingTheFirstFileAndLine() throws IOException {
    Path first = write("first.csv", "id,text\n7,From the first file.\n");
    Path second = write("second.jsonl", "{\"id\":\"7\",\"text\":\"From the second file.\"}\n");

    Reading reading = Reading.of(first.toString(), second.toString());

    assertThat(reading.messages()).containsExactly(
        second + ":1: id \"7\" was already used by " + first + ":2; this row was not read");
    assertThat(reading.only().text()).isEqualTo("From the first file.");
  }

  @Test
  void rowIdThatIsAFilesIdIsReported() throws IOException {
    Path text = write("report.txt", "Nine were killed.");
    Path csv = write("rows.csv", "id,text\nreport,A row that calls itself report.\n");

    Reading reading = Reading.of(text.toString(), csv.toString());

    assertThat(reading.messages()).containsExactly(
        csv + ":2: id \"report\" was already used by " + text + "; this row was not read");
  }
}
