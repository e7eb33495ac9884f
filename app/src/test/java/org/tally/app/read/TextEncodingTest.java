package org.tally.app.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextEncodingTest {
  private static final String TEXT = "\u201cOver 80\u201d killed \u2013 caf\u00e9 owner says";

  @TempDir
  Path dir;

  private Path write(String name, byte[]... parts) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      bytes.writeBytes(part);
    }
    return Files.write(dir.resolve(name), bytes.toByteArray());
  }

  private static byte[] bytes(String text, Charset charset) {
    return text.getBytes(charset);
  }

  private static byte[] raw(int... values) {
    byte[] bytes = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      bytes[i] = (byte) values[i];
    }
    return bytes;
  }

  @Test
  void utf8IsReadAsUtf8() throws IOException {
    Path file = write("plain.txt", bytes(TEXT, StandardCharsets.UTF_8));

    assertThat(Reading.of(file.toString()).only().text()).isEqualTo(TEXT);
  }

  @Test
  void utf8ByteOrderMarkIsStripped() throws IOException {
    Path file = write("bom.txt", raw(0xEF, 0xBB, 0xBF), bytes(TEXT, StandardCharsets.UTF_8));

    assertThat(Reading.of(file.toString()).only().text()).isEqualTo(TEXT);
  }

  @Test
  void utf16LittleEndianWithMarkIsDecoded() throws IOException {
    Path file = write("le.txt", raw(0xFF, 0xFE), bytes(TEXT, StandardCharsets.UTF_16LE));

    assertThat(Reading.of(file.toString()).only().text()).isEqualTo(TEXT);
  }

  @Test
  void utf16BigEndianWithMarkIsDecoded() throws IOException {
    Path file = write("be.txt", raw(0xFE, 0xFF), bytes(TEXT, StandardCharsets.UTF_16BE));

    assertThat(Reading.of(file.toString()).only().text()).isEqualTo(TEXT);
  }

  @Test
  void cp1252CurlyQuotesAndDashesBecomeTheRightCharacters() throws IOException {
    Path file = write("windows.txt", bytes(TEXT, TextEncoding.CP1252));

    assertThat(Reading.of(file.toString()).only().text()).isEqualTo(TEXT);
  }

  @Test
  void mixOfUtf8AndStrayBytesIsRefusedWithTheByteOffset() throws IOException {
    // "ab" then a valid UTF-8 e-acute (2 bytes), then a lone cp1252 right quote at offset 4.
    Path file = write("mixed.txt", raw('a', 'b', 0xC3, 0xA9, 0x94, 'c'));

    Reading reading = Reading.of(file.toString());

    assertThat(reading.messages()).containsExactly(file + ": invalid UTF-8 at byte 4");
    assertThat(reading.documents).isEmpty();
  }

  @Test
  void overlongUtf8FormIsInvalidNotAMultiByteCharacter() throws IOException {
    // C0 AF is an overlong '/', never valid; with no valid sequence, the file reads as cp1252.
    Path file = write("overlong.txt", raw('x', 0xC0, 0xAF));

    assertThat(Reading.of(file.toString()).only().text()).isEqualTo("x\u00c0\u00af");
  }

  @Test
  void utf8SequenceCutOffByTheEndOfFileIsReportedWhereItStarts() throws IOException {
    Path file = write("cut.txt", bytes("caf\u00e9 ", StandardCharsets.UTF_8), raw(0xE2, 0x80));

    assertThat(Reading.of(file.toString()).messages()).containsExactly(file + ": invalid UTF-8 at byte 6");
  }

  @Test
  void offsetCountsTheByteOrderMark() throws IOException {
    Path file = write("bom-bad.txt", raw(0xEF, 0xBB, 0xBF, 'a', 0xFF));

    assertThat(Reading.of(file.toString()).messages()).containsExactly(file + ": invalid UTF-8 at byte 4");
  }
}
