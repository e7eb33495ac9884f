package org.tally.link;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tally.lexicon.RuleFile;
import org.tally.lexicon.RuleRow;

/**
 * The named buildings a claim's sentence gives as where the harm fell ("the Omari Mosque", "the Church of the Virgin
 * Mary", "the al-Shuhada school"; landmark-words.tsv): two reports of one town and day that name one building tell of
 * one attack, however each side tells who struck it ("regime helicopters dropped barrel bombs near the Omari Mosque"
 * and "terrorists blew up an arms depot near the mosque" by the army's word; link/written-10, issue 13).
 */
final class Landmarks {
  static final Landmarks NONE = new Landmarks(Set.of());

  /** A capitalised word of a name, "al-" forms too: "Omari", "al-Shuhada", "Saint". */
  private static final String NAME_WORD = "(?:(?:al|el|Al|El)-)?\\p{Lu}[\\p{L}'’-]*";
  /** Words of a name that say nothing of which building it is. */
  private static final Set<String> FILLERS = Set.of("the", "of", "al", "el");
  /** Most words of a building's name. */
  private static final int NAME_WORDS = 3;

  private final Set<String> words;
  private final Pattern before;
  private final Pattern after;

  private Landmarks(Set<String> words) {
    this.words = Set.copyOf(words);
    String alternatives = words.isEmpty() ? "(?!)" : String.join("|", words.stream().map(Pattern::quote).toList());
    // "the Omari Mosque", "al-Shuhada school": the name before the building word
    this.before = Pattern.compile("((?:" + NAME_WORD + " ){1," + NAME_WORDS + "})(?i:(" + alternatives + "))s?\\b");
    // "the Church of the Virgin Mary": the name after the building word and "of"
    this.after = Pattern.compile("\\b(?i:(" + alternatives + ")) of (?:the )?((?:" + NAME_WORD + ")(?: " + NAME_WORD
        + "){0," + (NAME_WORDS - 1) + "})");
  }

  static Landmarks load(RuleFile file) {
    Set<String> words = new HashSet<>();
    for (RuleRow row : file.rows()) {
      words.add(row.get("word").strip().toLowerCase(Locale.ROOT));
    }
    return new Landmarks(words);
  }

  /**
   * The keys of the named buildings the sentence gives: the building word and its name's words, without case, fillers
   * or order ("Church of Saint George" and "Saint George church" are one key); empty for none or for null.
   */
  Set<String> of(String sentence) {
    if (sentence == null || words.isEmpty()) {
      return Set.of();
    }
    Set<String> keys = new HashSet<>();
    Matcher b = before.matcher(sentence);
    while (b.find()) {
      key(b.group(2), b.group(1)).ifPresent(keys::add);
    }
    Matcher a = after.matcher(sentence);
    while (a.find()) {
      key(a.group(1), a.group(2)).ifPresent(keys::add);
    }
    return keys.isEmpty() ? Set.of() : Set.copyOf(keys);
  }

  private static Optional<String> key(String building, String name) {
    Set<String> parts = new TreeSet<>();
    for (String word : name.toLowerCase(Locale.ROOT).split("[\\s-]+")) {
      if (!word.isBlank() && !FILLERS.contains(word)) {
        parts.add(word);
      }
    }
    // a capitalised sentence opening ("The mosque") or a bare article names no building
    return parts.isEmpty() ? Optional.empty()
        : Optional.of(building.toLowerCase(Locale.ROOT) + ":" + String.join(" ", List.copyOf(parts)));
  }
}
