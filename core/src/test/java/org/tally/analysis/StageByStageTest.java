package org.tally.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.tally.lexicon.Lexicons;
import org.tally.model.Document;

/**
 * The batch commands analyse blocks of documents stage by stage: the analyses must be those of the documents one at a
 * time, whatever the block's size and whichever documents share it.
 */
class StageByStageTest {
  private static final Path SEEDS = Path.of("../corpus/seeds");
  private static final Path FRESH = Path.of("src/test/resources/org/tally/analysis/fresh-documents");

  /** The seeds and 40 fresh documents drawn with a fixed seed: press releases, monitor reports and news. */
  private static List<Document> documents(Random random) throws IOException {
    List<Path> fresh = files(FRESH);
    Collections.shuffle(fresh, random);
    List<Document> docs = new ArrayList<>();
    for (Path file : Stream.concat(files(SEEDS).stream(), fresh.stream().limit(40)).toList()) {
      String id = file.getFileName().toString().replace(".txt", "");
      docs.add(new Document(id, file.toString(), Files.readString(file, StandardCharsets.UTF_8), null));
    }
    Collections.shuffle(docs, random);
    return docs;
  }

  private static List<Path> files(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return new ArrayList<>(files.filter(f -> f.toString().endsWith(".txt")).sorted().toList());
    }
  }

  @Test
  void blocksOfAnySizeGiveTheAnalysesOfTheDocumentsOneByOne() throws IOException {
    Random random = new Random(24);
    List<Document> docs = documents(random);
    Analyser analyser = Analyser.from(Lexicons.bundled());
    List<Analysis> oneByOne = docs.stream().map(analyser::analyse).toList();
    assertThat(oneByOne).anySatisfy(a -> assertThat(a.claims()).isNotEmpty());

    List<Analysis> inBlocks = new ArrayList<>();
    List<Integer> sizes = new ArrayList<>();
    for (int from = 0; from < docs.size(); ) {
      int size = Math.min(docs.size() - from, 1 + random.nextInt(Analyser.BLOCK));
      inBlocks.addAll(analyser.analyse(docs.subList(from, from + size)));
      sizes.add(size);
      from += size;
    }
    assertThat(sizes).as("block sizes").anyMatch(size -> size > 1);
    for (int i = 0; i < docs.size(); i++) {
      assertThat(inBlocks.get(i)).as(docs.get(i).id()).isEqualTo(oneByOne.get(i));
    }
    assertThat(analyser.analyse(docs)).as("all in one block").isEqualTo(oneByOne);
  }

  @Test
  void anEmptyBlockHasNoAnalyses() {
    assertThat(Analyser.from(Lexicons.bundled()).analyse(List.<Document>of())).isEmpty();
  }
}
