package org.tally.extract.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WordSetTest {
  /** Seeded random words: the set answers as a plain set of the same words does, for sets of every size. */
  @Test
  void answersAsAPlainSetDoes() {
    Random random = new Random(20261206);
    for (int size = 1; size <= 40; size++) {
      Set<String> plain = new HashSet<>();
      while (plain.size() < size) {
        plain.add(word(random));
      }
      WordSet set = WordSet.of(plain.toArray(String[]::new));
      for (String word : plain) {
        assertThat(set.contains(word)).as(word).isTrue();
        assertThat(set.contains(new String(word.toCharArray()))).as("an equal word, not the same object").isTrue();
      }
      for (int n = 0; n < 2000; n++) {
        String word = word(random);
        assertThat(set.contains(word)).as(word).isEqualTo(plain.contains(word));
      }
      assertThat(set.words()).isEqualTo(plain);
    }
  }

  @Test
  void aWordDiffersFromItsCapitalisedForm() {
    WordSet set = WordSet.of("that", "which", "who");
    assertThat(set.contains("which")).isTrue();
    assertThat(set.contains("Which")).isFalse();
    assertThat(set.contains("")).isFalse();
  }

  private static String word(Random random) {
    StringBuilder word = new StringBuilder();
    for (int k = 1 + random.nextInt(3); k > 0; k--) {
      word.append((char) ('a' + random.nextInt(6)));
    }
    return word.toString();
  }
}
