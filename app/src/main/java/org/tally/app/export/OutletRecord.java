package org.tally.app.export;

import java.util.LinkedHashMap;
import java.util.Map;
import org.tally.link.OutletProfile;
import org.tally.link.Placement;
import org.tally.model.Victims;

/** An outlet's profile as the field map of {@code tally outlets}. */
public final class OutletRecord {
  private OutletRecord() {}

  public static Map<String, Object> of(OutletProfile profile) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("outlet", profile.outlet());
    out.put("claims", profile.claims());
    out.put("attributed", profile.attributed());
    out.put("attributed_share", Math.round(profile.attributedShare() * 1000) / 1000.0);
    out.put("shared", profile.shared());
    out.put("above", profile.placed(Placement.ABOVE));
    out.put("within", profile.placed(Placement.WITHIN));
    out.put("below", profile.placed(Placement.BELOW));
    out.put("by_perpetrator", new LinkedHashMap<>(profile.byPerpetrator()));
    Map<String, Object> victims = new LinkedHashMap<>();
    for (Map.Entry<Victims, Integer> e : profile.byVictims().entrySet()) {
      victims.put(e.getKey().jsonName(), e.getValue());
    }
    out.put("by_victims", victims);
    return out;
  }
}
