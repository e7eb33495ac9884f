package org.tally.extract.actor;

import java.util.List;
import java.util.Optional;
import org.tally.extract.token.Token;
import org.tally.lexicon.Lexicons;
import org.tally.lexicon.RuleFiles;
import org.tally.lexicon.RuleRow;

/**
 * A tweet a page embeds ends with its link and its author: "1 child killed 6 children still under rubble as an
 * airstrike targeted a market. pic.twitter.com/XUQSqe4IFK The White Helmets (@SyriaCivilDef) June 12 2016". The words
 * before the link, back to the link of the tweet before, are the author's: a count there is the author's claim when
 * the author is an actor and no reporting word names another source.
 */
public final class TweetAuthors {
  private final List<RuleRow> links;

  private TweetAuthors(List<RuleRow> links) {
    this.links = links;
  }

  public static TweetAuthors from(Lexicons rules) {
    return rules.built(TweetAuthors.class, r -> new TweetAuthors(r.file(RuleFiles.TWEET_LINKS).rows()));
  }

  /** A tweet's author, and the rule that read the link before the author's name. */
  public record Author(String actor, Rule rule) {}

  /**
   * The author of the tweet that holds token {@code at}: the first link after it (tweet-links.tsv, read in the
   * document's {@code text}, as copy glues links to words), then the links right after that one, then an actor's name
   * followed by the author's handle in brackets. Empty when the sentence has no such byline after {@code at}.
   */
  public Optional<Author> of(String text, List<Token> tokens, List<ActorMention> mentions, int at) {
    for (int i = at; i < tokens.size(); i++) {
      Optional<RuleRow> link = linkAt(text, tokens.get(i));
      if (link.isEmpty()) {
        continue;
      }
      int next = pastLinks(text, tokens, i);
      if (next >= tokens.size()) {
        return Optional.empty();
      }
      // "… The White Helmets (SyriaCivilDef)": the name may open with its article
      int from = tokens.get(next).is("the") ? next + 1 : next;
      return mentions.stream()
          .filter(m -> m.from() == from && m.canClaim() && m.to() < tokens.size() && tokens.get(m.to()).is("("))
          .findFirst()
          .map(m -> new Author(m.actor().id(), Rule.of(link.get(), link.get().get("prefix") + " … "
              + Rule.words(tokens, m.from(), m.to()))));
    }
    return Optional.empty();
  }

  /** The token after the link that starts at token {@code i} and the links glued or following right after it. */
  private int pastLinks(String text, List<Token> tokens, int i) {
    int j = i;
    while (j < tokens.size()) {
      int end = linkEnd(text, tokens.get(j).start());
      while (j < tokens.size() && tokens.get(j).start() < end) {
        j++;
      }
      if (j >= tokens.size() || linkAt(text, tokens.get(j)).isEmpty()) {
        return j;
      }
    }
    return j;
  }

  /** A link runs to the next space. */
  private static int linkEnd(String text, int from) {
    int end = from;
    while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
      end++;
    }
    return end;
  }

  /** The row whose link prefix the text shows at the token's start, or inside the token's word ("Idlib.httpst.co…"). */
  private Optional<RuleRow> linkAt(String text, Token token) {
    char first = Character.toLowerCase(token.text().charAt(0));
    for (RuleRow row : links) {
      String prefix = row.get("prefix");
      if (first == Character.toLowerCase(prefix.charAt(0))
          && text.regionMatches(true, token.start(), prefix, 0, prefix.length())) {
        return Optional.of(row);
      }
    }
    return Optional.empty();
  }
}
