package org.tally.extract.count;

/** A phrase before a number that makes it a bound or an estimate, from qualifiers.tsv ("at least": min). */
record Qualifier(String phrase, Effect effect) {
  /** What the qualifier does to the number n after it; the ids are those of the file's effect column. */
  enum Effect {
    /** [n, null]: "at least 18". */
    MIN("min"),
    /** [n + 1, null]: "more than 120". */
    ABOVE("min+1"),
    /** [null, n]: "up to 24". */
    MAX("max"),
    /** [null, n - 1]: "fewer than 10". */
    BELOW("max-1"),
    /** [n, n], approx: "some 54". */
    APPROX("approx");

    final String id;

    Effect(String id) {
      this.id = id;
    }

    static Effect byId(String id) {
      for (Effect e : values()) {
        if (e.id.equals(id)) {
          return e;
        }
      }
      return null;
    }
  }
}
