package org.tally.extract.actor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tally.extract.token.PhraseTrie;
import org.tally.extract.token.Token;
import org.tally.lexicon.Lexicons;
import org.tally.lexicon.RuleFiles;
import org.tally.lexicon.RuleRow;

/**
 * Persons a document introduces as speaking for an actor, by an actor's name, a title (speaker-titles.tsv) and a
 * person's name: "YPG spokesman Redur Xelil", "coalition spokesman Col. Tom Gill". The name, and its last word alone,
 * then name that actor as a person wherever the document goes on ("Xelil said", and "he said" after it), as the
 * dictionary's own spokespeople do; the dictionary cannot list every spokesman of every war.
 */
public final class NamedSpeakers {
  /** A name has two words at least (a first name and a family name) and four at most. */
  private static final int NAME_MIN = 2;
  private static final int NAME_MAX = 4;
  /** The shortest family name taken alone: shorter capitalised words are too often no name. */
  private static final int FAMILY_NAME_MIN = 3;

  private final PhraseTrie<RuleRow> titles = new PhraseTrie<>();
  // "spokesman Redur Xelil Saturday": the words of a date are no name (weekday-names.tsv, month-names.tsv)
  private final java.util.Set<String> calendar = new java.util.HashSet<>();

  private NamedSpeakers() {}

  public static NamedSpeakers from(Lexicons rules) {
    return rules.built(NamedSpeakers.class, NamedSpeakers::read);
  }

  private static NamedSpeakers read(Lexicons rules) {
    NamedSpeakers speakers = new NamedSpeakers();
    rules.file(RuleFiles.SPEAKER_TITLES).rows().forEach(r -> speakers.titles.add(r.get("phrase"), r));
    rules.file(RuleFiles.WEEKDAY_NAMES).rows().forEach(r -> speakers.calendar.add(r.get("name").toLowerCase(java.util.Locale.ROOT)));
    rules.file(RuleFiles.MONTH_NAMES).rows().forEach(r -> speakers.calendar.add(r.get("name").toLowerCase(java.util.Locale.ROOT)));
    return speakers;
  }

  /** A person one document introduced: the words of the name, the actor spoken for, and the rule that said so. */
  private record Person(List<String> name, Actor actor, RuleRow row, String introduced) {}

  /** What one document has learnt of its speakers so far, by the family name. */
  public static final class Known {
    private final Map<String, Person> byFamilyName = new HashMap<>();
  }

  public static Known known() {
    return new Known();
  }

  /**
   * The sentence's mentions, with the persons the document has introduced by then (this sentence's own included)
   * named as speakers of their actors; in text order, none overlapping another.
   */
  public List<ActorMention> with(Known known, List<Token> tokens, List<ActorMention> mentions) {
    learn(known, tokens, mentions);
    if (known.byFamilyName.isEmpty()) {
      return mentions;
    }
    List<ActorMention> out = null;
    for (int i = 0; i < tokens.size(); i++) {
      Person person = known.byFamilyName.get(tokens.get(i).text());
      if (person == null || covered(mentions, i)) {
        continue;
      }
      int from = i;
      List<String> name = person.name();
      for (int k = name.size() - 2; k >= 0 && from > 0 && tokens.get(from - 1).text().equals(name.get(k)); k--) {
        from--;
      }
      if (covered(mentions, from)) {
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(mentions);
      }
      // the rule shows the words that introduced the person: the title's row and who it made the person speak for
      out.add(new ActorMention(person.actor(), from, i + 1, true, true, Rule.of(person.row(), person.introduced())));
    }
    if (out == null) {
      return mentions;
    }
    out.sort(Comparator.comparingInt(ActorMention::from));
    return out;
  }

  /** "YPG spokesman Redur Xelil": an actor that can speak, a title right after it, and a person's name after that. */
  private void learn(Known known, List<Token> tokens, List<ActorMention> mentions) {
    for (ActorMention m : mentions) {
      if (!m.canClaim() || m.person()) {
        continue;
      }
      Optional<PhraseTrie.Match<RuleRow>> title = titles.longestAt(tokens, m.to());
      if (title.isEmpty()) {
        continue;
      }
      int from = pastRanks(tokens, title.get().to());
      int to = from;
      while (to < tokens.size() && to - from < NAME_MAX && nameWord(tokens.get(to)) && !covered(mentions, to)) {
        to++;
      }
      if (to - from < NAME_MIN || tokens.get(to - 1).text().length() < FAMILY_NAME_MIN) {
        continue;
      }
      List<String> name = tokens.subList(from, to).stream().map(Token::text).toList();
      known.byFamilyName.putIfAbsent(name.get(name.size() - 1),
          new Person(name, m.actor(), title.get().value(), Rule.words(tokens, m.from(), to)));
    }
  }

  /** Past ranks written short before the name ("Lt. Col.", "Gen."): a capitalised word and its full stop. */
  private static int pastRanks(List<Token> tokens, int at) {
    while (at + 1 < tokens.size() && tokens.get(at).isCapitalised() && tokens.get(at + 1).is(".")) {
      at += 2;
    }
    return at;
  }

  /** A word of a person's name: capitalised ("Xelil"), or a family name's particle before one ("al-Faris"). */
  private boolean nameWord(Token t) {
    if (!t.isWord() || calendar.contains(t.lower())) {
      return false;
    }
    String w = t.text();
    int dash = w.indexOf('-');
    return t.isCapitalised() || dash > 0 && dash + 1 < w.length() && Character.isUpperCase(w.charAt(dash + 1));
  }

  private static boolean covered(List<ActorMention> mentions, int i) {
    return mentions.stream().anyMatch(m -> m.from() <= i && i < m.to());
  }
}
