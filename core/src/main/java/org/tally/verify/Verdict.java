package org.tally.verify;

import java.util.Locale;

/** What Tally makes of an article as a whole (design.md, tally verify). */
public enum Verdict {
  /** Its main incident's toll agrees with the records (or lies under them), and no claim of it exceeds them. */
  CORROBORATED,
  /**
   * Its main incident's toll exceeds the records and nothing bears it out, or a clear consensus of other outlets where
   * the records cannot tell alone.
   */
  CONTRADICTED,
  /** Some of its figures are borne out and some exceed the records. */
  MIXED,
  /** Nothing to check it against: no record covers its place and time, and no other outlet reports it. */
  UNVERIFIED;

  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
