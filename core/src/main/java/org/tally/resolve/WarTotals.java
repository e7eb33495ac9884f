package org.tally.resolve;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tally.lexicon.Lexicons;
import org.tally.lexicon.RuleFiles;
import org.tally.model.ClaimTime;
import org.tally.model.Scope;
import org.tally.model.Span;
import org.tally.resolve.time.WarStarts;

/**
 * A running total of the whole war ("At least 280000 people have been killed since Syrias war started in 2011", "the
 * conflict has claimed the lives of over 470000 people") counts the dead of every governorate: where its own sentence
 * names no place, the town or governorate the sentences before name is one attack's, not the total's: it takes only a
 * country named before it, else the document's.
 * A cumulative count is the war's when the time its sentence states begins within the war's first year
 * (war-starts.tsv), or when its sentence names the war (war-nouns.tsv; not as the modifier of a noun of
 * war-compounds.tsv, "the conflict zone", nor of a hyphened word, "the war-torn city"). A cumulative count since a
 * later day ("at least 68 civilians have been killed since Saturday in raids on the town") keeps the place before it.
 */
final class WarTotals {
  private static final Pattern WORD = Pattern.compile("\\p{L}+");
  private final Set<String> nouns = new HashSet<>();
  private final Set<String> compounds = new HashSet<>();
  private final WarStarts starts;

  private WarTotals(WarStarts starts) {
    this.starts = starts;
  }

  /** The war totals of these lexicons, built once per lexicons. */
  static WarTotals from(Lexicons rules) {
    return rules.built(WarTotals.class, r -> {
      WarTotals totals = new WarTotals(WarStarts.from(r));
      r.file(RuleFiles.WAR_NOUNS).rows().forEach(row -> totals.nouns.add(row.get("noun").toLowerCase(Locale.ROOT)));
      r.file(RuleFiles.WAR_COMPOUNDS).rows()
          .forEach(row -> totals.compounds.add(row.get("noun").toLowerCase(Locale.ROOT)));
      return totals;
    });
  }

  /**
   * @param stated the time the claim's sentence states, or null
   * @param country the country the document is about (an ISO code), whose war's first day the file gives
   */
  boolean isWarTotal(String text, Span sentence, Scope scope, ClaimTime stated, String country) {
    if (scope != Scope.CUMULATIVE) {
      return false;
    }
    Optional<LocalDate> start = starts.of(country);
    if (stated != null && stated.text() != null && stated.start() != null && start.isPresent()
        && !stated.start().isAfter(start.get().plusYears(1))) {
      return true;
    }
    return namesWar(text, sentence);
  }

  private boolean namesWar(String text, Span sentence) {
    Matcher m = WORD.matcher(text).region(sentence.start(), sentence.end());
    boolean war = false;
    while (m.find()) {
      String word = m.group().toLowerCase(Locale.ROOT);
      if (war && compounds.contains(word)) {
        war = false; // "the conflict zone": the word before was a modifier
        continue;
      }
      if (war) {
        return true;
      }
      war = nouns.contains(word) && (m.end() >= text.length() || text.charAt(m.end()) != '-');
    }
    return war;
  }
}
