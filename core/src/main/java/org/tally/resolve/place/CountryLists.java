package org.tally.resolve.place;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.tally.model.PlacePrecision;
import org.tally.model.Span;

/** Joins countries listed together ("Iraq and Syria") into one mention of several, the context country first. */
final class CountryLists {
  private static final Pattern JOIN = Pattern.compile("\\s*(,|and|&|, and|or|, or)\\s*");

  private CountryLists() {}

  static List<PlaceMention> merge(String text, List<PlaceMention> mentions, PlaceContext context, Gazetteer gazetteer) {
    List<PlaceMention> out = new ArrayList<>();
    int i = 0;
    while (i < mentions.size()) {
      int j = i + 1;
      while (j < mentions.size() && isCountry(mentions.get(j)) && isCountry(mentions.get(j - 1))
          && JOIN.matcher(text.substring(mentions.get(j - 1).span().end(), mentions.get(j).span().start())).matches()) {
        j++;
      }
      if (j - i < 2) {
        out.add(mentions.get(i));
      } else {
        out.add(joined(mentions.subList(i, j), context));
      }
      i = j;
    }
    return out;
  }

  private static boolean isCountry(PlaceMention mention) {
    return mention.place().precision() == PlacePrecision.COUNTRY;
  }

  private static PlaceMention joined(List<PlaceMention> countries, PlaceContext context) {
    List<Place> places = new ArrayList<>(countries.stream().map(PlaceMention::place).distinct().toList());
    places.sort((a, b) -> Boolean.compare(!a.country().equals(context.country()), !b.country().equals(context.country())));
    String codes = String.join(",", places.stream().map(Place::country).toList());
    String names = String.join(" and ", places.stream().map(Place::name).toList());
    Span span = new Span(countries.get(0).span().start(), countries.get(countries.size() - 1).span().end());
    return new PlaceMention(span, new Place(names, null, codes, null, null, PlacePrecision.COUNTRIES));
  }
}
