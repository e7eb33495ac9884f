package org.tally.app.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tally.model.Metadata;

/** Issue 10: a .json file holding an array of objects is a dataset, one document per object. */
class JsonArrayReaderTest {
  @TempDir
  Path dir;

  private static Reading articles() {
    return Reading.of(Reading.fixture("articles.json"));
  }

  private Path json(String content) throws IOException {
    return Files.writeString(dir.resolve("data.json"), content, StandardCharsets.UTF_8);
  }

  @Test
  void eachObjectIsADocumentWithTheJsonLinesFields() {
    Reading reading = articles();

    assertThat(reading.ids()).containsExactly("r-1", "articles-2", "r-6");
    assertThat(reading.document("r-1").metadata()).isEqualTo(
        new Metadata("Raid on market", "https://example.org/r-1", "Example Wire", "2018-10-31"));
  }

  @Test
  void objectSourceNamesTheLineItStartsOn() {
    assertThat(articles().document("r-6").source()).endsWith("articles.json:8");
  }

  @Test
  void badElementsAreReportedByLineAndTheOthersRead() {
    assertThat(articles().messages()).satisfiesExactly(
        m -> assertThat(m).endsWith("articles.json:5: not JSON: a JSON string, not an object"),
        m -> assertThat(m).endsWith(
            "articles.json:6: field \"text\" is a JSON number, not a string; this row was not read"),
        m -> assertThat(m).endsWith(
            "articles.json:7: field \"id\" is a JSON object, not a string or a whole number; this row was not read"));
  }

  @Test
  void jsonBrokenMidArrayKeepsTheObjectsBeforeIt() throws IOException {
    Path file = json("[\n{\"id\":\"a\",\"text\":\"A.\"},\n{\"id\":\"b\",\"text\":\"B.\"\n{\"id\":\"c\",\"text\":\"C.\"}\n]\n");

    Reading reading = Reading.of(file.toString());

    assertThat(reading.ids()).containsExactly("a");
    assertThat(reading.messages()).singleElement().asString()
        .startsWith(file + ":4: not JSON: ").endsWith("; the rest of the file was not read");
  }

  @Test
  void jsonObjectNotArrayIsReportedWithAHint() throws IOException {
    Path file = json("{\"id\":\"a\",\"text\":\"A.\"}\n");

    assertThat(Reading.of(file.toString()).messages()).containsExactly(
        file + ":1: not a JSON array of objects: it opens with {; one object per line is JSON Lines (.jsonl)");
  }

  @Test
  void arrayThatNeverClosesIsReported() throws IOException {
    Path file = json("[{\"id\":\"a\",\"text\":\"A.\"},\n");

    Reading reading = Reading.of(file.toString());

    assertThat(reading.ids()).containsExactly("a");
    assertThat(reading.messages()).singleElement().asString().startsWith(file + ":");
  }

  @Test
  void repeatedIdInTheArrayIsReportedNamingBothLines() throws IOException {
    Path file = json("[\n{\"id\":\"a\",\"text\":\"A.\"},\n{\"id\":\"a\",\"text\":\"Other.\"}\n]");

    assertThat(Reading.of(file.toString()).messages()).containsExactly(
        file + ":3: id \"a\" was already used by line 2; this row was not read");
  }

  @Test
  void arrayOnStandardInputIsSniffedByItsBracket() {
    Reading reading = Reading.withStdin("[{\"id\": \"s1\", \"text\": \"Ten died.\"}]", "-");

    assertThat(reading.only().id()).isEqualTo("s1");
  }

  @Test
  void textOpeningWithABracketStaysText() {
    Reading reading = Reading.withStdin("[Reuters] Ten died in Homs.", "-");

    assertThat(reading.only().id()).isEqualTo("stdin");
  }
}
