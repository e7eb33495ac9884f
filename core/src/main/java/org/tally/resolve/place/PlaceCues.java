package org.tally.resolve.place;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.tally.extract.token.Token;
import org.tally.extract.token.Tokenizer;
import org.tally.lexicon.RuleFile;
import org.tally.lexicon.RuleRow;
import org.tally.model.Span;

/** The cue phrases of place-cues.tsv, looked up before or after a place name. */
final class PlaceCues {
  private static final int MAX_WORDS = 4;

  private final Map<String, Set<CueRole>> roles = new HashMap<>();
  /** Each cue's words and roles, by its first word, so a word that opens no cue is passed over at once. */
  private final Map<String, List<Cue>> byFirstWord = new HashMap<>();
  /** Most words open no cue: a clear bit says so before the map is probed. */
  private final org.tally.extract.token.WordBits firstWords = new org.tally.extract.token.WordBits();
  private final Set<String> words = new HashSet<>();
  /** Every cue's words as {@link #roles} keys them: most words asked of {@link #has} and {@link #isCueWord} are none. */
  private final org.tally.extract.token.WordBits keys = new org.tally.extract.token.WordBits();

  private record Cue(String[] words, String phrase, Set<CueRole> roles) {}

  private PlaceCues() {}

  static PlaceCues from(RuleFile file) {
    PlaceCues cues = new PlaceCues();
    for (RuleRow row : file.rows()) {
      String phrase = row.get("phrase");
      String key = key(Tokenizer.tokens(phrase, new Span(0, phrase.length())));
      cues.roles.computeIfAbsent(key, k -> EnumSet.noneOf(CueRole.class)).add(CueRole.parse(row.get("role")));
      if (!key.contains(" ")) {
        cues.words.add(key);
      }
    }
    cues.roles.forEach((key, roles) -> {
      cues.keys.add(key);
      String[] words = key.split(" ");
      cues.byFirstWord.computeIfAbsent(words[0], w -> new java.util.ArrayList<>()).add(new Cue(words, key, roles));
      cues.firstWords.add(words[0]);
    });
    return cues;
  }

  private static String key(List<Token> tokens) {
    return tokens.stream().map(Token::lower).collect(Collectors.joining(" "));
  }

  /** The longest cue with one of these roles that ends just before token {@code end}. */
  Optional<CueMatch> endingAt(PlaceTokens tokens, int end, Set<CueRole> wanted) {
    for (int from = Math.max(0, end - MAX_WORDS); from < end; from++) {
      Optional<CueMatch> match = at(tokens, from, end, opened(tokens.lower(from)), wanted);
      if (match.isPresent()) {
        return match;
      }
    }
    return Optional.empty();
  }

  /** The longest cue with one of these roles that starts at token {@code from}. */
  Optional<CueMatch> startingAt(PlaceTokens tokens, int from, Set<CueRole> wanted) {
    // most words open no cue: one lookup says so, not one for each length tried
    List<Cue> opened = from < 0 ? null : opened(tokens.lower(from));
    if (opened == null) {
      return Optional.empty();
    }
    for (int to = Math.min(tokens.size(), from + MAX_WORDS); to > from; to--) {
      Optional<CueMatch> match = at(tokens, from, to, opened, wanted);
      if (match.isPresent()) {
        return match;
      }
    }
    return Optional.empty();
  }

  /** The cues of {@code from}'s word, {@code opened}, that are tokens {@code [from, to)}, with a wanted role. */
  private Optional<CueMatch> at(PlaceTokens tokens, int from, int to, List<Cue> opened, Set<CueRole> wanted) {
    if (opened == null) {
      return Optional.empty();
    }
    for (int i = from; i < to; i++) {
      if (!tokens.isWord(i)) {
        return Optional.empty();
      }
    }
    for (Cue cue : opened) {
      if (cue.words().length == to - from && matches(tokens, from, cue.words())) {
        for (CueRole role : cue.roles()) {
          if (wanted.contains(role)) {
            return Optional.of(new CueMatch(from, to, role, cue.phrase()));
          }
        }
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** The cues this word opens, or null. */
  private List<Cue> opened(String lower) {
    return firstWords.mayHold(lower) ? byFirstWord.get(lower) : null;
  }

  private static boolean matches(PlaceTokens tokens, int from, String[] words) {
    for (int k = 1; k < words.length; k++) {
      if (!tokens.lower(from + k).equals(words[k])) {
        return false;
      }
    }
    return true;
  }

  /** True when a one-word cue of any role is this lower-cased word. */
  boolean isCueWord(String lower) {
    return keys.mayHold(lower) && words.contains(lower);
  }

  boolean has(String lower, CueRole role) {
    Set<CueRole> found = keys.mayHold(lower) ? roles.get(lower) : null;
    return found != null && found.contains(role);
  }
}
