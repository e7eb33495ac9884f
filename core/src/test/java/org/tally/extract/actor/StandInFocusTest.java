package org.tally.extract.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tally.lexicon.Lexicons;

/**
 * A stand-in ("the army", "a security source") in a document about a country stand-ins.tsv lists no actor for keeps
 * the stand-in: the default is the bundled corpus's war, and a Somali army release names no Syrian actor (attr26).
 */
class StandInFocusTest {
  private static final ActorDictionary ACTORS = ActorDictionary.from(Lexicons.bundled());

  @Test
  void anotherCountrysForcesStayGovernmentForces() {
    assertThat(ACTORS.resolve("government-forces", Set.of(), "SO").id()).isEqualTo("government-forces");
    assertThat(ACTORS.resolve("government-source", Set.of(), "SO").id()).isEqualTo("government-source");
  }

  @Test
  void listedCountriesAndNoFocusKeepTheirActors() {
    assertThat(ACTORS.resolve("government-forces", Set.of(), "IQ").id()).isEqualTo("iraqi-forces");
    assertThat(ACTORS.resolve("government-forces", Set.of(), "SY").id()).isEqualTo("syrian-government");
    assertThat(ACTORS.resolve("government-forces", Set.of(), null).id()).isEqualTo("syrian-government");
    // the actor the document names still comes first, whatever its focus
    assertThat(ACTORS.resolve("government-forces", Set.of("iraqi-forces"), "SO").id()).isEqualTo("iraqi-forces");
  }
}
