package org.tally.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tally.extract.ClaimExtractor;
import org.tally.lexicon.Lexicons;
import org.tally.model.Claim;
import org.tally.model.Document;
import org.tally.model.Layout;
import org.tally.model.PlacePrecision;
import org.tally.model.Scope;
import org.tally.model.Section;
import org.tally.model.SectionKind;

class ClaimResolverTest {
  private static final ClaimExtractor EXTRACTOR = ClaimExtractor.from(Lexicons.bundled());
  private static final ClaimResolver RESOLVER = ClaimResolver.from(Lexicons.bundled());
  private static final LocalDate PUBLISHED = LocalDate.of(2016, 10, 4);

  private static List<Claim> claims(String body) {
    Document doc = new Document("t", "test", body, null);
    Layout layout = new Layout(List.of(new Section(SectionKind.BODY, 0, body.length())));
    return RESOLVER.resolve(doc, layout, PUBLISHED, EXTRACTOR.extract(doc, layout));
  }

  private static Claim first(String body) {
    List<Claim> claims = claims(body);
    assertThat(claims).isNotEmpty();
    return claims.get(0);
  }

  @Test
  void placeNamedInTheSentenceIsTheClaimsPlace() {
    Claim claim = first("A suicide bomber killed at least 22 people at a wedding in Hasakah on Monday.");
    assertThat(claim.location().admin1()).isEqualTo("Al-Hasakah");
    assertThat(claim.location().span()).isNotNull();
  }

  @Test
  void placeNamedJustBeforeHolds() {
    Claim claim = first("Air strikes hit the town of Manbij in Aleppo province. At least 15 civilians were killed.");
    assertThat(claim.location().admin1()).isEqualTo("Aleppo");
  }

  @Test
  void countriesNamedBeforeAsBrokersOrAlliesAreNotWhereItHappened() {
    assertThat(first("Jets pounded the rebel-held districts of the Syrian city of Homs overnight, days after a truce"
        + " brokered by the US and Russia collapsed. A doctor said the death toll from the raids was 31.")
        .location().admin1()).isEqualTo("Homs");
    assertThat(first("Shelling hit the Syrian town of Jisr al-Shughur, weeks after talks between Turkey and Iran stalled."
        + " Rescuers said 12 people had died.").location().admin1()).isEqualTo("Idlib");
  }

  @Test
  void countriesNamedBeforeThatHoldTheFocusStillSayWhere() {
    Claim claim = first("The coalition struck militants in Iraq and Syria again this week. During this period, 40 people"
        + " were killed in Syria's Deir ez-Zor and Raqqa, it said. In all, 1,319 fighters were killed.");
    assertThat(claims("The coalition struck militants in Iraq and Syria again this week. In all, 1,319 fighters were"
        + " killed.").get(0).location().country()).contains("SY").contains("IQ");
    assertThat(claim.location().country()).isEqualTo("SY");
  }

  @Test
  void aCountOverAListOfGovernoratesIsNoOneIncident() {
    assertThat(first("Shells killed six civilians in Damascus, Homs and Latakia on Monday.").scope())
        .isEqualTo(Scope.AGGREGATE);
    assertThat(first("Nine Civilians Killed in Rocket Attacks in Hama Tartous").scope()).isEqualTo(Scope.AGGREGATE);
  }

  @Test
  void aShareTollInTheNeighbouringGovernorateIsPlacedThere() {
    List<Claim> claims = claims("The air strikes killed 45 civilians in and around Aleppo and 22 in neighbouring Idlib"
        + " province, the monitor said.");
    assertThat(claims).extracting(c -> c.count().min() + " " + c.location().admin1())
        .containsExactly("45 Aleppo", "22 Idlib");
    // the country next door is no place the harm happened in
    assertThat(first("Air strikes killed 20 militants in Raqqa, as the group advanced in neighbouring Iraq.")
        .location().admin1()).isEqualTo("Ar-Raqqah");
  }

  @Test
  void onePersonKilledInAListOfGovernoratesDiedInOneIncident() {
    Claim woman = first("Terrorist attacks kill a woman, injure 9 in Hasaka and Aleppo.");
    assertThat(woman.scope()).isEqualTo(Scope.INCIDENT);
    // she died in one of the two, and the words do not say which
    assertThat(woman.location().admin1()).isNull();
    assertThat(woman.location().country()).isEqualTo("SY");
    assertThat(first("Terrorist attacks kill two women, injure 9 in Hasaka and Aleppo.").scope())
        .isEqualTo(Scope.AGGREGATE);
  }

  @Test
  void aCountInOneGovernorateNamedBesideAnotherStaysOneIncident() {
    assertThat(first("A car bomb killed nine people in Homs on Monday, hours after shelling in Hama.").scope())
        .isEqualTo(Scope.INCIDENT);
    assertThat(first("Shells fired from Idlib killed four civilians in Hama on Monday.").scope())
        .isEqualTo(Scope.INCIDENT);
    List<Claim> two = claims("Raids killed more than 100 civilians in Idlib and Hama on Saturday while five others were"
        + " killed near the capital.");
    assertThat(two).extracting(c -> c.count().min() + " " + c.scope()).containsExactly("101 AGGREGATE", "5 INCIDENT");
  }

  @Test
  void datelineAbroadIsNotWhereItHappened() {
    Claim claim = first("BEIRUT At least seven people died in shelling of the Syrian city of Aleppo on Saturday.");
    assertThat(claim.location().country()).isEqualTo("SY");
  }

  @Test
  void placeTheSentenceNamesOutranksItsDatelineAtHome() {
    assertThat(first("KABUL, Afghanistan (May 14, 2011) — Afghan forces killed two insurgents and detained a Taliban"
        + " facilitator and three suspected insurgents during an operation in Nad-e Ali district, Helmand province.")
        .location().admin1()).isEqualTo("Helmand");
    assertThat(first("BAGHDAD, Iraq (AP) — Gunmen killed five policemen and wounded two civilians at a checkpoint on the"
        + " main road between Daquq and Tuz Khurmatu, Kirkuk province.").location().admin1()).isEqualTo("Kirkuk");
    assertThat(first("DAMASCUS, Syria (Reuters) — A car bomb killed nine people and wounded dozens near a crowded bus"
        + " station on Tuesday morning, Latakia province, the agency said.").location().admin1()).isEqualTo("Latakia");
  }

  @Test
  void datelineAloneStillSaysWhere() {
    assertThat(first("ALEPPO, Syria (AP) — Shelling killed four children on Monday, residents said.").location().admin1())
        .isEqualTo("Aleppo");
  }

  @Test
  void quarterNamedLikeAPlaceElsewhereSitsInTheCityAfterIt() {
    Claim claim = first("A bomb blast in Aleppo killed six people and injured 32 in the Salah al-Din district of Aleppo.");
    assertThat(claim.location().admin1()).isEqualTo("Aleppo");
  }

  @Test
  void cityQuarterNamedAloneIsInItsCityNotWhereTheShellsCameFrom() {
    Claim claim = first("Terrorists in Eastern Ghouta fired mortar shells on Bab Touma, killing two civilians.");
    assertThat(claim.location().admin1()).isEqualTo("Damascus");
    assertThat(claim.location().text()).isEqualTo("Bab Touma");
  }

  @Test
  void cityQuarterOutweighsACapitalNamedForItsGovernment() {
    Claim claim = first("The YPG cooperates with Damascus, rebels say. Shelling of Sheikh Maqsoud has killed 40 civilians.");
    assertThat(claim.location().admin1()).isEqualTo("Aleppo");
  }

  @Test
  void quarterOfOneCityIsNotAQuarterOfAnother() {
    Claim claim = first("Shells fell on the al-Qusour neighbourhood in Deir Ezzor city, killing two people.");
    assertThat(claim.location().admin1()).isEqualTo("Deir ez-Zor");
  }

  @Test
  void governorateThatOnlySaysWhereTheTownBeforeItLiesGivesWayToTheTown() {
    Claim claim = first("At least 73 civilians were killed in air strikes on a village, part of the city of Manbij in the"
        + " governorate of Aleppo.");
    assertThat(claim.location().name()).isEqualTo("Manbij");
  }

  @Test
  void villageNamedAsPartOfATownIsThePlace() {
    Claim claim = first("At least 73 civilians were killed in the northern Syrian village of Tokhar part of the city of"
        + " Manbij in the governorate of Aleppo.");
    assertThat(claim.location().name()).isEqualTo("Tukhar Shagir");
  }

  @Test
  void governorateAfterAnUnrelatedTownIsKept() {
    Claim claim = first("Rebels from Manbij said 12 people were killed in the governorate of Idlib.");
    assertThat(claim.location().admin1()).isEqualTo("Idlib");
  }

  @Test
  void placeInAnActorsNameIsNoPlace() {
    assertThat(first("Vladimir Putin said the blast killed nine people.").location()).isNull();
    assertThat(first("Air strikes killed 20 people on Monday, Fars News Agency reported.").location()).isNull();
  }

  @Test
  void mediumNamedAfterATownIsNotTheTown() {
    assertThat(first("Al Mayadeen TV reported that air strikes killed 20 people on Monday.").location()).isNull();
  }

  @Test
  void groupNamedLikeAGovernoratesPossessiveIsNoPlace() {
    assertThat(first("Hamas fighters killed three soldiers on Monday.").location()).isNull();
  }

  @Test
  void governoratesPossessiveWithoutItsApostropheBeforeItsCountrysideIsThePlace() {
    Claim claim = first("The army killed 40 terrorists in Kafr Zita in Hamas northern countryside.");
    assertThat(claim.location().admin1()).isEqualTo("Hama");
  }

  @Test
  void placeSaidToLieInACityOfAnotherGovernorateIsInTheCity() {
    Claim claim = first("A rocket killed one person and injured 40 in the area of Burj Rouss Qsaa in the Syrian capital"
        + " Damascus on Saturday.");
    assertThat(claim.location().admin1()).isEqualTo("Damascus");
  }

  @Test
  void theSyrianCapitalIsDamascus() {
    Claim claim = first("At least 19 people were killed near the Syrian capital on Tuesday.");
    assertThat(claim.location().name()).isEqualTo("Damascus");
  }

  @Test
  void aCountryBeforeATownWordIsTheCountryNotAVillageNamedLikeIt() {
    Claim claim = first("Air strikes killed 29 civilians in a north Syria town on Monday.");
    assertThat(claim.location().country()).isEqualTo("SY");
    assertThat(claim.location().admin1()).isNull();
  }

  @Test
  void incidentNamedNowhereIsInTheGovernorateTheDocumentIsPlainlyAbout() {
    String filler = " Officials gave no further details about the attack or about who had carried it out.".repeat(6);
    Claim claim = first("A suicide bomber killed four people in a hospital on Sunday." + filler
        + " The blast hit Qardaha in Latakia province, and security was tightened across Latakia.");
    assertThat(claim.location().admin1()).isEqualTo("Latakia");
    assertThat(claim.location().text()).isNull();
  }

  @Test
  void incidentNamedNowhereInADocumentAboutTwoGovernoratesIsOnlyInTheCountry() {
    String filler = " Officials gave no further details about the attack or about who had carried it out.".repeat(6);
    Claim claim = first("A suicide bomber killed four people in a hospital on Sunday." + filler
        + " Shelling also hit Aleppo and Idlib.");
    assertThat(claim.location().admin1()).isNull();
    assertThat(claim.location().country()).isEqualTo("SY");
  }

  @Test
  void nothingNamedMeansTheDocumentsCountryMarkedAsInferred() {
    Claim claim = first("Rebels said that 12 fighters were killed. The war in Syria goes on.");
    assertThat(claim.location().country()).isEqualTo("SY");
    assertThat(claim.location().text()).isNull();
    assertThat(claim.location().precision()).isEqualTo(PlacePrecision.COUNTRY);
  }

  @Test
  void statedWeekdayResolvesAgainstThePublicationDate() {
    Claim claim = first("A suicide bomber killed at least 22 people at a wedding in Hasakah on Monday.");
    assertThat(claim.when().start()).isEqualTo(LocalDate.of(2016, 10, 3));
    assertThat(claim.when().text()).isEqualTo("Monday");
  }

  @Test
  void incidentWithoutTimeWordsHappenedByTheReportsDay() {
    Claim claim = first("A suicide bomber killed at least 22 people at a wedding in Hasakah.");
    assertThat(claim.when().start()).isEqualTo(PUBLISHED.minusDays(1));
    assertThat(claim.when().end()).isEqualTo(PUBLISHED);
    assertThat(claim.when().text()).isNull();
  }

  @Test
  void aStatedStretchOfMonthsMakesAnAggregate() {
    Claim claim = first("Some 54 civilians were killed in Syria between March 31 and October 2.");
    assertThat(claim.scope()).isEqualTo(Scope.AGGREGATE);
  }

  @Test
  void aMonthNamedAsTheTimeOfOneStrikeKeepsItAnIncident() {
    Claim claim = first("In September, a US-led airstrike hit a base in Syria, leaving over 80 army troops dead.");
    assertThat(claim.scope()).isEqualTo(Scope.INCIDENT);
  }

  @Test
  void anIncidentPlacedInARegionIsWhereTheNextSentenceSays() {
    Claim claim = first("Seventeen civilians were killed in air raids on a market in eastern Syria on Monday. The raids"
        + " hit the town of al-Asharah in Deir Ezzor province.");
    assertThat(claim.location().admin1()).isEqualTo("Deir ez-Zor");
  }

  @Test
  void whereThePeopleWereGoingIsNotWhereTheyWereKilled() {
    Claim claim = first("A car bomb killed 20 displaced people in eastern Syria on Monday. They had been on their way"
        + " to neighbouring Hasakeh province.");
    assertThat(claim.location().admin1()).isNull();
  }

  @Test
  void whereTheVictimsCameFromIsNotWhereTheyDied() {
    Claim claim = first("Nearly 70 children were among those killed when a car bombing tore through buses in Syria on"
        + " Saturday. The blast hit a convoy carrying residents from the northern towns of Fuaa and Kafraya as they"
        + " waited at a transit point in Rashidin west of Aleppo.");
    assertThat(claim.location().admin1()).isEqualTo("Aleppo");
  }

  @Test
  void aPlaceAbroadAfterTheCountGivesWayToThePlaceAtHomeItsSentenceNames() {
    Claim claim = first("Shelling in the town of Saraqib on Sunday wounded 30 people, said an official in Moscow.");
    assertThat(claim.location().admin1()).isEqualTo("Idlib");
    assertThat(claim.location().text()).as("named, not inferred from the document's focus").isEqualTo("town of Saraqib");
  }

  @Test
  void theObservatoryForHumanRightsIsNoPlace() {
    Claim claim = first("The mortar fire hit a tent where supporters had gathered in the southern city of Daraa late on"
        + " Thursday and also wounded at least 30 people the Syrian Observatory for Human Rights said.");
    assertThat(claim.location().text()).isEqualTo("city of Daraa");
  }

  @Test
  void aRunningTotalOfTheWarWithoutATimeCoversTheWarSinceItBegan() {
    Claim claim = first("The conflict has claimed the lives of more than 470,000 people in Syria.");
    assertThat(claim.scope()).isEqualTo(Scope.CUMULATIVE);
    assertThat(claim.when().start()).isEqualTo(LocalDate.of(2011, 3, 15));
    assertThat(claim.when().end()).isEqualTo(PUBLISHED);
    assertThat(claim.when().text()).as("inferred, not stated").isNull();
  }

  @Test
  void aRunningTotalOfAWarTheFileDoesNotKnowHasNoTime() {
    Claim claim = first("The conflict has claimed the lives of more than 40,000 people in Sudan.");
    assertThat(claim.scope()).isEqualTo(Scope.CUMULATIVE);
    assertThat(claim.when()).isNull();
  }

  @Test
  void aTotalOfTheWholeWarStaysInTheCountry() {
    Claim claim = first("Rebels shelled the city of Latakia on Monday. More than 146000 people have died in Syrias"
        + " three-year war.");
    assertThat(claim.count().min()).isGreaterThan(146000);
    assertThat(claim.location().admin1()).isNull();
  }

  @Test
  void aPlaceNamedBeforeIsTheTownNotTheRegionItLiesIn() {
    List<Claim> claims = claims("Air strikes hit a school in Idlib province in northwest Syria on Wednesday. Six teachers"
        + " were among the dead, 35 people in total.");
    assertThat(claims).allSatisfy(c -> assertThat(c.location().admin1()).isEqualTo("Idlib"));
  }

  @Test
  void aTotalOverMonthsAcrossTheCountryStaysInTheCountry() {
    Claim claim = first("Some 54 civilians were killed across Syria between March 31 and October 2. Most of them died"
        + " in Aleppo province.");
    assertThat(claim.scope()).isEqualTo(Scope.AGGREGATE);
    assertThat(claim.location().admin1()).isNull();
  }

  @Test
  void anIncidentPlacedInTheCountryNamedNowhereElseStaysThere() {
    Claim claim = first("At least 12 people were killed in Syria on Monday, the monitor said.");
    assertThat(claim.location().admin1()).isNull();
    assertThat(claim.location().country()).isEqualTo("SY");
  }

  @Test
  void nearACityThatIsAGovernorateOfItsOwnIsTheGovernorateAroundIt() {
    Claim claim = first("Shelling killed five people near Damascus on Monday.");
    assertThat(claim.location().name()).isEqualTo("Damascus");
    assertThat(claim.location().admin1()).isEqualTo("Rif Dimashq");
    Claim inside = first("Shelling killed five people in Damascus on Monday.");
    assertThat(inside.location().admin1()).isEqualTo("Damascus");
  }
}
