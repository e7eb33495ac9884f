package org.tally.extract.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ChildTableTest {
  @Test
  void findsWhatAMapFindsForWordsInAndOutOfTheTable() {
    Random random = new Random(20261205);
    ChildTable<Integer> table = new ChildTable<>();
    Map<String, Integer> map = new HashMap<>();
    for (int i = 0; i < 3000; i++) {
      String word = word(random);
      int value = i;
      assertThat(table.computeIfAbsent(word, () -> value)).isEqualTo(map.computeIfAbsent(word, w -> value));
    }
    for (int i = 0; i < 20000; i++) {
      // a fresh string, never the instance stored: equal words must match by content
      String word = new String(word(random).toCharArray());
      assertThat(table.get(word)).as(word).isEqualTo(map.get(word));
    }
    assertThat(table.words()).isEqualTo(map.keySet());
  }

  @Test
  void wordsWithEqualHashCodesStayApart() {
    ChildTable<String> table = new ChildTable<>();
    // "Aa" and "BB" share a hash code
    table.computeIfAbsent("Aa", () -> "first");
    table.computeIfAbsent("BB", () -> "second");
    assertThat(table.get("Aa")).isEqualTo("first");
    assertThat(table.get("BB")).isEqualTo("second");
    assertThat(table.get("C#")).isNull();
  }

  @Test
  void aWordWhoseHashIsZeroIsFoundAndAnEmptySlotIsNotIt() {
    // a slot keeps 0 for "empty": the empty word (hash 0) is kept as another hash, and still found only as itself
    ChildTable<String> table = new ChildTable<>();
    assertThat(table.computeIfAbsent("a", () -> "a")).isEqualTo("a");
    assertThat(table.get("")).isNull();
    table.computeIfAbsent("", () -> "empty");
    assertThat("".hashCode()).isZero();
    assertThat(table.get(new String(""))).isEqualTo("empty");
    assertThat(table.get("a")).isEqualTo("a");
    assertThat(table.get("b")).isNull();
  }

  @Test
  void anEmptyTableHoldsNothing() {
    assertThat(new ChildTable<String>().get("the")).isNull();
    assertThat(new ChildTable<String>().words()).isEmpty();
  }

  private static String word(Random random) {
    char[] letters = new char[1 + random.nextInt(3)];
    for (int i = 0; i < letters.length; i++) {
      letters[i] = (char) ('a' + random.nextInt(6));
    }
    return new String(letters);
  }
}
