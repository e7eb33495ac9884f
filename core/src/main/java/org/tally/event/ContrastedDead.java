package org.tally.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.tally.lexicon.Lexicons;
import org.tally.lexicon.RuleFiles;
import org.tally.lexicon.RuleRow;
import org.tally.model.Claim;
import org.tally.model.Harm;

/**
 * "The regime side lost seven members, among them a lieutenant, while four ISIS members were killed": two sides' dead
 * set against each other by a word of contrast (contrast-words.tsv) are different people, so the toll adds the two
 * sides, each read as a sentence of its own (a side's "among them" stays inside it). Not two sources' counts of the
 * same dead ("state media put the toll at 10, while the Observatory said 16"). Issue 11, monitor25.
 */
final class ContrastedDead {
  // "while four of them were children": a count the contrast word opens that is a part of the dead before it
  private static final Pattern PART = Pattern.compile("^\\s+(?:of\\s+(?:them|whom)|among\\s+them)\\b",
      Pattern.CASE_INSENSITIVE);

  private static final Pattern ALSO = Pattern.compile("\\balso\\b", Pattern.CASE_INSENSITIVE);

  // "while a spokesman for the group said eight of its members had died": a source's count, told after its verb
  private static final Pattern SAYING = Pattern.compile("\\b(?:said|says|reported|put|according|told|gave)\\b",
      Pattern.CASE_INSENSITIVE);

  private final Pattern word;

  private ContrastedDead(Pattern word) {
    this.word = word;
  }

  /** The words of these lexicons, read once per lexicons. */
  static ContrastedDead from(Lexicons rules) {
    return rules.built(ContrastedDead.class, r -> {
      List<String> words = new ArrayList<>();
      for (RuleRow row : r.file(RuleFiles.CONTRAST_WORDS).rows()) {
        words.add(Pattern.quote(row.get("word").toLowerCase(Locale.ROOT)));
      }
      return new ContrastedDead(Pattern.compile("\\b(?:" + String.join("|", words) + ")\\b",
          Pattern.CASE_INSENSITIVE));
    });
  }

  /**
   * The sentence's claims split at a contrast word that stands between two of its counts of the dead: those before it
   * and those after; empty when no such word does, or a count after it is a part of the dead before it.
   */
  Optional<List<List<Claim>>> sides(String text, List<Claim> sentence) {
    if (text == null) {
      return Optional.empty();
    }
    List<Claim> killed = sentence.stream().filter(c -> c.harm() == Harm.KILLED)
        .sorted(Comparator.comparingInt(c -> c.count().span().start())).toList();
    for (int i = 1; i < killed.size(); i++) {
      int from = killed.get(i - 1).count().span().end();
      int to = killed.get(i).count().span().start();
      if (to <= from) {
        continue;
      }
      java.util.regex.Matcher m = word.matcher(text).region(from, to);
      if (!m.find()) {
        continue;
      }
      int at = m.start();
      List<Claim> before = sentence.stream().filter(c -> c.count().span().start() < at).toList();
      List<Claim> after = sentence.stream().filter(c -> c.count().span().start() > at).toList();
      // "while six children were also killed in Damascus air raids": others' dead told beside, not the other side's
      if (ALSO.matcher(text.substring(m.end(), Math.max(m.end(), sentenceEnd(sentence)))).find()) {
        return Optional.empty();
      }
      // "State media put the toll at 10, while the Observatory said 16 people were killed": two sources' counts of the
      // same dead, not two sides'
      if (killed.stream().map(Claim::claimant).distinct().count() > 1
          || SAYING.matcher(text.substring(m.end(), to)).find()) {
        return Optional.empty();
      }
      boolean part = after.stream().filter(c -> c.harm() == Harm.KILLED).anyMatch(c -> PART.matcher(
          text.substring(c.count().span().end(), Math.min(text.length(), c.count().span().end() + 16))).find());
      return part ? Optional.empty() : Optional.of(List.of(before, after));
    }
    return Optional.empty();
  }

  private static int sentenceEnd(List<Claim> sentence) {
    return sentence.stream().mapToInt(c -> c.evidence().end()).max().orElse(0);
  }
}
