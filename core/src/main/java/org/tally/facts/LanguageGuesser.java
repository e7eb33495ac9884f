package org.tally.facts;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.tally.lexicon.RuleFile;
import org.tally.lexicon.RuleRow;

/**
 * Guesses a text's language by counting its common function words (stopwords.tsv). Answers "und"
 * when too few words are known or two languages run close.
 */
final class LanguageGuesser {
  private static final int MIN_HITS = 3;
  private static final int SAMPLE_CHARS = 4000;
  /** The winner needs this many times the runner-up's hits. */
  private static final double MARGIN = 1.5;

  private final Map<String, Set<String>> words = new LinkedHashMap<>();

  LanguageGuesser(RuleFile stopwords) {
    for (RuleRow row : stopwords.rows()) {
      words.computeIfAbsent(row.get("language"), l -> new HashSet<>())
          .addAll(java.util.List.of(row.get("words").split(" +")));
    }
  }

  String guess(String text) {
    Map<String, Integer> hits = new HashMap<>();
    String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
    for (String token : sample.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      if (token.isEmpty()) {
        continue;
      }
      words.forEach((language, list) -> {
        if (list.contains(token)) {
          hits.merge(language, 1, Integer::sum);
        }
      });
    }
    String best = "und";
    int first = 0;
    int second = 0;
    for (Map.Entry<String, Integer> e : hits.entrySet()) {
      if (e.getValue() > first) {
        second = first;
        first = e.getValue();
        best = e.getKey();
      } else if (e.getValue() > second) {
        second = e.getValue();
      }
    }
    return first >= MIN_HITS && first >= second * MARGIN ? best : "und";
  }
}
