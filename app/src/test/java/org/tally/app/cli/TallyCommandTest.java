package org.tally.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TallyCommandTest {
  private static final Path SEEDS = Path.of("../corpus/seeds");
  private static final ObjectMapper JSON = new ObjectMapper();

  private static List<JsonNode> lines(String out) throws IOException {
    List<JsonNode> nodes = new ArrayList<>();
    for (String line : out.split("\n")) {
      if (!line.isBlank()) {
        nodes.add(JSON.readTree(line));
      }
    }
    return nodes;
  }

  @Test
  void helpListsTheVerbsAndExitStatuses() {
    CliRun run = CliRun.of("--help");
    assertThat(run.status()).isZero();
    assertThat(run.out()).contains("ingest", "docs", "extract", "demo", "Exit status", "some inputs failed");
  }

  @Test
  void unknownOptionIsAUsageErrorWithASuggestion() {
    CliRun run = CliRun.of("docs", "--formt", "jsonl", SEEDS.toString());
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err()).contains("--formt").contains("--format");
  }

  @Test
  void docsGivesOutletDateAndTitleOfTheSeeds() throws IOException {
    CliRun run = CliRun.of("docs", SEEDS.toString(), "--format", "jsonl");
    assertThat(run.status()).isZero();
    List<JsonNode> docs = lines(run.out());
    assertThat(docs).hasSize(5);
    JsonNode sputnik = docs.stream().filter(d -> d.get("doc").asText().startsWith("001_")).findFirst().orElseThrow();
    assertThat(sputnik.get("outlet").asText()).isEqualTo("Sputnik");
    assertThat(sputnik.get("date").asText()).isEqualTo("2017-03-30");
    assertThat(sputnik.get("title").asText()).isEqualTo("Moscow Condemns Coalition Airstrikes in Raqqa Leading to Civilian Casualties");
    assertThat(sputnik.has("event_location")).isTrue();
    JsonNode mee = docs.stream().filter(d -> d.get("doc").asText().startsWith("003_")).findFirst().orElseThrow();
    assertThat(mee.get("date").isNull()).as("the Middle East Eye piece prints no date").isTrue();
  }

  @Test
  void extractPrintsClaimsWithEvidenceOffsetsIntoTheText() throws IOException {
    Path seed = SEEDS.resolve("001_4565c09814c26c97.txt");
    CliRun run = CliRun.of("extract", seed.toString(), "--format", "jsonl");
    assertThat(run.status()).isZero();
    String text = Files.readString(seed);
    List<JsonNode> claims = lines(run.out());
    JsonNode soldiers = claims.stream().filter(c -> c.get("victims").asText().equals("soldiers")
        && c.get("harm").asText().equals("killed")).findFirst().orElseThrow();
    assertThat(soldiers.get("min").asInt()).isEqualTo(62);
    assertThat(soldiers.get("attacks").asInt()).isEqualTo(4);
    JsonNode evidence = soldiers.get("evidence");
    assertThat(text.substring(evidence.get("start").asInt(), evidence.get("end").asInt())).isEqualTo(evidence.get("text").asText());
    assertThat(claims).allSatisfy(c -> assertThat(c.get("section").asText()).isIn("title", "body", "related", "comment"));
  }

  @Test
  void badInputIsNamedAndTheOthersStillRead(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("good.txt"), "At least 16 people were killed in a blast in Hasaka on Tuesday.");
    Files.write(dir.resolve("empty.txt"), new byte[0]);
    CliRun run = CliRun.of("extract", dir.toString(), "--format", "jsonl");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("empty.txt").contains("empty");
    assertThat(lines(run.out())).extracting(c -> c.get("doc").asText()).containsOnly("good");
  }

  @Test
  void reIngestingChangesNothing(@TempDir Path dir) {
    String db = dir.resolve("t.db").toString();
    CliRun first = CliRun.of("ingest", "--quiet", "--db", db, SEEDS.toString());
    CliRun second = CliRun.of("ingest", "--quiet", "--db", db, SEEDS.toString());
    assertThat(first.status()).isZero();
    assertThat(first.out()).contains("5 added").contains("5 documents stored");
    assertThat(second.out()).contains("0 added").contains("5 unchanged").contains("5 documents stored");
  }

  @Test
  void refreshReanalysesUnchangedDocuments(@TempDir Path dir) {
    String db = dir.resolve("t.db").toString();
    CliRun.of("ingest", "--quiet", "--db", db, SEEDS.toString());
    CliRun again = CliRun.of("ingest", "--quiet", "--refresh", "--db", db, SEEDS.toString());
    assertThat(again.out()).contains("5 replaced").contains("0 unchanged").contains("5 documents stored");
  }

  @Test
  void storedClaimsListLikeFreshOnes(@TempDir Path dir) {
    String db = dir.resolve("t.db").toString();
    CliRun.of("ingest", "--quiet", "--db", db, SEEDS.toString());
    CliRun stored = CliRun.of("extract", "--db", db, "--format", "jsonl");
    CliRun fresh = CliRun.of("extract", SEEDS.toString(), "--format", "jsonl");
    assertThat(stored.out().lines().sorted().toList()).isEqualTo(fresh.out().lines().sorted().toList());
  }

  @Test
  void csvAndTableFormatsHaveAHeader() {
    assertThat(CliRun.of("docs", SEEDS.toString(), "--format", "csv").out()).startsWith("doc,title,outlet,date,");
    assertThat(CliRun.of("docs", SEEDS.toString(), "--format", "table").out()).startsWith("doc ");
  }

  @Test
  void usersOwnActorNamesLayerOverTheBundledOnes(@TempDir Path dir) throws IOException {
    Path names = dir.resolve("my-actors.tsv");
    Files.writeString(names, "# my names\n# columns: name\tactor\nKafr Nabl council\tlocal-sources\n");
    Path article = dir.resolve("a.txt");
    Files.writeString(article, "At least 12 people were killed in the market, the Kafr Nabl council said.");
    CliRun run = CliRun.of("extract", article.toString(), "--actors", names.toString(), "--format", "jsonl");
    assertThat(run.status()).isZero();
    assertThat(lines(run.out()).get(0).get("claimant").asText()).isEqualTo("local-sources");
  }

  @Test
  void brokenActorFileIsNamedWithoutAStackTrace(@TempDir Path dir) throws IOException {
    Path names = dir.resolve("bad.tsv");
    Files.writeString(names, "# columns: actor\tname\nx\ty\n");
    CliRun run = CliRun.of("extract", SEEDS.toString(), "--actors", names.toString(), "--format", "jsonl");
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err()).contains("bad.tsv").contains("columns").doesNotContain("at org.");
  }

  @Test
  void everyBadRowOfAUsersActorFileIsNamedByFileLineAndColumn(@TempDir Path dir) throws IOException {
    Path names = dir.resolve("bad.tsv");
    Files.writeString(names, "# my names\n# columns: name\tactor\texample?\trole?\nBlue Brigade\tBlue Brigade\n"
        + "Red Brigade\tred-brigade\tThe Red Brigade shelled the town.\tcommander\n");
    CliRun run = CliRun.of("extract", SEEDS.toString(), "--actors", names.toString(), "--format", "jsonl");
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err()).contains(names + ":3: actor: \"Blue Brigade\" is not an id")
        .contains(names + ":4: role: \"commander\" is not one of perpetrator").doesNotContain("at org.");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void everyBadRowOfAUsersQuantityFileIsNamedByFileLineAndColumn(@TempDir Path dir) throws IOException {
    Path words = dir.resolve("my-quantities.tsv");
    Files.writeString(words, "# my words\n# columns: phrase\tmin\tmax\tapprox\tform\tcombines\texample\n"
        + "a score of\ttwenty\t-\tfalse\tvague\t-\tA score of people died.\n"
        + "heaps of\t10\t-\tfalse\tlots\t-\tHeaps of people died.\n");
    CliRun run = CliRun.of("docs", SEEDS.toString(), "--quantities", words.toString(), "--format", "table");
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err()).contains(words + ":3: min: \"twenty\" is not a number")
        .contains(words + ":4: form: \"lots\" is not one of vague, words, indefinite");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void usersOwnQuantityWordsLayerOverTheBundledOnes(@TempDir Path dir) throws IOException {
    Path words = dir.resolve("my-quantities.tsv");
    Files.writeString(words, "# my words\n# columns: phrase\tmin\tmax\tapprox\tform\tcombines\texample\n"
        + "a busload of\t30\t60\ttrue\tvague\t-\tA busload of pilgrims died.\n");
    Path article = dir.resolve("a.txt");
    Files.writeString(article, "A busload of civilians were killed in the strike on the road.");
    CliRun run = CliRun.of("extract", article.toString(), "--quantities", words.toString(), "--format", "jsonl");
    assertThat(run.status()).isZero();
    JsonNode claim = lines(run.out()).get(0);
    assertThat(claim.get("min").asInt()).isEqualTo(30);
    assertThat(claim.get("max").asInt()).isEqualTo(60);
  }

  @Test
  void theIsafConventionFileCountsAPluralOfDetaineesWithoutANumberAsTwo(@TempDir Path dir) throws IOException {
    Path release = dir.resolve("release.txt");
    Files.writeString(release, "An Afghan and coalition security force detained suspected insurgents in Kandahar.");
    Path isaf = Path.of("..", "examples", "isaf-quantities.tsv");

    CliRun bundled = CliRun.of("extract", release.toString(), "--format", "jsonl");
    CliRun convention = CliRun.of("extract", release.toString(), "--quantities", isaf.toString(), "--format", "jsonl");

    assertThat(bundled.status()).isZero();
    assertThat(bundled.out()).isBlank();
    assertThat(convention.status()).isZero();
    JsonNode claim = lines(convention.out()).get(0);
    assertThat(claim.get("harm").asText()).isEqualTo("detained");
    assertThat(claim.get("min").asInt()).isEqualTo(2);
    assertThat(claim.get("max").asInt()).isEqualTo(2);
    assertThat(claim.get("count_text").asText()).isEqualTo("suspected insurgents");
  }

  @Test
  void readingANamedDatabaseThatIsNotThereCreatesNothing(@TempDir Path dir) {
    Path db = dir.resolve("none.db");
    CliRun run = CliRun.of("extract", "--db", db.toString(), "--format", "table");
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err()).contains("no such database").contains("none.db");
    assertThat(run.out()).isEmpty();
    assertThat(db).doesNotExist();
  }

  @Test
  void incidentsHonourTheUsersActorNames(@TempDir Path dir) throws IOException {
    Path names = dir.resolve("my-actors.tsv");
    Files.writeString(names, "# my names\n# columns: name\tactor\nBlue Brigade\tblue-brigade\n");
    Path article = dir.resolve("a.txt");
    Files.writeString(article, "At least 12 people were killed by the Blue Brigade in Idlib on Monday.");
    CliRun run = CliRun.of("incidents", article.toString(), "--actors", names.toString(), "--format", "jsonl");
    assertThat(lines(run.out())).extracting(i -> i.get("perpetrator").asText()).contains("blue-brigade");
  }

  @Test
  void seedsLinkTheDeirEzZorStrikeWithItsContradictionAndTheCoalitionsAdmittedSeries() throws IOException {
    List<JsonNode> incidents = lines(CliRun.of("incidents", SEEDS.toString(), "--format", "jsonl").out());
    JsonNode strike = incidents.stream().filter(i -> i.get("kind").asText().equals("incident")
        && i.get("harm").asText().equals("killed") && i.get("victims").asText().equals("soldiers")).findFirst().orElseThrow();
    assertThat(strike.get("claims")).extracting(c -> c.get("doc").asText().substring(0, 3)).containsExactlyInAnyOrder("001", "004");
    assertThat(strike.get("contradiction").asBoolean()).isTrue();
    assertThat(strike.get("when").get("start").asText()).isEqualTo("2016-09-17");
    JsonNode admitted = incidents.stream().filter(i -> i.get("kind").asText().equals("series")
        && i.get("claims").size() == 2).findFirst().orElseThrow();
    assertThat(admitted.get("claims")).extracting(c -> c.get("min").asInt()).containsExactly(173, 1319);
  }
}
