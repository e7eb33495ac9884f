package org.tally.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tally.extract.ExtractionFixture.claims;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tally.model.Claim;

/**
 * Whose kin or company the harmed are is no count of the harmed (relations.tsv): "a father of three was killed" is one
 * death; and kin and companions the monitors name are people ("the driver and his cousin were killed" is two).
 */
class KinOfTheHarmedTest {
  private static List<Integer> killed(String text) {
    return claims("Report", text).stream().map(c -> c.count().min()).toList();
  }

  @Test
  void aFatherOfThreeIsOneDeath() {
    assertThat(killed("A father of three was killed in the strike on Tuesday.")).containsExactly(1);
    assertThat(killed("Abu Ahmad, a father of five, was shot dead by gunmen.")).containsExactly(1);
    assertThat(killed("A mother of two children was killed in the shelling.")).containsExactly(1);
  }

  @Test
  void whoseKinTheyAreIsNoOneMoreHarmed() {
    assertThat(killed("Two sons of the commander were killed in the strike.")).containsExactly(2);
    assertThat(killed("The wife of a commander was killed in the strike.")).containsExactly(1);
    assertThat(killed("Three companions of a commander were killed in the ambush.")).containsExactly(3);
  }

  @Test
  void theHarmedThemselvesAfterOfAreStillCounted() {
    // near misses: the bodies, the killing and the family are of the harmed, and "one of" is a part of a whole
    assertThat(killed("The bodies of a woman and her three children were recovered.")).containsExactly(1, 3);
    assertThat(killed("The killing of a soldier angered the villagers.")).containsExactly(1);
    assertThat(killed("A family of six was killed in the air strike.")).containsExactly(6);
    assertThat(killed("One of the fighters was killed.")).containsExactly(1);
  }

  @Test
  void aPossessorBetweenTheAndThePersonLeavesOnePerson() {
    // wars17's check: "The car's driver, a civilian, was killed as well" gave nothing
    assertThat(killed("A drone struck a car near Kobani. The car's driver, a civilian, was killed as well."))
        .containsExactly(1);
    // near miss: a plural after the possessor is no count of one
    assertThat(killed("The army's soldiers were killed in the ambush.")).isEmpty();
  }

  @Test
  void kinAndCompanionsAreCountedPeople() {
    assertThat(killed("The driver and his cousin were killed when the drone hit their car.")).containsExactly(2);
    List<Claim> claims = claims("Report", "Two of his companions were killed in the ambush.");
    assertThat(claims).extracting(c -> c.count().min()).containsExactly(2);
    assertThat(claims.get(0).victims().jsonName()).isEqualTo("people");
  }

  @Test
  void aNameAndAgeBeforeTheAndStillJoinTheKin() {
    assertThat(killed("The driver, Shiyar Ali (27), and his cousin were killed instantly.")).containsExactly(2);
    assertThat(killed("Gunmen killed a teacher, Ahmad Khalil, and his son in Daraa.")).containsExactly(2);
    // near miss: a source between commas is no name of the first person, who is then not joined
    assertThat(killed("A commander, the monitor said, and his deputy were killed.")).doesNotContain(2);
  }
}
