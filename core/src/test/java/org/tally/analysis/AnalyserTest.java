package org.tally.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.tally.extract.token.FineTokens;
import org.tally.model.Document;
import org.tally.model.Span;

/**
 * The one analysis over a seed article: each stage's result is there, the main incident is the seed's strike, and the
 * text is tokenised once for every stage.
 */
class AnalyserTest {
  private static final Path SEEDS = Path.of("../corpus/seeds");

  private static Document seed(String id) throws IOException {
    return new Document(id, id + ".txt", Files.readString(SEEDS.resolve(id + ".txt"), StandardCharsets.UTF_8), null);
  }

  @Test
  void raqqaSeedLeadsWithAtLeastEighteenCiviliansOfDecemberSeventh() throws IOException {
    Analysis analysis = Analyser.from(org.tally.lexicon.Lexicons.bundled()).analyse(seed("001_4565c09814c26c97"));
    assertThat(analysis.facts().outlet()).isEqualTo("Sputnik");
    assertThat(analysis.layout().sections()).isNotEmpty();
    assertThat(analysis.claims()).isNotEmpty().allSatisfy(c -> assertThat(c.doc()).isEqualTo("001_4565c09814c26c97"));
    assertThat(analysis.mainIncident().killedMin()).isEqualTo(18);
    assertThat(analysis.mainIncident().killedMax()).isNull();
    assertThat(analysis.mainIncident().date()).isEqualTo(LocalDate.of(2016, 12, 7));
    assertThat(analysis.mainIncident().location().admin1()).isEqualTo("Ar-Raqqah");
    assertThat(analysis.mainIncident().evidence()).isEqualTo(new Span(396, 595));
  }

  @Test
  void analysingTwiceGivesEqualAnalyses() throws IOException {
    Document doc = seed("000_401dc622f1291c09");
    assertThat(Analyser.from(org.tally.lexicon.Lexicons.bundled()).analyse(doc)).isEqualTo(Analyser.from(org.tally.lexicon.Lexicons.bundled()).analyse(doc));
  }

  @Test
  void eachSeedIsTokenisedOnceAndOnlyOnce() throws IOException {
    Analyser analyser = Analyser.from(org.tally.lexicon.Lexicons.bundled());
    // the rule files' phrases are tokenised as they load: load them before counting
    analyser.analyse(seed("000_401dc622f1291c09"));
    try (var files = Files.list(SEEDS)) {
      for (Path file : files.sorted().toList()) {
        String id = file.getFileName().toString().replace(".txt", "");
        Document doc = seed(id);
        long before = FineTokens.scannedOnThisThread();
        Analysis analysis = analyser.analyse(doc);
        assertThat(analysis.claims()).as(id).isNotEmpty();
        assertThat(FineTokens.scannedOnThisThread() - before).as(id + ": characters scanned into tokens")
            .isEqualTo(doc.text().length());
      }
    }
  }

  @Test
  void documentWithoutClaimsHasItsPublicationDayAsTheMainIncidentsDate() {
    Document doc = new Document("calm", "calm.txt", "Damascus, 3 March 2017 - The market reopened today.", null);
    Analysis analysis = Analyser.from(org.tally.lexicon.Lexicons.bundled()).analyse(doc);
    assertThat(analysis.claims()).isEmpty();
    // it speaks of no death, so it reports none (death-words.tsv): a toll of 0 read from no sentence
    assertThat(analysis.mainIncident().killedMax()).isZero();
    assertThat(analysis.mainIncident().leadCount()).isNull();
    assertThat(analysis.mainIncident().date()).isEqualTo(analysis.facts().date());
    assertThat(analysis.facts().date()).isEqualTo(LocalDate.of(2017, 3, 3));
  }
}
