package org.tally.app.web.page;

import java.util.ArrayList;
import java.util.List;
import org.tally.extract.actor.ActorDictionary;
import org.tally.extract.actor.ActorMention;
import org.tally.extract.token.DocumentTokens;
import org.tally.extract.token.Token;
import org.tally.model.Span;

/** Where a text names actors, by the same dictionary extraction reads (actor-names.tsv and any user file). */
public final class ActorMarks {
  private ActorMarks() {}

  /** The character spans of every actor name in the text. */
  public static List<Span> of(ActorDictionary actors, String text) {
    List<Token> tokens = DocumentTokens.of(text).in(new Span(0, text.length()));
    List<Span> out = new ArrayList<>();
    for (ActorMention mention : actors.find(tokens)) {
      if (mention.to() > mention.from()) {
        out.add(new Span(tokens.get(mention.from()).start(), tokens.get(mention.to() - 1).end()));
      }
    }
    return out;
  }
}
