package org.tally.extract.count;

import java.util.Objects;
import org.tally.model.Count;

/**
 * One count found in text.
 *
 * @param count the bounds; its span covers the whole count phrase, qualifier included ("at least 18")
 * @param text the words as written (the span's text)
 * @param form how the count is written
 * @param partitive true when "of them", "of whom" or "among them" follows: the count is part of a group counted
 *     before it ("over a hundred of them children")
 * @param headStart where the counted noun phrase starts: after "of" for "dozens of civilians", after the number
 *     for "18 civilians"; when no word follows, the end of the count (or of its "of them")
 */
public record CountMention(Count count, String text, CountForm form, boolean partitive, int headStart) {
  public CountMention {
    Objects.requireNonNull(count, "count");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(form, "form");
    if (text.length() != count.span().length()) {
      throw new IllegalArgumentException("text \"" + text + "\" does not fit span " + count.span());
    }
    if (headStart < count.span().end()) {
      throw new IllegalArgumentException("head " + headStart + " starts inside the count at " + count.span());
    }
  }
}
