package org.tally.extract.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tally.model.Span;

/** Word numbers answer what the words' text answers, whichever was made first: the token or the set it is asked of. */
class WordIdsTest {
  @Test
  void aSetAnswersATokenAsItsWordWhetherMadeBeforeOrAfterIt() {
    Random random = new Random(20261206);
    for (int round = 0; round < 200; round++) {
      List<String> words = List.of(word(random), word(random), word(random), word(random));
      Set<String> plain = new HashSet<>(words.subList(0, 2));
      // tokens of words no set holds yet, one later added to a set, one never
      Token early = token(words.get(1));
      Token never = token(words.get(3));
      WordSet set = WordSet.of(plain.toArray(String[]::new));
      Token late = token(words.get(0));
      Token other = token(words.get(2));
      for (Token t : List.of(early, never, late, other)) {
        assertThat(set.has(t)).as(t.lower()).isEqualTo(plain.contains(t.lower())).isEqualTo(set.contains(t.lower()));
      }
      assertThat(late.wordId()).isNotEqualTo(WordIds.NONE);
      assertThat(never.wordId()).isEqualTo(WordIds.NONE);
    }
  }

  @Test
  void aTokenMadeBeforeItsWordWasNumberedIsLookedUpByItsText() {
    String word = "wordidstestunnumbered";
    Token before = token(word);
    assertThat(before.wordId()).isEqualTo(WordIds.NONE);
    WordSet set = WordSet.of(word);
    assertThat(set.has(before)).isTrue();
    assertThat(token(word).wordId()).isNotEqualTo(WordIds.NONE);
    assertThat(set.has(token(word))).isTrue();
    assertThat(WordSet.of("another").has(before)).isFalse();
  }

  @Test
  void aTrieFindsPhrasesOpenedByTokensMadeBeforeAndAfterItsWords() {
    String text = "wordidstestfirst wordidstestsecond and wordidstestfirst";
    List<Token> before = Tokenizer.tokens(text, new Span(0, text.length()));
    PhraseTrie<String> trie = new PhraseTrie<>();
    trie.add("wordidstestfirst wordidstestsecond", "both");
    trie.add("and", "and");
    List<Token> after = Tokenizer.tokens(text, new Span(0, text.length()));
    for (List<Token> tokens : List.of(before, after)) {
      assertThat(trie.findAll(tokens)).extracting(PhraseTrie.Match::value).containsExactly("both", "and");
    }
  }

  @Test
  void numbersAreEqualForEqualWordsAndTokensCompareByTheirText() {
    WordSet.of("wordidstestsame");
    Token a = token("wordidstestsame");
    Token b = token(new String("wordidstestsame".toCharArray()));
    assertThat(a.wordId()).isEqualTo(b.wordId()).isNotEqualTo(WordIds.NONE);
    Token unnumbered = new Token("x", "x", 0, 1, 0, WordIds.NONE);
    assertThat(unnumbered).isEqualTo(new Token("x", "x", 0, 1, 5, 7)).hasSameHashCodeAs(new Token("x", "x", 0, 1, 5, 7));
  }

  private static Token token(String word) {
    return new Token(word, word, 0, word.length());
  }

  private static String word(Random random) {
    StringBuilder out = new StringBuilder("wi");
    int length = 8 + random.nextInt(5);
    for (int i = 0; i < length; i++) {
      out.append((char) ('a' + random.nextInt(26)));
    }
    return out.toString();
  }
}
