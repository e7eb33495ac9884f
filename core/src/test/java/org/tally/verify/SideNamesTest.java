package org.tally.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.tally.lexicon.Lexicons;
import org.tally.lexicon.RuleFiles;
import org.tally.lexicon.RuleRow;

class SideNamesTest {
  private final SideNames sides = VerifyFixtures.RULES.sides();

  @Test
  void everyActorOfASideIsInTheActorDictionary() {
    Set<String> known = Lexicons.bundled().file(RuleFiles.ACTORS).rows().stream().map(r -> r.get("id"))
        .collect(Collectors.toSet());
    assertThat(known).containsAll(sides.allActors());
  }

  @Test
  void namesCompareWithoutCase() {
    assertThat(sides.actors("government of syria")).hasValueSatisfying(a -> assertThat(a).contains("syrian-government"));
  }

  @Test
  void aSideOfSeveralGroupsStandsForAllOfThem() {
    assertThat(sides.actors("HTS, SNA")).hasValueSatisfying(a -> assertThat(a).contains("nusra", "turkey"));
  }

  @Test
  void aSideWithOneUnknownGroupIsUnknown() {
    assertThat(sides.actors("HTS, Nobody's Brigade")).isEmpty();
  }

  @Test
  void civiliansAreNoActor() {
    assertThat(sides.actors("Civilians")).hasValue(Set.of());
  }

  @Test
  void acledsIslamicStateIsIsis() {
    assertThat(sides.actors("Islamic State (Syria)")).hasValue(Set.of("isis"));
  }

  @Test
  void everyRowHasAnExampleNamingWhereTheSideIsWritten() {
    for (RuleRow row : Lexicons.bundled().file(RuleFiles.SIDE_NAMES).rows()) {
      assertThat(row.optional("example")).as(row.raw()).isPresent();
    }
  }
}
