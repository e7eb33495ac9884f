package org.tally.model;

import java.util.Locale;

/** Who the harmed people are (claims.md section 2). */
public enum Victims {
  /** Civilians, residents, villagers, named non-combatants. */
  CIVILIANS,
  /** Children, minors, infants. */
  CHILDREN,
  /** Women. */
  WOMEN,
  /** State forces: soldiers, troops, police, servicemen. */
  SOLDIERS,
  /** Non-state armed men: fighters, militants, rebels, terrorists. */
  FIGHTERS,
  /** People, unspecified. */
  PEOPLE;

  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
