package org.tally.extract.actor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tally.extract.token.PhraseTrie;
import org.tally.extract.token.Token;
import org.tally.lexicon.RuleFile;
import org.tally.lexicon.RuleRow;

/**
 * Bodies the dictionary does not list, named by a proper name that ends in a body's word (body-heads.tsv): "the
 * Horan Free Gathering said", "the Kurdish Red Crescent said", "the Shehba Canton's health council said". A local
 * network, council or aid body that states a toll speaks for the place: the row's actor (attr28,
 * attribution-written-10). A name the dictionary knows ("Syrian Arab Red Crescent") keeps its own actor.
 */
final class NamedBodies {
  /** The most capitalised words of the body's own name before its word ("Horan Free"). */
  private static final int NAME_REACH = 4;

  private final PhraseTrie<RuleRow> heads = new PhraseTrie<>();

  NamedBodies(RuleFile file) {
    file.rows().forEach(r -> heads.add(r.get("phrase"), r));
  }

  /** The mentions of the sentence with every body named by a name and a head word added where no mention stands. */
  List<ActorMention> find(List<Token> tokens, List<ActorMention> named, Map<String, Actor> actors) {
    List<ActorMention> found = new ArrayList<>();
    for (int i = 1; i < tokens.size(); i++) {
      Optional<PhraseTrie.Match<RuleRow>> head = heads.longestAt(tokens, i);
      if (head.isEmpty()) {
        continue;
      }
      int from = nameStart(tokens, i);
      int to = head.get().to();
      Actor actor = actors.get(head.get().value().get("actor"));
      int start = from;
      if (from < i && actor != null && named.stream().noneMatch(m -> m.from() < to && start < m.to())) {
        found.add(new ActorMention(actor, from, to, true, false, Rule.of(head.get().value(), tokens, from, to)));
      }
      i = to - 1;
    }
    if (found.isEmpty()) {
      return named;
    }
    List<ActorMention> out = new ArrayList<>(named);
    out.addAll(found);
    out.sort(Comparator.comparingInt(ActorMention::from));
    return out;
  }

  /**
   * Where the body's name before the head word at {@code head} starts: capitalised words right before a capitalised
   * head ("Horan Free Gathering"), or before a possessive before a lower-case one ("Shehba Canton's health council");
   * {@code head} when there is no name.
   */
  private static int nameStart(List<Token> tokens, int head) {
    int end = head;
    if (!tokens.get(head).isCapitalised()) {
      if (!tokens.get(head - 1).is("'s") && !tokens.get(head - 1).is("\u2019s")) {
        return head;
      }
      end = head - 1;
    }
    int k = end;
    while (k > 0 && end - k < NAME_REACH && tokens.get(k - 1).isWord() && tokens.get(k - 1).isCapitalised()
        && !ARTICLES.contains(tokens.get(k - 1).lower())) {
      k--;
    }
    return k < end ? k : head;
  }

  private static final java.util.Set<String> ARTICLES = java.util.Set.of("the", "a", "an");
}
