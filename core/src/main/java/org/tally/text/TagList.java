package org.tally.text;

/**
 * The shape of a tag list printed under an article: three or more short comma-separated labels
 * and nothing else ("civilian casualties, US-led coalition, United States, Raqqa"). Prose lists
 * differ: they end with a period or join their last item with "and".
 */
final class TagList {
  private static final int MIN_TAGS = 3;
  private static final int MAX_WORDS_PER_TAG = 4;

  private TagList() {}

  static boolean looksLike(String raw) {
    if (raw.length() > 240 || ".!?:;\"“”".indexOf(raw.charAt(raw.length() - 1)) >= 0) {
      return false;
    }
    String[] tags = raw.split(",", -1);
    if (tags.length < MIN_TAGS) {
      return false;
    }
    for (String tag : tags) {
      String t = tag.strip();
      int words = LineText.words(t);
      if (words == 0 || words > MAX_WORDS_PER_TAG || t.startsWith("and ") || t.startsWith("or ")
          || t.contains(" and ") || t.contains(" or ") || t.indexOf('.') >= 0) {
        return false;
      }
    }
    return true;
  }
}
