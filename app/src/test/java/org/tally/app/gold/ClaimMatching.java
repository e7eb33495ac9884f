package org.tally.app.gold;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/**
 * Which predicted claim matches which gold claim of one document: {@code compatible} and {@code match_doc} of
 * score.py {@code claims} (claims.md section 6), ported line by line so that the figures are the same.
 */
final class ClaimMatching {
  private ClaimMatching() {}

  /** A count's {@code [min, max]}; null is unbounded (Python's None). */
  record Interval(Long min, Long max) {
    static Interval of(JsonNode claim) {
      return new Interval(bound(claim.path("min")), bound(claim.path("max")));
    }

    static Interval ofPair(JsonNode pair) {
      return new Interval(bound(pair.path(0)), bound(pair.path(1)));
    }

    private static Long bound(JsonNode value) {
      if (Py.isNone(value)) {
        return null;
      }
      if (!value.canConvertToExactIntegral()) {
        throw new IllegalArgumentException("a count bound must be a whole number or null: " + value);
      }
      return value.longValue();
    }

    @Override
    public String toString() {
      return "[" + (min == null ? "null" : min) + "," + (max == null ? "null" : max) + "]";
    }
  }

  /**
   * Same harm, the gold victims (or one of its {@code victims_ok}), and the gold interval (or, unless
   * {@code primaryOnly}, one of its {@code alt} intervals).
   */
  static boolean compatible(JsonNode pred, JsonNode gold, boolean primaryOnly) {
    if (!Objects.equals(Py.get(pred, "harm"), Py.get(gold, "harm"))) {
      return false;
    }
    String victims = Py.get(pred, "victims");
    if (!Objects.equals(victims, Py.get(gold, "victims")) && !victimsOk(gold).contains(victims)) {
      return false;
    }
    Interval interval = Interval.of(pred);
    if (interval.equals(Interval.of(gold))) {
      return true;
    }
    if (!primaryOnly) {
      for (JsonNode alt : gold.path("alt")) {
        if (interval.equals(Interval.ofPair(alt))) {
          return true;
        }
      }
    }
    return false;
  }

  static boolean compatible(JsonNode pred, JsonNode gold) {
    return compatible(pred, gold, false);
  }

  private static List<String> victimsOk(JsonNode gold) {
    List<String> ok = new ArrayList<>();
    gold.path("victims_ok").forEach(v -> ok.add(v.asText()));
    return ok;
  }

  /**
   * A maximum matching of predictions to gold claims, each used once (augmenting paths). Required gold claims are
   * matched first, by their primary interval before their alternatives, body before title; optional ones take what is
   * left. Returns pred index to gold index.
   */
  static Map<Integer, Integer> match(List<JsonNode> preds, List<JsonNode> golds) {
    Map<Integer, Integer> owner = new HashMap<>(); // gold index -> pred index
    List<Integer> order = IntStream.range(0, preds.size()).boxed()
        .sorted(Comparator.comparing(i -> "title".equals(Py.section(preds.get(i))))) // stable, as Python's sorted
        .toList();
    for (boolean primary : new boolean[] {true, false}) {
      for (boolean wantOptional : new boolean[] {false, true}) {
        IntFunction<List<Integer>> allowed = pi -> IntStream.range(0, golds.size())
            .filter(gi -> Py.truthy(golds.get(gi).path("optional")) == wantOptional
                && compatible(preds.get(pi), golds.get(gi), primary))
            .boxed().toList();
        for (int pi : order) {
          if (!owner.containsValue(pi)) {
            augment(pi, allowed, new HashSet<>(), owner);
          }
        }
      }
    }
    Map<Integer, Integer> pairs = new HashMap<>();
    owner.forEach((gi, pi) -> pairs.put(pi, gi));
    return pairs;
  }

  private static boolean augment(int pi, IntFunction<List<Integer>> allowed, Set<Integer> seen,
                                 Map<Integer, Integer> owner) {
    for (int gi : allowed.apply(pi)) {
      if (!seen.add(gi)) {
        continue;
      }
      if (!owner.containsKey(gi) || augment(owner.get(gi), allowed, seen, owner)) {
        owner.put(gi, pi);
        return true;
      }
    }
    return false;
  }
}
