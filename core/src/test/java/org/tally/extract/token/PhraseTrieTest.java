package org.tally.extract.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tally.model.Span;

class PhraseTrieTest {
  private static List<Token> tokens(String text) {
    return Tokenizer.tokens(text, new Span(0, text.length()));
  }

  @Test
  void longestPhraseWins() {
    PhraseTrie<String> trie = new PhraseTrie<>();
    trie.add("Russian", "russia");
    trie.add("Russian Defense Ministry", "russia-mod");
    assertThat(trie.findAll(tokens("according to the Russian Defense Ministry")))
        .extracting(PhraseTrie.Match::value).containsExactly("russia-mod");
  }

  @Test
  void caseSensitivePhraseMatchesOnlyAsWritten() {
    PhraseTrie<String> trie = new PhraseTrie<>();
    trie.add("US", "united-states", true);
    assertThat(trie.findAll(tokens("let us see what the US said"))).extracting(PhraseTrie.Match::from).containsExactly(5);
  }

  @Test
  void matchingIgnoresCaseOtherwise() {
    PhraseTrie<String> trie = new PhraseTrie<>();
    trie.add("death toll", "killed");
    assertThat(trie.longestAt(tokens("Death Toll rises"), 0)).isPresent();
  }

  @Test
  void phrasesOfSplitWordsAreAllFoundLongestFirst() {
    PhraseTrie<String> trie = new PhraseTrie<>();
    trie.add(List.of("at"), "at");
    trie.add(List.of("at", "least"), "min");
    PhraseTrie.Words words = List.of("at", "least", "five")::get;
    assertThat(trie.matchesAt(words, 0)).extracting(PhraseTrie.Match::value).containsExactly("min", "at");
    assertThat(trie.matchesAt(words, 0).get(0).to()).isEqualTo(2);
    assertThat(trie.matchesAt(words, 1)).isEmpty();
  }

  @Test
  void aFigureBetweenWordsEndsThePhrase() {
    PhraseTrie<String> trie = new PhraseTrie<>();
    trie.add(List.of("more", "than"), "above");
    String[] words = {"more", null, "than"};
    assertThat(trie.matchesAt(i -> i < words.length ? words[i] : null, 0)).isEmpty();
  }

  @Test
  void addingASplitPhraseTwiceSaysSo() {
    PhraseTrie<String> trie = new PhraseTrie<>();
    assertThat(trie.add(List.of("some"), "a")).isTrue();
    assertThat(trie.add(List.of("some"), "b")).isFalse();
  }
}
