package org.tally.lexicon.examples;

import static org.tally.lexicon.examples.Examples.unless;

import java.util.Optional;
import org.tally.facts.FactFinder;
import org.tally.lexicon.Lexicons;
import org.tally.lexicon.RuleRow;
import org.tally.model.Document;
import org.tally.model.DocumentFacts;
import org.tally.model.Metadata;
import org.tally.text.TextCleaner;

/** The example checks of the document-facts rule files: each finds the facts of a document made of the example. */
public final class FactExamples {
  private static final String PROSE = "At least 18 civilians were killed when air strikes hit the old city on Tuesday.";

  private FactExamples() {}

  /** outlets.tsv: a document whose URL is the example is published by the row's outlet. */
  public static Optional<String> outlet(Lexicons rules, RuleRow row) {
    String example = Examples.of(row);
    DocumentFacts facts = facts(rules, PROSE, new Metadata(null, example, null, null));
    return unless(row.get("name").equals(facts.outlet()), example, "the outlet is " + facts.outlet());
  }

  /** outlet-codes.tsv: a document whose dataset names the row's code is published by the row's outlet. */
  public static Optional<String> outletCode(Lexicons rules, RuleRow row) {
    DocumentFacts facts = facts(rules, PROSE, new Metadata(null, null, row.get("code"), null));
    return unless(row.get("name").equals(facts.outlet()), row.get("code"), "the outlet is " + facts.outlet());
  }

  /** outlet-cues.tsv: a page holding the example line signs itself as the row's outlet. */
  public static Optional<String> outletCue(Lexicons rules, RuleRow row) {
    String example = Examples.of(row);
    DocumentFacts facts = facts(rules, example + "\n\n" + PROSE + "\n", Metadata.NONE);
    return unless(row.get("outlet").equals(facts.outlet()), example, "the outlet is " + facts.outlet());
  }

  /** stopwords.tsv: the example is guessed to be in the row's language. */
  public static Optional<String> stopwords(Lexicons rules, RuleRow row) {
    String example = Examples.of(row);
    DocumentFacts facts = facts(rules, example, Metadata.NONE);
    return unless(row.get("language").equals(facts.language()), example, "the language is " + facts.language());
  }

  private static DocumentFacts facts(Lexicons rules, String text, Metadata metadata) {
    Document doc = new Document("example", "example", text, metadata);
    return FactFinder.from(rules).find(doc, TextCleaner.from(rules).clean(doc));
  }
}
