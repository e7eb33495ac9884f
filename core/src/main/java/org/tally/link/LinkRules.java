package org.tally.link;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.tally.lexicon.RuleFile;
import org.tally.lexicon.RuleRow;
import org.tally.model.Victims;

/**
 * The data that decides linking: actor families, victim breadth and the time and count margins.
 * Loaded from actor-families.tsv, victim-breadth.tsv and link-settings.tsv beside this class.
 */
public final class LinkRules {
  /** The victim group that joins any other ("people", unspecified). */
  static final String ANY_GROUP = "*";
  private static final Set<String> SETTINGS = Set.of("time_slack_days", "approx_margin_percent");

  private final Map<String, String> families;
  private final Map<Victims, VictimRule> victims;
  private final int slackDays;
  private final int approxMarginPercent;

  /** How one victim category links and reports (victim-breadth.tsv). */
  record VictimRule(String group, int breadth, boolean wholeToll) {}

  LinkRules(Map<String, String> families, Map<Victims, VictimRule> victims, int slackDays, int approxMarginPercent) {
    this.families = Map.copyOf(families);
    this.victims = new EnumMap<>(victims);
    for (Victims v : Victims.values()) {
      if (!this.victims.containsKey(v)) {
        throw new IllegalArgumentException("victim-breadth.tsv has no row for " + v.jsonName());
      }
    }
    this.slackDays = slackDays;
    this.approxMarginPercent = approxMarginPercent;
  }

  public static LinkRules standard() {
    return Holder.STANDARD;
  }

  private static final class Holder {
    static final LinkRules STANDARD = load(RuleFile.load(LinkRules.class, "actor-families.tsv"),
        RuleFile.load(LinkRules.class, "victim-breadth.tsv"), RuleFile.load(LinkRules.class, "link-settings.tsv"));
  }

  static LinkRules load(RuleFile familyFile, RuleFile victimFile, RuleFile settingFile) {
    Map<String, String> families = new HashMap<>();
    for (RuleRow row : familyFile.rows()) {
      families.put(row.get("actor"), row.get("family"));
    }
    Map<Victims, VictimRule> victims = new EnumMap<>(Victims.class);
    for (RuleRow row : victimFile.rows()) {
      Victims v;
      try {
        v = Victims.valueOf(row.get("victims").toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw row.error("victims", "\"" + row.get("victims") + "\" is not a victim category of claims.md");
      }
      int breadth = row.integer("breadth").orElseThrow(() -> row.error("breadth", "breadth is required"));
      victims.put(v, new VictimRule(row.get("group"), breadth, row.bool("whole_toll")));
    }
    Map<String, Integer> settings = new HashMap<>();
    for (RuleRow row : settingFile.rows()) {
      String name = row.get("setting");
      if (!SETTINGS.contains(name)) {
        throw row.error("setting", "unknown setting \"" + name + "\"; known: " + SETTINGS);
      }
      settings.put(name, row.integer("value").orElseThrow(() -> row.error("value", "a value is required")));
    }
    for (String name : SETTINGS) {
      if (!settings.containsKey(name)) {
        throw new IllegalArgumentException(settingFile.name() + " lacks the setting " + name);
      }
    }
    return new LinkRules(families, victims, settings.get("time_slack_days"), settings.get("approx_margin_percent"));
  }

  /** The actor's family, the actor itself when it has none listed; null for null. */
  public String family(String actor) {
    return actor == null ? null : families.getOrDefault(actor, actor);
  }

  String victimGroup(Victims v) {
    return victims.get(v).group();
  }

  int breadth(Victims v) {
    return victims.get(v).breadth();
  }

  boolean wholeToll(Victims v) {
    return victims.get(v).wholeToll();
  }

  int slackDays() {
    return slackDays;
  }

  int approxMarginPercent() {
    return approxMarginPercent;
  }
}
