package org.tally.resolve.place;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * "the al-Rawdah neighbourhood of Taiz city": a quarter the text places in a city of another country than its
 * gazetteer entry's is a homonym the gazetteer lacks, so for the document's focus every mention of that name votes for
 * the city's country, not the entry's (a Taiz report naming "al-Rawdah" three times is not about Syria).
 */
final class QuartersAbroad {
  /** The words between a quarter and the city it is part of: "neighbourhood of", "district of the city of". */
  private static final Pattern QUARTER_OF = Pattern.compile(
      "\\s*(?:(?:district|neighbou?rhood|quarter|area|suburb)\\s+)?of\\s+(?:the\\s+)?(?:city\\s+of\\s+)?",
      Pattern.CASE_INSENSITIVE);
  /** A mention whose own words end in a quarter word ("al-Rawdah neighbourhood") may take a bare "of". */
  private static final Pattern QUARTER_WORD = Pattern.compile(
      "(?i).*\\b(?:district|neighbou?rhood|quarter|area|suburb)$");

  private QuartersAbroad() {}

  /** Place name -> the country of the city the text places it in, for names so placed abroad; mentions in order. */
  static Map<String, String> of(String text, List<PlaceMention> mentions) {
    Map<String, String> out = new HashMap<>();
    for (int i = 0; i + 1 < mentions.size(); i++) {
      Place quarter = mentions.get(i).place();
      Place city = mentions.get(i + 1).place();
      if (quarter.name() == null || quarter.country() == null || city.country() == null
          || Objects.equals(quarter.country(), city.country()) || city.country().contains(",")
          || quarter.precision() != org.tally.model.PlacePrecision.POINT) {
        continue;
      }
      int end = mentions.get(i).span().end();
      int next = mentions.get(i + 1).span().start();
      if (next < end) {
        continue;
      }
      String between = text.substring(end, next);
      boolean quarterWords = QUARTER_WORD.matcher(mentions.get(i).span().text(text)).matches();
      boolean of = between.strip().equalsIgnoreCase("of") || between.strip().equalsIgnoreCase("of the");
      if (QUARTER_OF.matcher(between).matches() && (!of || quarterWords)) {
        out.put(quarter.name(), city.country());
      }
    }
    return out;
  }
}
