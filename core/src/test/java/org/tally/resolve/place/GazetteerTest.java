package org.tally.resolve.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tally.lexicon.Lexicons;
import org.tally.lexicon.RuleFile;
import org.tally.lexicon.RuleFiles;
import org.tally.lexicon.RuleRow;

class GazetteerTest {
  private static final Gazetteer GAZETTEER = Gazetteer.from(Lexicons.bundled());

  @Test
  void holdsEveryCountryOfTheWorld() {
    assertThat(Stream.of("SY", "IQ", "TR", "US", "FR", "BR", "CN", "ZA", "NZ", "TV", "XK"))
        .allSatisfy(code -> assertThat(GAZETTEER.country(code)).as(code).isPresent());
  }

  @Test
  void namesSyrianGovernoratesAsTallyOutputsThem() {
    List<String> names = List.of("Aleppo", "Idlib", "Hama", "Homs", "Latakia", "Tartus", "Damascus", "Rif Dimashq",
        "Daraa", "As-Suwayda", "Quneitra", "Ar-Raqqah", "Deir ez-Zor", "Al-Hasakah");
    assertThat(names).allSatisfy(name -> assertThat(GAZETTEER.admin1("SY", name)).as(name).isPresent());
  }

  @Test
  void holdsTheFirstLevelDivisionsOfOtherCountries() {
    assertThat(GAZETTEER.admin1("IQ", "Nineveh")).isPresent();
    assertThat(GAZETTEER.admin1("IQ", "Salah ad Din")).isPresent();
    assertThat(GAZETTEER.admin1("FR", "Île-de-France")).isPresent();
  }

  @Test
  void holdsUcdpVillagesWithTheirGovernorateAndCoordinates() {
    assertThat(GAZETTEER.entries("Teir Maaleh")).anySatisfy(entry -> {
      assertThat(entry.admin1()).isEqualTo("Homs");
      assertThat(entry.lat()).isBetween(34.7, 34.9);
    });
  }

  @Test
  void holdsBigCitiesAbroadButNotSmallTowns() {
    assertThat(GAZETTEER.entries("Gaziantep")).extracting(GazetteerEntry::country).contains("TR");
    assertThat(GAZETTEER.entries("Soldeu")).isEmpty();
  }

  @Test
  void filesSpellingsUnderOneKey() {
    assertThat(GAZETTEER.entries("Deir Ezzor")).extracting(GazetteerEntry::admin1).contains("Deir ez-Zor");
    assertThat(GAZETTEER.entries("Maarat al-Numan")).extracting(GazetteerEntry::admin1).contains("Idlib");
  }

  static Stream<RuleRow> handKeptAliases() {
    return Lexicons.bundled().file(RuleFiles.named("place-aliases.tsv")).rows().stream()
        .filter(row -> !row.get("kind").equals("region") && !row.get("kind").equals("district"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("handKeptAliases")
  void handKeptAliasNamesAPlaceTheSourcesHave(RuleRow row) {
    assertThat(GAZETTEER.entries(row.get("alias")))
        .as(row.get("alias"))
        .anySatisfy(entry -> {
          assertThat(entry.name()).isEqualTo(row.get("name"));
          assertThat(entry.lat() != null || entry.kind() != PlaceKind.CITY).isTrue();
        });
  }

  @Test
  void lexiconsThatShareTheDerivedFileShareItsPlaces() {
    List<RuleRow> quarters = Lexicons.bundled().file(RuleFiles.CITY_QUARTERS).rows();
    // a quarter no other row spells the same way
    RuleRow quarter = quarters.stream().filter(row -> quarters.stream()
        .filter(other -> NameKey.of(other.get("quarter")).equals(NameKey.of(row.get("quarter")))).count() == 1)
        .findFirst().orElseThrow();
    Lexicons without = Lexicons.bundled().without(RuleFiles.CITY_QUARTERS, quarter);

    assertThat(Gazetteer.derivedLayer(without)).isSameAs(Gazetteer.derivedLayer(Lexicons.bundled()));
    assertThat(GAZETTEER.entries(quarter.get("quarter"))).extracting(GazetteerEntry::name).contains(quarter.get("city"));
    assertThat(Gazetteer.from(without).entries(quarter.get("quarter"))).extracting(GazetteerEntry::name)
        .doesNotContain(quarter.get("city"));
  }

  @Test
  void handKeptNamesLeaveTheSharedDerivedPlacesAsTheyWere() {
    Gazetteer derived = Gazetteer.derivedLayer(Lexicons.bundled());
    // an alias whose spelling the derived places already use for another place: its list is the one that could leak
    RuleRow shared = handKeptAliases()
        .filter(row -> !derived.entries(row.get("alias")).isEmpty())
        .filter(row -> derived.entries(row.get("alias")).stream().noneMatch(e -> e.name().equals(row.get("name"))))
        .findFirst().orElseThrow();

    assertThat(GAZETTEER.entries(shared.get("alias"))).extracting(GazetteerEntry::name).contains(shared.get("name"));
    assertThat(derived.entries(shared.get("alias"))).extracting(GazetteerEntry::name)
        .doesNotContain(shared.get("name"));
  }

  @Test
  void findsAFrenchSpellingOfAPlaceTheSourcesSpellOtherwise() {
    assertThat(GAZETTEER.entries("Makhmour")).extracting(GazetteerEntry::admin1).contains("Erbil");
  }
}
