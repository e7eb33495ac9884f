package org.tally.app.run;

/** Text squeezed onto one line of standard error: line breaks and other control characters become spaces. */
final class OneLine {
  private OneLine() {}

  static String of(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(c -> out.appendCodePoint(Character.isISOControl(c) ? ' ' : c));
    return out.toString().strip().replaceAll(" {2,}", " ");
  }
}
