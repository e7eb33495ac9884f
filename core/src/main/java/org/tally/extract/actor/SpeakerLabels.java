package org.tally.extract.actor;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.tally.lexicon.Lexicons;
import org.tally.lexicon.RuleFiles;
import org.tally.lexicon.RuleRow;

/**
 * Whom a bare attacker word means, by who says it (label-speakers.tsv; attr23): state media and its allies call the
 * armed opposition "militants" and "armed groups" as they call it "terrorists", so where the one who states a toll, or
 * the outlet that prints it, speaks for the government's side, "Militants shelled the town, killing two" is the
 * opposition's attack. The dev golds read such words so; wire copy's unnamed "militants" still names no one.
 */
public final class SpeakerLabels {
  /** The side a speaker's bare attacker word means, and the row that says so. */
  public record Meant(String actor, Rule rule) {}

  private final Map<String, RuleRow> byActor = new HashMap<>();
  private final Map<String, RuleRow> byOutlet = new HashMap<>();

  private SpeakerLabels() {}

  public static SpeakerLabels from(Lexicons rules) {
    return rules.built(SpeakerLabels.class, SpeakerLabels::read);
  }

  private static SpeakerLabels read(Lexicons rules) {
    SpeakerLabels labels = new SpeakerLabels();
    for (RuleRow row : rules.file(RuleFiles.LABEL_SPEAKERS).rows()) {
      (row.get("kind").equals("actor") ? labels.byActor : labels.byOutlet).put(key(row.get("speaker")), row);
    }
    return labels;
  }

  private static String key(String text) {
    return text.trim().toLowerCase(Locale.ROOT);
  }

  /**
   * The side meant by a bare attacker word in a claim that {@code claimant} (an actor id, or null) states and
   * {@code outlet} (as the document's metadata carries it, or null) prints: the claimant's row first, then the outlet's.
   */
  public Optional<Meant> meant(String claimant, String outlet) {
    RuleRow row = claimant == null ? null : byActor.get(key(claimant));
    if (row == null && outlet != null) {
      row = byOutlet.get(key(outlet));
    }
    return Optional.ofNullable(row).map(r -> new Meant(r.get("means"), Rule.of(r, r.get("speaker"))));
  }
}
