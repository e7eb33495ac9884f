package org.tally.resolve.place;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Votes for the country a document is about. A homonym ("Ariha", a town of Idlib and Jericho's Arabic name) votes
 * for each country it may lie in, so the names around it decide; where they do not, the country its population ranks
 * first wins the tie, then Syria.
 */
final class CountryVotes {
  private final Map<String, Integer> votes = new LinkedHashMap<>();
  private final Map<String, Integer> ranked = new LinkedHashMap<>();

  /** A name's vote for {@code country}; {@code rankedFirst} when its best-ranked entry lies there. */
  void add(String country, int weight, boolean rankedFirst) {
    votes.merge(country, weight, Integer::sum);
    if (rankedFirst) {
      ranked.merge(country, weight, Integer::sum);
    }
  }

  boolean isEmpty() {
    return votes.isEmpty();
  }

  /** The country with the most votes, or null when none. */
  String focus() {
    String best = null;
    for (String country : votes.keySet()) {
      if (best == null || beats(country, best)) {
        best = country;
      }
    }
    return best;
  }

  private boolean beats(String country, String best) {
    int byVotes = Integer.compare(votes.get(country), votes.get(best));
    if (byVotes != 0) {
      return byVotes > 0;
    }
    int byRank = Integer.compare(ranked.getOrDefault(country, 0), ranked.getOrDefault(best, 0));
    return byRank != 0 ? byRank > 0 : country.equals("SY");
  }
}
