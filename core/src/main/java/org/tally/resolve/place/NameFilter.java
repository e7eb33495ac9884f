package org.tally.resolve.place;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.tally.extract.token.Token;
import org.tally.extract.token.WordSet;

/**
 * Decides whether a gazetteer name found in a text is meant as a place. Tiny villages share their names with
 * months, words and people, so a name must be written with capitals, must not be a stop name or a cue word,
 * needs a place cue before it when it has fewer than four letters, and is taken for part of a person's or
 * body's name when another capitalised word stands right before it mid-sentence ("John Kerry") or a person's noun
 * stands right after it as its apposition ("Abu Omar, an activist").
 */
final class NameFilter {
  private static final WordSet PARTICLES = WordSet.of("al", "el", "ez", "az", "as", "ad", "ar", "ash", "an", "at",
      "ed", "es", "et", "en", "er", "ul", "um", "bin", "ibn", "bani", "wa", "de", "del", "della", "di", "da", "do",
      "dos", "das", "du", "des", "la", "le", "les", "of", "the", "on", "upon", "sur", "am", "im", "der", "den", "van",
      "von", "zu", "y", "e", "i", "and");
  private static final Set<CueRole> BEFORE_SHORT = EnumSet.of(CueRole.CUE, CueRole.NEAR, CueRole.POINT);

  private final PlaceCues cues;
  private final StopNames stop;
  private final NameHeads heads;
  private final PersonAppositions persons;

  NameFilter(PlaceCues cues, StopNames stop, NameHeads heads, PersonAppositions persons) {
    this.cues = cues;
    this.stop = stop;
    this.heads = heads;
    this.persons = persons;
  }

  /**
   * @param titleCase the text capitalises most words, as headlines do, so capitals say little
   * @param afterPlace the token before the name ends another place ("Raqqa, Syria" has none; "Idlib Hama" has)
   */
  boolean accepts(PlaceTokens tokens, NameMatch match, boolean titleCase, boolean afterPlace) {
    if (!capitalised(tokens, match) || !endsWell(tokens, match)) {
      return false; // most names the gazetteer matches are common words, written in lower case: no more to read
    }
    String written = tokens.text().substring(tokens.get(match.from()).start(), tokens.get(match.to() - 1).end());
    // a headline capitalises the words after a name, not a lower-case article: only continuing words count there
    if (continuesName(tokens, match) || !titleCase && match.articleDropped() && nameGoesOn(tokens, match)) {
      return false;
    }
    if (allCueWords(tokens, match) || headOfLongerName(tokens, match, written) || persons.follow(tokens, match.from(), match.to())
        || stop.contains(written) && !pointWordBefore(tokens, match.from())
            && !(major(match) && areaWordAfter(tokens, match.to()))) {
      return false;
    }
    boolean countryOnly = countryOnly(match);
    if (letters(written) < 4) {
      boolean acronym = written.equals(written.toUpperCase(java.util.Locale.ROOT));
      boolean cued = cues.endingAt(tokens, skipThe(tokens, match.from()), BEFORE_SHORT).isPresent();
      if (!(acronym && (match.handKept() || countryOnly)) && !cued) {
        return false;
      }
    }
    return titleCase || countryOnly || match.handKept() || afterPlace || !namePartBefore(tokens, match.from());
  }

  /** "Tel Brak", "Qasr Shireen": a name's first word, which the gazetteer holds alone, before the rest of the name. */
  private boolean headOfLongerName(PlaceTokens tokens, NameMatch match, String written) {
    int next = match.to();
    return match.to() - match.from() == 1 && next < tokens.size() && tokens.isWord(next)
        && !tokens.startsSentence(next) && startsUpper(tokens.get(next).text()) && !cues.isCueWord(tokens.lower(next))
        && heads.contains(written);
  }

  /**
   * "Halab al-Jadida", "Deir al-Zour": a word that joins a lower-case article to a name by a hyphen, right after a
   * capitalised word mid-sentence, continues that word's name; it is no name of its own, even where the word before
   * is a place ("Halab", Aleppo) or the gazetteer holds the word alone. "SDF-held al-Shaddadi" is not such a name.
   */
  private boolean continuesName(PlaceTokens tokens, NameMatch match) {
    int from = match.from();
    String word = tokens.get(from).text();
    if (match.to() - from != 1 || !Character.isLowerCase(word.charAt(0)) || Gazetteer.articleEnd(word) < 0
        || !tokens.isWord(from - 1) || tokens.startsSentence(from)) {
      return false;
    }
    String before = tokens.get(from - 1).text();
    int hyphen = before.indexOf('-');
    boolean compound = hyphen > 0 && hyphen + 1 < before.length() && Character.isLowerCase(before.charAt(hyphen + 1));
    return Character.isUpperCase(before.charAt(0)) && !compound && !cues.isCueWord(tokens.lower(from - 1))
        && !PARTICLES.contains(tokens.lower(from - 1));
  }

  /**
   * "al-Sabaa Bahrat": a word read without its article ({@link NameMatch#articleDropped}) before a capitalised word
   * that is no cue is the first word of a longer name the gazetteer lacks, not the village it names alone.
   */
  private boolean nameGoesOn(PlaceTokens tokens, NameMatch match) {
    int next = match.to();
    return tokens.isWord(next) && !tokens.startsSentence(next)
        && Character.isUpperCase(tokens.get(next).text().charAt(0)) && !cues.isCueWord(tokens.lower(next));
  }

  /** Every entry the name matches is a country; by index, as this runs for every name the gazetteer matches. */
  private static boolean countryOnly(NameMatch match) {
    List<GazetteerEntry> entries = match.entries();
    for (int i = 0; i < entries.size(); i++) {
      if (entries.get(i).kind() != PlaceKind.COUNTRY) {
        return false;
      }
    }
    return true;
  }

  /** A name never ends in an article or a lone letter: "Idlib as", "Hama A" are "Idlib" and "Hama". */
  private static boolean endsWell(PlaceTokens tokens, NameMatch match) {
    String last = tokens.lower(match.to() - 1);
    return match.to() - match.from() == 1 || last.length() > 1 && !PARTICLES.contains(last);
  }

  private boolean capitalised(PlaceTokens tokens, NameMatch match) {
    int capitals = 0;
    for (int i = match.from(); i < match.to(); i++) {
      Token token = tokens.get(i);
      boolean upper = startsUpper(token.text());
      capitals += upper ? 1 : 0;
      boolean excused = upper || PARTICLES.contains(token.lower()) || match.handKept();
      if (!excused || i == match.from() && !upper && !match.handKept()) {
        return false;
      }
    }
    return capitals > 0;
  }

  /** "Deir" and "al-Bab": an Arabic article joined by a hyphen counts as written with a capital. */
  private static boolean startsUpper(String word) {
    if (Character.isUpperCase(word.charAt(0))) {
      return true;
    }
    int hyphen = word.indexOf('-');
    return hyphen > 0 && hyphen + 1 < word.length() && PARTICLES.contains(word.substring(0, hyphen).toLowerCase())
        && Character.isUpperCase(word.charAt(hyphen + 1));
  }

  private boolean allCueWords(PlaceTokens tokens, NameMatch match) {
    for (int i = match.from(); i < match.to(); i++) {
      if (!cues.isCueWord(tokens.lower(i)) && !PARTICLES.contains(tokens.lower(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * "Hamas countryside", "Hamas northern countryside": copy that lost its apostrophes writes "Hama's" as a stop word
   * ("Hamas"); a governorate's or district's word after it, a direction between, says it is the place, when the
   * place is a governorate or a big city ({@link #major}).
   */
  private boolean areaWordAfter(PlaceTokens tokens, int to) {
    int at = to;
    if (at < tokens.size() && cues.has(tokens.lower(at), CueRole.DIRECTION)) {
      at++;
    }
    return at < tokens.size() && cues.startingAt(tokens, at, AREA).isPresent();
  }

  private static final Set<CueRole> AREA = EnumSet.of(CueRole.GOVERNORATE, CueRole.DISTRICT, CueRole.OUTSKIRTS);

  /** A governorate or a big city: the places whose countryside and province news names. */
  private static boolean major(NameMatch match) {
    return match.entries().stream().anyMatch(e -> e.kind() == PlaceKind.ADMIN1 || e.population() >= EntryRanker.BIG_CITY);
  }

  private boolean pointWordBefore(PlaceTokens tokens, int from) {
    return tokens.lower(from - 1).equals("of") && cues.has(tokens.lower(from - 2), CueRole.POINT);
  }

  /** A capitalised word that is no cue, mid-sentence, right before the name: "Secretary John Kerry". */
  private boolean namePartBefore(PlaceTokens tokens, int from) {
    int before = from - 1;
    if (!tokens.isWord(before) || tokens.startsSentence(before)) {
      return false;
    }
    String word = tokens.get(before).text();
    return Character.isUpperCase(word.charAt(0)) && !cues.isCueWord(tokens.lower(before))
        && !PARTICLES.contains(tokens.lower(before));
  }

  private static int skipThe(PlaceTokens tokens, int from) {
    return tokens.lower(from - 1).equals("the") ? from - 1 : from;
  }

  private static int letters(String written) {
    int n = 0;
    for (int i = 0; i < written.length(); i++) {
      n += Character.isLetter(written.charAt(i)) ? 1 : 0;
    }
    return n;
  }
}
