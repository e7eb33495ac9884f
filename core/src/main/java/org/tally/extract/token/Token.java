package org.tally.extract.token;

/**
 * A word or punctuation mark: as written, lower-cased, and where it is in the document. It also carries its lower-cased
 * word's number in {@link WordIds} ({@code wordId}, or {@link WordIds#NONE}) and how many words were numbered when it
 * was made ({@code idsWhenMade}), so that word sets and phrase tries can tell whether it is theirs by a bit; equal,
 * hashed and printed by its first four components alone, as before the numbers were added.
 */
public record Token(String text, String lower, int start, int end, int idsWhenMade, int wordId) {
  public Token(String text, String lower, int start, int end) {
    // the count is read before the lookup: a word numbered in between is then looked up again, never missed
    this(text, lower, start, end, WordIds.numbered(), WordIds.of(lower));
  }

  public boolean isWord() {
    return Character.isLetterOrDigit(text.charAt(0));
  }

  public boolean isCapitalised() {
    return Character.isUpperCase(text.charAt(0));
  }

  public boolean is(String word) {
    return lower.equals(word);
  }

  @Override
  public boolean equals(Object o) {
    return o == this || o instanceof Token t && start == t.start && end == t.end && text.equals(t.text)
        && lower.equals(t.lower);
  }

  @Override
  public int hashCode() {
    return ((text.hashCode() * 31 + lower.hashCode()) * 31 + start) * 31 + end; // as the four-part record hashed
  }

  @Override
  public String toString() {
    return "Token[text=" + text + ", lower=" + lower + ", start=" + start + ", end=" + end + "]";
  }
}
