package org.tally.verify;

import java.util.HashSet;
import java.util.Set;
import org.tally.lexicon.Lexicons;
import org.tally.lexicon.RuleFiles;
import org.tally.link.LinkRules;
import org.tally.resolve.place.Gazetteer;

/**
 * Everything verification reads from data files: its settings and side names, and from linking the actor families
 * and the governorates of regions and areas, so that a record and a claim compare places as linking does.
 */
public final class VerifyRules {
  private final VerifySettings settings;
  private final SideNames sides;
  private final LinkRules link;
  private final Gazetteer gazetteer;
  private final Set<String> sideFamilies = new HashSet<>();

  VerifyRules(VerifySettings settings, SideNames sides, LinkRules link, Gazetteer gazetteer) {
    this.settings = settings;
    this.sides = sides;
    this.link = link;
    this.gazetteer = gazetteer;
    for (String actor : sides.allActors()) {
      sideFamilies.add(link.family(actor));
    }
  }

  /** The rules of these lexicons, built once per lexicons. */
  public static VerifyRules from(Lexicons rules) {
    return rules.built(VerifyRules.class, r -> new VerifyRules(VerifySettings.read(r.file(RuleFiles.VERIFY_SETTINGS)),
        SideNames.read(r.file(RuleFiles.SIDE_NAMES)), LinkRules.from(r), Gazetteer.from(r)));
  }

  public VerifySettings settings() {
    return settings;
  }

  public SideNames sides() {
    return sides;
  }

  public LinkRules link() {
    return link;
  }

  public Gazetteer gazetteer() {
    return gazetteer;
  }

  /**
   * True when the record's sides rule out this perpetrator: every side is listed in side-names.tsv and none stands
   * for an actor of the perpetrator's family. An unknown perpetrator, a perpetrator no side name ever stands for, or
   * a side not listed rules nothing out.
   */
  public boolean sidesExclude(ReferenceRecord record, String perpetrator) {
    if (perpetrator == null || record.sides().isEmpty()) {
      return false;
    }
    String family = link.family(perpetrator);
    if (!sideFamilies.contains(family)) {
      return false;
    }
    boolean anyActor = false;
    for (String side : record.sides()) {
      Set<String> actors = sides.actors(side).orElse(null);
      if (actors == null) {
        return false;
      }
      for (String actor : actors) {
        anyActor = true;
        if (link.family(actor).equals(family)) {
          return false;
        }
      }
    }
    return anyActor;
  }
}
