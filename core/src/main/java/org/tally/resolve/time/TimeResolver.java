package org.tally.resolve.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tally.extract.count.CountParser;
import org.tally.extract.token.DocumentTokens;
import org.tally.lexicon.Lexicons;
import org.tally.model.Span;
import org.tally.resolve.InTextOrder;
import org.tally.text.DateReader;
import org.tally.text.SentenceSplitter;

/**
 * Resolves when things a text tells of happened (claims.md section 5): finds its time expressions and places each
 * on the calendar against the document's date, and picks the one a casualty claim happened at.
 */
public final class TimeResolver {
  /** How far before a claim's sentence to read for what "this period" or "the same day" points back at. */
  private static final int LOOK_BACK = 1500;

  private final ExpressionReader reader;
  private final SentenceSplitter sentences;
  private final TimeFrames frames;
  private final DaysAfter daysAfter;
  private final SaidDays said;
  private final TollUpdateSentences updates;

  TimeResolver(ExpressionReader reader, SentenceSplitter sentences, TimeFrames frames, DaysAfter daysAfter,
      SaidDays said, TollUpdateSentences updates) {
    this.said = said;
    this.updates = updates;
    this.reader = reader;
    this.sentences = sentences;
    this.frames = frames;
    this.daysAfter = daysAfter;
  }

  /** The resolver over these lexicons' time words, built once per lexicons. */
  public static TimeResolver from(Lexicons rules) {
    return rules.built(TimeResolver.class, r -> new TimeResolver(
        new ExpressionReader(TimeLexicon.from(r), DateReader.from(r), CountParser.from(r)), SentenceSplitter.from(r),
        TimeFrames.from(r), DaysAfter.from(r), SaidDays.from(r),
        TollUpdateSentences.from(r)));
  }

  /**
   * Every time expression in {@code range} of {@code text} that can be placed, in order, none after the document's
   * date unless its year says so. Without a document date only expressions that write their year (or take one
   * written before them) are placed.
   */
  public List<TimeMention> find(String text, Span range, LocalDate documentDate) {
    return find(DocumentTokens.of(text), range, documentDate);
  }

  /** As {@link #find(String, Span, LocalDate)}, over tokens the document was already read into. */
  public List<TimeMention> find(DocumentTokens tokens, Span range, LocalDate documentDate) {
    String text = tokens.text();
    List<ExpressionReader.Found> found = reader.read(tokens, range);
    List<Period> placed = MentionPlacer.place(found, sentences.split(text, range), documentDate);
    List<TimeMention> out = new ArrayList<>();
    for (int i = 0; i < found.size(); i++) {
      Period p = placed.get(i);
      if (p != null) {
        out.add(new TimeMention(found.get(i).span(), p.start(), p.end(), isPeriod(found.get(i).expression())));
      }
    }
    return out;
  }

  private static boolean isPeriod(Expression expression) {
    return expression instanceof Expression.Since || expression instanceof Expression.Between
        || expression instanceof Expression.Stretch || expression instanceof Expression.Ending
        || expression instanceof Expression.Anaphor anaphor && anaphor.period();
  }

  /**
   * When the claim whose count is {@code count} in {@code sentence} happened: the time expression nearest the count
   * in its clause, else the nearest in the sentence; empty when the sentence has none that can be placed. Words that
   * point back ("during this period") are resolved from the text before the sentence.
   */
  public Optional<TimeMention> forClaim(String text, Span sentence, Span count, LocalDate documentDate) {
    Span read = new Span(lookBackStart(text, sentence.start()), sentence.end());
    List<TimeMention> near = find(text, read, documentDate);
    return choose(text, sentence, count, near);
  }

  /**
   * As {@link #forClaim(String, Span, Span, LocalDate)}, choosing among the mentions {@link #find} gave for the whole
   * document: a document is read once, not once per claim.
   */
  public Optional<TimeMention> forClaim(String text, Span sentence, Span count, List<TimeMention> documentMentions) {
    return forClaim(text, sentence, count, InTextOrder.of(documentMentions, m -> m.span().start()));
  }

  /** As {@link #forClaim(String, Span, Span, List)}, finding the mentions near the claim by where they start. */
  public Optional<TimeMention> forClaim(String text, Span sentence, Span count, InTextOrder<TimeMention> documentMentions) {
    int from = lookBackStart(text, sentence.start());
    List<TimeMention> near = documentMentions.startingWithin(from, sentence.end()).stream()
        .filter(m -> m.span().end() <= sentence.end())
        .toList();
    return choose(text, sentence, count, near);
  }

  private Optional<TimeMention> choose(String text, Span sentence, Span count, List<TimeMention> near) {
    boolean update = updates.updates(text, count);
    return ClauseChooser.choose(text, sentence, count, near, frames, saidDays(update, text, sentence, count, near))
        .map(m -> update ? UpdatedTollDays.widen(text, sentence, count, near, m) : m)
        .map(m -> daysAfter.shift(text, count, m));
  }

  /**
   * The days the count was said on, which lose to a day of the harm its sentence names: for a toll update's count
   * ("has climbed to 23, workers said on Wednesday"), and for any count whose sentence writes a day as its attack's own
   * ("Thursdays twin attacks in Tartus which killed 38 people state media said on Saturday"; {@link EventDays}), where
   * the said day follows the count. Else
   * none: a said day may stand for the harm's ("rescuers say killed 11 people on Sunday").
   */
  private java.util.function.Predicate<TimeMention> saidDays(boolean update, String text, Span sentence, Span count,
      List<TimeMention> near) {
    if (update) {
      return m -> said.saidOn(text, m.span());
    }
    // only a said day after the count, which closes the sentence's report: "said on Sunday as four of the wounded
    // died" may still date the four
    if (EventDays.anyIn(text, sentence, near)) {
      return m -> m.span().start() >= count.end() && said.saidOn(text, m.span());
    }
    return m -> false;
  }

  /** A start a little before the sentence, at a line or sentence boundary so no word is cut. */
  private static int lookBackStart(String text, int sentenceStart) {
    int from = Math.max(0, sentenceStart - LOOK_BACK);
    if (from == 0) {
      return 0;
    }
    for (int i = from; i < sentenceStart; i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '.' || c == '!' || c == '?') && i + 1 < sentenceStart && Character.isWhitespace(text.charAt(i + 1))) {
        return i + 1;
      }
    }
    return sentenceStart;
  }
}
