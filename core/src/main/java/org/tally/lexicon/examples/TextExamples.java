package org.tally.lexicon.examples;

import static org.tally.lexicon.examples.Examples.lower;
import static org.tally.lexicon.examples.Examples.unless;

import java.util.List;
import java.util.Optional;
import org.tally.lexicon.Lexicons;
import org.tally.lexicon.RuleRow;
import org.tally.model.Document;
import org.tally.model.Section;
import org.tally.model.SectionKind;
import org.tally.model.Span;
import org.tally.text.DateMention;
import org.tally.text.DateReader;
import org.tally.text.SentenceSplitter;
import org.tally.text.TextCleaner;

/** The example checks of the cleaning and date rule files: each runs the row's example through the cleaner's stages. */
public final class TextExamples {
  private static final String TITLE = "Air strikes hit the old city";
  private static final String PROSE = "At least 18 civilians were killed when air strikes hit the old city of Raqqa on"
      + " Tuesday, a monitoring group said. Rescue workers were still searching the rubble late in the evening.";
  private static final String MORE_PROSE = "The monitor said the death toll was likely to rise as more bodies were"
      + " found, and that dozens of people had been wounded in the strikes.";

  private TextExamples() {}

  /** comment-cues.tsv: after the article's prose, the example line opens the comments. */
  public static Optional<String> commentCue(Lexicons rules, RuleRow row) {
    return kindOfLine(rules, row, SectionKind.COMMENT);
  }

  /** navigation-cues.tsv: the example line is site navigation. */
  public static Optional<String> navigationCue(Lexicons rules, RuleRow row) {
    return kindOfLine(rules, row, SectionKind.NAVIGATION);
  }

  /** boilerplate-cues.tsv: the example line is the publisher's boilerplate. */
  public static Optional<String> boilerplateCue(Lexicons rules, RuleRow row) {
    return kindOfLine(rules, row, SectionKind.BOILERPLATE);
  }

  /** credit-cues.tsv: the example line is a photo credit. */
  public static Optional<String> creditCue(Lexicons rules, RuleRow row) {
    return kindOfLine(rules, row, SectionKind.CREDIT);
  }

  /**
   * related-cues.tsv: the example line is a teaser for another article; for a glued cue, the line is the article's
   * text up to the cue and teasers from it on.
   */
  public static Optional<String> relatedCue(Lexicons rules, RuleRow row) {
    if (row.get("scope").equals("inset")) {
      return insetCue(rules, row);
    }
    if (!row.get("scope").equals("glued")) {
      return kindOfLine(rules, row, SectionKind.RELATED);
    }
    String example = Examples.of(row);
    String before = TITLE + "\n\n";
    Document doc = new Document("example", "example", before + example + "\n", null);
    List<Section> sections = TextCleaner.from(rules).clean(doc).sections();
    SectionKind own = kindAt(sections, before.length());
    boolean glued = sections.stream().anyMatch(s -> s.kind() == SectionKind.RELATED && s.span().start() > before.length());
    return unless(own == SectionKind.BODY && glued, example, "the line's start is " + (own == null ? "in no section"
        : own.jsonName()) + (glued ? "" : " and no teasers are cut from it") + ", not body then related");
  }

  /** related-cues.tsv, scope inset: the example line is body text, then a teaser set inside it, then body text again. */
  private static Optional<String> insetCue(Lexicons rules, RuleRow row) {
    String example = Examples.of(row);
    String before = TITLE + "\n\n";
    Document doc = new Document("example", "example", before + example + "\n", null);
    List<Section> sections = TextCleaner.from(rules).clean(doc).sections();
    SectionKind own = kindAt(sections, before.length());
    int last = before.length() + example.strip().length() - 1;
    boolean inset = sections.stream().anyMatch(s -> s.kind() == SectionKind.RELATED && s.span().start() > before.length()
        && s.span().end() < last);
    return unless(own == SectionKind.BODY && inset && kindAt(sections, last) == SectionKind.BODY, example,
        "the line is not body, then a teaser set inside it, then body");
  }

  private static SectionKind kindAt(List<Section> sections, int at) {
    return sections.stream().filter(s -> s.span().contains(at)).map(Section::kind).findFirst().orElse(null);
  }

  /**
   * field-cues.tsv: the example line, one of a report's closing fields after its prose, with a headline-shaped line
   * after it, is the report's own text: without its row the two would be a run of teasers for other articles.
   */
  public static Optional<String> fieldCue(Lexicons rules, RuleRow row) {
    String example = Examples.of(row);
    String before = TITLE + "\n\n" + PROSE + "\n\n";
    String text = before + example + "\nArmy Regains Control Of Villages In Hama\n";
    Document doc = new Document("example", "example", text, null);
    SectionKind found = kindAt(TextCleaner.from(rules).clean(doc).sections(), before.length());
    return unless(found == SectionKind.BODY, example, "the line is " + (found == null ? "in no section"
        : found.jsonName()) + ", not body");
  }

  /** month-names.tsv: the example has a date, written with the name, in the row's month. */
  public static Optional<String> monthName(Lexicons rules, RuleRow row) {
    String example = Examples.of(row);
    int month = row.integer("month").orElseThrow();
    return unless(dates(rules, example).stream().anyMatch(d -> d.month() == month
        && lower(d.span().text(example)).contains(lower(row.get("name")))), example, "no date in month " + month);
  }

  /** weekday-names.tsv: the example has a date whose words open with the weekday. */
  public static Optional<String> weekdayName(Lexicons rules, RuleRow row) {
    String example = Examples.of(row);
    return unless(dates(rules, example).stream().anyMatch(d -> lower(d.span().text(example))
        .matches("(?s)(?:.*\\W)?" + java.util.regex.Pattern.quote(lower(row.get("name"))) + "\\b.*")),
        example, "no date read with \"" + row.get("name") + "\"");
  }

  /**
   * timezone-cues.tsv: the example has a date read with the zone: its day run on from the zone's offset ("GMT +330
   * March"), or a time in the zone printed after it ("2037 UTC+3").
   */
  public static Optional<String> timezoneCue(Lexicons rules, RuleRow row) {
    String example = Examples.of(row);
    DateReader reader = DateReader.from(rules);
    return unless(dates(rules, example).stream().anyMatch(d -> lower(example.substring(Math.max(0, d.span().start() - 8),
        reader.endOfTime(example, d.span().end()))).contains(lower(row.get("cue")))),
        example, "no date read with \"" + row.get("cue") + "\"");
  }

  /** publication-cues.tsv: the example has a date that the cue marks as the publication date. */
  public static Optional<String> publicationCue(Lexicons rules, RuleRow row) {
    String example = Examples.of(row);
    return unless(dates(rules, example).stream().anyMatch(d -> d.cued() && lower(d.span().text(example))
        .contains(lower(row.get("cue")))), example, "no date cued by \"" + row.get("cue") + "\"");
  }

  /** abbreviations.tsv: no sentence of the example ends at the abbreviation's period. */
  public static Optional<String> abbreviation(Lexicons rules, RuleRow row) {
    String example = Examples.of(row);
    int at = example.indexOf(row.get("abbreviation"));
    if (at < 0) {
      return Optional.of("the example does not hold \"" + row.get("abbreviation") + "\"");
    }
    int end = at + row.get("abbreviation").length();
    List<Span> sentences = SentenceSplitter.from(rules).split(example, new Span(0, example.length()));
    return unless(sentences.stream().noneMatch(s -> s.end() == end), example,
        "a sentence ends at \"" + row.get("abbreviation") + "\"");
  }

  private static List<DateMention> dates(Lexicons rules, String text) {
    return DateReader.from(rules).find(text, new Span(0, text.length()));
  }

  /**
   * The example as a line of a page, after a headline and the article's prose: its section is {@code kind}. A cue of
   * scope line has more prose after it, so that only the cue can make the line anything but body text.
   */
  private static Optional<String> kindOfLine(Lexicons rules, RuleRow row, SectionKind kind) {
    String example = Examples.of(row);
    String before = TITLE + "\n\n" + PROSE + "\n\n";
    String text = before + example + (row.get("scope").equals("line") ? "\n\n" + MORE_PROSE + "\n" : "\n");
    Document doc = new Document("example", "example", text, null);
    SectionKind found = kindAt(TextCleaner.from(rules).clean(doc).sections(), before.length());
    return unless(found == kind, example, "the line is " + (found == null ? "in no section" : found.jsonName())
        + ", not " + kind.jsonName());
  }
}
