package org.tally.app.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tally.model.Document;
import org.tally.model.Metadata;

class JsonLinesReaderTest {
  @TempDir
  Path dir;

  private static Reading articles() {
    return Reading.of(Reading.fixture("articles.jsonl"));
  }

  @Test
  void eachObjectIsADocumentWithItsFields() {
    Document first = articles().document("j-1");

    assertThat(first.text()).isEqualTo("Raid on market\n\nNine people were killed in a raid on the market.");
    assertThat(first.metadata()).isEqualTo(
        new Metadata("Raid on market", "https://example.org/j-1", "Example Wire", "2018-10-31"));
  }

  @Test
  void objectWithoutIdIsNamedByFileStemAndLine() {
    assertThat(articles().ids()).containsExactly("j-1", "articles-2");
  }

  @Test
  void lineThatIsNotJsonIsAProblemAndOtherLinesAreRead() {
    Reading reading = articles();

    assertThat(reading.messages()).anySatisfy(message ->
        assertThat(message).endsWith("articles.jsonl:3: not JSON: Unexpected character ('t' (code 116)): "
            + "was expecting double-quote to start field name"));
    assertThat(reading.documents).hasSize(2);
  }

  @Test
  void objectWithoutTextIsAProblem() {
    assertThat(articles().messages()).anySatisfy(message ->
        assertThat(message).endsWith("articles.jsonl:5: no text field (looked for article_content, text, content, body)"));
  }

  @Test
  void valueThatIsNotAnObjectIsAProblem() throws IOException {
    Path file = Files.writeString(dir.resolve("array.jsonl"), "[1, 2]\n", StandardCharsets.UTF_8);

    assertThat(Reading.of(file.toString()).messages()).containsExactly(file + ":1: not JSON: a JSON array, not an object");
  }

  @Test
  void numericIdIsReadAsText() throws IOException {
    Path file = Files.writeString(dir.resolve("n.ndjson"), "{\"id\": 42, \"text\": \"T.\"}\n", StandardCharsets.UTF_8);

    assertThat(Reading.of(file.toString()).only().id()).isEqualTo("42");
  }
}
