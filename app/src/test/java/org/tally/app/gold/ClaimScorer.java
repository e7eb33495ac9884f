package org.tally.app.gold;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores predicted claims against gold claims as {@code score.py claims} does (claims.md section 6): predictions of
 * documents without gold lines, and related or comment ones, are left out; each gold claim is matched at most once
 * ({@link ClaimMatching}); a prediction that only repeats a matched or optional gold claim counts neither way; optional
 * gold claims are never missed; matched claims' fields are judged by {@link FieldChecks}.
 */
final class ClaimScorer {
  private ClaimScorer() {}

  /**
   * @param goldLines the gold file's lines ({@code none} ones too: they name documents without claims)
   * @param predLines claims as {@code tally extract --format jsonl} prints them
   */
  static ClaimScore score(List<JsonNode> goldLines, List<JsonNode> predLines) {
    Set<String> docs = new LinkedHashSet<>();
    Map<String, List<JsonNode>> goldByDoc = new LinkedHashMap<>();
    for (JsonNode g : goldLines) {
      docs.add(Py.str(g.path("doc")));
      if (!Py.truthy(g.path("none"))) {
        goldByDoc.computeIfAbsent(Py.str(g.path("doc")), d -> new ArrayList<>()).add(g);
      }
    }
    Map<String, List<JsonNode>> predByDoc = new LinkedHashMap<>();
    for (JsonNode p : predLines) {
      String section = Py.section(p);
      if (docs.contains(Py.str(p.path("doc"))) && !"related".equals(section) && !"comment".equals(section)) {
        predByDoc.computeIfAbsent(Py.str(p.path("doc")), d -> new ArrayList<>()).add(p);
      }
    }

    Map<GoldRef, JsonNode> matched = new LinkedHashMap<>();
    List<JsonNode> spurious = new ArrayList<>();
    int truePositives = 0;
    for (Map.Entry<String, List<JsonNode>> entry : predByDoc.entrySet()) {
      List<JsonNode> preds = entry.getValue();
      List<JsonNode> golds = goldByDoc.getOrDefault(entry.getKey(), List.of());
      Map<Integer, Integer> pairs = ClaimMatching.match(preds, golds);
      for (int pi = 0; pi < preds.size(); pi++) {
        JsonNode p = preds.get(pi);
        Integer gi = pairs.get(pi);
        if (gi != null) {
          matched.put(new GoldRef(entry.getKey(), gi), p);
          if (!Py.truthy(golds.get(gi).path("optional"))) {
            truePositives++;
          }
        } else if (golds.stream().noneMatch(g -> ClaimMatching.compatible(p, g))) {
          spurious.add(p);
        }
        // else: a repeat of a gold claim already matched, or an optional one: counts neither way
      }
    }

    int required = 0;
    List<JsonNode> missed = new ArrayList<>();
    for (Map.Entry<String, List<JsonNode>> entry : goldByDoc.entrySet()) {
      for (int gi = 0; gi < entry.getValue().size(); gi++) {
        JsonNode g = entry.getValue().get(gi);
        if (!Py.truthy(g.path("optional"))) {
          required++;
          if (!matched.containsKey(new GoldRef(entry.getKey(), gi))) {
            missed.add(g);
          }
        }
      }
    }

    Map<String, List<ClaimScore.FieldResult>> fields = new LinkedHashMap<>();
    FieldChecks.NAMES.forEach(name -> fields.put(name, new ArrayList<>()));
    matched.forEach((ref, p) -> {
      JsonNode g = goldByDoc.get(ref.doc()).get(ref.index());
      for (String name : FieldChecks.NAMES) {
        Boolean ok = FieldChecks.check(name, g, p);
        if (ok != null) {
          fields.get(name).add(new ClaimScore.FieldResult(name, ok, ref.doc(), g, p));
        }
      }
    });
    return new ClaimScore(docs.size(), required, truePositives, spurious.size(), missed, spurious, fields);
  }

  /** A gold claim: its document and its place among that document's gold lines. */
  private record GoldRef(String doc, int index) {}
}
