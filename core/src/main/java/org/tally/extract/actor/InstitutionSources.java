package org.tally.extract.actor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tally.extract.token.PhraseTrie;
import org.tally.extract.token.Token;
import org.tally.lexicon.RuleFile;
import org.tally.lexicon.RuleRow;

/**
 * Speakers of an institution (institution-sources.tsv): "a source at Aleppo Governorate", "the director of a hospital
 * in the east". The words from the speaker to the institution name the actor the institution speaks for, over any
 * name inside them ("Hasaka Police Command").
 */
final class InstitutionSources {
  /** Words between the speaker and the institution's name: "a source at", "the director of a". */
  private static final Set<String> LINKS = Set.of("at", "in", "of", "from", "for");
  private static final Set<String> ARTICLES = Set.of("a", "an", "the");
  /** The most words of an institution's own name before its word ("Deir Ezzor Governorate"). */
  private static final int NAME_REACH = 4;

  private final PhraseTrie<RuleRow> speakers = new PhraseTrie<>();
  private final PhraseTrie<RuleRow> institutions = new PhraseTrie<>();

  InstitutionSources(RuleFile file) {
    for (RuleRow row : file.rows()) {
      (row.get("part").equals("speaker") ? speakers : institutions).add(row.get("phrase"), row);
    }
  }

  /**
   * The mentions of the sentence with each speaker of an institution in place of the names inside its words; the
   * actors are looked up by id in {@code actors}.
   */
  List<ActorMention> find(List<Token> tokens, List<ActorMention> named, Map<String, Actor> actors) {
    List<ActorMention> found = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      Optional<PhraseTrie.Match<RuleRow>> speaker = speakers.longestAt(tokens, i);
      if (speaker.isEmpty()) {
        continue;
      }
      // "a civil defence official in Aleppo province said": the actor named right before the speaker is the one he
      // speaks for; the institution's words after him say only where he is (attr30, attribution-written-12 y28)
      int speakerFrom = speaker.get().from();
      if (named.stream().anyMatch(m -> m.to() == speakerFrom)) {
        continue;
      }
      Optional<ActorMention> spoken = institution(tokens, speaker.get(), actors);
      if (spoken.isPresent()) {
        found.add(spoken.get());
        i = spoken.get().to() - 1;
      }
    }
    if (found.isEmpty()) {
      return named;
    }
    List<ActorMention> out = new ArrayList<>(found);
    for (ActorMention m : named) {
      if (found.stream().noneMatch(f -> m.from() < f.to() && f.from() < m.to())) {
        out.add(m);
      }
    }
    out.sort(java.util.Comparator.comparingInt(ActorMention::from));
    return out;
  }

  private Optional<ActorMention> institution(List<Token> tokens, PhraseTrie.Match<RuleRow> speaker, Map<String, Actor> actors) {
    int j = speaker.to();
    if (j >= tokens.size() || !LINKS.contains(tokens.get(j).lower())) {
      return Optional.empty();
    }
    j++;
    if (j < tokens.size() && ARTICLES.contains(tokens.get(j).lower())) {
      j++;
    }
    for (int k = j; k < Math.min(tokens.size(), j + NAME_REACH + 1); k++) {
      Optional<PhraseTrie.Match<RuleRow>> body = institutions.longestAt(tokens, k);
      if (body.isPresent()) {
        RuleRow row = body.get().value();
        Actor actor = actors.get(row.get("actor"));
        if (actor == null) {
          return Optional.empty();
        }
        Rule rule = Rule.of(row, tokens, speaker.from(), body.get().to());
        return Optional.of(new ActorMention(actor, speaker.from(), body.get().to(), true, false,
            new Rule(rule.where() + " with " + Rule.of(speaker.value(), "").where(), rule.words())));
      }
      // the institution's own name: words, not a clause ("a source at the scene said"); an Arabic name's article is
      // written in lower case ("the director of al-Mujtahed hospital": attr30, attribution-written-12 y16)
      if (!tokens.get(k).isWord() || !tokens.get(k).isCapitalised() && !arabicArticle(tokens.get(k))) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** "al-Mujtahed", "el-Bab": a name that opens with the Arabic article, written in lower case. */
  private static boolean arabicArticle(Token word) {
    String w = word.lower();
    return (w.startsWith("al-") || w.startsWith("el-")) && w.length() > 3 && Character.isUpperCase(word.text().charAt(3));
  }
}
