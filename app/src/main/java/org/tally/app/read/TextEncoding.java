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
 * A file's encoding and byte order mark, as detected from its bytes.
 *
 * <p>The rule: a byte order mark decides (UTF-8, UTF-16 LE or BE). Otherwise valid UTF-8 is UTF-8; bytes that are not
 * UTF-8 and contain no well-formed multi-byte sequence are cp1252 (Windows Western, as FA-KES is published); a mix
 * of well-formed multi-byte sequences and invalid bytes is refused as "invalid UTF-8 at byte N" (N counts from 0),
 * since guessing would garble one part or the other.
 *
 * @param charset how to decode the bytes after the mark
 * @param markLength how many bytes of byte order mark to skip
 */
record TextEncoding(Charset charset, int markLength) {
  static final Charset CP1252 = Charset.forName("windows-1252");

  /** The byte order mark at the start of {@code head}, if any; otherwise UTF-8 with no mark (a provisional guess). */
  static TextEncoding fromMark(byte[] head, int length) {
    if (length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
      return new TextEncoding(StandardCharsets.UTF_8, 3);
    }
    if (length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
      return new TextEncoding(StandardCharsets.UTF_16LE, 2);
    }
    if (length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
      return new TextEncoding(StandardCharsets.UTF_16BE, 2);
    }
    return new TextEncoding(StandardCharsets.UTF_8, 0);
  }

  /**
   * Scans the whole file once and settles its encoding, or says why it is not text.
   *
   * @param declared the charset the file declares for itself (an HTML meta tag), used when it is not UTF-8; or null
   */
  static TextEncoding detect(Path file, TextEncoding byMark, Charset declared) throws IOException, ReadFailure {
    if (Files.size(file) <= byMark.markLength) {
      throw new ReadFailure("empty file");
    }
    boolean utf16 = byMark.charset != StandardCharsets.UTF_8;
    ByteScan scan = new ByteScan(byMark.markLength);
    try (InputStream in = Files.newInputStream(file)) {
      in.skipNBytes(byMark.markLength);
      byte[] buffer = new byte[64 * 1024];
      int read;
      while ((read = in.read(buffer)) > 0) {
        scan.accept(buffer, read);
      }
    }
    scan.finish();
    if (utf16) {
      return byMark; // NUL bytes are normal in UTF-16; the mark is evidence enough
    }
    if (scan.looksBinary()) {
      throw new ReadFailure("binary file, not text");
    }
    if (scan.validUtf8()) {
      return byMark;
    }
    if (byMark.markLength == 0 && declared != null) {
      return new TextEncoding(declared, 0);
    }
    if (byMark.markLength == 0 && scan.multiByteSequences() == 0) {
      return new TextEncoding(CP1252, 0);
    }
    throw new ReadFailure("invalid UTF-8 at byte " + scan.firstInvalidOffset());
  }

  /** A reader over the file's text, past the byte order mark. Malformed UTF-16 becomes U+FFFD. */
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
