package org.tally.resolve.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.tally.lexicon.Lexicons;
import org.tally.lexicon.RuleFiles;
import org.tally.lexicon.RuleRow;
import org.tally.model.Span;
import org.tally.resolve.InTextOrder;

/**
 * Dates a claim whose sentence states no time but points back at an attack ("killed in the attack") by the day the
 * text gave that attack just before (event-references.tsv): a follow-up printed weeks later tells of the attack's
 * day, not of the day it was printed.
 */
public final class EventReferences {
  /** How far before the claim's sentence the attack's day may be named: about three sentences. */
  private static final int LOOK_BACK = 600;
  /** How close to the day its noun must stand: a few words either side. */
  private static final int NEAR = 40;

  /** {@code words} lower-cased: a sentence without any one of them cannot hold the phrase, and the pattern is not run. */
  private record Reference(Pattern phrase, Pattern noun, List<String> words) {
    boolean mayBeIn(String lower) {
      for (String word : words) {
        if (!lower.contains(word)) {
          return false;
        }
      }
      return true;
    }
  }

  private final List<Reference> references;

  private EventReferences(List<Reference> references) {
    this.references = List.copyOf(references);
  }

  /** The references of these lexicons, built once per lexicons. */
  public static EventReferences from(Lexicons rules) {
    return rules.built(EventReferences.class, r -> {
      List<Reference> out = new ArrayList<>();
      for (RuleRow row : r.file(RuleFiles.EVENT_REFERENCES).rows()) {
        String phrase = row.get("phrase").strip().toLowerCase(Locale.ROOT);
        out.add(new Reference(words(phrase, "\\b"), words(row.get("noun"), ""), List.of(phrase.split("\\s+"))));
      }
      return new EventReferences(out);
    });
  }

  /** The phrase's words, without case, as whole words; the last word open at its end when {@code end} is empty. */
  private static Pattern words(String phrase, String end) {
    List<String> quoted = new ArrayList<>();
    for (String w : phrase.strip().toLowerCase(Locale.ROOT).split("\\s+")) {
      quoted.add(Pattern.quote(w));
    }
    return Pattern.compile("\\b" + String.join("\\s+", quoted) + end, Pattern.CASE_INSENSITIVE);
  }

  /**
   * The day the attack the sentence points back at was given: the last single day named before the sentence, within
   * {@link #LOOK_BACK}, when the reference's noun stands near it; empty otherwise.
   */
  public Optional<TimeMention> referredDay(String text, Span sentence, InTextOrder<TimeMention> mentions) {
    String words = text.substring(sentence.start(), sentence.end());
    String lower = words.toLowerCase(Locale.ROOT);
    for (Reference reference : references) {
      if (!reference.mayBeIn(lower) || !reference.phrase().matcher(words).find()) {
        continue;
      }
      List<TimeMention> before = mentions.startingWithin(Math.max(0, sentence.start() - LOOK_BACK), sentence.start());
      TimeMention last = null;
      for (TimeMention m : before) {
        if (m.span().end() <= sentence.start() && !m.period() && m.start().equals(m.end())) {
          last = m;
        }
      }
      if (last == null) {
        return Optional.empty();
      }
      // the noun is sought around the day, but not in the claim's own sentence, which holds it anyway
      String around = text.substring(Math.max(0, last.span().start() - NEAR),
          Math.min(sentence.start(), last.span().end() + NEAR));
      // a phrase may stand for several nouns ("the attack": an attack, a blast), one row each
      if (reference.noun().matcher(around).find()) {
        return Optional.of(last);
      }
    }
    return Optional.empty();
  }
}
