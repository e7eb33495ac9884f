package org.tally.verify;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tally.lexicon.RuleFile;
import org.tally.lexicon.RuleRow;

/** The canonical actors each side name of a dataset may stand for (side-names.tsv). */
public final class SideNames {
  private final Map<String, Set<String>> actors;

  SideNames(Map<String, Set<String>> actors) {
    this.actors = Map.copyOf(actors);
  }

  static SideNames read(RuleFile file) {
    Map<String, Set<String>> actors = new HashMap<>();
    for (RuleRow row : file.rows()) {
      String written = row.get("actors");
      Set<String> ids = new LinkedHashSet<>();
      if (!written.equals("none")) {
        for (String id : written.split(",")) {
          ids.add(id.strip());
        }
      }
      actors.put(key(row.get("side")), Set.copyOf(ids));
    }
    return new SideNames(actors);
  }

  private static String key(String side) {
    return side.strip().toLowerCase(Locale.ROOT);
  }

  /**
   * The actors a side may stand for; empty for a side that is the harmed ("Civilians"). A side of several groups
   * joined by commas stands for all of theirs. Nothing when the side, or one of its groups, is not listed.
   */
  public Optional<Set<String>> actors(String side) {
    Set<String> whole = actors.get(key(side));
    if (whole != null) {
      return Optional.of(whole);
    }
    if (side.indexOf(',') < 0) {
      return Optional.empty();
    }
    Set<String> all = new HashSet<>();
    for (String group : side.split(",")) {
      Set<String> one = actors.get(key(group));
      if (one == null) {
        return Optional.empty();
      }
      all.addAll(one);
    }
    return Optional.of(all);
  }

  /** Every actor some side name stands for. */
  public Set<String> allActors() {
    Set<String> all = new HashSet<>();
    actors.values().forEach(all::addAll);
    return all;
  }
}
