package org.tally.store;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.tally.analysis.Analysis;
import org.tally.event.MainIncident;
import org.tally.model.Claim;

/**
 * A stored document with what its analysis found, read back from rows without analysing its text again.
 *
 * @param claims in the order {@link Store#claims(String)} gives
 * @param mainIncident as stored; empty for a document stored by a Tally older than schema version 5, which did not
 *     keep it ({@code tally ingest --refresh} stores it)
 */
public record StoredAnalysis(StoredDocument stored, List<Claim> claims, Optional<MainIncident> mainIncident) {
  public StoredAnalysis {
    claims = List.copyOf(claims);
  }

  /** The analysis as stored; where the store holds no main incident, the one {@code missing} gives. */
  public Analysis analysis(Function<StoredAnalysis, MainIncident> missing) {
    return new Analysis(stored.document(), stored.layout(), stored.facts(), claims,
        mainIncident.orElseGet(() -> missing.apply(this)));
  }
}
