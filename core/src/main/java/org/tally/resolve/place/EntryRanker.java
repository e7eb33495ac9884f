package org.tally.resolve.place;

import java.util.List;
import java.util.Set;

/**
 * Picks one of the entries a name may denote. A country beats a place named like it, even where the words
 * around the name ask for other kinds ("province" asks for a governorate, "town" for a point); then places in the document's country beat
 * homonyms abroad, except that a big city abroad beats a village at home ("Ramadi"); then towns beat the
 * governorate of the same name ("Homs" is the city), and bigger places beat smaller ones. Among places of one such
 * tier at home, one in a governorate the document names as such beats its homonyms elsewhere, whatever their size:
 * an article on "rural Aleppo" that names Suran means the town near Azaz, not Hama's bigger Suran; where both or
 * neither governorate is named as such, the one the article names more. The tier comes
 * first: a village of a named governorate does not take a big city abroad's name ("Ramadi"); but of two towns at
 * home, the one of a named governorate beats a city of an unnamed one, then the city the village. Before the
 * document's governorates come those of the stretch the name stands in ({@link GovernorateSections}).
 */
final class EntryRanker {
  static final long BIG_CITY = 100_000;

  GazetteerEntry best(List<GazetteerEntry> entries, PlaceContext context, Set<PlaceKind> wanted) {
    return best(entries, context, wanted, -1);
  }

  /** As {@link #best(List, PlaceContext, Set)}, for a name at {@code offset} of the document (-1: anywhere). */
  GazetteerEntry best(List<GazetteerEntry> entries, PlaceContext context, Set<PlaceKind> wanted, int offset) {
    GazetteerEntry best = entries.get(0);
    if (entries.size() == 1) {
      return best;
    }
    String section = offset < 0 ? null : context.sectionAdmin1(offset);
    for (int i = 1; i < entries.size(); i++) { // by index and without a comparator: most names have one entry
      GazetteerEntry entry = entries.get(i);
      if (compare(entry, best, context, wanted, section) > 0) {
        best = entry;
      }
    }
    return best;
  }

  /**
   * Which entry is likelier meant, key after key: "a north Syria town": before a word that asks for a town, a
   * country's name is an attribute, not a village.
   */
  private static int compare(GazetteerEntry a, GazetteerEntry b, PlaceContext context, Set<PlaceKind> wanted,
      String section) {
    int c = Integer.compare(a.kind() == PlaceKind.COUNTRY ? 1 : 0, b.kind() == PlaceKind.COUNTRY ? 1 : 0);
    if (c == 0) {
      c = Integer.compare(wanted.contains(a.kind()) ? 1 : 0, wanted.contains(b.kind()) ? 1 : 0);
    }
    // two towns at home: the governorate the text names tells them apart before a city beats a village ("near the
    // village of al-Hamidiyah ... in the countryside of Quneitra" is Quneitra's village, not Tartus's town)
    boolean homeTowns = homeTown(a, context) && homeTown(b, context);
    if (c == 0 && !homeTowns) {
      c = Integer.compare(tier(a, context), tier(b, context));
    }
    if (c == 0 && context.country() == null) {
      // a text that names no country yet: of two big cities, one of a country whose war Tally reads beats one abroad
      // ("south of Samarra" is Iraq's Samarra, not Russia's bigger Samara, whose name folds to the same key)
      c = Integer.compare(coveredBigCity(a) ? 1 : 0, coveredBigCity(b) ? 1 : 0);
    }
    if (c == 0 && section != null) {
      // the paragraph's own governorate before the document's: a roundup's Daraa paragraph means Daraa's Aqraba
      c = Integer.compare(inGovernorate(a, context, section) ? 1 : 0, inGovernorate(b, context, section) ? 1 : 0);
    }
    if (c == 0) {
      c = Integer.compare(inNamedGovernorate(a, context) ? 1 : 0, inNamedGovernorate(b, context) ? 1 : 0);
    }
    if (c == 0 && homeTowns) {
      c = Integer.compare(tier(a, context), tier(b, context));
    }
    if (c == 0) {
      // both in governorates the document names, or neither: the one it names more ("the district of Hamdaniyeh" in
      // a report on Aleppo is Aleppo's quarter, though the words themselves made Hasakah's village a district)
      c = Integer.compare(weight(a, context), weight(b, context));
    }
    if (c == 0) {
      c = Integer.compare(kindRank(a.kind()), kindRank(b.kind()));
    }
    return c != 0 ? c : Long.compare(a.population(), b.population());
  }

  /** The countries whose wars Tally reads: the gazetteer holds their districts, towns and villages. */
  private static final Set<String> COVERED = Set.of("SY", "IQ");

  private static boolean coveredBigCity(GazetteerEntry entry) {
    return entry.kind() == PlaceKind.CITY && entry.population() >= BIG_CITY && COVERED.contains(entry.country());
  }

  private static int weight(GazetteerEntry entry, PlaceContext context) {
    if (context.country() == null || !context.country().equals(entry.country())) {
      return 0;
    }
    String admin1 = entry.kind() == PlaceKind.ADMIN1 ? entry.name() : entry.admin1();
    return admin1 == null ? 0 : context.admin1Counts().getOrDefault(admin1, 0);
  }

  private static boolean homeTown(GazetteerEntry entry, PlaceContext context) {
    return entry.kind().isPoint() && context.country() != null && context.country().equals(entry.country());
  }

  private static boolean inGovernorate(GazetteerEntry entry, PlaceContext context, String admin1) {
    return context.country() != null && context.country().equals(entry.country())
        && admin1.equals(entry.kind() == PlaceKind.ADMIN1 ? entry.name() : entry.admin1());
  }

  private static boolean inNamedGovernorate(GazetteerEntry entry, PlaceContext context) {
    if (context.country() == null || !context.country().equals(entry.country())) {
      return false;
    }
    return context.names(entry.kind() == PlaceKind.ADMIN1 ? entry.name() : entry.admin1());
  }

  private static int tier(GazetteerEntry entry, PlaceContext context) {
    boolean home = context.country() != null && context.country().equals(entry.country());
    if (entry.kind() == PlaceKind.COUNTRY) {
      return 5;
    }
    if (home && !entry.kind().isPoint() || home && entry.kind() == PlaceKind.CITY) {
      return 4;
    }
    if (entry.kind() == PlaceKind.CITY && entry.population() >= BIG_CITY) {
      return 3;
    }
    return home ? 2 : 1;
  }

  private static int kindRank(PlaceKind kind) {
    return switch (kind) {
      case COUNTRY -> 9;
      case CITY -> 8;
      case ADMIN1 -> 7;
      case REGION -> 6;
      case DISTRICT -> 5;
      case VILLAGE -> 4;
      case SITE -> 3;
    };
  }
}
