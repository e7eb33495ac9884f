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
  private final double agree;

  IncidentGrader(VerifyRules rules) {
    this.link = rules.link();
    this.agree = rules.settings().agreePercent() / 100.0;
  }

  /**
   * The grade, with its reasons also added to the document's {@code reasons}. Each reason names the incident by the
   * document's main toll when there is one ("The incident of 13 killed in Aleppo on 2016-07-11"), and the outlets,
   * claimant or records its grade rests on.
   */
  IncidentCheck grade(Incident incident, TollCheck main, List<String> docReasons) {
    List<String> reasons = new ArrayList<>();
    long outlets = incident.outletCount();
    String subject = main == null ? "Incident " + incident.id() : "The incident of " + main.toll().describe();
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
      reasons.add(subject + " is confirmed: " + admission.claim().claimant() + ", which it blames, itself gives "
          + admission.claim().countText() + " killed (" + where(admission) + ").");
    } else if (incident.consensus().contradiction() || families.size() > 1 || recordsDisagree) {
      grade = IncidentGrade.CONTESTED;
      if (incident.consensus().contradiction()) {
        reasons.add(subject + " is contested: the outlets reporting it put the toll anywhere from "
            + incident.consensus().low() + " to " + incident.consensus().high() + " (" + reporters(incident, outlets)
            + ").");
      }
      if (families.size() > 1) {
        reasons.add(subject + " is contested: outlets blame " + String.join(" and ", families) + ".");
      }
      if (recordsDisagree) {
        reasons.add(subject + " is contested: the references disagree on its toll; it exceeds one ("
            + record(main, ClaimGrade.EXCEEDS) + ") and another bears it out ("
            + record(main, ClaimGrade.CORROBORATED, ClaimGrade.BELOW) + ").");
      }
    } else if (outlets >= 2) {
      grade = IncidentGrade.FAIR;
      reasons.add(subject + " is fair: " + outlets + " outlets report it (" + String.join(", ", outletNames(incident))
          + ").");
    } else if (main != null && main.supported()) {
      grade = IncidentGrade.FAIR;
      reasons.add(subject + " is fair: a record holds it (" + record(main, ClaimGrade.CORROBORATED, ClaimGrade.BELOW)
          + ").");
    } else {
      grade = IncidentGrade.WEAK;
      List<String> names = outletNames(incident);
      reasons.add(subject + " is weak: " + (names.isEmpty() ? "one source" : names.get(0)) + " alone reports it, and"
          + " no record holds it.");
    }
    docReasons.addAll(reasons);
    return new IncidentCheck(incident.id(), grade, outlets, reasons);
  }

  /** "UCDP GED 224102 records 21 at Sayyeda Zeinab town, Rif Dimashq, on 2016-06-11": the first reference so grading it. */
  private String record(TollCheck check, ClaimGrade... grades) {
    for (java.util.Map.Entry<String, ClaimGrade> e : check.grades().entrySet()) {
      if (List.of(grades).contains(e.getValue())) {
        String r = Reasons.record(check, e.getKey(), agree);
        if (r != null) {
          return r;
        }
      }
    }
    return "a record";
  }

  /** "3 outlets", "1 outlet named", or, where the input names no outlet, "2 documents, no outlet named". */
  private static String reporters(Incident incident, long outlets) {
    if (outlets > 0) {
      return outlets + (outlets == 1 ? " outlet named" : " outlets");
    }
    long documents = incident.claims().stream().map(ClaimRef::doc).distinct().count();
    return documents + (documents == 1 ? " document" : " documents") + ", no outlet named";
  }

  private static List<String> outletNames(Incident incident) {
    return incident.claims().stream().map(ClaimRef::outlet).filter(Objects::nonNull).distinct().toList();
  }

  private static String where(ClaimRef ref) {
    return ref.outlet() == null ? "document " + ref.doc() : ref.outlet() + ", document " + ref.doc();
  }

  /** The perpetrator itself (its family) gives the figure and concedes it. */
  private boolean admits(Claim claim) {
    return claim.stance() == Stance.ADMITTED && claim.perpetrator() != null && claim.claimant() != null
        && Objects.equals(link.family(claim.perpetrator()), link.family(claim.claimant()));
  }
}
