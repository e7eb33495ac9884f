package org.tally.verify;

import java.util.Optional;
import org.tally.lexicon.Lexicons;
import org.tally.lexicon.RuleRow;
import org.tally.lexicon.examples.Examples;
import org.tally.model.PlacePrecision;

/** The example checks of verification's word files (declared in {@link org.tally.lexicon.RuleFiles}). */
public final class VerifyExamples {
  private VerifyExamples() {}

  /**
   * one-attack-words.tsv: a "one" row's example is read as one attack through the row's own words; a "many" row's as a
   * total, the row's words among those that make it one; a determiner's as one attack, which it is not without it.
   */
  public static Optional<String> attackWord(Lexicons rules, RuleRow row) {
    String example = Examples.of(row);
    OneAttackWords.Reading reading = VerifyRules.from(rules).attackWords().read(example);
    String phrase = Examples.lower(row.get("phrase").strip());
    return switch (row.get("kind")) {
      case "one" -> Examples.unless(reading.oneAttack() && phrase.equals(reading.one()), example,
          "not read as one attack through \"" + phrase + "\" (read: " + reading + ")");
      case "many" -> Examples.unless(!reading.oneAttack() && reading.many().contains(phrase), example,
          "not read as a total through \"" + phrase + "\" (read: " + reading + ")");
      default -> Examples.unless(reading.oneAttack(), example, "not read as one attack (read: " + reading + ")");
    };
  }

  /**
   * record-place-words.tsv: the example's text names the record whose place (a "place" row), district (a "district"
   * row) or subdistrict (a "subdistrict" row) the dataset writes as the row's record column, which it does not without the row's word.
   */
  public static Optional<String> recordPlaceWord(Lexicons rules, RuleRow row) {
    String example = Examples.of(row);
    VerifyRules verify = VerifyRules.from(rules);
    String written = row.get("record").strip();
    RecordPlace place = switch (row.get("kind")) {
      case "district" -> new RecordPlace(null, null, written, null, null, null, PlacePrecision.GOVERNORATE);
      case "subdistrict" -> new RecordPlace(null, null, null, written, null, null, null, PlacePrecision.GOVERNORATE);
      default -> new RecordPlace(written, null, null, null, null, null, PlacePrecision.GOVERNORATE);
    };
    Optional<String> named = TextNames.of(example, verify.recordNameWords()).of(place, verify.recordNameWords(),
        verify);
    return Examples.unless(named.isPresent(), example, "does not name the record's \"" + written + "\"");
  }
}
