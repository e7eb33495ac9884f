package org.tally.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tally.lexicon.RuleFile;
import org.tally.lexicon.RuleRow;

/**
 * The kinds of attack a claim's sentence names (attack-kinds.tsv), and which kinds reports of one attack use for each
 * other (attack-type-pairs.tsv). A sentence's kinds are one bit each in a {@code long}, so that comparing two claims
 * is a few bit operations.
 */
final class AttackTypes {
  /** No attack words: every claim names none, and any two fit. */
  static final AttackTypes NONE = new AttackTypes(new PhraseMatcher(), List.of(), 0, new long[0], 0);
  /** Bit 63 is left to {@link TollUpdates}, so that one matcher reads a sentence for both. */
  private static final int MOST = 63;

  private final PhraseMatcher phrases;
  private final List<String> names;
  /** The bits of the types that are agents (what was delivered), not means (how). */
  private final long agents;
  /** For each type's bit: the types it may be one attack with, itself included. */
  private final long[] pairsWith;
  /** The bits of the types rare enough to tell their attack whoever reports blame (identifying-attacks.tsv). */
  private final long identifying;

  private AttackTypes(PhraseMatcher phrases, List<String> names, long agents, long[] pairsWith, long identifying) {
    this.phrases = phrases;
    this.names = List.copyOf(names);
    this.agents = agents;
    this.pairsWith = pairsWith;
    this.identifying = identifying;
  }

  /** The attack words and pairs, with the hedges (attack-hedges.tsv) that pass over an attack not yet made. */
  static AttackTypes load(RuleFile wordFile, RuleFile pairFile, RuleFile hedgeFile, RuleFile identifyingFile) {
    Map<String, Integer> index = new HashMap<>();
    Map<String, String> kinds = new HashMap<>();
    List<String> names = new ArrayList<>();
    PhraseMatcher phrases = new PhraseMatcher();
    long agents = 0;
    for (RuleRow row : wordFile.rows()) {
      String type = row.get("type");
      String kind = row.get("kind");
      String before = kinds.putIfAbsent(type, kind);
      if (before != null && !before.equals(kind)) {
        throw row.error("kind", "type " + type + " is of kind " + before + " on an earlier row");
      }
      Integer bit = index.get(type);
      if (bit == null) {
        if (names.size() == MOST) {
          throw row.error("type", "more than " + MOST + " attack types");
        }
        bit = names.size();
        index.put(type, bit);
        names.add(type);
      }
      if (kind.equals("agent")) {
        agents |= 1L << bit;
      }
      phrases.add(row.get("phrase"), 1L << bit);
    }
    for (RuleRow row : hedgeFile.rows()) {
      phrases.hedge(row.get("phrase"));
    }
    long[] pairsWith = new long[names.size()];
    for (int i = 0; i < pairsWith.length; i++) {
      pairsWith[i] = 1L << i;
    }
    for (RuleRow row : pairFile.rows()) {
      int a = bitOf(index, row, "type", row.get("type"));
      for (String other : row.get("may_be").split(",")) {
        int b = bitOf(index, row, "may_be", other.strip());
        pairsWith[a] |= 1L << b;
        pairsWith[b] |= 1L << a;
      }
    }
    long identifying = 0;
    for (RuleRow row : identifyingFile.rows()) {
      identifying |= 1L << bitOf(index, row, "type", row.get("type"));
    }
    return new AttackTypes(phrases, names, agents, pairsWith, identifying);
  }

  private static int bitOf(Map<String, Integer> index, RuleRow row, String column, String type) {
    Integer bit = index.get(type);
    if (bit == null) {
      throw row.error(column, "\"" + type + "\" is not a type of attack-kinds.tsv");
    }
    return bit;
  }

  /** The types the sentence names, one bit each; 0 when it names none. */
  long of(String sentence) {
    return phrases.find(sentence);
  }

  /** The types among the bits a matcher that holds these phrases found. */
  long within(long found) {
    return found & ~TollUpdates.BIT;
  }

  PhraseMatcher phrases() {
    return phrases;
  }

  /** The names of the types in {@code types}, in file order. */
  List<String> names(long types) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      if ((types & (1L << i)) != 0) {
        out.add(names.get(i));
      }
    }
    return out;
  }

  /**
   * True when sentences naming these types may tell of one attack: either names nothing; both name agents, and two
   * of them pair (whatever means they name); else the means both name pair (one of each), and an agent one names fits
   * the means the other names (gas from a warplane, not from a car bomb).
   */
  boolean fit(long a, long b) {
    if (a == 0 || b == 0) {
      return true;
    }
    long meansA = a & ~agents;
    long meansB = b & ~agents;
    long agentsA = a & agents;
    long agentsB = b & agents;
    if (agentsA != 0 && agentsB != 0) {
      // a shared rare weapon names the attack better than the means reports give it loosely
      return (agentsA & spread(agentsB)) != 0;
    }
    if (meansA != 0 && meansB != 0 && (meansA & spread(meansB)) == 0) {
      return false;
    }
    if (agentsA != 0 && agentsB == 0 && (spread(agentsA) & meansB) == 0) {
      return false;
    }
    return agentsB == 0 || agentsA != 0 || (spread(agentsB) & meansA) != 0;
  }

  /**
   * True when both sentences name a rare kind of attack (identifying-attacks.tsv: a car bomb, a suicide bombing, a
   * chemical) and the two kinds pair: one governorate seldom has two such attacks in a day, so reports that blame
   * different attackers for it (attribution read from text is the weakest field) still tell of one attack.
   */
  boolean identify(long a, long b) {
    long rareA = a & identifying;
    long rareB = b & identifying;
    return rareA != 0 && rareB != 0 && (rareA & spread(rareB)) != 0;
  }

  /** True when the types name a rare kind of attack (identifying-attacks.tsv). */
  boolean identifies(long types) {
    return (types & identifying) != 0;
  }

  /** Every type any of {@code types} pairs with. */
  private long spread(long types) {
    long out = 0;
    for (long rest = types; rest != 0; rest &= rest - 1) {
      out |= pairsWith[Long.numberOfTrailingZeros(rest)];
    }
    return out;
  }
}
