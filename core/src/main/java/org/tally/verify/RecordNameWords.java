package org.tally.verify;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.tally.lexicon.RuleFile;
import org.tally.lexicon.RuleRow;

/**
 * The words of record-place-words.tsv: those a dataset writes after a place's name ("Teir Maaleh village", "Ein
 * Laroz town"), which an article does not, and those that make a name a district's ("Ar Rastan district", "the
 * Makhmour district") or a subdistrict's ("the Abu Saida subdistrict"). A record is taken for one of a place the article names when its name, without them, is one the
 * article's text writes ({@link TextNames}).
 */
public final class RecordNameWords {
  static final RecordNameWords NONE = new RecordNameWords(Set.of(), Set.of(), Set.of());

  private final Set<String> placeWords;
  private final Set<String> districtWords;
  private final Set<String> subdistrictWords;

  RecordNameWords(Set<String> placeWords, Set<String> districtWords, Set<String> subdistrictWords) {
    this.placeWords = Set.copyOf(placeWords);
    this.districtWords = Set.copyOf(districtWords);
    this.subdistrictWords = Set.copyOf(subdistrictWords);
  }

  static RecordNameWords of(RuleFile file) {
    Set<String> places = new HashSet<>();
    Set<String> districts = new HashSet<>();
    Set<String> subdistricts = new HashSet<>();
    for (RuleRow row : file.rows()) {
      String word = row.get("word").strip().toLowerCase(Locale.ROOT);
      switch (row.get("kind")) {
        case "district" -> districts.add(word);
        case "subdistrict" -> subdistricts.add(word);
        default -> places.add(word);
      }
    }
    return new RecordNameWords(places, districts, subdistricts);
  }

  /** True when the word makes the name before it a district's ("district"). */
  boolean districtWord(String word) {
    return districtWords.contains(word.toLowerCase(Locale.ROOT));
  }

  /** True when the word after a name makes it a subdistrict's ("subdistrict", "sub-district"). */
  boolean subdistrictWord(String word) {
    return subdistrictWords.contains(word.toLowerCase(Locale.ROOT));
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

  /** "Abu Saida subdistrict" is "Abu Saida"; ACLED's admin3 writes the bare name. */
  String bareSubdistrict(String admin3) {
    return strip(admin3, subdistrictWords);
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
