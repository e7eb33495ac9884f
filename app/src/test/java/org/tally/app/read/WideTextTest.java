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

/** Issue 10: UTF-16 without a byte order mark and UTF-32 with or without one are decoded, not refused or NUL-filled. */
class WideTextTest {
  private static final String TEXT = "\u201cOver 80\u201d killed \u2013 caf\u00e9 owner says.\nAleppo, 3 May.";
  private static final String ARABIC = "\u0642\u062a\u0644 12 \u0634\u062e\u0635\u0627 \u0641\u064a "
      + "\u062d\u0644\u0628.\n\u0648\u0623\u0635\u064a\u0628 30 \u0622\u062e\u0631\u0648\u0646.";

  @TempDir
  Path dir;

  private Path write(String name, int[] mark, String text, Charset charset) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (int b : mark) {
      bytes.write(b);
    }
    bytes.writeBytes(text.getBytes(charset));
    return Files.write(dir.resolve(name), bytes.toByteArray());
  }

  private static final int[] NO_MARK = {};

  @Test
  void utf16LittleEndianWithoutMarkIsDecoded() throws IOException {
    Path file = write("le.txt", NO_MARK, TEXT, StandardCharsets.UTF_16LE);

    assertThat(Reading.of(file.toString()).only().text()).isEqualTo(TEXT);
  }

  @Test
  void utf16BigEndianWithoutMarkIsDecoded() throws IOException {
    Path file = write("be.txt", NO_MARK, TEXT, StandardCharsets.UTF_16BE);

    assertThat(Reading.of(file.toString()).only().text()).isEqualTo(TEXT);
  }

  @Test
  void arabicUtf16WithoutMarkIsFoundByItsSpacesAndDigits() throws IOException {
    Path file = write("ar.txt", NO_MARK, ARABIC, StandardCharsets.UTF_16LE);

    assertThat(Reading.of(file.toString()).only().text()).isEqualTo(ARABIC);
  }

  @Test
  void utf32LittleEndianWithMarkIsDecoded() throws IOException {
    Path file = write("le32.txt", new int[] {0xFF, 0xFE, 0, 0}, TEXT, TextEncoding.UTF_32LE);

    assertThat(Reading.of(file.toString()).only().text()).isEqualTo(TEXT);
  }

  @Test
  void utf32BigEndianWithMarkIsDecoded() throws IOException {
    Path file = write("be32.txt", new int[] {0, 0, 0xFE, 0xFF}, TEXT, TextEncoding.UTF_32BE);

    assertThat(Reading.of(file.toString()).only().text()).isEqualTo(TEXT);
  }

  @Test
  void utf32WithoutMarkIsDecodedEitherWay() throws IOException {
    Path little = write("le32-bare.txt", NO_MARK, ARABIC, TextEncoding.UTF_32LE);
    Path big = write("be32-bare.txt", NO_MARK, TEXT, TextEncoding.UTF_32BE);

    Reading reading = Reading.of(little.toString(), big.toString());

    assertThat(reading.document("le32-bare").text()).isEqualTo(ARABIC);
    assertThat(reading.document("be32-bare").text()).isEqualTo(TEXT);
  }

  @Test
  void utf16CsvWithoutMarkIsReadRowByRow() throws IOException {
    Path file = write("table.csv", NO_MARK, "id,text\n1,Caf\u00e9 hit.\n2,Two died.\n", StandardCharsets.UTF_16LE);

    assertThat(Reading.of(file.toString()).ids()).containsExactly("1", "2");
  }

  @Test
  void binaryWithNulsOnBothSidesIsNotTakenForUtf16() throws IOException {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 1, 0, 0, 0, 1, 0};
    Path file = Files.write(dir.resolve("image.txt"), png);

    assertThat(Reading.of(file.toString()).messages()).containsExactly(file + ": binary file, not text");
  }

  @Test
  void utf32PatternIsRecognisedBeforeUtf16() {
    byte[] head = TEXT.getBytes(TextEncoding.UTF_32LE);

    assertThat(WideText.charsetOf(head, head.length)).contains(TextEncoding.UTF_32LE);
  }
}
