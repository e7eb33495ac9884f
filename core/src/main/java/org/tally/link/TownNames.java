package org.tally.link;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.tally.lexicon.RuleFile;
import org.tally.lexicon.RuleRow;

/**
 * A village's or town's name as linking compares it: without case, and without a last word of
 * town-name-generics.tsv that names a part of the town ("Khan ash Shih camp" is "khan ash shih"), since outlets call
 * one place by either name (issue 13: one raid split by its town's two names).
 */
final class TownNames {
  static final TownNames NONE = new TownNames(Set.of());

  private final Set<String> generics;
  /** One shared key per name: every claim of a town carries it while it waits to be linked. */
  private final Map<String, String> keys = new ConcurrentHashMap<>();

  private TownNames(Set<String> generics) {
    this.generics = generics;
  }

  static TownNames load(RuleFile file) {
    Set<String> words = new java.util.HashSet<>();
    for (RuleRow row : file.rows()) {
      words.add(row.get("word").strip().toLowerCase(Locale.ROOT));
    }
    return new TownNames(Set.copyOf(words));
  }

  /** The name without case or surrounding blanks, and without a generic last word that leaves a word before it. */
  String key(String name) {
    return keys.computeIfAbsent(name, n -> {
      String lower = n.strip().toLowerCase(Locale.ROOT);
      int cut = lower.lastIndexOf(' ');
      return cut > 0 && generics.contains(lower.substring(cut + 1)) ? lower.substring(0, cut).strip() : lower;
    });
  }
}
