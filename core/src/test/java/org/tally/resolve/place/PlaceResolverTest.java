package org.tally.resolve.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tally.resolve.place.PlaceFixture.RESOLVER;
import static org.tally.resolve.place.PlaceFixture.SYRIA;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tally.lexicon.RuleFixtures;
import org.tally.lexicon.RuleRow;
import org.tally.model.PlacePrecision;
import org.tally.model.Span;

class PlaceResolverTest {
  private static List<PlaceMention> find(String text, PlaceContext context) {
    return RESOLVER.find(text, new Span(0, text.length()), context);
  }

  private static PlaceMention only(String text) {
    List<PlaceMention> mentions = find(text, SYRIA);
    assertThat(mentions).as(text).hasSize(1);
    return mentions.get(0);
  }

  private static String written(String text, PlaceMention mention) {
    return mention.span().text(text);
  }

  static Stream<RuleRow> newsSpellings() {
    return RuleFixtures.load(PlaceResolverTest.class, "news-spellings.tsv").rows().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("newsSpellings")
  void newsSpellingResolvesToItsGovernorate(RuleRow row) {
    Place place = only("Fighting in " + row.get("spelling") + " killed four.").place();
    assertThat(place.admin1()).isEqualTo(row.get("admin1"));
    assertThat(place.country()).isEqualTo(row.get("country"));
  }

  @Test
  void longestNameWins() {
    String text = "Shells fell on Deir ez-Zor.";
    PlaceMention mention = only(text);
    assertThat(written(text, mention)).isEqualTo("Deir ez-Zor");
  }

  @Test
  void prefersThePlaceInTheContextCountry() {
    assertThat(only("Clashes in Homs.").place().country()).isEqualTo("SY");
    assertThat(find("Clashes in Tripoli.", new PlaceContext("LY", Map.of())).get(0).place().country()).isEqualTo("LY");
    assertThat(find("Clashes in Tripoli.", new PlaceContext("LB", Map.of())).get(0).place().country()).isEqualTo("LB");
  }

  @Test
  void possessiveWrittenWithoutApostropheStillNamesTheCountryAndWhatFollows() {
    List<PlaceMention> mentions = find("A strike in Syrias Idlib province killed 18.", SYRIA);
    assertThat(mentions).extracting(m -> m.place().name()).containsExactly("Syria", "Idlib");
    assertThat(mentions.get(1).place().admin1()).isEqualTo("Idlib");
  }

  @Test
  void villageNamesEndingInSAreNotReadAsPossessives() {
    // Abbad is a Syrian village; "Abbads" is no possessive of it
    assertThat(find("Shelling hit Homs and Abbads.", SYRIA)).extracting(m -> m.place().name()).containsExactly("Homs");
  }

  @Test
  void bigCityAbroadBeatsAVillageAtHome() {
    assertThat(only("A bomb went off in Ramadi.").place().country()).isEqualTo("IQ");
  }

  @Test
  void cityAloneIsAPoint() {
    Place homs = only("Clashes in Homs.").place();
    assertThat(homs.precision()).isEqualTo(PlacePrecision.POINT);
    assertThat(homs.admin1()).isEqualTo("Homs");
    assertThat(homs.lat()).isNotNull();
  }

  @Test
  void provinceAfterANameIsTheGovernorate() {
    String text = "18 civilians were killed in Raqqa province.";
    PlaceMention mention = only(text);
    assertThat(written(text, mention)).isEqualTo("Raqqa province");
    assertThat(mention.place()).isEqualTo(new Place("Ar-Raqqah", "Ar-Raqqah", "SY", null, null,
        PlacePrecision.GOVERNORATE));
  }

  @Test
  void provinceOfBeforeANameIsTheGovernorate() {
    assertThat(only("Raids in the province of Homs.").place().precision()).isEqualTo(PlacePrecision.GOVERNORATE);
  }

  @Test
  void countrysideIsADistrictOfTheGovernorate() {
    Place place = only("Barrel bombs fell on the Aleppo countryside.").place();
    assertThat(place.precision()).isEqualTo(PlacePrecision.DISTRICT);
    assertThat(place.admin1()).isEqualTo("Aleppo");
  }

  @Test
  void damascusCountrysideIsRifDimashq() {
    Place place = only("Shelling in the Damascus countryside.").place();
    assertThat(place.admin1()).isEqualTo("Rif Dimashq");
    assertThat(place.precision()).isEqualTo(PlacePrecision.GOVERNORATE);
  }

  @Test
  void governorateNameThatIsAlsoACityIsTheCity() {
    Place place = only("Air strikes on Idleb.").place();
    assertThat(place.precision()).isEqualTo(PlacePrecision.POINT);
    assertThat(place.admin1()).isEqualTo("Idlib");
  }

  @Test
  void governorateWithoutACityOfItsNameIsTheGovernorate() {
    assertThat(only("Raids on Rif Dimashq.").place().precision()).isEqualTo(PlacePrecision.GOVERNORATE);
  }

  @Test
  void directionBeforeAGovernorateIsARegionWithinIt() {
    for (String text : List.of("Rebels in north Aleppo.", "Raids on northern Aleppo.")) {
      Place place = only(text).place();
      assertThat(place.precision()).as(text).isEqualTo(PlacePrecision.REGION);
      assertThat(place.admin1()).as(text).isEqualTo("Aleppo");
    }
  }

  @Test
  void directionBeforeACountryIsARegionOfIt() {
    String text = "Air strikes in eastern Syria.";
    PlaceMention mention = only(text);
    assertThat(written(text, mention)).isEqualTo("eastern Syria");
    assertThat(mention.place().precision()).isEqualTo(PlacePrecision.REGION);
    assertThat(mention.place().country()).isEqualTo("SY");
    assertThat(mention.place().admin1()).isNull();
  }

  @Test
  void directionDescribingACityKeepsTheCity() {
    Place place = only("Fighting in the northern city of Aleppo.").place();
    assertThat(place.precision()).isEqualTo(PlacePrecision.POINT);
    assertThat(place.name()).isEqualTo("Aleppo");
  }

  @Test
  void partOfTheCountryTakesTheContextCountry() {
    String text = "Raids in the eastern part of the country.";
    PlaceMention mention = only(text);
    assertThat(written(text, mention)).isEqualTo("the eastern part of the country");
    assertThat(mention.place().precision()).isEqualTo(PlacePrecision.REGION);
    assertThat(mention.place().country()).isEqualTo("SY");
  }

  @Test
  void partOfTheCountryNeedsAContext() {
    assertThat(find("Raids in the eastern part of the country.", PlaceContext.NONE)).isEmpty();
  }

  @Test
  void nearAPlaceIsNearItsPoint() {
    String text = "Rebels shelled positions near the Deir ez-Zor airport.";
    PlaceMention mention = only(text);
    assertThat(written(text, mention)).isEqualTo("near the Deir ez-Zor airport");
    assertThat(mention.place().precision()).isEqualTo(PlacePrecision.NEAR_POINT);
    assertThat(mention.place().admin1()).isEqualTo("Deir ez-Zor");
  }

  @Test
  void outsideAndCloseToAreNear() {
    assertThat(only("Clashes outside Manbij.").place().precision()).isEqualTo(PlacePrecision.NEAR_POINT);
    assertThat(only("Shells fell close to Hama.").place().precision()).isEqualTo(PlacePrecision.NEAR_POINT);
  }

  @Test
  void countriesListedTogetherAreOneMentionWithTheContextCountryFirst() {
    for (String text : List.of("Strikes in Iraq and Syria.", "Strikes in Syria and Iraq.")) {
      Place place = only(text).place();
      assertThat(place.precision()).as(text).isEqualTo(PlacePrecision.COUNTRIES);
      assertThat(place.country()).as(text).isEqualTo("SY,IQ");
    }
  }

  @Test
  void countryAloneIsACountry() {
    Place place = only("The war in Syria goes on.").place();
    assertThat(place.precision()).isEqualTo(PlacePrecision.COUNTRY);
    assertThat(place.country()).isEqualTo("SY");
  }

  @Test
  void demonymIsNoPlace() {
    assertThat(find("Syrian and Iraqi troops advanced.", SYRIA)).isEmpty();
  }

  @Test
  void demonymBeforeACityOfItsCountryLeavesTheCity() {
    String text = "They entered the Syrian city of Manbij.";
    PlaceMention mention = only(text);
    assertThat(mention.place().name()).isEqualTo("Manbij");
    assertThat(written(text, mention)).isEqualTo("city of Manbij");
  }

  @Test
  void personNamesAndMonthsAreNoPlaces() {
    assertThat(find("Secretary of State John Kerry met Rami Abdulrahman in May.", SYRIA))
        .extracting(m -> m.place().name()).isEmpty();
  }

  @Test
  void lowerCaseWordIsNoPlace() {
    assertThat(find("the homs and hama of it", SYRIA)).isEmpty();
  }

  @Test
  void shortVillageNameNeedsAPlaceCue() {
    assertThat(find("Tal said nothing.", SYRIA)).isEmpty();
    assertThat(find("They fled from Has.", SYRIA)).extracting(m -> m.place().admin1()).containsExactly("Idlib");
  }

  @Test
  void numbersAfterANameStayOutOfIt() {
    String text = "Hama 2016: raids";
    assertThat(written(text, only(text))).isEqualTo("Hama");
  }

  @Test
  void headlineCapitalsDoNotHidePlaces() {
    assertThat(find("Russian Jets Hit Idlib Market", SYRIA)).extracting(m -> m.place().admin1())
        .containsExactly("Idlib");
  }

  @Test
  void findsEveryPlaceInOrder() {
    assertThat(find("From Aleppo to Homs and then Latakia.", SYRIA)).extracting(m -> m.place().admin1())
        .containsExactly("Aleppo", "Homs", "Latakia");
  }

  @Test
  void claimTakesThePlaceAfterTheHarm() {
    String text = "In Aleppo, activists said 12 civilians were killed in Saraqib.";
    Optional<PlaceMention> place = RESOLVER.forClaim(text, new Span(0, text.length()), countOf(text, "12"), SYRIA);
    assertThat(place).map(m -> m.place().admin1()).hasValue("Idlib");
  }

  @Test
  void claimTakesAFinerPlaceOverACountry() {
    String text = "Five people were killed in Syria on Monday when jets struck Manbij.";
    Optional<PlaceMention> place = RESOLVER.forClaim(text, new Span(0, text.length()), countOf(text, "Five"), SYRIA);
    assertThat(place).map(m -> m.place().name()).hasValue("Manbij");
  }

  @Test
  void claimTakesTheNearestPlaceWithoutAPreposition() {
    String text = "Idlib: 20 dead, Hama: 3 dead.";
    Optional<PlaceMention> place = RESOLVER.forClaim(text, new Span(0, text.length()), countOf(text, "3"), SYRIA);
    assertThat(place).map(m -> m.place().admin1()).hasValue("Hama");
  }

  @Test
  void claimWithoutAPlaceInItsSentenceHasNone() {
    String text = "At least 18 civilians were killed.";
    assertThat(RESOLVER.forClaim(text, new Span(0, text.length()), countOf(text, "18"), SYRIA)).isEmpty();
  }

  /** The document's context, then the place {@code name} resolves to in it. */
  private static Place inDocument(String text, String name) {
    return PlaceFixture.named(text, name);
  }

  @Test
  void homonymInTheGovernorateTheDocumentNamesWins() {
    // Suran is a town of Aleppo (near Azaz) and a bigger town of Hama
    assertThat(inDocument("Air strikes hit Suran and other villages in rural Aleppo, killing 12.", "Suran").admin1())
        .isEqualTo("Aleppo");
    assertThat(inDocument("Rebels shelled Suran. The army said Aleppo was calm.", "Suran").admin1())
        .isEqualTo("Aleppo");
    assertThat(inDocument("Suran was shelled on Monday. Fighting also raged in northern Hama.", "Suran").admin1())
        .isEqualTo("Hama");
  }

  @Test
  void homonymWithoutANamedGovernorateIsTheBiggerPlace() {
    assertThat(inDocument("Rebels shelled Suran, killing four.", "Suran").admin1()).isEqualTo("Hama");
    // Azaz is a town of Aleppo, not the governorate named as such: it does not choose among homonyms
    assertThat(inDocument("Rebels shelled Suran and Azaz, killing four.", "Suran").admin1()).isEqualTo("Hama");
  }

  @Test
  void namedGovernorateDoesNotPullAPlaceAbroad() {
    // Ar Ramadi is a village of Deir ez-Zor; a big city abroad still beats a village at home, named governorate or not
    assertThat(inDocument("A bomb went off in Ramadi. Shelling hit the Deir ez-Zor countryside.", "Ramadi").country())
        .isEqualTo("IQ");
  }

  private static Span countOf(String text, String count) {
    int at = text.indexOf(count);
    return new Span(at, at + count.length());
  }
}
