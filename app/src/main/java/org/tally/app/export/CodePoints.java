package org.tally.app.export;

/**
 * Offsets into a document's text as the contract counts them: in Unicode code points, as Python and R index strings.
 * Java counts UTF-16 units, which differ after any character outside the Basic Multilingual Plane (an emoji, say).
 */
final class CodePoints {
  private final String text;
  private final boolean sameAsUtf16;

  private CodePoints(String text) {
    this.text = text;
    this.sameAsUtf16 = text.codePointCount(0, text.length()) == text.length();
  }

  static CodePoints of(String text) {
    return new CodePoints(text);
  }

  /** The code point offset of a UTF-16 offset into the text. */
  int at(int utf16) {
    return sameAsUtf16 ? utf16 : text.codePointCount(0, utf16);
  }
}
