package org.tally.analysis;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.tally.event.ReleaseTotal;
import org.tally.lexicon.Lexicons;
import org.tally.lexicon.RuleFiles;
import org.tally.model.Document;
import org.tally.model.Harm;

/** Scratch (not committed): scores only the rows whose name starts with -Dw24.prefix. */
class Wars24ScratchTest {
  @Test
  void score() throws Exception {
    String prefix = System.getProperty("w24.prefix", "twentieth-release-");
    Analyser analyser = Analyser.from(Lexicons.bundled().layered(RuleFiles.QUANTIFIERS,
        Path.of("../examples/isaf-quantities.tsv")));
    int n = 0, k = 0, d = 0;
    StringBuilder out = new StringBuilder();
    for (FreshDocumentsTest.Row row : FreshDocumentsTest.rows()) {
      if (!row.file().startsWith(prefix) || row.killed() == null || (row.file().startsWith("twentieth-check") && !prefix.startsWith("twentieth-check"))) continue;
      String text;
      try (InputStream in = getClass().getResourceAsStream("fresh-documents/" + row.file() + ".txt")) {
        text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      Analysis a = analyser.analyse(new Document(row.file(), row.file() + ".txt", text, null));
      int kk = ReleaseTotal.of(text, a.claims(), a.mainIncident(), Harm.KILLED);
      int dd = ReleaseTotal.of(text, a.claims(), a.mainIncident(), Harm.DETAINED);
      n++; k += kk == row.killed() ? 1 : 0; d += dd == row.detained() ? 1 : 0;
      if (kk != row.killed() || dd != row.detained()) {
        out.append(String.format("%s: killed %d (gold %d), detained %d (gold %d)%n", row.file(), kk, row.killed(), dd, row.detained()));
      }
    }
    System.out.println("W24 " + prefix + " n=" + n + " killed " + k + " detained " + d + "\n" + out);
  }
}
