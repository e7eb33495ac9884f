package org.tally.extract.actor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.tally.extract.token.PhraseTrie;
import org.tally.extract.token.Token;
import org.tally.lexicon.RuleFile;
import org.tally.lexicon.RuleRow;
import org.tally.model.Stance;

/**
 * Finds who states the number at a token of a sentence: the actor before a reporting verb
 * ("the ministry said"), after "according to", or an anaphor that points back ("It added").
 */
public final class ClaimantFinder {
  private enum Position { SUBJECT, OBJECT, EITHER, STANCE }

  private record Verb(Position position, Stance stance) {}

  private record Cue(Verb verb, int from, int to) {}

  private static final int SUBJECT_REACH = 22;
  private static final int OBJECT_REACH = 8;

  private final PhraseTrie<Verb> verbs = new PhraseTrie<>();
  private final PhraseTrie<Boolean> narration = new PhraseTrie<>();
  private final PhraseTrie<Boolean> anaphors = new PhraseTrie<>();

  private ClaimantFinder() {}

  public static ClaimantFinder standard() {
    ClaimantFinder finder = new ClaimantFinder();
    for (RuleRow row : RuleFile.load(ClaimantFinder.class, "reporting-verbs.tsv").rows()) {
      Position position;
      Stance stance;
      try {
        position = Position.valueOf(row.get("position").toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw row.error("position", "\"" + row.get("position") + "\" is not subject, object, either or stance");
      }
      try {
        stance = Stance.valueOf(row.get("stance").toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw row.error("stance", "\"" + row.get("stance") + "\" is not asserted, admitted, denied or estimated");
      }
      finder.verbs.add(row.get("phrase"), new Verb(position, stance));
    }
    RuleFile.load(ClaimantFinder.class, "narration-cues.tsv").rows().forEach(r -> finder.narration.add(r.get("phrase"), true));
    RuleFile.load(ClaimantFinder.class, "anaphors.tsv").rows().forEach(r -> finder.anaphors.add(r.get("phrase"), true));
    return finder;
  }

  /**
   * The attribution of the number at token {@code at}, or empty when the sentence names no one. The
   * stance words of the sentence ("likely", "estimates") come back even without a claimant.
   */
  public Optional<Attribution> find(List<Token> tokens, List<ActorMention> mentions, int at) {
    List<Cue> cues = cues(tokens);
    Stance stance = cues.stream().filter(c -> c.verb().position() != Position.STANCE && c.verb().stance() != Stance.ASSERTED)
        .map(c -> c.verb().stance()).findFirst()
        .orElse(cues.stream().filter(c -> c.verb().position() == Position.STANCE).map(c -> c.verb().stance())
            .findFirst().orElse(Stance.ASSERTED));
    // the nearest cue before the number, then the nearest after it (", the ministry said")
    List<Cue> ordered = new ArrayList<>();
    for (int i = cues.size() - 1; i >= 0; i--) {
      if (cues.get(i).to() <= at) {
        ordered.add(cues.get(i));
      }
    }
    cues.stream().filter(c -> c.from() > at).forEach(ordered::add);
    for (Cue cue : ordered) {
      if (cue.verb().position() == Position.STANCE || narratedBetween(tokens, cue, at)) {
        continue;
      }
      Optional<Attribution> found = claimantOf(cue, tokens, mentions, stance);
      if (found.isPresent()) {
        return found;
      }
    }
    return stance == Stance.ASSERTED ? Optional.empty() : Optional.of(new Attribution(null, stance, true));
  }

  /** A headline's trailing attribution: "… in 1 month – Russian military", "…: Washington". */
  public Optional<Attribution> fromHeadline(List<Token> tokens, List<ActorMention> mentions) {
    for (int i = tokens.size() - 1; i > 0; i--) {
      String t = tokens.get(i).text();
      if (t.equals(":") || t.equals("–") || t.equals("—") || t.equals("-")) {
        int from = i + 1;
        return mentions.stream().filter(m -> m.from() == from && m.to() == tokens.size())
            .findFirst().map(m -> new Attribution(m.actor().id(), Stance.ASSERTED, false));
      }
    }
    return Optional.empty();
  }

  /** True when the sentence's subject points back ("The newly-released figure brings to 173…"). */
  public boolean opensWithAnaphor(List<Token> tokens) {
    return anaphors.longestAt(tokens, 0).filter(m -> m.to() >= 2).isPresent();
  }

  private List<Cue> cues(List<Token> tokens) {
    List<Cue> cues = new ArrayList<>();
    for (PhraseTrie.Match<Verb> match : verbs.findAll(tokens)) {
      cues.add(new Cue(match.value(), match.from(), match.to()));
    }
    return cues;
  }

  private boolean narratedBetween(List<Token> tokens, Cue cue, int at) {
    for (int i = cue.to(); i < at; i++) {
      if (narration.longestAt(tokens, i).isPresent()) {
        return true;
      }
    }
    return false;
  }

  private Optional<Attribution> claimantOf(Cue cue, List<Token> tokens, List<ActorMention> mentions, Stance stance) {
    Position position = cue.verb().position();
    if (position == Position.OBJECT || position == Position.EITHER) {
      Optional<ActorMention> after = mentions.stream()
          .filter(m -> m.from() >= cue.to() && m.from() - cue.to() <= (position == Position.OBJECT ? OBJECT_REACH : 2))
          .findFirst();
      if (after.isPresent()) {
        return Optional.of(new Attribution(after.get().actor().id(), stance, false));
      }
      if (position == Position.OBJECT) {
        return Optional.empty();
      }
    }
    // subject: the nearest actor ending before the verb, or an anaphor right before it
    ActorMention nearest = null;
    for (ActorMention m : mentions) {
      if (m.to() <= cue.from() && cue.from() - m.to() <= SUBJECT_REACH && !afterPreposition(tokens, m.from())) {
        nearest = m;
      }
    }
    int anaphor = anaphorBefore(tokens, cue.from());
    if (anaphor >= 0 && (nearest == null || anaphor >= nearest.to())) {
      return Optional.of(new Attribution(null, stance, true));
    }
    if (nearest == null) {
      return Optional.empty();
    }
    return Optional.of(new Attribution(firstOfCoordination(nearest, mentions, tokens).actor().id(), stance, false));
  }

  /** "Amnesty International and Airwars found": the first named leads. */
  private static ActorMention firstOfCoordination(ActorMention last, List<ActorMention> mentions, List<Token> tokens) {
    ActorMention first = last;
    for (int i = mentions.indexOf(last) - 1; i >= 0; i--) {
      ActorMention earlier = mentions.get(i);
      boolean joined = first.from() - earlier.to() == 1 && tokens.get(earlier.to()).is("and");
      if (!joined) {
        break;
      }
      first = earlier;
    }
    return first;
  }

  private static boolean afterPreposition(List<Token> tokens, int from) {
    for (int i = from - 1; i >= 0 && i >= from - 2; i--) {
      String w = tokens.get(i).lower();
      if (w.equals("by") || w.equals("against") || w.equals("on") || w.equals("of") || w.equals("targeting")) {
        return true;
      }
      if (!w.equals("the")) {
        return false;
      }
    }
    return false;
  }

  private int anaphorBefore(List<Token> tokens, int cueFrom) {
    for (int start = Math.max(0, cueFrom - 4); start < cueFrom; start++) {
      Optional<PhraseTrie.Match<Boolean>> match = anaphors.longestAt(tokens, start);
      if (match.isPresent() && cueFrom - match.get().to() <= 1) {
        return start;
      }
    }
    return -1;
  }
}
