package org.tally.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A stretch of a text finds the value of the word it spells, and nothing else. */
class WordTableTest {
  @Test
  void findsWordsByTheirStretchOfAText() {
    Map<String, int[]> entries = new HashMap<>();
    String[] words = {"the", "und", "le", "de", "é", "ölçü", "a"};
    for (int i = 0; i < words.length; i++) {
      entries.put(words[i], new int[] {i});
    }
    WordTable table = new WordTable(entries);
    String text = "xx the und le de é ölçü a there an";
    for (int i = 0; i < words.length; i++) {
      int start = text.indexOf(" " + words[i] + " ") + 1;
      int end = start + words[i].length();
      assertThat(table.get(text, start, end, words[i].hashCode())).containsExactly(i);
    }
    int there = text.indexOf("there");
    assertThat(table.get(text, there, there + 5, "there".hashCode())).isNull();
    assertThat(table.get(text, there, there + 3, "the".hashCode())).containsExactly(0);
    assertThat(table.get(text, 0, 2, "xx".hashCode())).isNull();
  }
}
