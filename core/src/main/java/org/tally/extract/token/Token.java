package org.tally.extract.token;

/** A word or punctuation mark: as written, lower-cased, and where it is in the document. */
public record Token(String text, String lower, int start, int end) {
  public boolean isWord() {
    return Character.isLetterOrDigit(text.charAt(0));
  }

  public boolean isCapitalised() {
    return Character.isUpperCase(text.charAt(0));
  }

  public boolean is(String word) {
    return lower.equals(word);
  }
}
