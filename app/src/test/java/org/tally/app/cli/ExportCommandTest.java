package org.tally.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code tally export} over the seeds, whose Deir ez-Zor airport strike is reported as 62 dead by Sputnik and as
 * "over 80" by another outlet: each format is parsed back and that incident is found in it.
 */
class ExportCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir static Path dir;
  static String db;

  @BeforeAll
  static void ingestSeeds() {
    db = dir.resolve("seeds.db").toString();
    CliRun ingest = CliRun.of("ingest", "--db", db, seeds());
    assertThat(ingest.status()).as(ingest.err()).isZero();
  }

  static String seeds() {
    Path here = Path.of("").toAbsolutePath();
    Path root = Files.isDirectory(here.resolve("corpus")) ? here : here.getParent();
    return root.resolve("corpus/seeds").toString();
  }

  private static List<CSVRecord> csv(String text) throws IOException {
    return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(text))
        .getRecords();
  }

  private static CSVRecord airport(List<CSVRecord> rows, String placeColumn) {
    return rows.stream().filter(r -> r.get(placeColumn).equals("Deir ez-Zor airport")).findFirst()
        .orElseThrow(() -> new AssertionError("no Deir ez-Zor airport row in " + rows));
  }

  @Test
  void geoJsonIsAFeatureCollectionOfPointsWithLongitudeFirst() throws IOException {
    CliRun run = CliRun.of("export", "--db", db, "--format", "geojson");
    JsonNode collection = JSON.readTree(run.out());

    assertThat(run.status()).isZero();
    assertThat(collection.get("type").asText()).isEqualTo("FeatureCollection");
    assertThat(collection.has("crs")).as("RFC 7946 has no crs member").isFalse();
    assertThat(collection.get("features")).isNotEmpty().allSatisfy(feature -> {
      assertThat(feature.get("type").asText()).isEqualTo("Feature");
      assertThat(feature.get("geometry").get("type").asText()).isEqualTo("Point");
      assertThat(feature.get("geometry").get("coordinates")).hasSize(2);
      assertThat(feature.get("properties").isObject()).isTrue();
    });
  }

  @Test
  void theAirportStrikeIsAPointInDeirEzZorWithItsFigures() throws IOException {
    JsonNode features = JSON.readTree(CliRun.of("export", "--db", db, "--format", "geojson").out()).get("features");
    JsonNode airport = null;
    for (JsonNode feature : features) {
      if (feature.get("properties").get("location.name").asText().equals("Deir ez-Zor airport")
          && feature.get("properties").get("harm").asText().equals("killed")) {
        airport = feature;
      }
    }

    assertThat(airport).as("the airport strike among " + features).isNotNull();
    JsonNode coordinates = airport.get("geometry").get("coordinates");
    // Deir ez-Zor lies near 40.1 E, 35.3 N: longitude first, as RFC 7946 orders them
    assertThat(coordinates.get(0).asDouble()).isBetween(39.5, 40.5);
    assertThat(coordinates.get(1).asDouble()).isBetween(35.0, 35.6);
    assertThat(airport.get("properties").get("low").asInt()).isEqualTo(62);
    assertThat(airport.get("properties").get("high").asInt()).isGreaterThan(80);
  }

  @Test
  void ucdpRowsCarryGedColumnNamesAndTheAirportStrike() throws IOException {
    CliRun run = CliRun.of("export", "--db", db, "--format", "ucdp-ged");
    List<CSVRecord> rows = csv(run.out());
    CSVRecord airport = airport(rows, "where_coordinates");

    assertThat(rows.get(0).getParser().getHeaderNames()).contains("id", "date_start", "date_end", "adm_1", "adm_2",
        "where_coordinates", "where_prec", "latitude", "longitude", "side_a", "side_b", "low", "best", "high",
        "number_of_sources", "source_article");
    assertThat(airport.get("adm_1")).isEqualTo("Deir ez-Zor");
    assertThat(airport.get("low")).isEqualTo("62");
    assertThat(Integer.parseInt(airport.get("high"))).isGreaterThan(80);
    assertThat(airport.get("number_of_sources")).isEqualTo("2");
    assertThat(airport.get("side_b")).isEqualTo("soldiers");
    assertThat(airport.get("geom_wkt")).isEqualTo("POINT (" + airport.get("longitude") + " " + airport.get("latitude")
        + ")");
    assertThat(airport.get("date_start")).isEqualTo(airport.get("date_end")).matches("\\d{4}-\\d\\d-\\d\\d");
  }

  @Test
  void ucdpRowsAreIncidentsOfDeathsOnly() throws IOException {
    List<CSVRecord> incidents = csv(CliRun.of("export", "--db", db, "--format", "csv", "--what", "incidents").out());
    List<CSVRecord> ged = csv(CliRun.of("export", "--db", db, "--format", "ucdp-ged").out());

    long deaths = incidents.stream().filter(r -> r.get("kind").equals("incident") && r.get("harm").equals("killed"))
        .count();
    assertThat(ged).hasSize((int) deaths);
    assertThat(incidents.size()).isGreaterThan(ged.size());
  }

  @Test
  void acledFatalitiesAreTheConservativeFigure() throws IOException {
    CSVRecord airport = airport(csv(CliRun.of("export", "--db", db, "--format", "acled").out()), "location");

    assertThat(airport.get("fatalities")).isEqualTo("62");
    assertThat(airport.get("admin1")).isEqualTo("Deir ez-Zor");
    assertThat(airport.get("notes")).contains("62", "over 80");
    assertThat(airport.get("event_id_cnty")).startsWith("inc:");
  }

  @Test
  void claimsCsvCarriesEvidenceText() throws IOException {
    List<CSVRecord> claims = csv(CliRun.of("export", "--db", db, "--format", "csv").out());

    assertThat(claims).isNotEmpty();
    assertThat(claims).anySatisfy(c -> assertThat(c.get("evidence.text")).contains("62"));
    assertThat(claims).allSatisfy(c -> assertThat(c.get("evidence.text")).isNotBlank());
  }

  @Test
  void jsonlClaimsAreWhatExtractPrintsWithTheirSource() throws IOException {
    String exported = CliRun.of("export", "--db", db, "--format", "jsonl").out();
    String extracted = CliRun.of("extract", "--db", db, "--format", "jsonl").out();

    List<String> exportedLines = exported.lines().toList();
    List<String> extractedLines = extracted.lines().toList();
    assertThat(exportedLines).hasSameSizeAs(extractedLines);
    Map<?, ?> first = JSON.readValue(exportedLines.get(0), Map.class);
    Map<?, ?> same = JSON.readValue(extractedLines.get(0), Map.class);
    assertThat(first).containsAllEntriesOf((Map) same).containsKeys("outlet", "date", "url");
  }

  @Test
  void outputFileHoldsTheSameAsStandardOutput() throws IOException {
    Path file = dir.resolve("ged.csv");
    CliRun toFile = CliRun.of("export", "--db", db, "--format", "ucdp-ged", "--output", file.toString());

    assertThat(toFile.status()).isZero();
    assertThat(toFile.out()).isEmpty();
    assertThat(Files.readString(file)).isEqualTo(CliRun.of("export", "--db", db, "--format", "ucdp-ged").out());
    try (var left = Files.list(dir)) {
      assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".partial"));
    }
  }

  @Test
  void claimsAsUcdpRowsIsAUsageError() {
    CliRun run = CliRun.of("export", "--db", db, "--format", "ucdp-ged", "--what", "claims");

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err()).contains("rows are events");
  }

  @Test
  void anUnknownFormatNamesTheKnownOnes() {
    CliRun run = CliRun.of("export", "--db", db, "--format", "shapefile");

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err()).contains("ucdp-ged, acled, geojson, csv, jsonl");
  }

  @Test
  void anOutputInAMissingFolderNamesTheFolder() {
    CliRun run = CliRun.of("export", "--db", db, "--format", "csv", "--output", dir.resolve("no/such/x.csv").toString());

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err()).contains("folder " + dir.resolve("no/such") + " does not exist");
  }
}
