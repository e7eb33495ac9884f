package org.tally.app.gold;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.tally.app.export.ClaimRecord;
import org.tally.app.read.ReadOptions;
import org.tally.app.run.Batch;
import org.tally.analysis.Analyser;
import org.tally.model.Claim;
import org.tally.analysis.Analysis;

/**
 * A gold file and the articles it annotates, both inside the repository (paths from the app module, where Maven runs
 * its tests). Predictions are made as {@code tally extract INPUT --format jsonl} makes them: the same reading (a
 * {@link Batch} with the default read options), the same {@link Analyser}, the same {@link ClaimRecord}s.
 */
enum GoldSet {
  /** 40 random FA-KES dev articles, 150 required claims (core/src/test/resources/org/tally/extract/gold/README.md). */
  FAKES_DEV_40("fakes-dev-40", "../core/src/test/resources/org/tally/extract/gold/fakes-dev-40.jsonl",
      "../corpus/fakes-dev.csv"),
  /**
   * 40 further random FA-KES dev articles, none of the first 40, 181 required claims, annotated blind to the tool so
   * that rule changes can be measured on text nobody tuned on (the README's "Second sample").
   */
  FAKES_DEV_40B("fakes-dev-40b", "../core/src/test/resources/org/tally/extract/gold/fakes-dev-40b.jsonl",
      "../corpus/fakes-dev.csv"),
  /**
   * 20 more random FA-KES dev articles, in neither file above nor any attribution sample, 75 required claims,
   * annotated blind to the tool (issue 11, count10; the README's "Third sample").
   */
  FAKES_DEV_20C("fakes-dev-20c", "../core/src/test/resources/org/tally/extract/gold/fakes-dev-20c.jsonl",
      "../corpus/fakes-dev.csv"),
  /**
   * 20 more random FA-KES dev articles, in none of the files above nor any attribution sample, 83 required claims,
   * annotated blind to the tool (issue 11, count11; the README's "Fourth sample").
   */
  FAKES_DEV_20D("fakes-dev-20d", "../core/src/test/resources/org/tally/extract/gold/fakes-dev-20d.jsonl",
      "../corpus/fakes-dev.csv"),
  /**
   * 20 more random FA-KES dev articles, in none of the files above nor any attribution sample, 98 required claims,
   * annotated blind to the tool (issue 11, count12; the README's "Fifth sample").
   */
  FAKES_DEV_20E("fakes-dev-20e", "../core/src/test/resources/org/tally/extract/gold/fakes-dev-20e.jsonl",
      "../corpus/fakes-dev.csv"),
  /**
   * 20 more random FA-KES dev articles, in none of the files above nor any attribution sample, 59 required claims,
   * annotated blind to the tool (issue 11, count13; the README's "Sixth sample").
   */
  FAKES_DEV_20F("fakes-dev-20f", "../core/src/test/resources/org/tally/extract/gold/fakes-dev-20f.jsonl",
      "../corpus/fakes-dev.csv"),
  /**
   * 20 more random FA-KES dev articles, in none of the files above nor any attribution sample, 97 required claims,
   * annotated blind to the tool (issue 11, count14; the README's "Seventh sample").
   */
  FAKES_DEV_20G("fakes-dev-20g", "../core/src/test/resources/org/tally/extract/gold/fakes-dev-20g.jsonl",
      "../corpus/fakes-dev.csv"),
  /**
   * 20 more random FA-KES dev articles, in none of the files above nor any attribution sample, 64 required claims,
   * annotated blind to the tool (issue 11, count15; the README's "Eighth sample").
   */
  FAKES_DEV_20H("fakes-dev-20h", "../core/src/test/resources/org/tally/extract/gold/fakes-dev-20h.jsonl",
      "../corpus/fakes-dev.csv"),
  /**
   * 20 more random FA-KES dev articles, in none of the count golds above (most were judged for attribution in
   * attribution-fresh samples), 107 required claims, annotated blind to the tool (issue 11, count16; the README's
   * "Ninth sample").
   */
  FAKES_DEV_20I("fakes-dev-20i", "../core/src/test/resources/org/tally/extract/gold/fakes-dev-20i.jsonl",
      "../corpus/fakes-dev.csv"),
  /**
   * 20 more random FA-KES dev articles, in none of the count golds above nor any main-incident or event-place sample,
   * 105 required claims, annotated blind to the tool (issue 11, count18; the README's "Tenth sample").
   */
  FAKES_DEV_20J("fakes-dev-20j", "../core/src/test/resources/org/tally/extract/gold/fakes-dev-20j.jsonl",
      "../corpus/fakes-dev.csv"),
  /**
   * 20 of the last FA-KES dev articles in no count gold and no main-incident, event-place or claim-place sample, 91
   * required claims, annotated blind to the tool (gold20k; the README's "Eleventh sample"). Its articles were in
   * attribution samples, so its perpetrator and claimant figures are less blind than its counts.
   */
  FAKES_DEV_20K("fakes-dev-20k", "../core/src/test/resources/org/tally/extract/gold/fakes-dev-20k.jsonl",
      "../corpus/fakes-dev.csv"),
  /**
   * 20 FA-KES dev articles in no claims gold (they are all in attribution, event or place samples), 62 required claims,
   * annotated blind to the tool (issue 11, dev28; the README's "Twelfth sample").
   */
  FAKES_DEV_20L("fakes-dev-20l", "../core/src/test/resources/org/tally/extract/gold/fakes-dev-20l.jsonl",
      "../corpus/fakes-dev.csv"),
  /**
   * 20 FA-KES dev articles in no claims gold, 83 required claims, annotated blind to the tool (issue 11, dev29; the
   * README's "Thirteenth sample").
   */
  FAKES_DEV_20M("fakes-dev-20m", "../core/src/test/resources/org/tally/extract/gold/fakes-dev-20m.jsonl",
      "../corpus/fakes-dev.csv"),
  /**
   * 20 FA-KES dev articles in no claims gold, 68 required claims, annotated blind to the tool (issue 11, dev30; the
   * README's "Fourteenth sample").
   */
  FAKES_DEV_20N("fakes-dev-20n", "../core/src/test/resources/org/tally/extract/gold/fakes-dev-20n.jsonl",
      "../corpus/fakes-dev.csv"),
  /**
   * 20 FA-KES dev articles in no claims gold, 74 required claims, annotated blind to the tool (issue 11, dev31; the
   * README's "Fifteenth sample").
   */
  FAKES_DEV_20O("fakes-dev-20o", "../core/src/test/resources/org/tally/extract/gold/fakes-dev-20o.jsonl",
      "../corpus/fakes-dev.csv"),
  /** The five seed articles the project started from, 21 claims (a copy of shared/gold/seeds.jsonl). */
  SEEDS("seeds", "../core/src/test/resources/org/tally/extract/seeds/claims.jsonl", "../corpus/seeds");

  private static final ObjectMapper JSON = new ObjectMapper();

  private final String id;
  private final Path gold;
  private final String input;

  GoldSet(String id, String gold, String input) {
    this.id = id;
    this.gold = Path.of(gold);
    this.input = input;
  }

  /** The name floors.tsv uses. */
  String id() {
    return id;
  }

  static GoldSet byId(String id) {
    for (GoldSet set : values()) {
      if (set.id.equals(id)) {
        return set;
      }
    }
    return null;
  }

  /** The gold file's claims, line by line, as score.py's {@code load_jsonl} reads them. */
  List<JsonNode> goldLines() {
    List<JsonNode> lines = new ArrayList<>();
    try {
      int number = 0;
      for (String line : Files.readAllLines(gold, StandardCharsets.UTF_8)) {
        number++;
        if (!line.isBlank()) {
          try {
            lines.add(JSON.readTree(line.strip()));
          } catch (IOException e) {
            throw new IllegalStateException(gold + ":" + number + ": not JSON: " + e.getMessage(), e);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the gold file " + gold.toAbsolutePath().normalize(), e);
    }
    return lines;
  }

  /**
   * Every claim {@code tally extract} prints for the gold's documents, in its order. Every input row whose id is a
   * gold document is analysed, as the CLI does: FA-KES has 1926479289 twice, so its claims come twice, as they do in
   * the CLI's output that score.py reads.
   */
  List<JsonNode> predictions(Analyser pipeline, Set<String> docs) {
    StringWriter problems = new StringWriter();
    Batch batch = new Batch(List.of(input), ReadOptions.defaults(),
        new ByteArrayInputStream(new byte[0]), new PrintWriter(problems, true));
    List<JsonNode> claims = new ArrayList<>();
    Set<String> read = new LinkedHashSet<>();
    batch.run(doc -> {
      if (docs.contains(doc.id())) {
        read.add(doc.id());
        Analysis analysed = pipeline.analyse(doc);
        for (Claim claim : analysed.claims()) {
          claims.add(JSON.valueToTree(ClaimRecord.of(claim, doc.text())));
        }
      }
    });
    if (batch.problemCount() > 0) {
      throw new IllegalStateException("reading " + input + " failed:\n" + problems);
    }
    Set<String> unread = new LinkedHashSet<>(docs);
    unread.removeAll(read);
    if (!unread.isEmpty()) {
      throw new IllegalStateException(id + ": gold documents not found in " + input + ": " + unread);
    }
    return claims;
  }

  /** The gold documents' ids, as score.py collects them (every line, {@code none} ones too). */
  static Set<String> docs(List<JsonNode> goldLines) {
    Set<String> docs = new LinkedHashSet<>();
    goldLines.forEach(g -> docs.add(Py.str(g.path("doc"))));
    return docs;
  }

  ClaimScore score(Analyser pipeline) {
    List<JsonNode> goldLines = goldLines();
    return ClaimScorer.score(goldLines, predictions(pipeline, docs(goldLines)));
  }

  @Override
  public String toString() {
    return id;
  }
}
