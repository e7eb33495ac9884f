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
      // "army" → "armys": a lower-case word in a consonant and "y" makes its plural in "-ies", so "-ys" can only be
      // its possessive without the apostrophe ("the armys air force")
      if (spelt.matches("[a-z]+[b-df-hj-np-tv-z]y")) {
        out.add(spelt + "s");
      }
    }
    out.remove(name);
    return List.copyOf(out);
  }
}
