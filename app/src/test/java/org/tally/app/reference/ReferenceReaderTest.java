package org.tally.app.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tally.lexicon.Lexicons;
import org.tally.model.PlacePrecision;
import org.tally.verify.CountedDeaths;
import org.tally.verify.RecordPlace;
import org.tally.verify.RecordPlacer;
import org.tally.verify.ReferenceRecord;
import org.tally.verify.VerifyRules;

/** Each reference shape Tally reads by its header, from small files of that shape the tests write themselves. */
class ReferenceReaderTest {
  private static final RecordPlacer PLACER = new RecordPlacer(VerifyRules.from(Lexicons.bundled()).gazetteer());

  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  private static ReferenceFile read(Path file) {
    return new ReferenceReader(PLACER, null).read(file);
  }

  @Test
  void ucdpGedRowsKeepTheirIdSidesAndTolls() throws IOException {
    ReferenceFile file = read(write("ged.csv", "id,date_start,date_end,where_coordinates,adm_1,adm_2,country,"
        + "latitude,longitude,where_prec,side_a,side_b,deaths_civilians,low,best,high\n"
        + "227936,2016-09-17,2016-09-17,Jabal Thurdah,Deir ez Zor Governorate,Deir ez Zor district,Syria,35.256571,"
        + "40.114747,1,Government of Iraq,IS,0,90,90,90\n"));
    assertThat(file.source()).isEqualTo("UCDP GED");
    ReferenceRecord r = file.records().get(0);
    assertThat(r.id()).isEqualTo("227936");
    assertThat(r.sides()).containsExactly("Government of Iraq", "IS");
    assertThat(r.place().admin1()).isEqualTo("Deir ez-Zor");
    assertThat(r.place().precision()).isEqualTo(PlacePrecision.POINT);
    assertThat(r.best()).isEqualTo(90);
  }

  @Test
  void acledFatalitiesAreLowBestAndHigh() throws IOException {
    ReferenceFile file = read(write("acled.csv", "event_id_cnty,event_date,admin1,admin2,admin3,location,latitude,"
        + "longitude,actor1,actor2,fatalities,notes\n"
        + "SYR1,17 September 2016,Deir-ez-Zor,Deir-ez-Zor,,Deir ez Zor airport,35.28,40.17,"
        + "Military Forces of the United States (2017-2021),Military Forces of Syria (2000-),62,Coalition strike\n"));
    assertThat(file.source()).isEqualTo("ACLED");
    ReferenceRecord r = file.records().get(0);
    assertThat(r.when().start()).hasToString("2016-09-17");
    assertThat(r.low()).isEqualTo(62);
    assertThat(r.high()).isEqualTo(62);
    assertThat(r.place().admin1()).isEqualTo("Deir ez-Zor");
    assertThat(r.place().admin3()).as("no subdistrict written").isNull();
  }

  @Test
  void acledAdmin3IsTheRecordsSubdistrict() throws IOException {
    ReferenceFile file = read(write("acled.csv", "event_id_cnty,event_date,admin1,admin2,admin3,location,latitude,"
        + "longitude,actor1,actor2,fatalities,notes\n"
        + "IRQ1,17 November 2021,Diyala,Al-Muqdadiya,Abu Saida,Imam Weis,33.93,44.87,Islamic State (Iraq),"
        + "Civilians (Iraq),4,Attack on villagers\n"));
    RecordPlace place = file.records().get(0).place();
    assertThat(place.admin2()).isEqualTo("Al-Muqdadiya");
    assertThat(place.admin3()).isEqualTo("Abu Saida");
  }

  @Test
  void airwarsStyleKilledMinAndMaxAreLowAndHigh() throws IOException {
    ReferenceFile file = read(write("airwars.csv", "Code,Date,Location,Latitude,Longitude,Belligerent,"
        + "Killed (min),Killed (max)\nCS100,2017-03-22,Tabqa,35.83,38.55,US-led Coalition,30,40\n"));
    assertThat(file.source()).isEqualTo("Airwars");
    ReferenceRecord r = file.records().get(0);
    assertThat(r.id()).isEqualTo("CS100");
    assertThat(r.low()).isEqualTo(30);
    assertThat(r.best()).isEqualTo(35);
    assertThat(r.high()).isEqualTo(40);
    assertThat(r.place().admin1()).isEqualTo("Ar-Raqqah");
    assertThat(r.counts()).as("Airwars counts civilians only").isEqualTo(CountedDeaths.CIVILIANS);
    assertThat(r.deaths()).isEqualTo("30-40 civilians");
  }

  @Test
  void aMappedFileGivingOnlyCiviliansKilledCountsCiviliansOnly() throws IOException {
    Path file = write("civilians.csv", "event,day,town,province,civilians killed\nC1,2017-04-05,Khan Shaykhun,Idlib,"
        + "4\n");
    ReferenceRecord civilians = new ReferenceReader(PLACER, "id=event,date=day,place=town,admin1=province,"
        + "civilians=civilians killed").read(file).records().get(0);
    assertThat(civilians.counts()).isEqualTo(CountedDeaths.CIVILIANS);
    assertThat(civilians.high()).isEqualTo(4);
    ReferenceRecord all = new ReferenceReader(PLACER, "id=event,date=day,place=town,admin1=province,"
        + "deaths=civilians killed").read(file).records().get(0);
    assertThat(all.counts()).as("the same column mapped as deaths counts everyone").isEqualTo(CountedDeaths.ALL);
  }

  @Test
  void eachFormatsPrecisionIsReadInItsOwnScale() throws IOException {
    // ACLED's geo_precision 2 is "near the town", 3 "a larger region": not UCDP's 2 (25 km) and 3 (the district)
    ReferenceFile acled = read(write("acled-precision.csv", "event_id_cnty,event_date,admin1,location,latitude,"
        + "longitude,geo_precision,fatalities\n"
        + "SYR1,11 December 2021,Homs,Al Ghanto,34.822,36.6961,2,10\n"
        + "SYR2,11 December 2021,Homs,Homs,34.7268,36.7234,3,4\n"
        + "SYR3,12 December 2021,Homs,Talbiseh,34.8407,36.7309,1,3\n"));
    assertThat(acled.records()).extracting(r -> r.place().precision()).containsExactly(PlacePrecision.NEAR_POINT,
        PlacePrecision.GOVERNORATE, PlacePrecision.POINT);
    // Airwars writes words
    ReferenceFile airwars = read(write("airwars-precision.csv", "code,date,location,province,country,latitude,"
        + "longitude,geolocation_accuracy,belligerent,killed_min,killed_max\n"
        + "CS1,\"September 27, 2022\",Deir ez-Zor governorate,Deir ez-Zor,Syria,35.0,40.2,Province/governorate,"
        + "US Forces,1,2\n"
        + "T1,\"April 11, 2023\",Ayn al-Arab countryside,Aleppo,Syria,36.89,38.35,Subdistrict/district,"
        + "Turkish Military,2,5\n"
        + "R1,\"March 2, 2020\",Saraqib,Idlib,Syria,,,Village/town,Russian Military,2,3\n"));
    assertThat(airwars.records()).extracting(r -> r.place().precision()).containsExactly(PlacePrecision.GOVERNORATE,
        PlacePrecision.DISTRICT, PlacePrecision.POINT);
    assertThat(airwars.records().get(2).place().lat()).as("a name-only record placed through the gazetteer")
        .isNotNull();
  }

  @Test
  void vdcStyleVictimsAreGroupedByDayAreaAndCause() throws IOException {
    ReferenceFile file = read(write("vdc.csv", "Name,Status,Sex,Province,Area,Date of death,Cause,Actors\n"
        + "A,Civilian,Male,Idlib,Khan Shaykhun,2017-04-04,Chemical,Syrian government\n"
        + "B,Civilian,Female,Idlib,Khan Shaykhun,2017-04-04,Chemical,Syrian government\n"
        + "C,Non-Civilian,Male,Idlib,Khan Shaykhun,2017-04-04,Chemical,Syrian government\n"
        + "D,Civilian,Male,Idlib,Khan Shaykhun,2017-04-04,Shelling,Syrian government\n"
        + "E,Civilian,Male,Idlib,Khan Shaykhun,2017-04-05,Chemical,Syrian government\n"));
    assertThat(file.source()).isEqualTo("VDC");
    assertThat(file.records()).hasSize(3);
    ReferenceRecord chemical = file.records().get(0);
    assertThat(chemical.best()).isEqualTo(3);
    assertThat(chemical.civilians()).isEqualTo(2);
    assertThat(chemical.place().admin1()).isEqualTo("Idlib");
    assertThat(chemical.place().lat()).as("placed through the gazetteer").isNotNull();
  }

  @Test
  void victimsWithNoAreaAreGroupedUnderTheirProvinceWithAnEmptyAreaInTheId() throws IOException {
    ReferenceFile file = read(write("vdc-province.csv", "name,status,sex,province,area,date_of_death,cause,actors\n"
        + "A,Civilian,Adult - Male,Hama,,2020-06-11,Explosion,ISIS\n"
        + "B,Civilian,Child - Male,Hama,,2020-06-11,Explosion,ISIS\n"));
    assertThat(file.records()).hasSize(1);
    ReferenceRecord r = file.records().get(0);
    assertThat(r.id()).isEqualTo("2020-06-11/Hama//Explosion");
    assertThat(r.best()).isEqualTo(2);
    assertThat(r.place().precision()).isEqualTo(PlacePrecision.GOVERNORATE);
  }

  @Test
  void anyCsvReadsThroughAColumnMap() throws IOException {
    Path file = write("mine.csv", "event;day;town;province;dead\nX1;05/04/2017;Khan Shaykhun;Idlib;87\n");
    ReferenceFile read = new ReferenceReader(PLACER, "id=event,date=day,place=town,admin1=province,deaths=dead")
        .read(file);
    assertThat(read.source()).isEqualTo("mine.csv");
    ReferenceRecord r = read.records().get(0);
    assertThat(r.when().start()).as("day first").hasToString("2017-04-05");
    assertThat(r.best()).isEqualTo(87);
  }

  @Test
  void aColumnMapReadsTheFilesOfNoKnownShapeAndLeavesAUcdpFileBesideThemToItsOwn() throws IOException {
    ReferenceReader reader = new ReferenceReader(PLACER, "id=Incident,date=Day,place=Locality,deaths=Killed");
    ReferenceFile mine = reader.read(write("monitor.csv", "Incident,Day,Locality,Killed\nM-1,13/02/2024,Binnish,3\n"));
    ReferenceFile ged = reader.read(write("ged.csv", "id,date_start,date_end,where_coordinates,adm_1,where_prec,"
        + "low,best,high\n9005001,2024-03-12,2024-03-12,Saraqib town,Idlib governorate,1,4,4,5\n"));
    assertThat(mine.source()).isEqualTo("monitor.csv");
    assertThat(mine.records().get(0).id()).isEqualTo("M-1");
    assertThat(ged.source()).isEqualTo("UCDP GED");
    assertThat(ged.records().get(0).high()).isEqualTo(5);
  }

  @Test
  void aVdcHeaderWritingCauseOfDeathIsReadAsVdcAndGroupedByItsCause() throws IOException {
    ReferenceFile file = read(write("vdc-cause-of-death.csv",
        "Name,Status,Sex,Province,Area,Date of death,Cause of death,Actors\n"
        + "A,Civilian,Male,Idlib,Saraqeb,2020-02-03,Shelling,Syrian government\n"
        + "B,Civilian,Male,Idlib,Saraqeb,2020-02-03,Warplane shelling,Russian troops\n"));
    assertThat(file.source()).isEqualTo("VDC");
    assertThat(file.records()).extracting(ReferenceRecord::id)
        .containsExactly("2020-02-03/Idlib/Saraqeb/Shelling", "2020-02-03/Idlib/Saraqeb/Warplane shelling");
  }

  @Test
  void eachOtherColumnNameReadsAsItsColumnAndOnlyThroughItsRow() {
    org.tally.lexicon.RuleFile names = Lexicons.bundled().file(ReferenceColumnNames.FILE);
    assertThat(names.rows()).isNotEmpty().allSatisfy(row -> {
      assertThat(ReferenceColumnNames.FILE.check().failure(Lexicons.bundled(), row)).as(row.raw()).isEmpty();
      assertThat(ReferenceColumnNames.FILE.check().failure(Lexicons.bundled().without(ReferenceColumnNames.FILE, row),
          row)).as(row.raw() + " without its row").isPresent();
    });
  }

  @Test
  void aMissingRequiredColumnNamesTheFileTheColumnAndWhatItHas() throws IOException {
    Path file = write("mine.csv", "event,town,dead\nX1,Idlib,87\n");
    assertThatThrownBy(() -> new ReferenceReader(PLACER, "id=event,date=day,place=town,deaths=dead").read(file))
        .isInstanceOf(ReferenceException.class)
        .hasMessage(file + ": no column day (has: event, town, dead)");
  }

  @Test
  void aColumnTheMapNamesAndTheFileLacksIsTheOneTheMessageNames() throws IOException {
    Path file = write("monitor.csv", "Incident,Day,Killed\nM1,13/02/2024,3\n");
    assertThatThrownBy(() -> new ReferenceReader(PLACER, "id=Incident,date=Day,place=Town,deaths=Killed").read(file))
        .isInstanceOf(ReferenceException.class)
        .hasMessage(file + ": no column Town (has: Incident, Day, Killed)");
  }

  @Test
  void aFileOfNoKnownShapeAsksForAColumnMap() throws IOException {
    Path file = write("odd.csv", "a,b\n1,2\n");
    assertThatThrownBy(() -> read(file)).isInstanceOf(ReferenceException.class)
        .hasMessageStartingWith(file + ": not a reference format").hasMessageContaining("--reference-columns");
  }

  @Test
  void unreadableRowsAreSkippedAndCountedWithTheirFirstLine() throws IOException {
    StringBuilder csv = new StringBuilder("id,date_start,date_end,where_coordinates,adm_1,where_prec,low,best,high\n");
    csv.append("1,2016-09-17,2016-09-17,Mayadin,Deir ez Zor Governorate,1,1,1,1\n");  // line 2
    csv.append("2,not a date,2016-09-17,Mayadin,Deir ez Zor Governorate,1,1,1,1\n");  // line 3
    csv.append("3,2016-09-17,2016-09-17,Mayadin,Deir ez Zor Governorate,1,5,x,5\n");  // line 4
    csv.append("4,2016-13-45,2016-09-17,Mayadin,Deir ez Zor Governorate,1,1,1,1\n");  // line 5
    ReferenceFile file = read(write("ged.csv", csv.toString()));
    assertThat(file.records()).hasSize(1);
    assertThat(file.skipped()).containsExactly(
        dir.resolve("ged.csv") + ": 2 rows skipped: unreadable date, first at line 3",
        dir.resolve("ged.csv") + ": 1 row skipped: unreadable death toll, first at line 4");
  }

  @Test
  void theBundledReferenceIsTheUcdpSyriaExtract() {
    ReferenceFile bundled = BundledReference.read(new ReferenceReader(PLACER, null));
    assertThat(bundled.source()).isEqualTo("UCDP GED");
    assertThat(bundled.records()).hasSizeGreaterThan(16000);
    assertThat(bundled.records()).anySatisfy(r -> {
      assertThat(r.id()).isEqualTo("227936");
      assertThat(r.place().name()).isEqualTo("Jabal Thurdah");
    });
    assertThat(bundled.skipped()).isEmpty();
  }
}
