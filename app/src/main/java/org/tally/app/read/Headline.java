package org.tally.app.read;

import java.util.Locale;

/**
 * Puts a dataset row's title in front of its text, as the article printed it, so that claims and places in
 * the headline are read like the rest. A text that already opens with its title is left as it is.
 */
final class Headline {
  // the title may follow a dateline or agency line: "Wed 05 Apr 2017 Syria attack symptoms…"
  private static final int OPENING = 300;

  private Headline() {}

  static String withTitle(String title, String text) {
    if (title == null || title.isBlank()) {
      return text;
    }
    String opening = squeeze(text.substring(0, Math.min(text.length(), OPENING + title.length())));
    if (opening.contains(squeeze(title))) {
      return text;
    }
    return title.strip() + "\n\n" + text;
  }

  private static String squeeze(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }
}
