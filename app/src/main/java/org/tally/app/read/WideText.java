package org.tally.app.read;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Recognises UTF-32 and UTF-16 text that has no byte order mark by where its NUL bytes fall: UTF-32 has a NUL in
 * the top byte of every 4, UTF-16 in one byte of most 2 (every Latin letter, digit, space and line end). UTF-8 and
 * cp1252 text has no NUL at all, and binary files have them at both places; a candidate must then decode cleanly,
 * with few control characters, to be taken.
 */
final class WideText {
  private WideText() {
  }

  static Optional<Charset> charsetOf(byte[] head, int length) {
    if (length < 4) {
      return Optional.empty();
    }
    if (utf32(head, length, true)) {
      return decodes(head, length, TextEncoding.UTF_32LE, 4);
    }
    if (utf32(head, length, false)) {
      return decodes(head, length, TextEncoding.UTF_32BE, 4);
    }
    int evenNuls = 0;
    int oddNuls = 0;
    int pairs = length / 2;
    for (int i = 0; i < pairs * 2; i += 2) {
      evenNuls += head[i] == 0 ? 1 : 0;
      oddNuls += head[i + 1] == 0 ? 1 : 0;
    }
    // A tenth of the characters at least, and two, are ASCII (spaces, digits, line ends), and next to none has a NUL
    // on the other side.
    if (oddNuls >= 2 && oddNuls * 10 >= pairs && evenNuls * 20 <= oddNuls) {
      return decodes(head, length, StandardCharsets.UTF_16LE, 2);
    }
    if (evenNuls >= 2 && evenNuls * 10 >= pairs && oddNuls * 20 <= evenNuls) {
      return decodes(head, length, StandardCharsets.UTF_16BE, 2);
    }
    return Optional.empty();
  }

  /** Every 4 bytes a code point of 0x10FFFF or less, none of them NUL. */
  private static boolean utf32(byte[] head, int length, boolean little) {
    for (int i = 0; i + 3 < length; i += 4) {
      int top = head[little ? i + 3 : i] & 0xFF;
      int plane = head[little ? i + 2 : i + 1] & 0xFF;
      int high = head[little ? i + 1 : i + 2] & 0xFF;
      int low = head[little ? i : i + 3] & 0xFF;
      if (top != 0 || plane > 0x10 || (plane | high | low) == 0) {
        return false;
      }
    }
    return true;
  }

  /** The charset, if the head decodes in it without error (a unit cut off at its end aside) and is mostly text. */
  private static Optional<Charset> decodes(byte[] head, int length, Charset charset, int unit) {
    CharsetDecoder decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    // Drop a cut unit, and for UTF-16 a high surrogate whose pair the head cut off.
    int usable = length - length % unit;
    CharBuffer text;
    try {
      text = decoder.decode(ByteBuffer.wrap(head, 0, usable));
    } catch (CharacterCodingException e) {
      if (unit != 2 || usable < 2) {
        return Optional.empty();
      }
      try {
        text = decoder.reset().decode(ByteBuffer.wrap(head, 0, usable - 2));
      } catch (CharacterCodingException again) {
        return Optional.empty();
      }
    }
    long controls = text.chars().filter(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f').count();
    return controls * 10 > text.length() ? Optional.empty() : Optional.of(charset);
  }
}
