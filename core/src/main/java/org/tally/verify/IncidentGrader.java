package org.tally.verify;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.tally.link.ClaimRef;
import org.tally.link.Incident;
import org.tally.link.LinkRules;
import org.tally.model.Claim;
import org.tally.model.Stance;

/**
 * Grades an incident in the manner of Airwars: confirmed when the perpetrator admits it; contested when outlets or
 * records disagree on the toll or the perpetrator; fair when two or more outlets report it or a record holds it;
 * weak on one source. A confirmed incident stays confirmed even when outlets disagree on its toll.
 */
final class IncidentGrader {
  private final LinkRules link;

  IncidentGrader(VerifyRules rules) {
    this.link = rules.link();
  }

  /** The grade, with its reasons also added to the document's {@code reasons}. */
  IncidentCheck grade(Incident incident, TollCheck main, List<String> docReasons) {
    List<String> reasons = new ArrayList<>();
    long outlets = incident.outletCount();
    IncidentGrade grade;
    ClaimRef admission = incident.claims().stream().filter(c -> admits(c.claim())).findFirst().orElse(null);
    Set<String> families = new LinkedHashSet<>();
    for (ClaimRef c : incident.claims()) {
      if (c.claim().perpetrator() != null) {
        families.add(link.family(c.claim().perpetrator()));
      }
    }
    boolean recordsDisagree = main != null && main.any(ClaimGrade.EXCEEDS) && main.supported();
    if (admission != null) {
      grade = IncidentGrade.CONFIRMED;
      reasons.add("Incident " + incident.id() + " is confirmed: " + admission.claim().claimant() + " admits "
          + admission.claim().countText() + " killed (" + admission.doc() + ").");
    } else if (incident.consensus().contradiction() || families.size() > 1 || recordsDisagree) {
      grade = IncidentGrade.CONTESTED;
      if (incident.consensus().contradiction()) {
        reasons.add("Incident " + incident.id() + " is contested: its claims put the toll anywhere from "
            + incident.consensus().low() + " to " + incident.consensus().high() + " (" + outlets
            + (outlets == 1 ? " outlet named" : " outlets") + ").");
      }
      if (families.size() > 1) {
        reasons.add("Incident " + incident.id() + " is contested: outlets blame " + String.join(" and ", families)
            + ".");
      }
      if (recordsDisagree) {
        reasons.add("Incident " + incident.id() + " is contested: the references disagree on its toll.");
      }
    } else if (outlets >= 2 || main != null && main.supported()) {
      grade = IncidentGrade.FAIR;
      reasons.add("Incident " + incident.id() + " is fair: " + (outlets >= 2 ? outlets + " outlets report it"
          : "a record holds it") + ".");
    } else {
      grade = IncidentGrade.WEAK;
      reasons.add("Incident " + incident.id() + " is weak: one source only, and no record holds it.");
    }
    docReasons.addAll(reasons);
    return new IncidentCheck(incident.id(), grade, outlets, reasons);
  }

  /** The perpetrator itself (its family) gives the figure and concedes it. */
  private boolean admits(Claim claim) {
    return claim.stance() == Stance.ADMITTED && claim.perpetrator() != null && claim.claimant() != null
        && Objects.equals(link.family(claim.perpetrator()), link.family(claim.claimant()));
  }
}
