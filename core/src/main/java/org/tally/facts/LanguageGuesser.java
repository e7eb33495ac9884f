package org.tally.facts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
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

  private final List<String> languages = new ArrayList<>();
  /** Each function word and the languages (their indices) it belongs to: one lookup a word. */
  private final Map<String, int[]> words = new HashMap<>();

  LanguageGuesser(RuleFile stopwords) {
    Map<String, Set<String>> byLanguage = new LinkedHashMap<>();
    for (RuleRow row : stopwords.rows()) {
      byLanguage.computeIfAbsent(row.get("language"), l -> new HashSet<>())
          .addAll(List.of(row.get("words").split(" +")));
    }
    byLanguage.forEach((language, list) -> {
      int index = languages.size();
      languages.add(language);
      for (String word : list) {
        int[] old = words.getOrDefault(word, new int[0]);
        int[] now = Arrays.copyOf(old, old.length + 1);
        now[old.length] = index;
        words.put(word, now);
      }
    });
  }

  String guess(String text) {
    String sample = (text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text).toLowerCase(Locale.ROOT);
    int[] counts = new int[languages.size()];
    int i = 0;
    while (i < sample.length()) {
      int start = i;
      while (i < sample.length() && Character.isLetter(sample.codePointAt(i))) {
        i += Character.charCount(sample.codePointAt(i));
      }
      if (i > start) {
        int[] in = words.get(sample.substring(start, i));
        if (in != null) {
          for (int language : in) {
            counts[language]++;
          }
        }
      } else {
        i += Character.charCount(sample.codePointAt(i));
      }
    }
    // the languages hit, in a hash map's order as before: a tie goes to whichever the map gives first
    Map<String, Integer> hits = new HashMap<>();
    for (int k = 0; k < counts.length; k++) {
      if (counts[k] > 0) {
        hits.put(languages.get(k), counts[k]);
      }
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
