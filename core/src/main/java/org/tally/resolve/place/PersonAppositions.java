package org.tally.resolve.place;

import java.util.ArrayList;
import java.util.List;
import org.tally.extract.token.WordSet;
import org.tally.lexicon.RuleFile;
import org.tally.lexicon.RuleRow;

/**
 * Nouns for a person that, as the apposition right after a name ("Abu Omar, an activist"), make the name a
 * person's (person-appositions.tsv).
 */
final class PersonAppositions {
  private static final WordSet ARTICLES = WordSet.of("a", "an");
  // a name a quote is given to: "said Abu Omar, an activist"; "in Douma, a doctor said" names a place
  private static final WordSet SPEAKING = WordSet.of("said", "says", "told", "added", "to");

  private final WordSet nouns;

  private PersonAppositions(WordSet nouns) {
    this.nouns = nouns;
  }

  static PersonAppositions from(RuleFile file) {
    List<String> words = new ArrayList<>();
    for (RuleRow row : file.rows()) {
      words.add(row.get("word").toLowerCase(java.util.Locale.ROOT));
    }
    return new PersonAppositions(WordSet.copyOf(words));
  }

  /**
   * The name from token {@code from} to {@code to} opens its sentence or follows a speaking verb, and "[,] a/an NOUN"
   * of this file follows it.
   */
  boolean follow(PlaceTokens tokens, int from, int to) {
    if (!tokens.startsSentence(from) && !(tokens.isWord(from - 1) && SPEAKING.contains(tokens.lower(from - 1)))) {
      return false;
    }
    int i = to;
    if (i < tokens.size() && ",".equals(tokens.get(i).text())) {
      i++;
    }
    return tokens.isWord(i) && ARTICLES.contains(tokens.lower(i)) && tokens.isWord(i + 1)
        && nouns.contains(tokens.lower(i + 1));
  }
}
