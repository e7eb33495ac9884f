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
  /**
   * A language this far ahead is the answer: the rest of the sample could not plausibly undo it, and reading on
   * through a long article would only cost time.
   */
  private static final int SETTLED_HITS = 40;
  private static final int SETTLED_MARGIN = 4;

  private final List<String> languages = new ArrayList<>();
  /** Each function word and the languages (their indices) it belongs to: one lookup a word. */
  private final WordTable words;

  LanguageGuesser(RuleFile stopwords) {
    Map<String, Set<String>> byLanguage = new LinkedHashMap<>();
    for (RuleRow row : stopwords.rows()) {
      byLanguage.computeIfAbsent(row.get("language"), l -> new HashSet<>())
          .addAll(List.of(row.get("words").split(" +")));
    }
    Map<String, int[]> languagesOf = new HashMap<>();
    byLanguage.forEach((language, list) -> {
      int index = languages.size();
      languages.add(language);
      for (String word : list) {
        int[] old = languagesOf.getOrDefault(word, new int[0]);
        int[] now = Arrays.copyOf(old, old.length + 1);
        now[old.length] = index;
        languagesOf.put(word, now);
      }
    });
    words = new WordTable(languagesOf);
  }

  String guess(String text) {
    String sample = (text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text).toLowerCase(Locale.ROOT);
    int[] counts = new int[languages.size()];
    int hits = 0;
    int i = 0;
    int length = sample.length();
    while (i < length) {
      int start = i;
      // the word's String hash, summed as it is read, so looking it up copies nothing
      int hash = 0;
      while (i < length) {
        char c = sample.charAt(i);
        if (c < 0x80) {
          if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) {
            break;
          }
          hash = 31 * hash + c;
          i++;
        } else {
          int point = sample.codePointAt(i);
          if (!Character.isLetter(point)) {
            break;
          }
          int next = i + Character.charCount(point);
          for (; i < next; i++) {
            hash = 31 * hash + sample.charAt(i);
          }
        }
      }
      if (i > start) {
        int[] in = words.get(sample, start, i, hash);
        if (in != null) {
          for (int language : in) {
            counts[language]++;
          }
          if (++hits % SETTLED_HITS == 0 && settled(counts)) {
            break;
          }
        }
      } else {
        i += Character.charCount(sample.codePointAt(i));
      }
    }
    return verdict(counts);
  }

  private static boolean settled(int[] counts) {
    int first = 0;
    int second = 0;
    for (int count : counts) {
      if (count > first) {
        second = first;
        first = count;
      } else if (count > second) {
        second = count;
      }
    }
    return first >= SETTLED_HITS && first >= second * SETTLED_MARGIN;
  }

  private String verdict(int[] counts) {
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
