package org.tally.resolve;

import java.util.List;
import org.tally.model.PlacePrecision;
import org.tally.resolve.place.PlaceMention;
import org.tally.resolve.place.PlaceResolver;

/**
 * Of the places told before a claim whose own sentence names none, the last one's sentence may end on the area a
 * town it named earlier lies in: "the funerals in Sarmada of the victims of Tuesdays car bomb which tore through the
 * vegetable market of the town in northern Idlib. Medics said the toll had reached 11" tells of Sarmada, and "northern
 * Idlib" only says where it lies (issue 13: a vague region won over the specific town, so a follow-up could not join
 * its town's attack). The town must lie in the area's governorate and be named in the same sentence; a city named as
 * its governorate ("Idlib") is no finer than the area.
 */
final class TownBeforeArea {
  private TownBeforeArea() {}

  /** The last mention, or the last town of its sentence before it when the last is a region or governorate of that town. */
  static PlaceMention of(String text, List<PlaceMention> mentions) {
    PlaceMention last = mentions.get(mentions.size() - 1);
    PlacePrecision precision = last.place().precision();
    if (precision != PlacePrecision.REGION && precision != PlacePrecision.GOVERNORATE || last.place().admin1() == null) {
      return last;
    }
    for (int i = mentions.size() - 2; i >= 0; i--) {
      PlaceMention before = mentions.get(i);
      if (sentenceBreak(text, before.span().end(), last.span().start())) {
        return last;
      }
      if (before.place().precision() == PlacePrecision.POINT && last.place().admin1().equals(before.place().admin1())
          && !PlaceResolver.namedAsItsGovernorate(before.place().name(), before.place().admin1())) {
        return before;
      }
    }
    return last;
  }

  /** A sentence ends between the two offsets: a full stop, question or exclamation mark before a blank. */
  private static boolean sentenceBreak(String text, int from, int to) {
    for (int i = from; i < to - 1; i++) {
      char c = text.charAt(i);
      if ((c == '.' || c == '!' || c == '?') && Character.isWhitespace(text.charAt(i + 1))) {
        return true;
      }
    }
    return false;
  }
}
