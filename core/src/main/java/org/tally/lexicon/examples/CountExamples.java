package org.tally.lexicon.examples;

import static org.tally.lexicon.examples.Examples.lower;
import static org.tally.lexicon.examples.Examples.unless;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.tally.extract.count.CountMention;
import org.tally.extract.count.CountParser;
import org.tally.lexicon.Lexicons;
import org.tally.lexicon.RuleRow;
import org.tally.model.Count;
import org.tally.model.Span;

/** The example checks of the count grammar's rule files: each reads the row's example with the count parser. */
public final class CountExamples {
  private CountExamples() {}

  /** number-words.tsv: a count starting with the word reads as exactly its value. */
  public static Optional<String> numberWord(Lexicons rules, RuleRow row) {
    String example = Examples.of(row);
    int value = row.integer("value").orElseThrow();
    return unless(startingWith(rules, example, row.get("word")).stream()
        .anyMatch(m -> bounds(m.count(), value, value, false)), example, "no count \"" + row.get("word") + "\" of " + value);
  }

  /** scale-words.tsv: the example's only count ends with the word and reads as one unit of the scale. */
  public static Optional<String> scaleWord(Lexicons rules, RuleRow row) {
    String example = Examples.of(row);
    int value = row.integer("value").orElseThrow();
    List<CountMention> counts = counts(rules, example);
    return unless(counts.size() == 1 && lower(counts.get(0).text()).endsWith(lower(row.get("word")))
        && bounds(counts.get(0).count(), value, value, row.bool("approx")), example, "no one count of " + value);
  }

  /** qualifiers.tsv: a count starting with the phrase bounds the number after it as the row's effect says. */
  public static Optional<String> qualifier(Lexicons rules, RuleRow row) {
    String example = Examples.of(row);
    String phrase = row.get("phrase");
    for (CountMention m : startingWith(rules, example, phrase)) {
      List<CountMention> rest = counts(rules, m.text().substring(phrase.length()));
      if (rest.size() != 1 || rest.get(0).count().min() == null) {
        continue;
      }
      int n = rest.get(0).count().min();
      boolean ok = switch (row.get("effect")) {
        case "min" -> bounds(m.count(), n, null, false);
        case "min+1" -> bounds(m.count(), n + 1, null, false);
        case "max" -> bounds(m.count(), null, n, false);
        case "max-1" -> bounds(m.count(), null, n - 1, false);
        case "approx" -> bounds(m.count(), n, n, true);
        default -> false;
      };
      if (ok) {
        return Optional.empty();
      }
    }
    return Optional.of("no count \"" + phrase + " N\" bounded as " + row.get("effect") + " in \"" + example + "\"");
  }

  /** quantifiers.tsv: a count of exactly the phrase reads with the row's bounds, approx and form. */
  public static Optional<String> quantifier(Lexicons rules, RuleRow row) {
    String example = Examples.of(row);
    Integer min = row.integer("min").orElse(null);
    Integer max = row.integer("max").orElse(null);
    boolean approx = row.bool("approx");
    if (row.get("form").equals("bare-plural")) {
      return unless(Examples.claims(rules, example).stream().anyMatch(c -> bounds(c.count(), min, max, approx)),
          example, "no claim of a plural noun without a number counted [" + min + ", " + max + "]");
    }
    if (row.get("form").equals("definite")) {
      // not a count of the parser's: the extractor counts one person where a singular people noun follows
      return unless(Examples.claims(rules, example).stream().anyMatch(c -> lower(c.countText()).equals(lower(row.get("phrase")))
          && bounds(c.count(), min, max, approx)),
          example, "no claim counted by \"" + row.get("phrase") + "\" of [" + min + ", " + max + "]");
    }
    return unless(startingWith(rules, example, row.get("phrase")).stream()
        .anyMatch(m -> lower(m.text()).equals(lower(row.get("phrase"))) && bounds(m.count(), min, max, approx)
            && m.form().name().equalsIgnoreCase(row.get("form"))),
        example, "no count \"" + row.get("phrase") + "\" of [" + min + ", " + max + "]");
  }

  /** trailing-qualifiers.tsv: the example has a claim bounded on the row's side only (min: [n, null]; max: [null, n]). */
  public static Optional<String> trailingQualifier(Lexicons rules, RuleRow row) {
    String example = Examples.of(row);
    boolean min = row.get("effect").equals("min");
    return unless(Examples.claims(rules, example).stream().anyMatch(c -> min
        ? c.count().min() != null && c.count().max() == null : c.count().min() == null && c.count().max() != null),
        example, "no claim bounded as " + row.get("effect") + " by \"" + row.get("phrase") + "\" after its people");
  }

  /** particle-verbs.tsv: the number after the phrase is an exact count, the particle no qualifier of it. */
  public static Optional<String> particleVerb(Lexicons rules, RuleRow row) {
    String example = Examples.of(row);
    String phrase = lower(row.get("phrase"));
    int at = lower(example).indexOf(phrase);
    boolean ok = at >= 0 && counts(rules, example).stream().anyMatch(m -> m.count().span().start() > at + phrase.length()
        && m.count().min() != null && m.count().min().equals(m.count().max()));
    return unless(ok, example, "no exact count after \"" + row.get("phrase") + "\"");
  }

  /** ranges.tsv: the example's only count is a range whose words are the pattern's. */
  public static Optional<String> range(Lexicons rules, RuleRow row) {
    String example = Examples.of(row);
    List<CountMention> counts = counts(rules, example);
    boolean ok = counts.size() == 1 && counts.get(0).count().min() != null && counts.get(0).count().max() != null
        && counts.get(0).count().max() > counts.get(0).count().min();
    for (String word : row.get("pattern").split("[XY]")) {
      ok &= ok && lower(counts.get(0).text()).contains(word.strip());
    }
    return unless(ok, example, "no one range \"" + row.get("pattern") + "\"");
  }

  /** head-links.tsv: after a count the phrase is skipped to the counted noun, with the row's role. */
  public static Optional<String> headLink(Lexicons rules, RuleRow row) {
    String example = Examples.of(row);
    String phrase = row.get("phrase");
    for (CountMention m : counts(rules, example)) {
      String after = lower(example.substring(m.count().span().end()));
      if (!after.strip().startsWith(phrase + " ")) {
        continue;
      }
      int phraseEnd = lower(example).indexOf(phrase, m.count().span().end()) + phrase.length();
      if (m.partitive() == row.get("role").equals("partitive") && m.headStart() == phraseEnd + 1) {
        return Optional.empty();
      }
    }
    return Optional.of("no count skips \"" + phrase + "\" as " + row.get("role") + " in \"" + example + "\"");
  }

  private static List<CountMention> counts(Lexicons rules, String text) {
    return CountParser.from(rules).find(text, new Span(0, text.length()));
  }

  private static List<CountMention> startingWith(Lexicons rules, String text, String phrase) {
    return counts(rules, text).stream().filter(m -> lower(m.text()).startsWith(lower(phrase))).toList();
  }

  private static boolean bounds(Count count, Integer min, Integer max, boolean approx) {
    return Objects.equals(count.min(), min) && Objects.equals(count.max(), max) && count.approx() == approx;
  }
}
