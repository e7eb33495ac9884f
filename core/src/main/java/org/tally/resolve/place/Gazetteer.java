package org.tally.resolve.place;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.tally.lexicon.Lexicons;
import org.tally.lexicon.RuleFiles;
import org.tally.lexicon.RuleRow;

/**
 * The bundled gazetteer: GeoNames countries, first-level divisions and cities, Syrian and Iraqi towns and
 * villages, UCDP village names, and the hand-kept aliases. Names are keyed by {@link NameKey}, so a lookup
 * at a token costs a few hash probes, one per extra token, never a scan of the places.
 */
public final class Gazetteer {
  /** The most tokens one name may span in a text ("Bi'r al Hulw al Wardiyah" and its spellings). */
  private static final int MAX_TOKENS = 8;

  private record Listing(GazetteerEntry entry, boolean handKept) {}

  /** A key's entries as a match gives them, worked out once when the gazetteer is loaded, not at every match. */
  private record Named(List<GazetteerEntry> entries, boolean handKept) {
    static Named of(List<Listing> listings) {
      // loops, not streams: this runs for each of some 60,000 keys as the gazetteer loads, before the JIT has begun
      GazetteerEntry[] entries = new GazetteerEntry[listings.size()];
      boolean handKept = false;
      for (int i = 0; i < entries.length; i++) {
        entries[i] = listings.get(i).entry();
        handKept |= listings.get(i).handKept();
      }
      return new Named(List.of(entries), handKept);
    }
  }

  private final Map<String, List<Listing>> byKey;
  private final KeyPrefixes<Named> prefixes;
  /** The one-word possessives of major places' keys ("syrias"), filed as keys are, so reading one costs a probe. */
  private final KeyPrefixes<Named> possessives;
  private final Map<String, GazetteerEntry> countries;
  private final Map<String, GazetteerEntry> admin1s;
  /** Words that open a hand-kept alias ("rural Damascus", "eastern Ghouta"): names may start there in lower case. */
  private final java.util.Set<String> lowerStarts = new java.util.HashSet<>();
  private final org.tally.extract.token.WordBits lowerStartBits = new org.tally.extract.token.WordBits();
  /** The governorate around a city that is a governorate of its own, by {@link #admin1Key} (surroundings.tsv). */
  private final Map<String, String> surroundings = new HashMap<>();
  /** Each country's capital city, by its code (capitals.tsv). */
  private final Map<String, GazetteerEntry> capitals = new HashMap<>();
  /**
   * The keys the hand-kept layer has given listings, each list copied from the derived layer's before it changes;
   * null while the derived layer itself is built.
   */
  private final java.util.Set<String> handKeys;
  private int size;

  /** The derived places alone: what every set of lexicons sharing gazetteer.tsv.gz shares. */
  private record Derived(Gazetteer places) {}

  /** @param rows how many rows the derived places have: their keys have about ten prefixes a row, possessives six */
  private Gazetteer(int rows) {
    byKey = new HashMap<>();
    prefixes = new KeyPrefixes<>(rows * 10);
    possessives = new KeyPrefixes<>(rows * 6);
    countries = new HashMap<>();
    admin1s = new HashMap<>();
    handKeys = null;
  }

  /** A gazetteer to lay hand-kept names over {@code derived}'s, which it shares until a key of them changes. */
  private Gazetteer(Gazetteer derived) {
    byKey = new HashMap<>(derived.byKey);
    prefixes = derived.prefixes.copy();
    possessives = derived.possessives.copy();
    countries = derived.countries;
    admin1s = derived.admin1s;
    handKeys = new java.util.HashSet<>();
    size = derived.size;
  }

  /** The gazetteer of these lexicons, built once per lexicons. */
  public static Gazetteer from(Lexicons rules) {
    return rules.built(Gazetteer.class, Gazetteer::load);
  }

  /**
   * The hand-kept files laid over the derived places, which are built once for all lexicons that share their file:
   * a user's aliases, or a test without one row of city-quarters.tsv, costs only the small files.
   */
  private static Gazetteer load(Lexicons rules) {
    Gazetteer gazetteer = new Gazetteer(derivedLayer(rules));
    for (RuleRow row : rules.file(RuleFiles.PLACE_ALIASES).rows()) {
      gazetteer.addAlias(row);
    }
    for (RuleRow row : rules.file(RuleFiles.ALIAS_DROPS).rows()) {
      gazetteer.dropAlias(row);
    }
    for (RuleRow row : rules.file(RuleFiles.CITY_QUARTERS).rows()) {
      gazetteer.addQuarter(row);
    }
    for (RuleRow row : rules.file(RuleFiles.CAPITALS).rows()) {
      String country = row.get("country");
      gazetteer.entries(row.get("capital")).stream()
          .filter(e -> e.kind() == PlaceKind.CITY && country.equals(e.country())).findFirst()
          .ifPresent(city -> gazetteer.capitals.put(country, city));
    }
    for (RuleRow row : rules.file(RuleFiles.SURROUNDINGS).rows()) {
      gazetteer.surroundings.put(admin1Key(row.get("country"), row.get("admin1")), row.get("surrounding"));
    }
    gazetteer.nameAll(gazetteer.handKeys);
    return gazetteer;
  }

  static Gazetteer derivedLayer(Lexicons rules) {
    return rules.built(Derived.class, r -> {
      List<RuleRow> rows = r.file(RuleFiles.GAZETTEER).rows();
      Gazetteer derived = new Gazetteer(rows.size());
      for (RuleRow row : rows) {
        derived.addDerived(row);
      }
      derived.nameAll(derived.byKey.keySet());
      return new Derived(derived);
    }).places();
  }

  /** Files what each key names, and its possessive, once its listings are complete. */
  private void nameAll(java.util.Set<String> keys) {
    for (String key : keys) {
      List<Listing> listings = byKey.get(key);
      // a key whose every entry alias-drops.tsv took away names nothing
      prefixes.name(key, listings.isEmpty() ? null : Named.of(listings));
      addPossessive(key, listings);
    }
  }

  private void addDerived(RuleRow row) {
    GazetteerEntry entry = new GazetteerEntry(row.get("name"), PlaceKind.parse(row.get("kind")),
        row.optional("admin1").orElse(null), row.get("country"), decimal(row, "lat"), decimal(row, "lon"),
        row.optional("population").map(Long::parseLong).orElse(0L));
    add(entry.name(), entry, false);
    for (String alias : row.get("aliases").split("\\|")) {
      if (!alias.isBlank()) {
        add(alias, entry, false);
      }
    }
    size++;
    if (entry.kind() == PlaceKind.COUNTRY) {
      countries.put(entry.country(), entry);
    } else if (entry.kind() == PlaceKind.ADMIN1) {
      admin1s.put(admin1Key(entry.country(), entry.name()), entry);
    }
  }

  /** A hand-kept alias names an entry the sources have (same name, kind and country) or a new one. */
  private void addAlias(RuleRow row) {
    PlaceKind kind = PlaceKind.parse(row.get("kind"));
    String name = row.get("name");
    String country = row.get("country");
    GazetteerEntry entry = listed(name, kind, country).orElse(null);
    if (entry == null) {
      entry = new GazetteerEntry(name, kind, row.optional("admin1").orElse(null), country, null, null, 0);
      add(name, entry, true);
      size++;
    }
    addHandKept(row.get("alias"), entry);
  }

  /**
   * An alternate name that news uses for another place no longer names the entry of the row's name and country:
   * its keys' listings are copied without it, the derived layer's lists staying as they were.
   */
  private void dropAlias(RuleRow row) {
    String name = row.get("name");
    String country = row.get("country");
    for (String key : NameKey.variants(row.get("alias"))) {
      List<Listing> listings = byKey.get(key);
      if (listings == null) {
        continue;
      }
      List<Listing> kept = new ArrayList<>(listings);
      kept.removeIf(l -> l.entry().name().equals(name) && l.entry().country().equals(country));
      if (kept.size() < listings.size()) {
        handKeys.add(key);
        byKey.put(key, kept);
      }
    }
  }

  /** A city's quarter is read as the city: the gazetteer's own entry of that name and country. */
  private void addQuarter(RuleRow row) {
    String city = row.get("city");
    String country = row.get("country");
    GazetteerEntry entry = listed(city, PlaceKind.CITY, country)
        .orElseThrow(() -> row.error("city", "no city " + city + ", " + country + " in the gazetteer"));
    addHandKept(row.get("quarter"), entry);
  }

  /** The entry of exactly this name, kind and country, when the gazetteer has one. */
  private Optional<GazetteerEntry> listed(String name, PlaceKind kind, String country) {
    return entries(name).stream()
        .filter(e -> e.kind() == kind && e.country().equals(country) && e.name().equalsIgnoreCase(name))
        .findFirst();
  }

  /** A hand-kept name of an entry; its first word may open a name even in lower case ("rural Damascus"). */
  private void addHandKept(String name, GazetteerEntry entry) {
    add(name, entry, true);
    // folded as the tokenizer folds a word: lower case, typographic apostrophes plain
    String first = name.split("[\\s-]")[0].toLowerCase(Locale.ROOT).replace('’', '\'');
    lowerStarts.add(first);
    lowerStartBits.add(first);
  }

  private void add(String name, GazetteerEntry entry, boolean handKept) {
    for (String key : NameKey.variants(name)) {
      addKey(key, entry, handKept);
    }
  }

  private void addKey(String key, GazetteerEntry entry, boolean handKept) {
    if (key.isEmpty()) {
      return;
    }
    if (handKeys != null && handKeys.add(key)) {
      List<Listing> derived = byKey.get(key);
      if (derived != null) {
        byKey.put(key, new ArrayList<>(derived)); // the derived layer's list stays as it was
      }
    }
    List<Listing> listings = byKey.computeIfAbsent(key, k -> {
      prefixes.addPrefixesOf(k);
      return new ArrayList<>(1);
    });
    for (int i = 0; i < listings.size(); i++) {
      if (listings.get(i).entry() == entry) {
        if (handKept && !listings.get(i).handKept()) {
          listings.set(i, new Listing(entry, true));
        }
        return;
      }
    }
    listings.add(new Listing(entry, handKept));
  }

  private static Double decimal(RuleRow row, String column) {
    return row.optional(column).map(Double::valueOf).orElse(null);
  }

  private static String admin1Key(String country, String name) {
    return country + "/" + name.toLowerCase(Locale.ROOT);
  }

  /** How many places the gazetteer holds. */
  public int size() {
    return size;
  }

  /** Every entry that a name, in any of the spellings the key folds together, may denote. */
  public List<GazetteerEntry> entries(String name) {
    return byKey.getOrDefault(NameKey.of(name), List.of()).stream().map(Listing::entry).toList();
  }

  public Optional<GazetteerEntry> country(String iso2) {
    return Optional.ofNullable(countries.get(iso2));
  }

  /** The capital city of a country (capitals.tsv): what "the capital" means in a report on it. */
  public Optional<GazetteerEntry> capital(String iso2) {
    return Optional.ofNullable(capitals.get(iso2));
  }

  /** The first-level division of a country by its gazetteer name ("SY", "Ar-Raqqah"). */
  public Optional<GazetteerEntry> admin1(String country, String name) {
    return Optional.ofNullable(admin1s.get(admin1Key(country, name)));
  }

  /**
   * The governorate a place near this one lies in: for a city that is a governorate of its own ("near Damascus"),
   * the one around it; else the place's own.
   */
  String admin1Near(Place city) {
    if (city.admin1() == null || city.country() == null || !city.name().equalsIgnoreCase(city.admin1())) {
      return city.admin1();
    }
    return surroundings.getOrDefault(admin1Key(city.country(), city.admin1()), city.admin1());
  }

  /** Names start with a capital, an article ("al-Bab"), or the first word of a lower-case alias. */
  private boolean mayStart(org.tally.extract.token.Token token) {
    String word = token.text();
    char first = word.charAt(0);
    if (Character.isUpperCase(first) || word.indexOf('-') > 0 || !Character.isLetter(first) && !Character.isDigit(first)) {
      return true;
    }
    return Character.isLetter(first) && lowerStartBits.mayHold(token.lower()) && lowerStarts.contains(token.lower());
  }

  /**
   * The names that start at document token {@code from}, longest first; words only, at most eight tokens. A first word
   * that joins an Arabic article to a name by a hyphen ("al-Muqdadiyah", "ash-Shaddadi") is also read without the
   * article where the word as written starts no name, for the Syrian and Iraqi places the sources file without one.
   */
  List<NameMatch> matchesAt(PlaceReading doc, int from) {
    if (!mayStart(doc.get(from))) {
      return List.of();
    }
    List<NameMatch> out = matchesAt(doc, from, doc.pieces(from), false);
    String first = doc.get(from).text();
    int bare = articleEnd(first);
    if (bare < 0) {
      return out;
    }
    List<NameMatch> dropped = matchesAt(doc, from, NameKey.pieces(first.substring(bare)), true);
    if (dropped.isEmpty()) {
      return out;
    }
    if (!out.isEmpty()) {
      // a word whose article belongs to a name as written ("al-Zahraa") is read as written; its Syrian and Iraqi
      // homonyms filed without the article are homonyms all the same, among which the governorate the article names
      // chooses ("Al-Hamdaniya" is Nineveh's town as written, and Hamdaniyah a village of Hasakah and of Idlib)
      return withBareHomonyms(out, dropped);
    }
    List<NameMatch> kept = new ArrayList<>(dropped.size());
    for (NameMatch match : dropped) {
      // only Syria's and Iraq's places drop an article: "al-Paris" names nothing
      List<GazetteerEntry> arab = match.entries().stream().filter(e -> ARTICLE_DROPPED.contains(e.country())).toList();
      if (!arab.isEmpty()) {
        kept.add(new NameMatch(match.from(), match.to(), arab, match.handKept(), true));
      }
    }
    return kept;
  }

  /** The matches as written, each with the Syrian and Iraqi entries of the same words read without the article. */
  private static List<NameMatch> withBareHomonyms(List<NameMatch> out, List<NameMatch> dropped) {
    List<NameMatch> merged = new ArrayList<>(out.size());
    for (NameMatch match : out) {
      List<GazetteerEntry> entries = null;
      for (NameMatch bare : dropped) {
        if (bare.to() != match.to()) {
          continue;
        }
        for (GazetteerEntry e : bare.entries()) {
          if (ARTICLE_DROPPED.contains(e.country()) && !match.entries().contains(e)) {
            if (entries == null) {
              entries = new ArrayList<>(match.entries());
            }
            entries.add(e);
          }
        }
      }
      merged.add(entries == null ? match : new NameMatch(match.from(), match.to(), entries, match.handKept(),
          match.articleDropped()));
    }
    return merged;
  }

  /** The countries whose places are read without the article a text joins to their names ("al-Shaddadi"). */
  private static final java.util.Set<String> ARTICLE_DROPPED = java.util.Set.of("SY", "IQ");
  private static final java.util.Set<String> ARTICLES = java.util.Set.of("al", "el", "as", "ash", "ad", "ar", "an",
      "at", "az", "ez", "es", "ed", "er", "et", "en");

  /** Where the name after a word's hyphenated article starts ("al-Bab": 3), or -1 when the word has none. */
  static int articleEnd(String word) {
    int hyphen = word.indexOf('-');
    if (hyphen < 2 || hyphen > 3 || hyphen + 2 >= word.length() || !Character.isLetter(word.charAt(hyphen + 1))) {
      return -1;
    }
    return arabicArticle(word.substring(0, hyphen)) ? hyphen + 1 : -1;
  }

  /** True for an Arabic article as news joins it to a name by a hyphen ("al", "ash" of "al-Bab", "ash-Shaddadi"). */
  public static boolean arabicArticle(String word) {
    return ARTICLES.contains(word.toLowerCase(Locale.ROOT));
  }

  /** @param firstPieces the name-key pieces of the first word, as written or without its article */
  private List<NameMatch> matchesAt(PlaceReading doc, int from, String firstPieces, boolean articleDropped) {
    List<NameMatch> out = null;
    StringBuilder pieces = new StringBuilder();
    long prefix = KeyPrefixes.start();
    int size = doc.tokens().size();
    for (int to = from; to < size && to < from + MAX_TOKENS && doc.get(to).isWord(); to++) {
      String word = to == from ? firstPieces : doc.pieces(to);
      if (word.isEmpty()) {
        break; // a number ends a name: "Hama 2016"
      }
      for (int c = 0; c < word.length(); c++) {
        char letter = word.charAt(c);
        if (pieces.length() == 0 || pieces.charAt(pieces.length() - 1) != letter) {
          pieces.append(letter); // doubled letters collapse as in NameKey.of
          prefix = KeyPrefixes.extend(prefix, letter);
        }
      }
      int slot = prefixes.slot(prefix);
      boolean longerMayFollow = slot >= 0;
      Named names = longerMayFollow ? prefixes.named(slot, pieces) : null;
      if (names == null) {
        names = possessive(prefix, pieces);
      }
      if (names != null) {
        if (out == null) {
          out = new ArrayList<>(2);
        }
        out.add(0, new NameMatch(from, to + 1, names.entries(), names.handKept(), articleDropped));
      }
      if (!longerMayFollow) {
        break; // no name starts with these words
      }
    }
    return out == null ? List.of() : out;
  }

  /**
   * "Syrias Idlib province", "Aleppos old city": copy that lost its apostrophes writes the possessive of a country,
   * governorate or big city as one word. Smaller places are left alone: their names end in "s" too often. A key
   * ending in "s" has none: its doubled "s" collapses as every key's letters do.
   */
  private void addPossessive(String key, List<Listing> listings) {
    String possessive = key + "s";
    if (possessive.length() < 5 || key.endsWith("s")) {
      return;
    }
    List<Listing> major = null;
    for (Listing l : listings) {
      if (l.entry().kind() == PlaceKind.COUNTRY || l.entry().kind() == PlaceKind.ADMIN1
          || l.entry().population() >= EntryRanker.BIG_CITY) {
        if (major == null) {
          major = new ArrayList<>(1);
        }
        major.add(l);
      }
    }
    if (major != null) {
      possessives.addPrefixesOf(possessive);
      possessives.name(possessive, Named.of(major));
    }
  }

  private Named possessive(long prefix, StringBuilder pieces) {
    int slot = possessives.slot(prefix);
    return slot < 0 ? null : possessives.named(slot, pieces);
  }
}
