package org.tally.resolve.time;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.tally.lexicon.Lexicons;
import org.tally.lexicon.RuleFiles;
import org.tally.lexicon.RuleRow;

/** When each country's war began (war-starts.tsv): where a running total of the war that states no time starts. */
public final class WarStarts {
  private final Map<String, LocalDate> byCountry = new HashMap<>();

  private WarStarts() {}

  /** The war starts of these lexicons, built once per lexicons. */
  public static WarStarts from(Lexicons rules) {
    return rules.built(WarStarts.class, r -> {
      WarStarts starts = new WarStarts();
      for (RuleRow row : r.file(RuleFiles.WAR_STARTS).rows()) {
        try {
          starts.byCountry.put(row.get("country"), LocalDate.parse(row.get("start")));
        } catch (java.time.format.DateTimeParseException e) {
          throw row.error("start", "\"" + row.get("start") + "\" is no date (YYYY-MM-DD)");
        }
      }
      return starts;
    });
  }

  /** The day the war in this country (an ISO code) began, if the file knows it. */
  public Optional<LocalDate> of(String country) {
    return Optional.ofNullable(country == null ? null : byCountry.get(country));
  }
}
