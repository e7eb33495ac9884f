package org.tally.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;
import org.tally.extract.harm.HarmCues;
import org.tally.extract.token.PhraseTrie;
import org.tally.extract.token.Token;
import org.tally.extract.token.WordSet;
import org.tally.extract.victim.VictimWords;
import org.tally.lexicon.Lexicons;
import org.tally.lexicon.RuleFiles;
import org.tally.lexicon.RuleRow;
import org.tally.model.Count;
import org.tally.model.Harm;
import org.tally.model.Span;

/**
 * A share of a toll told right after it, counted as a part of it (issue 11, count24): "killed 16 civilians, half of them
 * children" (children 8), "at least 21 civilians, more than half of them children" (children 11 or more), "Nearly half
 * of the 40 dead were children" (children about 20). The shares are words of {@code shares.tsv}; a qualifier before
 * one ("more than", "nearly") has the effect {@code qualifiers.tsv} gives it on a count.
 */
final class Shares {
  private static final WordSet PARTITIVE = WordSet.of("them", "whom");
  private static final WordSet COPULAS = WordSet.of("were", "are", "was", "is");
  // the longest qualifier read before a share, in words ("well over")
  private static final int MAX_QUALIFIER = 3;

  /** A share of a whole: {@code numerator / denominator}. */
  record Share(int numerator, int denominator) {}

  private final PhraseTrie<Share> shares = new PhraseTrie<>();
  private final Map<String, String> qualifiers = new HashMap<>();
  private final HarmCues harms;

  private Shares(HarmCues harms) {
    this.harms = harms;
  }

  static Shares from(Lexicons rules) {
    return rules.built(Shares.class, Shares::read);
  }

  private static Shares read(Lexicons rules) {
    Shares out = new Shares(HarmCues.from(rules));
    for (RuleRow row : rules.file(RuleFiles.SHARES).rows()) {
      out.shares.add(row.get("phrase"), new Share(Integer.parseInt(row.get("numerator")),
          Integer.parseInt(row.get("denominator"))));
    }
    for (RuleRow row : rules.file(RuleFiles.QUALIFIERS).rows()) {
      out.qualifiers.put(row.get("phrase").toLowerCase(Locale.ROOT), row.get("effect"));
    }
    return out;
  }

  /** The shares of the sentence's tolls in {@code found}, each a claim of its own beside its toll. */
  List<Casualty> find(List<Token> tokens, List<Casualty> found, IntFunction<VictimWords.Head> heads) {
    List<Casualty> out = new ArrayList<>(0);
    for (int i = 0; i < tokens.size(); i++) {
      Optional<PhraseTrie.Match<Share>> share = shares.longestAt(tokens, i);
      if (share.isEmpty()) {
        continue;
      }
      int end = share.get().to();
      if (end + 1 >= tokens.size() || !tokens.get(end).is("of")) {
        continue;
      }
      ofThem(tokens, found, heads, share.get(), end + 1).or(() -> ofTheDead(tokens, heads, share.get(), end + 1))
          .ifPresent(out::add);
    }
    return out;
  }

  /** "half of them children": the toll is the one found last before the share. */
  private Optional<Casualty> ofThem(List<Token> tokens, List<Casualty> found, IntFunction<VictimWords.Head> heads,
      PhraseTrie.Match<Share> share, int at) {
    if (!PARTITIVE.contains(tokens.get(at).lower()) || at + 1 >= tokens.size()) {
      return Optional.empty();
    }
    Casualty whole = null;
    for (Casualty c : found) {
      if (c.headEnd() <= share.from() && c.harm() != null && c.count().min() != null) {
        whole = c;
      }
    }
    if (whole == null || !(heads.apply(at + 1) instanceof VictimWords.People people) || people.victims() == null
        || people.harm() != null) {
      return Optional.empty();
    }
    return part(tokens, share, whole.count().min(), whole.count().max() == null, whole.harm(), people);
  }

  /** "half of the 40 dead were children": the toll is counted inside the share's own phrase. */
  private Optional<Casualty> ofTheDead(List<Token> tokens, IntFunction<VictimWords.Head> heads,
      PhraseTrie.Match<Share> share, int at) {
    if (at + 4 >= tokens.size() || !tokens.get(at).is("the") || !tokens.get(at + 1).text().matches("\\d[\\d,]*")
        || !COPULAS.contains(tokens.get(at + 3).lower())) {
      return Optional.empty();
    }
    Optional<HarmCues.Cue> harm = harms.afterAt(tokens, at + 2).filter(c -> c.to() == at + 3);
    if (harm.isEmpty() || !(heads.apply(at + 4) instanceof VictimWords.People people) || people.victims() == null
        || people.harm() != null) {
      return Optional.empty();
    }
    int whole = Integer.parseInt(tokens.get(at + 1).text().replace(",", ""));
    return part(tokens, share, whole, false, harm.get().harm(), people);
  }

  private Optional<Casualty> part(List<Token> tokens, PhraseTrie.Match<Share> share, int whole, boolean open,
      Harm harm, VictimWords.People people) {
    int from = share.from();
    String effect = null;
    for (int k = Math.min(MAX_QUALIFIER, from); k >= 1 && effect == null; k--) {
      effect = qualifiers.get(words(tokens, from - k, from).toLowerCase(Locale.ROOT));
      if (effect != null) {
        from -= k;
      }
    }
    int n = whole * share.value().numerator();
    int d = share.value().denominator();
    Integer min;
    Integer max;
    boolean approx = false;
    if ("min+1".equals(effect)) {
      min = n / d + 1;
      max = null;
    } else if (effect == null || "approx".equals(effect)) {
      // "half of 21": no whole number, so about 11
      min = (n + d / 2) / d;
      max = open ? null : min;
      approx = effect != null || n % d != 0;
    } else {
      // "at least half", "up to half": bounds this reader does not take
      return Optional.empty();
    }
    if (min < 1) {
      return Optional.empty();
    }
    int to = share.to();
    Span span = new Span(tokens.get(from).start(), tokens.get(to - 1).end());
    return Optional.of(new Casualty(harm, people.victims(), new Count(min, max, approx, span), words(tokens, from, to),
        from, to, people.end()));
  }

  private static String words(List<Token> tokens, int from, int to) {
    StringBuilder out = new StringBuilder();
    for (int i = from; i < to; i++) {
      out.append(i > from ? " " : "").append(tokens.get(i).text());
    }
    return out.toString();
  }
}
