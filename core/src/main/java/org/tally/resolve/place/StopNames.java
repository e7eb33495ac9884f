package org.tally.resolve.place;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.tally.lexicon.RuleFile;
import org.tally.lexicon.RuleRow;

/** Words and names that are also tiny places, and are far more often not: place-stopwords.tsv. */
final class StopNames {
  private final Set<String> names = new HashSet<>();

  private StopNames() {}

  static StopNames from(RuleFile file) {
    StopNames stop = new StopNames();
    for (RuleRow row : file.rows()) {
      stop.names.add(row.get("word").toLowerCase(Locale.ROOT));
    }
    return stop;
  }

  boolean contains(String written) {
    return names.contains(written.toLowerCase(Locale.ROOT).replace('\u2019', '\''));
  }
}
