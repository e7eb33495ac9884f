package org.tally.app.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 10: a bad byte or a NUL in a file of rows spoils only its own row, named by line; the rest is read. */
class RowFaultsTest {
  @TempDir
  Path dir;

  private Path write(String name, Object... parts) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (Object part : parts) {
      if (part instanceof String text) {
        bytes.writeBytes(text.getBytes(StandardCharsets.UTF_8));
      } else {
        bytes.write((Integer) part);
      }
    }
    return Files.write(dir.resolve(name), bytes.toByteArray());
  }

  @Test
  void oneBadByteInA394RowCsvSpoilsOnlyItsRow() throws IOException {
    StringBuilder before = new StringBuilder("unit_id,article_content\n");
    for (int i = 1; i < 200; i++) {
      before.append(i).append(",Caf\u00e9 owner says ").append(i).append(" were killed.\n");
    }
    StringBuilder after = new StringBuilder("\n");
    for (int i = 201; i <= 394; i++) {
      after.append(i).append(",Caf\u00e9 owner says ").append(i).append(" were killed.\n");
    }
    int badOffset = before.toString().getBytes(StandardCharsets.UTF_8).length + "200,bad ".length();
    Path csv = write("fakes-like.csv", before.toString(), "200,bad ", 0xFF, " byte", after.toString());

    Reading reading = Reading.of(csv.toString());

    assertThat(reading.documents).hasSize(393);
    assertThat(reading.messages()).containsExactly(
        csv + ":201: invalid UTF-8 at byte " + badOffset + "; this row was not read");
  }

  @Test
  void nulInACsvRowSpoilsOnlyThatRow() throws IOException {
    Path csv = write("nul.csv", "id,text\n1,Four were killed.\n2,Two", 0, " wounded.\n3,One died.\n");

    Reading reading = Reading.of(csv.toString());

    assertThat(reading.ids()).containsExactly("1", "3");
    assertThat(reading.messages()).containsExactly(csv + ":3: a NUL byte at byte 33; this row was not read");
  }

  @Test
  void badByteOnTheSecondLineOfAQuotedCellIsReportedWhereTheRowStarts() throws IOException {
    Path csv = write("multiline.csv", "id,text\n1,\"Para one caf\u00e9, d\u00e9j\u00e0 vu.\nPara two ", 0xC3, "x.\"\n2,Fine.\n");

    Reading reading = Reading.of(csv.toString());

    assertThat(reading.ids()).containsExactly("2");
    assertThat(reading.messages()).singleElement().asString().startsWith(csv + ":2: invalid UTF-8 at byte ");
  }

  @Test
  void badByteInTheHeaderRefusesTheFile() throws IOException {
    Path csv = write("header.csv", "id,te", 0xFF, "xt\n1,Caf\u00e9 d\u00e9j\u00e0 vu.\n");

    assertThat(Reading.of(csv.toString()).messages()).containsExactly(
        csv + ":1: the header line holds invalid UTF-8 at byte 5; the file was not read");
  }

  @Test
  void nulInACp1252CsvSpoilsOnlyItsRowAndTheRestReadsAsCp1252() throws IOException {
    Path csv = write("windows.csv", "id,text\n1,Caf", 0xE9, " hit.\n2,x", 0, "y\n");

    Reading reading = Reading.of(csv.toString());

    assertThat(reading.only().text()).isEqualTo("Caf\u00e9 hit.");
    assertThat(reading.messages()).containsExactly(csv + ":3: a NUL byte at byte 23; this row was not read");
  }

  @Test
  void badByteInAJsonLineSpoilsOnlyThatLine() throws IOException {
    Path jsonl = write("bad.jsonl", "{\"id\":\"a\",\"text\":\"Caf\u00e9 d\u00e9j\u00e0.\"}\r\n{\"id\":\"b\",\"text\":\"", 0xFE,
        "\"}\r\n{\"id\":\"c\",\"text\":\"Fine.\"}\r\n");

    Reading reading = Reading.of(jsonl.toString());

    assertThat(reading.ids()).containsExactly("a", "c");
    assertThat(reading.messages()).containsExactly(jsonl + ":2: invalid UTF-8 at byte 53; this row was not read");
  }

  @Test
  void nulInAJsonLineSpoilsOnlyThatLine() throws IOException {
    Path jsonl = write("nul.jsonl", "{\"id\":\"a\",\"text\":\"A.\"}\n", 0, "\n{\"id\":\"c\",\"text\":\"C.\"}\n");

    Reading reading = Reading.of(jsonl.toString());

    assertThat(reading.ids()).containsExactly("a", "c");
    assertThat(reading.messages()).containsExactly(jsonl + ":2: a NUL byte at byte 23; this row was not read");
  }

  @Test
  void fileOfRowsThatIsMostlyNulIsBinary() throws IOException {
    Path csv = Files.write(dir.resolve("zeros.csv"), new byte[4096]);

    assertThat(Reading.of(csv.toString()).messages()).containsExactly(csv + ": binary file, not text");
  }

  @Test
  void rowsAsBadAsTheyAreGoodAreNeitherUtf8NorCp1252() throws IOException {
    Path csv = write("mixed.csv", "id,text\n1,Caf\u00e9\n2,Caf", 0xE9, "\n");

    assertThat(Reading.of(csv.toString()).messages()).containsExactly(csv
        + ": invalid UTF-8 at byte 21 and as many invalid sequences as valid ones: neither UTF-8 nor cp1252");
  }

  @Test
  void plainTextWithANulIsStillBinary() throws IOException {
    Path text = write("one.txt", "Two were killed.", 0, "\n");

    assertThat(Reading.of(text.toString()).messages()).containsExactly(text + ": binary file, not text");
  }
}
