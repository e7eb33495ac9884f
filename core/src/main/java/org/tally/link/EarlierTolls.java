package org.tally.link;

import java.util.ArrayList;
import java.util.List;
import org.tally.lexicon.RuleFile;
import org.tally.lexicon.RuleRow;
import org.tally.model.Claim;

/**
 * Tells a figure the text gives as an earlier count it has since replaced ("which on Thursday had given a death toll of
 * 17", "up from 30"; earlier-toll-cues.tsv) by the words just before it. Such a figure stays in its incident, but it
 * does not widen the incident's range: the same outlet has told the later figure.
 */
final class EarlierTolls {
  static final EarlierTolls NONE = new EarlierTolls(List.of());
  /** Words allowed between the cue and the figure: "an earlier toll of at least 15", "up from about 20". */
  private static final int REACH = 2;

  private final List<List<String>> cues;

  private EarlierTolls(List<List<String>> cues) {
    this.cues = cues;
  }

  static EarlierTolls load(RuleFile cueFile) {
    List<List<String>> cues = new ArrayList<>();
    for (RuleRow row : cueFile.rows()) {
      List<String> words = PhraseMatcher.words(row.get("phrase"));
      if (words.isEmpty()) {
        throw new IllegalArgumentException("an earlier-toll cue needs a word: \"" + row.get("phrase") + "\"");
      }
      cues.add(List.copyOf(words));
    }
    return new EarlierTolls(List.copyOf(cues));
  }

  /** True when the claim's own sentence gives its figure as an earlier, replaced count. */
  boolean isEarlier(ClaimRef ref) {
    Claim claim = ref.claim();
    int at = claim.count().span().start() - claim.evidence().start();
    String quote = ref.quote();
    return quote != null && at >= 0 && at <= quote.length() && isEarlierAfter(quote.substring(0, at));
  }

  /** True when the text that stands before a figure ends in a cue, at most {@link #REACH} words before it. */
  boolean isEarlierAfter(String before) {
    if (cues.isEmpty()) {
      return false;
    }
    List<String> words = PhraseMatcher.words(before);
    for (List<String> cue : cues) {
      for (int gap = 0; gap <= REACH; gap++) {
        int end = words.size() - gap;
        if (end - cue.size() >= 0 && words.subList(end - cue.size(), end).equals(cue)) {
          return true;
        }
      }
    }
    return false;
  }
}
