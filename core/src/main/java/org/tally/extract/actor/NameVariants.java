package org.tally.extract.actor;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The spellings of an actor's name that copy makes without anyone listing them: FA-KES text drops apostrophes
 * ("Russias Ministry of Defence", "Assads jets"), and British and American copy spell "Defence" and "Defense". A
 * name written in the dictionary always wins over another name's variant.
 */
final class NameVariants {
  private NameVariants() {}

  static List<String> of(String name) {
    Set<String> out = new LinkedHashSet<>();
    List<String> spellings = List.of(name, name.replaceAll("([Dd])efence", "$1efense"), name.replaceAll("([Dd])efense", "$1efence"));
    for (String spelt : spellings) {
      out.add(spelt);
      // "Russia's Defence Ministry" → "Russias Defence Ministry"
      out.add(spelt.replace("'s ", "s ").replace("’s ", "s "));
      // "Assad" → "Assads": a proper name of one word, possessive without its apostrophe
      boolean oneProperWord = !spelt.contains(" ") && spelt.length() > 4 && Character.isUpperCase(spelt.charAt(0))
          && !spelt.equals(spelt.toUpperCase(java.util.Locale.ROOT)) && !spelt.endsWith("s");
      if (oneProperWord) {
        out.add(spelt + "s");
      }
      // "SANA correspondent" → "SANAs correspondent", "SOHR" → "SOHRs": an acronym of three capitals or more takes its
      // possessive as a lower-case "s", which no plural of it writes; two capitals ("US", "IS") would make words
      String first = spelt.split(" ", 2)[0];
      if (first.length() >= 3 && first.matches("[A-Z]+") && !first.endsWith("S")) {
        out.add(first + "s" + spelt.substring(first.length()));
      }
      // "SOHR" → "SORH": copy typed in haste swaps two letters of an acronym; four letters or more leave no word
      // that a swap could make by chance
      if (acronym(spelt)) {
        for (int i = 0; i + 1 < spelt.length(); i++) {
          char[] swapped = spelt.toCharArray();
          swapped[i] = spelt.charAt(i + 1);
          swapped[i + 1] = spelt.charAt(i);
          out.add(new String(swapped));
        }
      }
      // "army" → "armys": a lower-case word in a consonant and "y" makes its plural in "-ies", so "-ys" can only be
      // its possessive without the apostrophe ("the armys air force")
      if (spelt.matches("[a-z]+[b-df-hj-np-tv-z]y")) {
        out.add(spelt + "s");
      }
      // "Russian Defence Ministry" → "Russian Defence Ministrys Centre": so does the last word of a longer name
      if (spelt.contains(" ") && spelt.matches(".*[A-Za-z][b-df-hj-np-tv-z]y")) {
        out.add(spelt + "s");
      }
    }
    out.remove(name);
    return List.copyOf(out);
  }

  /**
   * One word of four letters or more, in capitals ("SNHR", "OCHA") or written with a capital and at most one vowel,
   * as an acronym matched in any case is ("Sohr"): not a name that reads as a word ("Iran", "Sana", "Assad").
   */
  private static boolean acronym(String name) {
    if (name.contains(" ") || name.length() < 4 || !name.matches("[A-Za-z]+") || !Character.isUpperCase(name.charAt(0))) {
      return false;
    }
    return name.matches("[A-Z]+") || name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^aeiou]", "").length() <= 1;
  }
}
