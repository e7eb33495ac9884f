package org.tally.resolve.place;

import java.util.HashSet;
import java.util.Set;
import org.tally.lexicon.RuleFile;
import org.tally.lexicon.RuleRow;

/**
 * Words that begin longer place names and that the gazetteer also holds alone (name-heads.tsv): "Tel" before "Brak"
 * is the start of a name it lacks, not At Tall. Kept by their spelling-blind keys, so "Tel" and "Tell" are one.
 */
final class NameHeads {
  private final Set<String> keys = new HashSet<>();

  private NameHeads() {}

  static NameHeads from(RuleFile file) {
    NameHeads heads = new NameHeads();
    for (RuleRow row : file.rows()) {
      heads.keys.add(NameKey.of(row.get("word")));
    }
    return heads;
  }

  boolean contains(String word) {
    return keys.contains(NameKey.of(word));
  }
}
