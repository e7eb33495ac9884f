package org.tally.verify;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.tally.resolve.place.Gazetteer;
import org.tally.resolve.place.NameKey;

/**
 * The names an article's own text writes, by their spelling-blind keys ({@link NameKey}), so that a record whose own
 * place name the text writes is taken for a record of a place the article names even where the gazetteer lacks that
 * place ("the village of Aqeirbat"; an ACLED record at "Aqeirbat"). A name is a run of one to {@link #MOST_WORDS}
 * words within a clause that begins and ends with a capital (or begins with an Arabic article before one: "al-Bab");
 * a district's name is one followed by a district word ("in the Makhmour district"), a subdistrict's one followed by a
 * subdistrict word ("the Abu Saida subdistrict"). A town's name is one written as the place itself: not as a
 * district's, and not after "of" unless a place word stands before it ("the village of Al-Saan", not "north of Tuz
 * Khurmatu" nor "the outskirts of Binnish", whose town is a point of reference or the centre of an area).
 */
public final class TextNames {
  public static final TextNames NONE = new TextNames(Map.of(), Map.of(), Map.of(), Map.of());
  static final int MOST_WORDS = 4;
  /** Fewer letters in a key name nothing surely ("T3" is "t"). */
  private static final int SHORTEST_KEY = 3;
  /** Keys this long or longer meet a text's key one letter apart. */
  private static final int NEAR_MISS_LENGTH = 7;

  /** key to the words as the text writes them */
  private final Map<String, String> names;
  private final Map<String, String> districts;
  private final Map<String, String> towns;
  private final Map<String, String> subdistricts;

  private TextNames(Map<String, String> names, Map<String, String> districts, Map<String, String> towns,
      Map<String, String> subdistricts) {
    this.names = Map.copyOf(names);
    this.districts = Map.copyOf(districts);
    this.towns = Map.copyOf(towns);
    this.subdistricts = Map.copyOf(subdistricts);
  }

  /** The names of a text (an article's title, dateline and body). */
  public static TextNames of(String text, RecordNameWords words) {
    Map<String, String> names = new HashMap<>();
    Map<String, String> districts = new HashMap<>();
    Map<String, String> towns = new HashMap<>();
    Map<String, String> subdistricts = new HashMap<>();
    for (List<String> clause : clauses(text)) {
      for (int from = 0; from < clause.size(); from++) {
        String first = clause.get(from);
        // an article opens a name only joined to it ("al-Bab"): "at", "as" and "an" are English words too
        boolean opens = capital(first) || first.endsWith("-") && Gazetteer.arabicArticle(bare(first));
        if (!opens) {
          continue;
        }
        for (int to = from + 1; to <= Math.min(clause.size(), from + MOST_WORDS); to++) {
          if (!capital(clause.get(to - 1))) {
            continue;
          }
          String name = String.join(" ", clause.subList(from, to).stream().map(TextNames::bare).toList());
          String after = wordAt(clause, to);
          boolean district = words.districtWord(after);
          boolean subdistrict = words.subdistrictWord(after);
          boolean town = !district && townAt(clause, from, words);
          for (String key : NameKey.variants(name)) {
            names.putIfAbsent(key, name);
            if (district) {
              districts.putIfAbsent(key, name);
            }
            if (town) {
              towns.putIfAbsent(key, name);
            }
            if (subdistrict) {
              subdistricts.putIfAbsent(key, name);
            }
          }
        }
      }
    }
    return new TextNames(names, districts, towns, subdistricts);
  }

  /**
   * True when a name opening at {@code from} is written as the place itself: not right after "of", unless a place
   * word stands before that ("the town of Sidakan"); "north of Tuz Khurmatu", "the outskirts of Binnish" and "the
   * province of Idlib" name a point of reference or an area.
   */
  private static boolean townAt(List<String> clause, int from, RecordNameWords words) {
    // a name read without its article ("Mayadin" of "al-Mayadin") stands where the article does
    int at = from > 0 && clause.get(from - 1).endsWith("-") && Gazetteer.arabicArticle(bare(clause.get(from - 1)))
        ? from - 1 : from;
    if (at == 0 || !clause.get(at - 1).equalsIgnoreCase("of")) {
      return true;
    }
    return at >= 2 && words.placeWord(bare(clause.get(at - 2)));
  }

  /**
   * The name the text writes for the record's place: its own name (without the words a dataset adds, "village"), else
   * its district's where the text writes that as a district's, else its subdistrict's (ACLED's admin3) where the text
   * writes that as a subdistrict's ("the Abu Saida subdistrict"). Empty when the text writes none of them, or the name
   * is its governorate's (the records of "Idlib" are not of a town the article names when it names the province).
   */
  public Optional<String> of(RecordPlace place, RecordNameWords words, VerifyRules rules) {
    String name = words.bareName(place.name());
    if (name != null && !rules.governorateName(name, place.admin1(), place.country())) {
      Optional<String> hit = find(names, name);
      if (hit.isPresent()) {
        return hit;
      }
    }
    String district = words.bareDistrict(place.admin2());
    if (district != null && !rules.governorateName(district, place.admin1(), place.country())) {
      Optional<String> hit = find(districts, district).map(n -> n + " district");
      if (hit.isPresent()) {
        return hit;
      }
    }
    String subdistrict = words.bareSubdistrict(place.admin3());
    if (subdistrict != null && !rules.governorateName(subdistrict, place.admin1(), place.country())) {
      return find(subdistricts, subdistrict).map(n -> n + " subdistrict");
    }
    return Optional.empty();
  }

  /**
   * The name the text writes for the record's own place as the place itself ("near the town of Sidakan"): not as a
   * district's ("the Hit district" names no record at Hit town), nor as a point of reference or an area's centre
   * ("north of Tuz Khurmatu"), nor as its governorate's. Empty when it writes none so.
   */
  public Optional<String> town(RecordPlace place, RecordNameWords words, VerifyRules rules) {
    String name = words.bareName(place.name());
    if (name == null || rules.governorateName(name, place.admin1(), place.country())) {
      return Optional.empty();
    }
    return find(towns, name);
  }

  public boolean isEmpty() {
    return names.isEmpty();
  }

  private static Optional<String> find(Map<String, String> keys, String name) {
    List<String> variants = NameKey.variants(name);
    for (String key : variants) {
      if (key.length() >= SHORTEST_KEY && keys.containsKey(key)) {
        return Optional.of(keys.get(key));
      }
    }
    // a long name a letter apart is the same name in another transliteration ("Al Ghanto", "Al-Ghantu"; "Jisr Ash
    // Shugur", "Jisr al-Shughur"), which the key does not fold; a short one may be another village
    for (String key : variants) {
      if (key.length() >= NEAR_MISS_LENGTH) {
        for (Map.Entry<String, String> e : keys.entrySet()) {
          if (oneEditApart(key, e.getKey())) {
            return Optional.of(e.getValue());
          }
        }
      }
    }
    return Optional.empty();
  }

  /** True when the two differ by one letter changed, added or dropped, and begin alike. */
  static boolean oneEditApart(String a, String b) {
    if (Math.abs(a.length() - b.length()) > 1 || a.isEmpty() || b.isEmpty() || a.charAt(0) != b.charAt(0)
        || a.equals(b)) {
      return false;
    }
    String longer = a.length() >= b.length() ? a : b;
    String shorter = longer == a ? b : a;
    int i = 0;
    while (i < shorter.length() && longer.charAt(i) == shorter.charAt(i)) {
      i++;
    }
    // past the first difference the rest must agree: the longer one skipping its letter, or both skipping theirs
    return longer.length() != shorter.length() ? longer.substring(i + 1).equals(shorter.substring(i))
        : longer.substring(i + 1).equals(shorter.substring(i + 1));
  }

  /** The word without the hyphen that joins it to the next. */
  /** The word at {@code at}, joined to the next where a hyphen joins them ("sub-district"); "" past the clause. */
  private static String wordAt(List<String> clause, int at) {
    if (at >= clause.size()) {
      return "";
    }
    String word = clause.get(at);
    return word.endsWith("-") && at + 1 < clause.size() ? word + clause.get(at + 1) : bare(word);
  }

  private static String bare(String word) {
    return word.endsWith("-") ? word.substring(0, word.length() - 1) : word;
  }

  private static boolean capital(String word) {
    return !word.isEmpty() && (Character.isUpperCase(word.charAt(0)) || Character.isDigit(word.charAt(0)));
  }

  /**
   * The text's words, by clause: words are letters, digits and apostrophes; a hyphen or a space joins two words of a
   * name, any other mark ends the clause. A word before a hyphen ends with it.
   */
  private static List<List<String>> clauses(String text) {
    List<List<String>> out = new ArrayList<>();
    List<String> clause = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : '\n';
      if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK || c == '\''
          || c == '\u2019' || c == '`') {
        word.append(c);
        continue;
      }
      if (word.length() > 0) {
        // a word joined to the next by a hyphen keeps it ("al-"), so that an article is told from a preposition
        clause.add(c == '-' ? word + "-" : word.toString());
        word.setLength(0);
      }
      if (c != ' ' && c != '-' && c != '\u00a0' && c != '\t') {
        if (!clause.isEmpty()) {
          out.add(clause);
          clause = new ArrayList<>();
        }
      }
    }
    return out;
  }
}
