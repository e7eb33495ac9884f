package org.tally.verify;

import java.util.List;
import java.util.Set;
import org.tally.link.ClaimRef;
import org.tally.model.Claim;
import org.tally.model.Harm;
import org.tally.model.Scope;
import org.tally.model.Victims;

/**
 * The civilians of a toll, which a record that counts civilians only (Airwars) is compared with. "Killing three
 * people, two of them members of the Sinjar Resistance Units" has one civilian; "killed two soldiers" has none, so
 * such a record can neither bear it out nor gainsay it. A toll of people whose sentence tells no fighters or soldiers
 * among them is taken whole: a strike's "12 people killed" is read as its civilians, as the record reads it.
 */
final class CivilianPart {
  private static final Set<Victims> CIVILIAN = Set.of(Victims.CIVILIANS, Victims.CHILDREN, Victims.WOMEN);
  private static final Set<Victims> ARMED = Set.of(Victims.FIGHTERS, Victims.SOLDIERS);

  private CivilianPart() {}

  /**
   * The toll's civilians, or null when it counts none.
   *
   * @param victims whom the toll counts
   * @param own the claim it was read from
   * @param refs the document's claims: those of the same sentence tell its parts
   */
  static Toll of(Toll toll, Victims victims, ClaimRef own, List<ClaimRef> refs) {
    if (CIVILIAN.contains(victims)) {
      return toll;
    }
    if (ARMED.contains(victims) || toll.min() == null) {
      return null;
    }
    int civilians = 0;
    int armed = 0;
    boolean civiliansTold = false;
    for (ClaimRef ref : refs) {
      Claim c = ref.claim();
      if (ref == own || !c.evidence().equals(own.claim().evidence()) || c.harm() != Harm.KILLED
          || c.scope() != Scope.INCIDENT || c.count().min() == null) {
        continue;
      }
      if (c.victims() == Victims.CIVILIANS) {  // children and women are mostly told among the civilians
        civilians += c.count().min();
        civiliansTold = true;
      } else if (ARMED.contains(c.victims())) {
        armed += c.count().min();
      }
    }
    int part;
    if (civiliansTold && civilians <= toll.min()) {
      part = civilians;  // "killing five people, three of them civilians"
    } else if (armed > 0 && armed <= toll.min()) {
      part = toll.min() - armed;  // "killing three people, two of them fighters"
    } else {
      return toll;
    }
    String words = part + (part == 1 ? " civilian" : " civilians") + " of " + toll.quoted();
    return new Toll(toll.doc(), toll.claim(), words, part, part, false, toll.place(), toll.days(), toll.dayStated(),
        toll.perpetrator(), toll.attack());
  }
}
