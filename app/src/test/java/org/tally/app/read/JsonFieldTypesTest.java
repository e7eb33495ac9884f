package org.tally.app.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 10: a JSON field of the wrong type is an error naming the field and line, never silently converted. */
class JsonFieldTypesTest {
  @TempDir
  Path dir;

  private Reading line(String object) throws IOException {
    return Reading.of(Files.writeString(dir.resolve("one.jsonl"), object + "\n", StandardCharsets.UTF_8).toString());
  }

  private String problem(String object) throws IOException {
    Reading reading = line(object);
    assertThat(reading.documents).isEmpty();
    String message = reading.messages().get(0);
    return message.substring(message.indexOf("one.jsonl:"));
  }

  @Test
  void numberForTextIsAnError() throws IOException {
    assertThat(problem("{\"id\":\"a\",\"text\":12}")).isEqualTo(
        "one.jsonl:1: field \"text\" is a JSON number, not a string; this row was not read");
  }

  @Test
  void objectForIdIsAnError() throws IOException {
    assertThat(problem("{\"id\":{\"n\":1},\"text\":\"T.\"}")).isEqualTo(
        "one.jsonl:1: field \"id\" is a JSON object, not a string or a whole number; this row was not read");
  }

  @Test
  void fractionForIdIsAnError() throws IOException {
    assertThat(problem("{\"id\":1.5,\"text\":\"T.\"}")).isEqualTo(
        "one.jsonl:1: field \"id\" is a JSON number, not a string or a whole number; this row was not read");
  }

  @Test
  void arrayForTitleIsAnError() throws IOException {
    assertThat(problem("{\"title\":[\"a\",\"b\"],\"text\":\"T.\"}")).isEqualTo(
        "one.jsonl:1: field \"title\" is a JSON array, not a string; this row was not read");
  }

  @Test
  void booleanForDateIsAnError() throws IOException {
    assertThat(problem("{\"date\":true,\"text\":\"T.\"}")).isEqualTo(
        "one.jsonl:1: field \"date\" is a JSON boolean, not a string; this row was not read");
  }

  @Test
  void nullFieldIsAbsent() throws IOException {
    assertThat(line("{\"id\":\"a\",\"title\":null,\"text\":\"T.\"}").only().metadata().title()).isNull();
  }

  @Test
  void wholeNumberIdIsKeptAsWritten() throws IOException {
    assertThat(line("{\"id\":1914947530,\"text\":\"T.\"}").only().id()).isEqualTo("1914947530");
  }

  @Test
  void repeatedKeyIsAnErrorNotTheLastOneWinning() throws IOException {
    assertThat(problem("{\"id\":\"a\",\"text\":\"One.\",\"text\":\"Two.\"}"))
        .startsWith("one.jsonl:1: not JSON: Duplicate field 'text'");
  }

  @Test
  void secondValueOnTheLineIsAnError() throws IOException {
    assertThat(problem("{\"id\":\"a\",\"text\":\"One.\"} {\"id\":\"b\",\"text\":\"Two.\"}"))
        .startsWith("one.jsonl:1: not JSON: ");
  }
}
