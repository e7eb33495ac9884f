package org.tally.link;

import java.util.Locale;

/** Where one outlet's figure sits against the consensus of an incident several outlets report. */
public enum Placement {
  /** Its lowest possible figure is above the consensus best. */
  ABOVE,
  /** Its range holds the consensus best. */
  WITHIN,
  /** Its highest possible figure is below the consensus best. */
  BELOW;

  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
