package org.tally.resolve.place;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a document is about, place-wise: the country its places lie in, and how often each of that
 * country's governorates is named.
 *
 * @param country ISO 3166-1 alpha-2, or null when the document names no place
 * @param admin1Counts governorate name to weight, in the order of first mention
 * @param named the governorates the document names as such: the governorate itself ("Hama province", "rural Hama",
 *     "east Hama") or its seat ("Hama"); a village's homonyms are told apart by them ({@link #names})
 * @param headline the governorates of the country the headline's places lie in, in the order named
 * @param headlineTowns the towns and sites of the country the headline uses as places, by their gazetteer names
 * @param sections the governorate each stretch of the document names as its own ({@link GovernorateSections})
 */
public record PlaceContext(String country, Map<String, Integer> admin1Counts, Set<String> named,
    List<String> headline, List<String> headlineTowns, GovernorateSections sections) {
  /** No knowledge of the document: homonyms are told apart by kind and population alone. */
  public static final PlaceContext NONE = new PlaceContext(null, Map.of());

  public PlaceContext {
    admin1Counts = Collections.unmodifiableMap(new LinkedHashMap<>(admin1Counts));
    named = Set.copyOf(named);
    headline = List.copyOf(headline);
    headlineTowns = List.copyOf(headlineTowns);
    sections = sections == null ? GovernorateSections.NONE : sections;
  }

  /** A document's focus without governorates of its own stretches. */
  public PlaceContext(String country, Map<String, Integer> admin1Counts, Set<String> named, List<String> headline,
      List<String> headlineTowns) {
    this(country, admin1Counts, named, headline, headlineTowns, GovernorateSections.NONE);
  }

  /** The governorate the stretch of the document at {@code offset} names as its own; null when none. */
  public String sectionAdmin1(int offset) {
    return sections.at(offset);
  }

  /** A document's country and governorate weights, naming no governorate as such and without a headline's places. */
  public PlaceContext(String country, Map<String, Integer> admin1Counts) {
    this(country, admin1Counts, Set.of(), List.of(), List.of());
  }

  /** The one governorate the headline places its event in; null when it names none or several ("Damascus, Aleppo"). */
  public String headlineAdmin1() {
    return headline.size() == 1 ? headline.get(0) : null;
  }

  /** The one town or site the headline places its event at, within its one governorate; null when none or several. */
  public String headlineTown() {
    return headlineAdmin1() != null && headlineTowns.size() == 1 ? headlineTowns.get(0) : null;
  }

  /**
   * True when the document names this governorate as such: of two villages called alike, the one in the governorate
   * the article names is the one it means ("the village of Abu Dali in rural Hama").
   */
  public boolean names(String admin1) {
    return admin1 != null && named.contains(admin1);
  }

  /** The governorate named most, the first named on a tie; null when none is. */
  public String focusAdmin1() {
    String best = null;
    int most = 0;
    for (Map.Entry<String, Integer> entry : admin1Counts.entrySet()) {
      if (entry.getValue() > most) {
        best = entry.getKey();
        most = entry.getValue();
      }
    }
    return best;
  }

  /**
   * The governorate the document is plainly about: named at least {@code times} as much as any other; null when
   * none stands out.
   */
  public String dominantAdmin1(int times) {
    String focus = focusAdmin1();
    if (focus == null) {
      return null;
    }
    int weight = admin1Counts.get(focus);
    boolean rival = admin1Counts.entrySet().stream()
        .anyMatch(e -> !e.getKey().equals(focus) && e.getValue() * times > weight);
    return rival ? null : focus;
  }
}
