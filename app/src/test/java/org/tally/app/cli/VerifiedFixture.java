package org.tally.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/** {@code tally verify} run over a fixture folder's articles.csv and records.csv, its objects by document id. */
record VerifiedFixture(CliRun run, Map<String, JsonNode> byDoc) {
  private static final ObjectMapper JSON = new ObjectMapper();

  static VerifiedFixture of(String dir) throws IOException {
    CliRun run = CliRun.of("verify", dir + "articles.csv", "--reference", dir + "records.csv", "--format", "jsonl");
    Map<String, JsonNode> byDoc = new HashMap<>();
    for (String line : run.out().split("\n")) {
      if (!line.isBlank()) {
        JsonNode node = JSON.readTree(line);
        byDoc.put(node.get("doc").asText(), node);
      }
    }
    return new VerifiedFixture(run, Map.copyOf(byDoc));
  }

  JsonNode doc(String id) {
    return byDoc.get(id);
  }

  String verdict(String id) {
    return byDoc.get(id).get("verdict").asText();
  }
}
