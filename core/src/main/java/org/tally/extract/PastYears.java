package org.tally.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.tally.extract.token.DocumentTokens;
import org.tally.extract.token.Token;
import org.tally.lexicon.Lexicons;
import org.tally.lexicon.RuleFiles;
import org.tally.model.Span;

/**
 * Tells a sentence about an earlier year from the news of the day: "The regime first carried out a massacre in Houla on
 * May 25 2012", in an article of 2017, is background the outlet gives, not the report of the source it quotes nor the
 * attack it is about. A year counts when written as a date ("in 2012", "May 25 2012", "August 2013"), so that a count
 * ("2000 people") is never taken for one; the document's year is the latest year it writes so.
 */
final class PastYears {
  private static final int FIRST = 1950;
  private static final int LAST = 2099;
  // words before a year that make it a date: "in 2012", "since 2011", "the summer of 2012"
  private static final Set<String> BEFORE_YEAR = Set.of("in", "since", "of", "early", "late", "mid", "until");

  private final Set<String> months;

  private PastYears(Set<String> months) {
    this.months = months;
  }

  static PastYears from(Lexicons rules) {
    return rules.built(PastYears.class, r -> new PastYears(r.file(RuleFiles.MONTH_NAMES).rows().stream()
        .map(row -> row.get("name").toLowerCase(Locale.ROOT)).collect(Collectors.toSet())));
  }

  /** The latest year the document writes as a date, or 0 when it writes none; read once per document. */
  int latest(DocumentTokens document) {
    return document.once(this, () -> {
      List<Token> tokens = document.in(new Span(0, document.text().length()));
      int latest = 0;
      for (int i = 0; i < tokens.size(); i++) {
        latest = Math.max(latest, yearAt(tokens, i));
      }
      return latest;
    });
  }

  /** True when the sentence writes a year as a date, and it is before {@code latest}. */
  boolean before(List<Token> sentence, int latest) {
    for (int i = 0; i < sentence.size(); i++) {
      int year = yearAt(sentence, i);
      if (year > 0 && year < latest) {
        return true;
      }
    }
    return false;
  }

  /** The year at a token: four digits after a month ("August 2013"), a month and day ("May 25 2012"), or "in". */
  private int yearAt(List<Token> tokens, int i) {
    String text = tokens.get(i).text();
    String before = i > 0 ? tokens.get(i - 1).lower() : "";
    String twoBefore = i > 1 ? tokens.get(i - 2).lower() : "";
    if (text.length() != 4 || !allDigits(text)) {
      return 0;
    }
    int year = Integer.parseInt(text);
    if (year < FIRST || year > LAST) {
      return 0;
    }
    boolean day = before.length() <= 2 && !before.isEmpty() && allDigits(before);
    boolean dated = months.contains(before) || BEFORE_YEAR.contains(before) || day && months.contains(twoBefore);
    return dated ? year : 0;
  }

  private static boolean allDigits(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (!Character.isDigit(word.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
