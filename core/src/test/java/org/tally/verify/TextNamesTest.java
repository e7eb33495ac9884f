package org.tally.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tally.verify.VerifyFixtures.RULES;

import org.junit.jupiter.api.Test;
import org.tally.model.PlacePrecision;

/**
 * Issue 14 (verify21): a record whose own place name an article's text writes is a record of a place the article
 * names, though the gazetteer lacks that village and the record has no point ("the village of Aqeirbat", ACLED's
 * "Aqeirbat"). Near misses: a governorate's or country's name, a lower-case word, a name inside a longer name, a
 * district named without its word.
 */
class TextNamesTest {
  private static final RecordNameWords WORDS = RULES.recordNameWords();

  private static RecordPlace place(String name, String admin1) {
    return new RecordPlace(name, admin1, null, "SY", null, null, PlacePrecision.GOVERNORATE);
  }

  private static String named(String text, RecordPlace place) {
    return TextNames.of(text, WORDS).of(place, WORDS, RULES).orElse(null);
  }

  @Test
  void aVillageTheTextWritesNamesItsRecord() {
    assertThat(named("A landmine exploded near the village of Aqeirbat in the eastern countryside of Hama.",
        place("Aqeirbat", "Hama"))).isEqualTo("Aqeirbat");
  }

  @Test
  void theWordADatasetWritesAfterTheNameIsDropped() {
    assertThat(named("Shells hit Teir Maaleh on Monday.", place("Teir Maaleh village", "Homs")))
        .isEqualTo("Teir Maaleh");
  }

  @Test
  void namesMeetAcrossSpellingsAndArticles() {
    assertThat(named("Regime forces shelled the village of Al-Fatira in Jabal Al-Zawiya.", place("Fatirah", "Idlib")))
        .isEqualTo("Fatira");
    assertThat(named("A car bomb exploded in the city of al-Bab.", place("Al Bab", "Aleppo"))).isEqualTo("al Bab");
  }

  @Test
  void aNameInsideALongerNameIsNotIt() {
    assertThat(named("Trucks crossed at Bab al-Hawa on Monday.", place("Al Bab", "Aleppo"))).isNull();
  }

  @Test
  void aLowerCaseWordNamesNoPlace() {
    assertThat(named("A shell fell on the market in the morning.", place("Market", "Idlib"))).isNull();
  }

  @Test
  void aGovernoratesOrCountrysNameIsNotATownTheArticleNames() {
    assertThat(named("Strikes on Idlib killed 12 people.", place("Idlib", "Idlib"))).isNull();
    assertThat(named("More than 500,000 have been killed in Syria since 2011.", place("Syria", "Homs"))).isNull();
  }

  @Test
  void aDistrictIsNamedOnlyWithItsWord() {
    RecordPlace mexmur = new RecordPlace("Mexmur", "Erbil", "Makhmour", "IQ", 35.7762, 43.5797, PlacePrecision.POINT);
    assertThat(named("A farmer was killed in the Makhmour district, south of Erbil.", mexmur))
        .isEqualTo("Makhmour district");
    assertThat(named("A farmer was killed near Makhmour, south of Erbil.", mexmur)).isNull();
  }

  @Test
  void aSubdistrictIsNamedWithItsWordAndStaysItsSeatTownsName() {
    RecordPlace imamWeis = new RecordPlace("Imam Weis", "Diyala", "Al-Muqdadiya", "Abu Saida", "IQ", 33.93, 44.87,
        PlacePrecision.POINT);
    assertThat(named("Gunmen killed four villagers in the Abu Saida subdistrict on Wednesday.", imamWeis))
        .isEqualTo("Abu Saida subdistrict");
    assertThat(named("Gunmen killed four villagers near Abu Saida on Wednesday.", imamWeis)).isNull();
    // unlike "the Hit district", "the Abu Saida subdistrict" still names the seat town's records
    assertThat(town("Gunmen killed four villagers in the Abu Saida subdistrict.", place("Abu Saida", "Diyala")))
        .isEqualTo("Abu Saida");
  }

  @Test
  void aLongNameALetterApartIsTheSameNameInAnotherSpelling() {
    assertThat(named("A landmine exploded near the town of Al-Ghantu in the northern countryside of Homs.",
        place("Al Ghanto", "Homs"))).isEqualTo("Al Ghantu");
    assertThat(named("Russian strikes hit a market in Jisr al-Shughur on Sunday.", place("Jisr Ash Shugur", "Idlib")))
        .isEqualTo("Jisr al Shughur");
  }

  @Test
  void aShortNameALetterApartIsAnotherVillage() {
    // under seven letters of key a letter apart may be another village: "Nawa" is not "Nafa"
    assertThat(named("Gunmen killed a man in Nawa on Monday.", place("Nafa", "Daraa"))).isNull();
    assertThat(TextNames.oneEditApart("alghanto", "alghantu")).isTrue();
    assertThat(TextNames.oneEditApart("jisralshugur", "jisralshughur")).isTrue();
    assertThat(TextNames.oneEditApart("alghanto", "blghanto")).isFalse();
    assertThat(TextNames.oneEditApart("alghanto", "alghunta")).isFalse();
  }

  private static String town(String text, RecordPlace place) {
    return TextNames.of(text, WORDS).town(place, WORDS, RULES).orElse(null);
  }

  @Test
  void aTownIsTheVillageTheTextWritesAsThePlaceItself() {
    assertThat(town("Two shepherds were killed near Al-Baghdadi subdistrict in the Hit district, west of Ramadi.",
        place("Al Baghdadi", "Anbar"))).isEqualTo("Al Baghdadi");
    assertThat(town("A landmine exploded near the village of Al-Saan in the Salamiyah district.",
        place("As Saan", "Hama"))).isEqualTo("Al Saan");
  }

  @Test
  void aNameWrittenAsADistrictsIsNoTown() {
    // "the Hit district" names the district's records, not those of Hit town
    assertThat(town("Two shepherds were killed near Al-Baghdadi subdistrict in the Hit district.",
        place("Hit", "Anbar"))).isNull();
  }

  @Test
  void aPointOfReferenceAfterOfIsNoTown() {
    assertThat(town("Gunmen attacked them near Sulaiman Bek, north of Tuz Khurmatu in Salahuddin province.",
        place("Tuz Khurmatu", "Salah ad Din"))).isNull();
    assertThat(town("Gunmen attacked them near Sulaiman Bek, north of Tuz Khurmatu in Salahuddin province.",
        place("Sulaiman Bek", "Salah ad Din"))).isEqualTo("Sulaiman Bek");
    assertThat(town("Airstrikes hit the outskirts of Binnish.", place("Binnish", "Idlib"))).isNull();
    assertThat(town("Gunmen killed two men east of al-Mayadin.", place("Mayadin", "Deir ez-Zor"))).isNull();
    assertThat(town("Gunmen killed two men in the town of al-Mayadin.", place("Mayadin", "Deir ez-Zor")))
        .isNotNull();
    assertThat(town("Airstrikes hit the outskirts of the town of Binnish.", place("Binnish", "Idlib")))
        .isEqualTo("Binnish");
  }

  @Test
  void anotherCountrysGovernorateIsNoNameOfTheRecordsArea() {
    // ACLED's "As Saan" in Hama shares its spelling-blind key with Guam's district Asan, a first-level division
    RecordPlace saan = new RecordPlace("As Saan", "Hama", "Salamiyeh", "SY", 35.2638, 37.374, PlacePrecision.POINT);
    assertThat(named("A landmine exploded near the village of Al-Saan on Monday.", saan)).isEqualTo("Al Saan");
    assertThat(RULES.governorateName("As Saan", "Hama")).isTrue();
    assertThat(RULES.governorateName("As Saan", "Hama", "SY")).isFalse();
    assertThat(RULES.governorateName("Idlib", "Idlib", "SY")).isTrue();
  }
}
