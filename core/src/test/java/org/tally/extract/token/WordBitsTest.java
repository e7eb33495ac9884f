package org.tally.extract.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class WordBitsTest {
  @Test
  void everyWordAddedIsHeld() {
    WordBits bits = new WordBits();
    Random random = new Random(7);
    String[] words = new String[2000];
    for (int i = 0; i < words.length; i++) {
      words[i] = "w" + random.nextInt();
      bits.add(words[i]);
    }
    for (String word : words) {
      assertThat(bits.mayHold(word)).as(word).isTrue();
    }
  }

  /** The bits are sized to the words (64 a word): about one word in a hundred never added finds its bit set. */
  @Test
  void mostWordsNeverAddedAreTurnedAway() {
    WordBits bits = new WordBits();
    for (String word : new String[] {"killed", "wounded", "the", "al", "rural"}) {
      bits.add(word);
    }
    int held = 0;
    for (int i = 0; i < 10_000; i++) {
      if (bits.mayHold("other" + i)) {
        held++;
      }
    }
    assertThat(held).isLessThan(300);
  }

  @Test
  void aLargeLexiconStillTurnsMostWordsAway() {
    WordBits bits = new WordBits();
    for (int i = 0; i < 5000; i++) {
      bits.add("name" + i);
    }
    int held = 0;
    for (int i = 0; i < 10_000; i++) {
      if (bits.mayHold("other" + i)) {
        held++;
      }
    }
    assertThat(held).isLessThan(300);
  }
}
