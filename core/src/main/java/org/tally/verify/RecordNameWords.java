package org.tally.verify;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.tally.lexicon.RuleFile;
import org.tally.lexicon.RuleRow;

/**
 * The words of record-place-words.tsv: those a dataset writes after a place's name ("Teir Maaleh village", "Ein
 * Laroz town"), which an article does not, and those that make a name a district's ("Ar Rastan district", "the
 * Makhmour district"). A record is taken for one of a place the article names when its name, without them, is one the
 * article's text writes ({@link TextNames}).
 */
public final class RecordNameWords {
  static final RecordNameWords NONE = new RecordNameWords(Set.of(), Set.of());

  private final Set<String> placeWords;
  private final Set<String> districtWords;

  RecordNameWords(Set<String> placeWords, Set<String> districtWords) {
    this.placeWords = Set.copyOf(placeWords);
    this.districtWords = Set.copyOf(districtWords);
  }

  static RecordNameWords of(RuleFile file) {
    Set<String> places = new HashSet<>();
    Set<String> districts = new HashSet<>();
    for (RuleRow row : file.rows()) {
      String word = row.get("word").strip().toLowerCase(Locale.ROOT);
      (row.get("kind").equals("district") ? districts : places).add(word);
    }
    return new RecordNameWords(places, districts);
  }

  /** True when the word makes the name before it a district's ("district"). */
  boolean districtWord(String word) {
    return districtWords.contains(word.toLowerCase(Locale.ROOT));
  }

  /** True when the word names a kind of place a dataset writes after a town's name ("village", "town", "city"). */
  boolean placeWord(String word) {
    return placeWords.contains(word.toLowerCase(Locale.ROOT));
  }

  /** "Teir Maaleh village" is "Teir Maaleh"; a name ending in no such word is returned as written; null stays null. */
  String bareName(String name) {
    return strip(name, placeWords);
  }

  /** "Ar Rastan district" is "Ar Rastan": the district's name as an article writes it before its own word. */
  String bareDistrict(String admin2) {
    return strip(admin2, districtWords);
  }

  private static String strip(String name, Set<String> words) {
    if (name == null) {
      return null;
    }
    String n = name.strip();
    int space = n.lastIndexOf(' ');
    if (space > 0 && words.contains(n.substring(space + 1).toLowerCase(Locale.ROOT))) {
      return n.substring(0, space).strip();
    }
    return n;
  }
}
