package org.tally.event;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.tally.extract.token.DocumentTokens;
import org.tally.extract.token.PhraseTrie;
import org.tally.extract.token.Token;
import org.tally.extract.token.WordSet;
import org.tally.lexicon.Lexicons;
import org.tally.lexicon.RuleFiles;
import org.tally.lexicon.RuleRow;
import org.tally.model.Claim;
import org.tally.model.Harm;
import org.tally.model.Layout;
import org.tally.model.Section;
import org.tally.model.SectionKind;
import org.tally.model.Span;

/**
 * How a report says its event killed no one: in so many words ("No casualties were reported", "without causing
 * casualties": no-casualty-cues.tsv), or by speaking of no death at all (death-words.tsv).
 */
final class NoCasualtyCues {
  private final PhraseTrie<String> phrases = new PhraseTrie<>();
  private final WordSet deathWords;

  private NoCasualtyCues(List<RuleRow> cues, List<RuleRow> deathWords) {
    for (RuleRow row : cues) {
      phrases.add(row.get("phrase"), row.get("phrase"));
    }
    this.deathWords = WordSet.copyOf(deathWords.stream().map(r -> r.get("word").toLowerCase(Locale.ROOT)).toList());
  }

  /** The cues of these lexicons, built once per lexicons. */
  static NoCasualtyCues from(Lexicons rules) {
    return rules.built(NoCasualtyCues.class, r -> new NoCasualtyCues(r.file(RuleFiles.NO_CASUALTY_CUES).rows(),
        r.file(RuleFiles.DEATH_WORDS).rows()));
  }

  /** Whether {@code range} of the document, outside the sentences {@code aside}, holds a word that speaks of death. */
  private boolean speaksOfDeath(DocumentTokens tokens, Span range, List<Span> aside) {
    for (Token word : tokens.in(range)) {
      if (deathWords.contains(word.lower())
          && aside.stream().noneMatch(s -> s.start() <= word.start() && word.end() <= s.end())) {
        return true;
      }
    }
    return false;
  }

  /** The first cue in {@code range} of the document, as the span of its words. */
  private Optional<Span> first(DocumentTokens tokens, Span range) {
    List<Token> words = tokens.in(range);
    return phrases.first(words)
        .map(m -> new Span(words.get(m.from()).start(), words.get(m.to() - 1).end()));
  }

  /**
   * "Rockets hit the outskirts of Erbil airport. No casualties were reported": an event whose article gives it no death
   * toll, and whose title or body says in so many words that no one was killed (no-casualty-cues.tsv), has a toll of
   * 0, read from that sentence; so has one whose article speaks of no death at all (death-words.tsv). Otherwise its
   * toll stays unknown.
   */
  MainIncident noneKilled(DocumentTokens tokens, Layout layout, List<Claim> claims, MainIncident incident) {
    // "Last month, ISIS cells killed an SDF fighter in the same town": the dead of a time stated before the event's are
    // another incident's, told as background; neither their count nor their sentence's words speak of the event
    List<Span> earlier = claims.stream().filter(c -> dead(c) && before(c, incident.date())).map(Claim::evidence)
        .toList();
    boolean speaksOfDeath = false;
    for (Section section : layout.sections()) {
      if (section.kind() != SectionKind.TITLE && section.kind() != SectionKind.BODY) {
        continue;
      }
      Optional<Span> cue = first(tokens, section.span());
      if (cue.isPresent()) {
        return new MainIncident(incident.location(), incident.date(), 0, 0,
            sentenceAround(tokens.text(), section.span(), cue.get()), cue.get());
      }
      speaksOfDeath |= speaksOfDeath(tokens, section.span(), earlier);
    }
    // "Ten civilians injured in shelling", a protest, an arrest: an article that counts no dead and speaks of no death
    // reports none; one that speaks of death without a count Tally reads keeps an unknown toll
    boolean countsDead = claims.stream().anyMatch(c -> c.section().isOwnText() && dead(c)
        && !earlier.contains(c.evidence()));
    return speaksOfDeath || countsDead ? incident
        : new MainIncident(incident.location(), incident.date(), 0, 0, incident.evidence(), null);
  }

  private static boolean dead(Claim c) {
    return c.harm() == Harm.KILLED || c.harm() == Harm.CASUALTIES;
  }

  /** Whether the claim's own words state a time that ended more than a day before the event's day. */
  private static boolean before(Claim c, java.time.LocalDate day) {
    return day != null && c.when() != null && c.when().text() != null && c.when().end() != null
        && c.when().end().isBefore(day.minusDays(1));
  }

  // how far after the lead (or the body's restatement of a headline's lead) its no-casualty cue may be told: about two
  // sentences
  private static final int CUE_REACH = 400;

  /**
   * "Security forces detain 11 suspects in Tarmiyah raids" over "... detained 11 suspects. No casualties were reported
   * during the operation. Last week, an ISIS attack ... killed four fighters": a lead that counts no dead (detained,
   * abducted, wounded), followed within about two sentences, before any later count of the dead, by words that say no
   * one was killed, has a toll of 0 read from that sentence; the dead counted after it are of another incident.
   */
  MainIncident unhurtLead(DocumentTokens tokens, List<Claim> claims, MainIncident incident) {
    if (incident.leadCount() == null) {
      return incident;
    }
    Optional<Claim> lead = claims.stream().filter(c -> c.section().isOwnText()
        && incident.leadCount().equals(c.count().span())).findFirst();
    if (lead.isEmpty() || lead.get().harm() == Harm.KILLED || lead.get().harm() == Harm.CASUALTIES) {
      return incident;
    }
    Claim told = lead.get();
    // a headline's lead is told again in the body: the cue follows that sentence
    Span anchor = told.section() == org.tally.model.ClaimSection.TITLE ? claims.stream()
        .filter(c -> c.section() == org.tally.model.ClaimSection.BODY && c.harm() == told.harm())
        .map(Claim::evidence).findFirst().orElse(told.evidence()) : told.evidence();
    int end = Math.min(tokens.text().length(), anchor.end() + CUE_REACH);
    for (Claim c : claims) {
      if (c.section().isOwnText() && (c.harm() == Harm.KILLED || c.harm() == Harm.CASUALTIES)
          && c.evidence().start() >= told.evidence().start() && c.evidence().start() < end) {
        end = c.evidence().start();
      }
    }
    if (end <= anchor.start()) {
      return incident;
    }
    Span range = new Span(anchor.start(), end);
    return first(tokens, range).map(cue -> new MainIncident(incident.location(), incident.date(), 0, 0,
        sentenceAround(tokens.text(), range, cue), cue)).orElse(incident);
  }

  /**
   * The sentence of {@code section} that holds {@code words}: from the end of the one before (a full stop, question or
   * exclamation mark, a closing quote after it, then a space) to its own full stop.
   */
  private static Span sentenceAround(String text, Span section, Span words) {
    int start = section.start();
    for (int i = words.start() - 2; i > section.start(); i--) {
      int after = i + 1 < text.length() && (text.charAt(i + 1) == '"' || text.charAt(i + 1) == '\u201d') ? i + 2 : i + 1;
      if (".!?".indexOf(text.charAt(i)) >= 0 && after < words.start() && Character.isWhitespace(text.charAt(after))) {
        start = after + 1;
        break;
      }
    }
    int end = text.indexOf('.', words.end());
    end = end < 0 || end >= section.end() ? section.end() : end + 1;
    return new Span(start, end);
  }
}
