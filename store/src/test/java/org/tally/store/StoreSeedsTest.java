package org.tally.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tally.analysis.Analyser;
import org.tally.analysis.Analysis;
import org.tally.link.ClaimRef;
import org.tally.link.IncidentLinker;
import org.tally.model.Document;

/**
 * The seed articles through the store: what {@code docs --db} and {@code incidents --db} read back equals what
 * analysing and linking the files gives, with nothing analysed again.
 */
@org.junit.jupiter.params.ParameterizedClass
@org.junit.jupiter.params.provider.EnumSource(StoreBackend.class)
class StoreSeedsTest {
  @org.junit.jupiter.params.Parameter StoreBackend backend;

  private static final Path SEEDS = Path.of("../corpus/seeds");
  private static List<Analysis> analysed;

  @TempDir Path dir;

  @BeforeAll
  static void analyseTheSeeds() throws IOException {
    List<Analysis> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(SEEDS)) {
      for (Path file : files.sorted().toList()) {
        String id = file.getFileName().toString().replaceFirst("\\.txt$", "");
        out.add(Analyser.from(org.tally.lexicon.Lexicons.bundled()).analyse(
            new Document(id, file.toString(), Files.readString(file, StandardCharsets.UTF_8), null)));
      }
    }
    analysed = out;
  }

  @Test
  void storedAnalysesEqualTheAnalysesOfTheFiles() {
    List<Analysis> read = new ArrayList<>();
    try (Store store = Store.open(backend.location(dir, "seeds.db"))) {
      store.putAll(analysed);
      store.eachAnalysis(stored -> read.add(stored.analysis(s -> {
        throw new AssertionError(s.stored().id() + " was read back without its main incident");
      })));
    }
    assertThat(analysed).hasSize(5);
    assertThat(analysed).anySatisfy(a -> assertThat(a.mainIncident().hasToll()).isTrue());
    assertThat(read).isEqualTo(analysed);
  }

  @Test
  void storedIncidentsEqualTheIncidentsLinkedFromTheFiles() {
    List<ClaimRef> refs = new ArrayList<>();
    analysed.forEach(a -> refs.addAll(a.claimRefs()));
    IncidentLinker linker = IncidentLinker.from(org.tally.lexicon.Lexicons.bundled());
    try (Store store = Store.open(backend.location(dir, "seeds.db"))) {
      store.putAll(analysed);
      store.linkNew(linker);
      assertThat(store.incidents()).hasSizeGreaterThan(1).isEqualTo(linker.link(refs));
    }
  }
}
