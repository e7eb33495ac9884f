package org.tally.app.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlainTextReaderTest {
  @TempDir
  Path dir;

  @Test
  void textFileIsOneDocumentNamedByItsFileStem() {
    Reading reading = Reading.of(Reading.fixture("article.txt"));

    assertThat(reading.only().id()).isEqualTo("article");
    assertThat(reading.only().source()).endsWith("article.txt");
  }

  @Test
  void textIsKeptExactlyWithItsLineEndings() {
    Reading reading = Reading.of(Reading.fixture("article.txt"));

    assertThat(reading.only().text()).isEqualTo(
        "DEIR EZ-ZOR \u2013 At least 62 soldiers were killed in the strike, the ministry said.\r\n\r\n"
            + "A monitor put the toll at \u201cover 80\u201d.\r\n");
  }

  @Test
  void markdownIsReadAsPlainText() {
    Reading reading = Reading.of(Reading.fixture("notes.md"));

    assertThat(reading.only().id()).isEqualTo("notes");
    assertThat(reading.only().text()).startsWith("# Weekly notes\n\n* Two shells hit the school.");
  }

  @Test
  void idKeepsEverythingBeforeTheLastDot() throws IOException {
    Path file = dir.resolve("000_401dc622f1291c09.txt");
    Files.writeString(file, "Text.", StandardCharsets.UTF_8);

    assertThat(Reading.of(file.toString()).only().id()).isEqualTo("000_401dc622f1291c09");
  }

  @Test
  void fileOfOnlyWhiteSpaceIsAProblem() throws IOException {
    Path file = dir.resolve("blank.txt");
    Files.writeString(file, " \n\n ", StandardCharsets.UTF_8);

    assertThat(Reading.of(file.toString()).messages()).containsExactly(file + ": no text, only white space");
  }
}
