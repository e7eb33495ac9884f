package org.tally.resolve;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.tally.model.Claim;

/**
 * The words a later sentence gives a claim's count in again ("At least four people were killed ..." then "an official
 * said four civilians were killed"): such a sentence tells of the same harm, so where it says it happened is where the
 * claim's harm happened. The count's figures as digits and, where number-words.tsv has one, as a word ("6" and "six":
 * a headline's digits are a body's words), and the last word of its words as written ("four", "Thirty", "dozens").
 */
record Restatement(Set<String> words) {
  // a hyphened number word is one word ("Seventy-six"), as is an age ("12-year-old"), which restates no count
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\d][\\p{L}\\d,.]*(?:-\\p{L}+)*");

  Restatement {
    words = Set.copyOf(words);
  }

  /** Number words by their value (number-words.tsv): "six" for 6. */
  record Words(java.util.Map<Integer, String> byValue) {
    static Words from(org.tally.lexicon.RuleFile file) {
      java.util.Map<Integer, String> byValue = new java.util.HashMap<>();
      for (org.tally.lexicon.RuleRow row : file.rows()) {
        byValue.putIfAbsent(row.integer("value").orElseThrow(), row.get("word").toLowerCase(Locale.ROOT));
      }
      return new Words(java.util.Map.copyOf(byValue));
    }
  }

  static Restatement of(Claim claim, Words numbers) {
    Set<String> words = new LinkedHashSet<>();
    for (Integer figure : new Integer[] {claim.count().min(), claim.count().max()}) {
      if (figure != null) {
        words.add(Integer.toString(figure));
        String spelled = spelled(figure, numbers);
        if (spelled != null && figure > 1) {
          words.add(spelled); // not "one": "one of the", "no one" are said of anyone
        }
      }
    }
    String written = claim.countText();
    if (written != null) {
      List<String> all = WORD.matcher(written).results().map(r -> r.group().toLowerCase(Locale.ROOT)).toList();
      if (!all.isEmpty()) {
        words.add(all.get(all.size() - 1).replace(",", ""));
      }
    }
    return new Restatement(words);
  }

  /** The figure as number-words.tsv spells it, a tens word and a unit joined by a hyphen for 21-99 ("seventy-six"). */
  private static String spelled(int figure, Words numbers) {
    String whole = numbers.byValue().get(figure);
    if (whole != null || figure < 21 || figure > 99) {
      return whole;
    }
    String tens = numbers.byValue().get(figure - figure % 10);
    String unit = numbers.byValue().get(figure % 10);
    return tens == null || unit == null ? null : tens + "-" + unit;
  }

  /**
   * True when the sentence the place {@code mention} stands in (from the full stop before it, but not before
   * {@code from}, to the one after it) gives one of the count's words as a word of its own.
   */
  boolean isIn(String text, int from, org.tally.resolve.place.PlaceMention mention) {
    if (words.isEmpty()) {
      return false;
    }
    String sentence = sentenceAround(text, from, mention).text(text).toLowerCase(Locale.ROOT);
    for (String word : WORD.matcher(sentence).results().map(r -> r.group().replace(",", "")).toList()) {
      if (words.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /** True when the stretch {@code sentence} of the text gives one of the count's words as a word of its own. */
  boolean isIn(String text, org.tally.model.Span sentence) {
    if (words.isEmpty()) {
      return false;
    }
    for (String word : WORD.matcher(sentence.text(text).toLowerCase(Locale.ROOT)).results()
        .map(r -> r.group().replace(",", "")).toList()) {
      if (words.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /** The sentence a mention stands in, roughly: from the full stop before it (not before {@code from}) to the next. */
  static org.tally.model.Span sentenceAround(String text, int from, org.tally.resolve.place.PlaceMention mention) {
    int start = Math.max(from, text.lastIndexOf('.', mention.span().start()) + 1);
    int stop = text.indexOf('.', mention.span().end());
    return new org.tally.model.Span(Math.min(start, mention.span().start()), stop < 0 ? text.length() : stop);
  }
}
