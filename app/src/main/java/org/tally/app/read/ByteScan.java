package org.tally.app.read;

/**
 * One streaming pass over a file's bytes: validates UTF-8 strictly (no overlong forms, no surrogates), counts the
 * well-formed multi-byte sequences, counts NUL and other control bytes for the binary check, and notes the lines
 * (counted as CSV and JSON Lines readers count them: LF, CR or CR LF ends a line) that hold a bad byte or a NUL.
 */
final class ByteScan {
  private final long base;
  private final SpoiledLines.Builder spoiled = new SpoiledLines.Builder();
  private long offset;
  private long line = 1;
  private boolean afterCr;
  private long sequenceLine;
  private long invalidSequences;
  private int pending;
  private int lower = 0x80;
  private int upper = 0xBF;
  private long sequenceStart;
  private long multiByteSequences;
  private long firstInvalid = -1;
  private long nulBytes;
  private long controlBytes;

  /** @param base the file offset of the first byte scanned (after a byte order mark), for error offsets */
  ByteScan(long base) {
    this.base = base;
  }

  void accept(byte[] buffer, int length) {
    for (int i = 0; i < length; i++) {
      accept(buffer[i] & 0xFF);
    }
  }

  private void accept(int b) {
    if (pending > 0) {
      if (b >= lower && b <= upper) {
        pending--;
        lower = 0x80;
        upper = 0xBF;
        if (pending == 0) {
          multiByteSequences++;
        }
        offset++;
        return;
      }
      // The sequence broke off: it is invalid, and this byte starts afresh.
      invalid(sequenceStart, sequenceLine);
      pending = 0;
      lower = 0x80;
      upper = 0xBF;
    }
    if (b < 0x80) {
      countControl(b);
    } else if (b >= 0xC2 && b <= 0xDF) {
      pending = 1;
    } else if (b == 0xE0) {
      pending = 2;
      lower = 0xA0;
    } else if (b == 0xED) {
      pending = 2;
      upper = 0x9F;
    } else if (b >= 0xE1 && b <= 0xEF) {
      pending = 2;
    } else if (b == 0xF0) {
      pending = 3;
      lower = 0x90;
    } else if (b >= 0xF1 && b <= 0xF3) {
      pending = 3;
    } else if (b == 0xF4) {
      pending = 3;
      upper = 0x8F;
    } else {
      invalid(offset, line);
    }
    if (pending > 0) {
      sequenceStart = offset;
      sequenceLine = line;
    }
    countLine(b);
    offset++;
  }

  private void countLine(int b) {
    if (b == '\r' || b == '\n' && !afterCr) {
      line++;
    }
    afterCr = b == '\r';
  }

  private void countControl(int b) {
    if (b == 0) {
      nulBytes++;
      spoiled.add(line, "a NUL byte at byte " + (base + offset));
    } else if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' || b == 0x7F) {
      controlBytes++;
    }
  }

  private void invalid(long at, long atLine) {
    invalidSequences++;
    if (firstInvalid < 0) {
      firstInvalid = at;
    }
    spoiled.add(atLine, "invalid UTF-8 at byte " + (base + at));
  }

  /** Call once after the last byte: a sequence cut off by the end of the file is invalid. */
  void finish() {
    if (pending > 0) {
      invalid(sequenceStart, sequenceLine);
      pending = 0;
    }
  }

  /** The lines holding an invalid UTF-8 sequence or a NUL byte, with the first such fault of each. */
  SpoiledLines spoiledLines() {
    return spoiled.build();
  }

  /** The lines holding a NUL byte only, for a file that is not decoded as UTF-8. */
  SpoiledLines nulLines() {
    return spoiled.buildNulOnly();
  }

  long invalidSequences() {
    return invalidSequences;
  }

  long nulBytes() {
    return nulBytes;
  }

  long bytes() {
    return offset;
  }

  boolean validUtf8() {
    return firstInvalid < 0;
  }

  /** File offset (0-based, counting any byte order mark) of the first byte that is not valid UTF-8, or -1. */
  long firstInvalidOffset() {
    return firstInvalid < 0 ? -1 : base + firstInvalid;
  }

  long multiByteSequences() {
    return multiByteSequences;
  }

  /** NUL bytes never occur in text; nor do control bytes (other than tab and line ends) in more than 1 in 10. */
  boolean looksBinary() {
    return nulBytes > 0 || controlBytes * 10 > offset;
  }

  /**
   * For a file of rows, where a NUL spoils only its row: binary when over 64 bytes and 1 in 100 are NUL, or control bytes are
   * over 1 in 10.
   */
  boolean looksBinaryForRows() {
    return nulBytes > 64 && nulBytes * 100 > offset || controlBytes * 10 > offset;
  }
}
