package org.tally.app.read;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A file's encoding and byte order mark, as detected from its bytes, and for a file of rows the lines that do not
 * decode.
 *
 * <p>The rule: a byte order mark decides (UTF-8, UTF-16 or UTF-32, either byte order). Without one, a pattern of NUL
 * bytes that only UTF-16 or UTF-32 text makes decides ({@link WideText}). Otherwise valid UTF-8 is UTF-8; bytes that
 * are not UTF-8 and contain no well-formed multi-byte sequence are cp1252 (Windows Western, as FA-KES is published);
 * a mix of well-formed multi-byte sequences and invalid bytes is refused as "invalid UTF-8 at byte N" (N counts from
 * 0), since guessing would garble one part or the other. In a file of rows (CSV, TSV, JSON), a NUL or an invalid
 * sequence spoils only its row, as long as well-formed sequences outnumber invalid ones.
 *
 * @param charset how to decode the bytes after the mark
 * @param markLength how many bytes of byte order mark to skip
 * @param spoiled the lines of a file of rows that do not decode, which its reader skips and reports
 */
record TextEncoding(Charset charset, int markLength, SpoiledLines spoiled) {
  static final Charset CP1252 = Charset.forName("windows-1252");
  static final Charset UTF_32LE = Charset.forName("UTF-32LE");
  static final Charset UTF_32BE = Charset.forName("UTF-32BE");

  TextEncoding(Charset charset, int markLength) {
    this(charset, markLength, SpoiledLines.NONE);
  }

  /** The byte order mark at the start of {@code head}, if any; otherwise UTF-8 with no mark (a provisional guess). */
  static TextEncoding fromMark(byte[] head, int length) {
    if (startsWith(head, length, 0xFF, 0xFE, 0x00, 0x00)) {
      return new TextEncoding(UTF_32LE, 4); // before UTF-16 LE, whose mark it begins with
    }
    if (startsWith(head, length, 0x00, 0x00, 0xFE, 0xFF)) {
      return new TextEncoding(UTF_32BE, 4);
    }
    if (startsWith(head, length, 0xEF, 0xBB, 0xBF)) {
      return new TextEncoding(StandardCharsets.UTF_8, 3);
    }
    if (startsWith(head, length, 0xFF, 0xFE)) {
      return new TextEncoding(StandardCharsets.UTF_16LE, 2);
    }
    if (startsWith(head, length, 0xFE, 0xFF)) {
      return new TextEncoding(StandardCharsets.UTF_16BE, 2);
    }
    return new TextEncoding(StandardCharsets.UTF_8, 0);
  }

  /** The byte order mark, else the NUL pattern of UTF-16 or UTF-32 text; otherwise UTF-8 (a provisional guess). */
  static TextEncoding fromStart(byte[] head, int length) {
    TextEncoding byMark = fromMark(head, length);
    if (byMark.markLength > 0) {
      return byMark;
    }
    return WideText.charsetOf(head, length).map(charset -> new TextEncoding(charset, 0)).orElse(byMark);
  }

  /** True for UTF-16 and UTF-32, where NUL bytes are normal and lines are not byte-counted. */
  boolean wide() {
    return charset.name().startsWith("UTF-16") || charset.name().startsWith("UTF-32");
  }

  /**
   * Scans the whole file once and settles its encoding, or says why it is not text.
   *
   * @param byStart the encoding its first bytes show ({@link #fromStart})
   * @param declared the charset the file declares for itself (an HTML meta tag), used when it is not UTF-8; or null
   * @param rows true for a file of rows, where a bad byte spoils only its row
   */
  static TextEncoding detect(Path file, TextEncoding byStart, Charset declared, boolean rows)
      throws IOException, ReadFailure {
    if (Files.size(file) <= byStart.markLength) {
      throw new ReadFailure("empty file");
    }
    if (byStart.wide()) {
      return byStart; // NUL bytes are normal in UTF-16 and UTF-32; the mark or the pattern is evidence enough
    }
    ByteScan scan = new ByteScan(byStart.markLength);
    try (InputStream in = Files.newInputStream(file)) {
      in.skipNBytes(byStart.markLength);
      byte[] buffer = new byte[64 * 1024];
      int read;
      while ((read = in.read(buffer)) > 0) {
        scan.accept(buffer, read);
      }
    }
    scan.finish();
    return rows ? forRows(scan, byStart) : forWholeFile(scan, byStart, declared);
  }

  private static TextEncoding forWholeFile(ByteScan scan, TextEncoding byStart, Charset declared) throws ReadFailure {
    if (scan.looksBinary()) {
      throw new ReadFailure("binary file, not text");
    }
    if (scan.validUtf8()) {
      return byStart;
    }
    if (byStart.markLength == 0 && declared != null) {
      return new TextEncoding(declared, 0);
    }
    if (byStart.markLength == 0 && scan.multiByteSequences() == 0) {
      return new TextEncoding(CP1252, 0);
    }
    throw new ReadFailure("invalid UTF-8 at byte " + scan.firstInvalidOffset());
  }

  private static TextEncoding forRows(ByteScan scan, TextEncoding byStart) throws ReadFailure {
    if (scan.looksBinaryForRows()) {
      throw new ReadFailure("binary file, not text");
    }
    TextEncoding chosen;
    SpoiledLines spoiled;
    if (scan.validUtf8()) {
      chosen = byStart;
      spoiled = scan.nulLines();
    } else if (byStart.markLength == 0 && scan.multiByteSequences() == 0) {
      chosen = new TextEncoding(CP1252, 0);
      spoiled = scan.nulLines();
    } else if (scan.multiByteSequences() > scan.invalidSequences()) {
      chosen = byStart; // mostly UTF-8: the few rows with stray bytes are reported, the rest read
      spoiled = scan.spoiledLines();
    } else {
      throw new ReadFailure("invalid UTF-8 at byte " + scan.firstInvalidOffset()
          + " and as many invalid sequences as valid ones: neither UTF-8 nor cp1252");
    }
    if (spoiled.tooMany()) {
      throw new ReadFailure("over " + SpoiledLines.MOST + " lines hold invalid UTF-8 or NUL bytes; "
          + "the file was not read (first: " + spoiled.firstIn(1, Long.MAX_VALUE).orElse("?") + ")");
    }
    return new TextEncoding(chosen.charset, chosen.markLength, spoiled);
  }

  private static boolean startsWith(byte[] head, int length, int... mark) {
    if (length < mark.length) {
      return false;
    }
    for (int i = 0; i < mark.length; i++) {
      if ((head[i] & 0xFF) != mark[i]) {
        return false;
      }
    }
    return true;
  }

  /** A reader over the file's text, past the byte order mark. Malformed input becomes U+FFFD. */
  Reader open(Path file) throws IOException {
    InputStream in = Files.newInputStream(file);
    try {
      in.skipNBytes(markLength);
    } catch (IOException e) {
      in.close();
      throw e;
    }
    return new BufferedReader(new InputStreamReader(in, charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE)), 64 * 1024);
  }

  /** The file's whole text, past the byte order mark. */
  String readAll(Path file) throws IOException {
    try (Reader reader = open(file)) {
      StringBuilder text = new StringBuilder();
      char[] buffer = new char[64 * 1024];
      int read;
      while ((read = reader.read(buffer)) > 0) {
        text.append(buffer, 0, read);
      }
      return text.toString();
    }
  }
}
