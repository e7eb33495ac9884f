package org.tally.verify;

import java.util.HashSet;
import java.util.Set;
import org.tally.lexicon.Lexicons;
import org.tally.lexicon.RuleFiles;
import org.tally.link.LinkRules;
import org.tally.model.ClaimPlace;
import org.tally.model.PlacePrecision;
import org.tally.resolve.place.Gazetteer;

/**
 * Everything verification reads from data files: its settings and side names, and from linking the actor families
 * and the governorates of regions and areas, so that a record and a claim compare places as linking does.
 */
public final class VerifyRules {
  private final VerifySettings settings;
  private final SideNames sides;
  private final LinkRules link;
  private final Gazetteer gazetteer;
  private final OneAttackWords attackWords;
  private final RecordNameWords recordNameWords;
  private final Set<String> sideFamilies = new HashSet<>();
  /** "idlib/idlib", "hamah/hama": a city named as its governorate's seat (link/governorate-seats.tsv). */
  private final Set<String> seats = new HashSet<>();

  VerifyRules(VerifySettings settings, SideNames sides, LinkRules link, Gazetteer gazetteer,
      java.util.List<org.tally.lexicon.RuleRow> seatRows, OneAttackWords attackWords,
      RecordNameWords recordNameWords) {
    this(settings, sides, link, gazetteer, attackWords, recordNameWords);
    for (org.tally.lexicon.RuleRow row : seatRows) {
      seats.add(key(row.get("seat")) + "/" + key(row.get("governorate")));
    }
  }

  VerifyRules(VerifySettings settings, SideNames sides, LinkRules link, Gazetteer gazetteer,
      OneAttackWords attackWords, RecordNameWords recordNameWords) {
    this.settings = settings;
    this.attackWords = attackWords;
    this.recordNameWords = recordNameWords;
    this.sides = sides;
    this.link = link;
    this.gazetteer = gazetteer;
    for (String actor : sides.allActors()) {
      sideFamilies.add(link.family(actor));
    }
  }

  /** The rules of these lexicons, built once per lexicons. */
  public static VerifyRules from(Lexicons rules) {
    return rules.built(VerifyRules.class, r -> new VerifyRules(VerifySettings.read(r.file(RuleFiles.VERIFY_SETTINGS)),
        SideNames.read(r.file(RuleFiles.SIDE_NAMES)), LinkRules.from(r), Gazetteer.from(r),
        r.file(RuleFiles.GOVERNORATE_SEATS).rows(), OneAttackWords.of(r.file(RuleFiles.ONE_ATTACK_WORDS)),
        RecordNameWords.of(r.file(RuleFiles.RECORD_PLACE_WORDS))));
  }

  private static String key(String name) {
    return name.strip().toLowerCase(java.util.Locale.ROOT).replace('-', ' ');
  }

  /**
   * The place as records are matched with it: "Idlib", "Aleppo" or "Homs" named as a city is taken for its
   * governorate, since reports name the province by its seat ("killed in Idlib" of a village 50 km out).
   */
  public ClaimPlace forMatching(ClaimPlace place) {
    if (place == null || place.name() == null || place.admin1() == null
        || place.precision() != PlacePrecision.POINT && place.precision() != PlacePrecision.NEAR_POINT) {
      return place;
    }
    String name = key(place.name());
    String admin1 = key(place.admin1());
    if (name.equals(admin1) || seats.contains(name + "/" + admin1)) {
      return new ClaimPlace(place.text(), place.name(), place.admin1(), place.country(), null, null,
          PlacePrecision.GOVERNORATE, place.span());
    }
    return place;
  }

  /**
   * True when a record's place name is a country's or a governorate's ("Syria", "Idlib"), its own governorate's, or
   * the seat's that reports name for it (governorate-seats.tsv): an article naming it may name the area, not the town.
   */
  public boolean governorateName(String name, String admin1) {
    return governorateName(name, admin1, null);
  }

  /**
   * The same, of a record in this country (ISO 3166-1 alpha-2, or null when unknown): a governorate of another
   * country that the gazetteer's spelling-blind keys meet is no name of this record's area (ACLED's "As Saan" in Hama
   * is not Guam's "Asan").
   */
  public boolean governorateName(String name, String admin1, String country) {
    if (name == null) {
      return false;
    }
    if (gazetteer.entries(name).stream().anyMatch(e -> e.kind() == org.tally.resolve.place.PlaceKind.COUNTRY
        || e.kind() == org.tally.resolve.place.PlaceKind.ADMIN1
            && (country == null || e.country() == null || country.equalsIgnoreCase(e.country())))) {
      return true;  // "Syria", "Homs": a country's or a governorate's name, which an article names for the area
    }
    if (admin1 == null) {
      return false;
    }
    String n = key(name);
    String a = key(admin1);
    return n.equals(a) || seats.contains(n + "/" + a)
        || org.tally.resolve.place.NameKey.of(name).equals(org.tally.resolve.place.NameKey.of(admin1));
  }

  /**
   * True when the gazetteer knows the name as a region of this country (ISO 3166-1 alpha-2, or null when unknown): a
   * part of a governorate that is no town ("Eastern Ghouta", "Qalamoun"), though a dataset puts its records on a point.
   */
  public boolean regionName(String name, String country) {
    return name != null && gazetteer.entries(name).stream().anyMatch(e -> e.kind()
        == org.tally.resolve.place.PlaceKind.REGION && (country == null || country.equalsIgnoreCase(e.country())));
  }

  /** The words a dataset writes after a place's or district's name (record-place-words.tsv). */
  public RecordNameWords recordNameWords() {
    return recordNameWords;
  }

  public VerifySettings settings() {
    return settings;
  }

  public SideNames sides() {
    return sides;
  }

  public LinkRules link() {
    return link;
  }

  public Gazetteer gazetteer() {
    return gazetteer;
  }

  /** The words that tell one attack's toll from a total of many (one-attack-words.tsv). */
  public OneAttackWords attackWords() {
    return attackWords;
  }

  /**
   * True when the record's sides rule out this perpetrator: every side is listed in side-names.tsv and none stands
   * for an actor of the perpetrator's family. An unknown perpetrator, a perpetrator no side name ever stands for, or
   * a side not listed rules nothing out.
   */
  public boolean sidesExclude(ReferenceRecord record, String perpetrator) {
    if (perpetrator == null || record.sides().isEmpty()) {
      return false;
    }
    String family = link.family(perpetrator);
    if (!sideFamilies.contains(family)) {
      return false;
    }
    boolean anyActor = false;
    for (String side : record.sides()) {
      Set<String> actors = sides.actors(side).orElse(null);
      if (actors == null) {
        return false;
      }
      for (String actor : actors) {
        anyActor = true;
        if (link.family(actor).equals(family)) {
          return false;
        }
      }
    }
    return anyActor;
  }
}
