package org.tally.event;

import java.util.Optional;
import org.tally.analysis.Analyser;
import org.tally.lexicon.Lexicons;
import org.tally.lexicon.RuleRow;
import org.tally.lexicon.examples.Examples;
import org.tally.model.Document;

/** The checks of the main incident's rule files' examples, run by the build for every row. */
public final class EventExamples {
  private EventExamples() {}

  private static final java.util.regex.Pattern FIGURE = java.util.regex.Pattern.compile("\\d+");

  /** earlier-figure-cues.tsv: a figure of the example is read as an earlier count of the row's kind. */
  public static Optional<String> earlierFigureCue(Lexicons rules, RuleRow row) {
    String example = Examples.of(row);
    EarlierFigures.Kind kind = EarlierFigures.Kind.valueOf(row.get("kind").toUpperCase(java.util.Locale.ROOT));
    java.util.regex.Matcher figure = FIGURE.matcher(example);
    boolean found = false;
    while (!found && figure.find()) {
      found = EarlierFigures.from(rules).earlier(example.substring(0, figure.start()), kind);
    }
    return Examples.unless(found, example, "no figure is read as an earlier count (" + row.get("kind") + ")");
  }

  /** freeing-verbs.tsv: the example's first figure follows a verb that sets its people free. */
  public static Optional<String> freeingVerb(Lexicons rules, RuleRow row) {
    String example = Examples.of(row);
    java.util.regex.Matcher figure = FIGURE.matcher(example);
    boolean freed = figure.find() && FreeingVerbs.from(rules).freedAfter(
        example.substring(Math.max(0, figure.start() - 40), figure.start()));
    return Examples.unless(freed, example, "no figure follows a verb of freeing");
  }

  /** captive-words.tsv: the example's first figure tells people held by others. */
  public static Optional<String> captiveWord(Lexicons rules, RuleRow row) {
    String example = Examples.of(row);
    java.util.regex.Matcher figure = FIGURE.matcher(example);
    boolean held = figure.find() && CaptiveWords.from(rules).held(
        example.substring(Math.max(0, figure.start() - 40), figure.start()), example.substring(figure.end()));
    return Examples.unless(held, example, "no figure is told held by others");
  }

  /** answered-claim-cues.tsv: the example's first figure is told as another's claim the release answers. */
  public static Optional<String> answeredClaimCue(Lexicons rules, RuleRow row) {
    String example = Examples.of(row);
    java.util.regex.Matcher figure = FIGURE.matcher(example);
    boolean answered = figure.find() && AnsweredClaims.from(rules).answered(example.substring(0, figure.start()));
    return Examples.unless(answered, example, "no figure is told as another's claim");
  }

  /** no-casualty-cues.tsv: an article made of the example alone reports an event that killed no one. */
  public static Optional<String> noCasualtyCue(Lexicons rules, RuleRow row) {
    String example = Examples.of(row);
    MainIncident main = Analyser.from(rules).analyse(new Document("example", "example", example, null)).mainIncident();
    return Examples.unless(main.killedMin() != null && main.killedMin() == 0 && main.killedMax() == 0, example,
        "the event's toll is not 0");
  }

  /** death-words.tsv: an article made of the example alone, which counts no dead, keeps an unknown toll (not 0). */
  public static Optional<String> deathWord(Lexicons rules, RuleRow row) {
    String example = Examples.of(row);
    MainIncident main = Analyser.from(rules).analyse(new Document("example", "example", example, null)).mainIncident();
    return Examples.unless(!main.hasToll(), example, "the article's toll is known (" + main.killedMin() + ")");
  }

  /**
   * other-incident-words.tsv: an article made of the example, a lead placed at its governorate and a sentence with the
   * word naming a town of it, keeps its event at the governorate.
   */
  public static Optional<String> otherIncidentWord(Lexicons rules, RuleRow row) {
    String example = Examples.of(row);
    MainIncident main = Analyser.from(rules).analyse(new Document("example", "example", example, null)).mainIncident();
    return Examples.unless(main.location() != null && main.location().name() != null
        && main.location().name().equals(main.location().admin1()), example,
        "the event is placed at " + (main.location() == null ? "no place" : main.location().name())
            + ", a town the sentence with \"" + row.get("word") + "\" names");
  }

  /** contrast-words.tsv: an article made of the example, two sides' dead set apart by the word, adds them up. */
  public static Optional<String> contrastWord(Lexicons rules, RuleRow row) {
    String example = Examples.of(row);
    MainIncident main = Analyser.from(rules).analyse(new Document("example", "example", example, null)).mainIncident();
    return Examples.unless(main.killedMin() != null && main.killedMin() == 11, example,
        "the toll is " + main.killedMin() + ", not the two sides' 11");
  }

  /**
   * focus-headings.tsv: an article made of the example (a literal "\n" is a line break), the period's figures before
   * the heading, takes the toll of the incident after it, 4.
   */
  public static Optional<String> focusHeading(Lexicons rules, RuleRow row) {
    String example = Examples.of(row).replace("\\n", "\n");
    MainIncident main = Analyser.from(rules).analyse(new Document("example", "example", example, null)).mainIncident();
    return Examples.unless(main.killedMin() != null && main.killedMin() == 4, example,
        "the toll is " + main.killedMin() + ", not the highlighted incident's 4");
  }
}
