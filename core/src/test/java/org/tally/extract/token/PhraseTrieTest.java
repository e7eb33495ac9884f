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
}
