package org.tally.app.gold;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/**
 * What {@link ClaimScorer} found: the counts behind precision, recall and F1, each field's judged claims, and the
 * claims that differ, printed as score.py prints them (summary) and one line per difference.
 *
 * @param documents documents in the gold file
 * @param required gold claims that are not optional
 * @param matched required gold claims a prediction matched (true positives)
 * @param spurious predictions that match no gold claim (false positives)
 */
record ClaimScore(int documents, int required, int matched, int spurious, List<JsonNode> missedClaims,
                  List<JsonNode> spuriousClaims, Map<String, List<FieldResult>> fields) {
  private static final int EVIDENCE_CHARS = 100;

  /** One field of one matched claim, judged. */
  record FieldResult(String field, boolean ok, String doc, JsonNode gold, JsonNode pred) {}

  /** The measures a floor may name: precision, recall, f1 and the field names. */
  static final List<String> MEASURES =
      List.of("precision", "recall", "f1", "perpetrator", "claimant", "location", "when");

  double precision() {
    return matched + spurious == 0 ? 0.0 : (double) matched / (matched + spurious);
  }

  double recall() {
    return required == 0 ? 0.0 : (double) matched / required;
  }

  double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
  }

  /** Right answers over judged claims, 0 when none was judged (as score.py). */
  double accuracy(String field) {
    List<FieldResult> rows = fields.get(field);
    return rows.isEmpty() ? 0.0 : (double) right(field) / rows.size();
  }

  long right(String field) {
    return fields.get(field).stream().filter(FieldResult::ok).count();
  }

  double figure(String measure) {
    return switch (measure) {
      case "precision" -> precision();
      case "recall" -> recall();
      case "f1" -> f1();
      default -> {
        if (!fields.containsKey(measure)) {
          throw new IllegalArgumentException("no measure " + measure + "; there are " + MEASURES);
        }
        yield accuracy(measure);
      }
    };
  }

  /** The figures in score.py's words and layout, with the counts behind them. */
  String summary() {
    StringBuilder out = new StringBuilder();
    out.append("documents ").append(documents).append("  gold claims ").append(required)
        .append("  predicted ").append(matched + spurious).append("  matched ").append(matched).append('\n');
    fields.forEach((name, rows) -> out.append(String.format("%-12s accuracy %s on %d matched claims (%d right)%n",
        name, three(accuracy(name)), rows.size(), right(name))));
    out.append("precision ").append(three(precision())).append(" recall ").append(three(recall()))
        .append(" F1 ").append(three(f1())).append('\n');
    return out.toString();
  }

  /** The counts a measure comes from, in words. */
  String counts(String measure) {
    return switch (measure) {
      case "precision" -> matched + " of " + (matched + spurious) + " predictions match gold";
      case "recall" -> matched + " of " + required + " gold claims found";
      case "f1" -> "precision " + four(precision()) + ", recall " + four(recall());
      default -> right(measure) + " of " + fields.get(measure).size() + " matched claims right";
    };
  }

  /** As Python's {@code f"{x:.3f}"}: the double's exact value, rounded half-even. */
  static String three(double x) {
    return new BigDecimal(x).setScale(3, RoundingMode.HALF_EVEN).toPlainString();
  }

  /** One digit more than score.py prints, so that a figure just under a floor does not print as the floor. */
  static String four(double x) {
    return new BigDecimal(x).setScale(4, RoundingMode.HALF_EVEN).toPlainString();
  }

  /** Missed gold claims, spurious predictions and matched claims whose fields differ, one line each. */
  String differences() {
    StringBuilder out = new StringBuilder();
    out.append("missed (").append(missedClaims.size()).append(" gold claims no prediction matched):\n");
    for (JsonNode g : missedClaims) {
      out.append("  ").append(Py.str(g.path("doc"))).append("  ").append(claim(g))
          .append("  «").append(Py.str(g.path("quote"))).append("»\n");
    }
    out.append("spurious (").append(spuriousClaims.size()).append(" predictions that match no gold claim):\n");
    for (JsonNode p : spuriousClaims) {
      out.append("  ").append(Py.str(p.path("doc"))).append("  ").append(claim(p))
          .append(" \"").append(Py.str(p.path("count_text"))).append("\"  «")
          .append(shortened(Py.str(p.path("evidence").path("text")))).append("»\n");
    }
    fields.forEach((name, rows) -> {
      List<FieldResult> wrong = rows.stream().filter(r -> !r.ok()).toList();
      out.append(name).append(" differs (").append(wrong.size()).append(" of ").append(rows.size())
          .append(" matched claims):\n");
      for (FieldResult r : wrong) {
        out.append("  ").append(r.doc()).append("  ").append(claim(r.gold()))
            .append("  gold ").append(value(name, r.gold().path(name)))
            .append("  pred ").append(value(name, r.pred().path(name)))
            .append("  «").append(Py.str(r.gold().path("quote"))).append("»\n");
      }
    });
    return out.toString();
  }

  private static String claim(JsonNode c) {
    return Py.str(c.path("harm")) + " " + Py.str(c.path("victims")) + " " + ClaimMatching.Interval.of(c);
  }

  /** A field's value in a few characters: an actor id, a governorate/country, a day span. */
  private static String value(String field, JsonNode v) {
    if (Py.isNone(v)) {
      return "-";
    }
    return switch (field) {
      case "location" -> Py.get(v, "admin1") + "/" + Py.get(v, "country");
      case "when" -> Py.get(v, "start") + ".." + Py.get(v, "end");
      default -> v.asText();
    };
  }

  private static String shortened(String text) {
    String flat = text.replaceAll("\\s+", " ").strip();
    return flat.length() <= EVIDENCE_CHARS ? flat : flat.substring(0, EVIDENCE_CHARS) + "…";
  }
}
