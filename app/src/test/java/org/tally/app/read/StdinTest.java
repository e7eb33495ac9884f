package org.tally.app.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StdinTest {
  @Test
  void plainTextOnStandardInputIsOneDocumentNamedStdin() {
    Reading reading = Reading.withStdin("Three were killed.\n", "-");

    assertThat(reading.only().id()).isEqualTo("stdin");
    assertThat(reading.only().source()).isEqualTo("-");
    assertThat(reading.only().text()).isEqualTo("Three were killed.\n");
  }

  @Test
  void jsonLinesOnStandardInputAreSniffedByTheOpeningBrace() {
    Reading reading = Reading.withStdin("\n{\"id\":\"s1\",\"text\":\"One.\"}\n{\"text\":\"Two.\"}\n", "-");

    assertThat(reading.ids()).containsExactly("s1", "stdin-3");
  }

  @Test
  void csvOnStandardInputIsSniffedByItsHeader() {
    Reading reading = Reading.withStdin("unit_id,article_content,source\n7,Five died.,nna\n", "-");

    assertThat(reading.only().id()).isEqualTo("7");
    assertThat(reading.only().metadata().outlet()).isEqualTo("nna");
  }

  @Test
  void textWithCommasButNoTextColumnStaysText() {
    Reading reading = Reading.withStdin("Yesterday, in the north, two died.\n", "-");

    assertThat(reading.only().id()).isEqualTo("stdin");
  }

  @Test
  void emptyStandardInputIsReportedUnderDash() {
    assertThat(Reading.withStdin("", "-").messages()).containsExactly("-: empty file");
  }
}
