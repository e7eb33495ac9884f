package org.tally.extract.actor;

import java.util.HashSet;
import java.util.Set;
import org.tally.lexicon.Lexicons;
import org.tally.lexicon.RuleFiles;
import org.tally.lexicon.RuleRow;

/**
 * Belligerents that fight on one side (allies.tsv; attr23): the Syrian army, Russia, Iran and Hezbollah; Turkey and the
 * rebels it backs; the SDF and the US-led coalition. One's losses in a fight are not the other's deed.
 */
public final class Allies {
  private final Set<String> pairs = new HashSet<>();

  private Allies() {}

  public static Allies from(Lexicons rules) {
    return rules.built(Allies.class, Allies::read);
  }

  private static Allies read(Lexicons rules) {
    Allies allies = new Allies();
    for (RuleRow row : rules.file(RuleFiles.ALLIES).rows()) {
      allies.pairs.add(row.get("side") + "\t" + row.get("ally"));
      allies.pairs.add(row.get("ally") + "\t" + row.get("side"));
    }
    return allies;
  }

  /** True when the two actors fight for one side, or for sides allied in allies.tsv. */
  public boolean allied(Actor one, Actor other) {
    if (one.sameSide(other)) {
      return true;
    }
    return one.side() != null && other.side() != null && pairs.contains(one.side() + "\t" + other.side());
  }
}
