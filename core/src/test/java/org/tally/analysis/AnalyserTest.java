package org.tally.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.tally.model.Document;
import org.tally.model.Span;

/** The one analysis over a seed article: each stage's result is there, and the main incident is the seed's strike. */
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
  void documentWithoutClaimsHasItsPublicationDayAsTheMainIncidentsDate() {
    Document doc = new Document("calm", "calm.txt", "Damascus, 3 March 2017 - The market reopened today.", null);
    Analysis analysis = Analyser.from(org.tally.lexicon.Lexicons.bundled()).analyse(doc);
    assertThat(analysis.claims()).isEmpty();
    assertThat(analysis.mainIncident().hasToll()).isFalse();
    assertThat(analysis.mainIncident().date()).isEqualTo(analysis.facts().date());
    assertThat(analysis.facts().date()).isEqualTo(LocalDate.of(2017, 3, 3));
  }
}
