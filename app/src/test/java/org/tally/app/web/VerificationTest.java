package org.tally.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tally.app.cli.TallyCommand;
import org.tally.lexicon.Lexicons;
import org.tally.store.Store;
import org.tally.verify.DocumentVerdict;

/**
 * The web's verdict of a document is the one {@code tally verify} gives, also where verify reads the main toll's
 * sentence: "A car bomb killed 90" tells one attack, so it is held to the largest record of its days (45), not to the
 * day's records added up, and is contradicted.
 */
class VerificationTest {
  private static final Path ONE_ATTACK = Path.of("src/test/resources/org/tally/app/web/one-attack.txt");

  @Test
  void aOneAttackTollIsGradedAsTallyVerifyGradesIt(@TempDir Path folder) throws Exception {
    String db = folder.resolve("one.db").toString();
    StringWriter out = new StringWriter();
    var cli = TallyCommand.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(new StringWriter(), true));
    assertThat(cli.execute("ingest", "--db", db, ONE_ATTACK.toString())).isZero();
    out.getBuffer().setLength(0);
    assertThat(cli.execute("verify", "--db", db, "--format", "jsonl")).isZero();
    JsonNode printed = new ObjectMapper().readTree(out.toString().strip());
    assertThat(printed.get("verdict").asText()).isEqualTo("contradicted");

    try (Store store = Store.openReadOnly(db)) {
      DocumentVerdict web = Ledger.load(store, Lexicons.bundled()).verdict(printed.get("doc").asText()).orElseThrow();
      assertThat(web.verdict().jsonName()).isEqualTo("contradicted");
      // the main toll's reason, which reads its sentence, is the CLI's word for word (the store here holds no linked
      // incidents, so the incident's grade, which the CLI links for itself, is left out of the comparison)
      assertThat(web.reasons().get(0)).contains("its sentence tells one attack")
          .isEqualTo(printed.get("reasons").get(0).asText());
    }
  }
}
