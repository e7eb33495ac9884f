package org.tally.resolve.place;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.tally.extract.actor.ActorDictionary;
import org.tally.extract.actor.ActorMention;
import org.tally.extract.token.DocumentTokens;
import org.tally.extract.token.Token;
import org.tally.model.Span;

/**
 * What the gazetteer makes of one document's tokens, worked out once per token and shared by every stretch of the
 * document that place finding reads (its sections, its sentences, the words after a name): each token's name-key
 * pieces, the names that start at it, and each stretch's names composed. Confined to the thread analysing the
 * document.
 */
public final class PlaceReading {
  private final DocumentTokens tokens;
  private final Gazetteer gazetteer;
  private final String[] pieces;
  /** The names starting at each token, to the document's end, longest first; null until looked up. */
  private final List<NameMatch>[] names;
  private final Map<Span, List<MentionComposer.Composed>> composedByRange = new HashMap<>();
  private final ActorDictionary actors;
  private final Map<Span, List<PlaceMention>> placesBySentence = new HashMap<>();
  private PlaceContext placesUnder;
  /** The actor whose name each token is part of, or null; the array is null until a place name needs it. */
  private ActorMention[] actorNames;
  private int lookups;
  /**
   * How many words of four letters or more, and how many of those capitalised, stand before each token: counted once
   * per document, so each stretch place finding reads (sections, the whole text, each claim's sentence) asks whether
   * it is in title case without reading its words again. Null until asked.
   */
  private int[] longWords;
  private int[] capitalised;

  @SuppressWarnings("unchecked")
  PlaceReading(DocumentTokens tokens, Gazetteer gazetteer, ActorDictionary actors) {
    this.tokens = tokens;
    this.gazetteer = gazetteer;
    this.actors = actors;
    this.pieces = new String[tokens.size()];
    this.names = new List[tokens.size()];
  }

  public DocumentTokens tokens() {
    return tokens;
  }

  String text() {
    return tokens.text();
  }

  Token get(int i) {
    return tokens.get(i);
  }

  String pieces(int i) {
    if (pieces[i] == null) {
      pieces[i] = NameKey.pieces(tokens.get(i).text());
    }
    return pieces[i];
  }

  /** The names that start at document token {@code i}, longest first, in document token indices. */
  List<NameMatch> namesAt(int i) {
    List<NameMatch> found = names[i];
    if (found == null) {
      lookups++;
      found = outsideActorNames(gazetteer.matchesAt(this, i));
      names[i] = found;
    }
    return found;
  }

  /**
   * The names that are not part of an actor's name: "Fars" in "Fars News Agency", "Vladimir" in "Vladimir Putin",
   * "Kurdistan" in "Kurdistan Workers' Party" are no places; nor is a medium named after one ("Al Mayadeen TV", "told Al
   * Mayadeen"), unless the words around it make it the town ("south of Al Mayadeen"). An
   * actor named by the place's name alone stays a place ("Russia"): the stop names and the finders decide.
   */
  private List<NameMatch> outsideActorNames(List<NameMatch> found) {
    if (found.isEmpty()) {
      return found;
    }
    if (actorNames == null) {
      actorNames = new ActorMention[tokens.size()];
      for (ActorMention m : actors.inDocument(tokens)) {
        for (int t = m.from(); t < m.to(); t++) {
          actorNames[t] = m;
        }
      }
    }
    List<NameMatch> kept = new java.util.ArrayList<>(found.size());
    for (NameMatch match : found) {
      ActorMention name = actorNames[match.from()];
      boolean partOfName = name != null && match.to() <= name.to()
          && (match.from() != name.from() || match.to() != name.to()
              || "media".equals(name.actor().kind()) && !townNotMedium(match));
      if (!partOfName) {
        kept.add(match);
      }
    }
    return kept.size() == found.size() ? found : kept;
  }

  /** Words right after a medium's name that make it the medium: "Al Mayadeen TV", "al-Mayadeen reported". */
  private static final java.util.Set<String> MEDIUM_AFTER = java.util.Set.of("tv", "television", "channel",
      "network", "news", "reported", "reports", "said", "says", "quoted", "cited", "aired", "broadcast", "'s", "’s",
      "correspondent", "reporter", "website");
  /** Words right before a medium's name that make it the medium: "told Al Mayadeen", "according to Al-Mayadeen". */
  private static final java.util.Set<String> MEDIUM_BEFORE = java.util.Set.of("told", "to", "by", "on", "via",
      "tv", "television", "channel", "network", "broadcaster", "outlet", "with");

  /**
   * A medium named just as a town (Al Mayadeen television, after the Deir ez-Zor town) is the town unless the words
   * right around it make it the medium: "Al Mayadeen TV", "al-Mayadeen reported", "told Al Mayadeen", "quoted by Al
   * Mayadeen" are the channel; "south of Al Mayadeen", "the town of al-Mayadeen", "in al-Mayadeen" the town.
   */
  private boolean townNotMedium(NameMatch match) {
    String before = match.from() > 0 ? tokens.get(match.from() - 1).text().toLowerCase(java.util.Locale.ROOT) : "";
    String after = match.to() < tokens.size() ? tokens.get(match.to()).text().toLowerCase(java.util.Locale.ROOT) : "";
    return !MEDIUM_BEFORE.contains(before) && !MEDIUM_AFTER.contains(after);
  }

  /**
   * True when tokens {@code [from, to)} read like a headline: at least three words of four letters or more, six in ten
   * of them capitalised. Headlines capitalise most words, so there capitals do not mark names.
   */
  boolean titleCase(int from, int to) {
    if (longWords == null) {
      countCapitals();
    }
    int words = longWords[to] - longWords[from];
    int capitals = capitalised[to] - capitalised[from];
    return words >= 3 && capitals * 10 >= words * 6;
  }

  private void countCapitals() {
    longWords = new int[tokens.size() + 1];
    capitalised = new int[tokens.size() + 1];
    for (int i = 0; i < tokens.size(); i++) {
      String word = tokens.get(i).text();
      boolean counted = word.length() >= 4 && Character.isLetter(word.charAt(0));
      longWords[i + 1] = longWords[i] + (counted ? 1 : 0);
      capitalised[i + 1] = capitalised[i] + (counted && Character.isUpperCase(word.charAt(0)) ? 1 : 0);
    }
  }

  /** The names of a stretch, composed once whatever focus they are then placed under. */
  List<MentionComposer.Composed> composed(Span range, Supplier<List<MentionComposer.Composed>> compose) {
    return composedByRange.computeIfAbsent(range, r -> compose.get());
  }

  /**
   * The places of a claim's sentence under one focus, found once however many claims the sentence holds and however
   * often each asks: the list is only read. A new focus starts afresh.
   */
  List<PlaceMention> placesOf(Span sentence, PlaceContext context, Supplier<List<PlaceMention>> find) {
    if (context != placesUnder) {
      placesBySentence.clear();
      placesUnder = context;
    }
    List<PlaceMention> found = placesBySentence.get(sentence);
    if (found == null) {
      found = find.get();
      placesBySentence.put(sentence, found);
    }
    return found;
  }

  /** How many tokens the gazetteer has been asked about: each at most once per document. */
  public int gazetteerLookups() {
    return lookups;
  }
}
