package org.tally.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tally.extract.ExtractionFixture.claimAt;
import static org.tally.extract.ExtractionFixture.orNone;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tally.model.Claim;
import org.tally.model.Document;
import org.tally.model.Layout;
import org.tally.model.Section;
import org.tally.model.SectionKind;

/**
 * Issue 11, attr19: the constructions the misses of the blind pass over attribution-written-4/ grouped into (a reporting
 * verb after "and" that shares its subject, a speaker's title given by a relative clause or after an honorific, a blame
 * after a denial, a harm tied to "the attack" of the paragraph before, "by the organization" pointing back at the group
 * named before, a headline restating a side's own loss). Each case gives the text, the count words of the claim looked at
 * and the accepted actors ("-" for none, alternatives comma-separated); near misses sit beside the cases they resemble.
 * Sentences are the project's own, none copied from the invented articles.
 */
class Issue11WrittenFourAttributionTest {
  @Nested
  @DisplayName("claimant: 'X said …, and noted that' — the verb after 'and' is X's, not the name nearest it")
  class SharedSubject {
    static Stream<Arguments> cases() {
      return Stream.of(
          Arguments.of("The Syrian Observatory for Human Rights said it had seen reinforcements reach the Syrian"
              + " Democratic Forces, and added that air strikes killed six fighters near the river.", "six", "sohr"),
          Arguments.of("The Syrian Observatory for Human Rights said it had seen the White Helmets clear the rubble,"
              + " and also reported that shelling killed four civilians.", "four", "sohr"),
          // near miss: passives name their own speakers after "by"
          Arguments.of("The capture of the town was announced by the Kurdish fighters and confirmed by the Syrian"
              + " Observatory for Human Rights, which said 40 militants were killed.", "40", "sohr,outlet"),
          // near miss: a new subject before the second verb speaks for itself
          Arguments.of("The army said it shelled the town and residents reported that 12 people were killed.", "12",
              "local-sources"));
    }

    @ParameterizedTest(name = "{0} [{1}]")
    @MethodSource("cases")
    void claimant(String text, String count, String claimant) {
      assertThat(claimant.split(",")).contains(orNone(claimAt(text, count).claimant()));
    }
  }

  @Nested
  @DisplayName("claimant: 'said Dr. NAME, who runs a field clinic', 'said NAME al-NAME, a member of the local council'")
  class TitleAfterName {
    static Stream<Arguments> cases() {
      return Stream.of(
          Arguments.of("Shelling killed nine people in the market, said Dr. Samer Haddad, who runs a field clinic in"
              + " the town.", "nine", "local-sources"),
          Arguments.of("Seven children were among the dead, said Ahmed al-Khatib, a member of the local council.",
              "Seven", "local-sources"),
          Arguments.of("Three fighters were killed near the dam, said Omar bin Saleh, a commander of the Kurdish units.",
              "Three", "ypg"),
          // near miss: a relative clause that names no actor gives no title
          Arguments.of("Nine people were killed in the market, said Samer Haddad, who visited the town.", "Nine",
              "-,outlet"));
    }

    @ParameterizedTest(name = "{0} [{1}]")
    @MethodSource("cases")
    void claimant(String text, String count, String claimant) {
      assertThat(claimant.split(",")).contains(orNone(claimAt(text, count).claimant()));
    }
  }

  @Nested
  @DisplayName("attacker: a blame after a denial is the accused side's counter-account")
  class CounterBlame {
    static Stream<Arguments> cases() {
      return Stream.of(
          Arguments.of("Two people died of suffocation in the town, a doctor said. A military source denied using any"
              + " chemical agents and blamed the Nusra Front for the attack.", "Two", "-,syrian-government"),
          // near miss: the denial follows the blame, which stands
          Arguments.of("Two people died in a car bomb in the town, a doctor said. Activists blamed the Nusra Front for"
              + " the attack, which the group denied.", "Two", "nusra"));
    }

    @ParameterizedTest(name = "{0} [{1}]")
    @MethodSource("cases")
    void attacker(String text, String count, String perpetrator) {
      assertThat(perpetrator.split(",")).contains(orNone(claimAt(text, count).perpetrator()));
    }
  }

  @Nested
  @DisplayName("attacker: a paragraph opening with a harm 'in the attack' told by the paragraph before")
  class HarmedInTheAttack {
    static Stream<Arguments> cases() {
      String rebels = "Rebels pounded the village with artillery on Thursday afternoon.";
      return Stream.of(
          Arguments.of(List.of(rebels, "Four civilians lost their lives in the attack, a resident said."), "Four",
              "syrian-opposition"),
          Arguments.of(List.of(rebels, "Two children were wounded during the shelling, a medic said."), "Two",
              "syrian-opposition"),
          // near misses: an indefinite attack, and "the attack" with a target of its own, may be another attack
          Arguments.of(List.of(rebels, "Four civilians lost their lives in an attack on a nearby town, a resident said."),
              "Four", "-"),
          Arguments.of(List.of(rebels, "Four civilians lost their lives in the attack on the bakery, a resident said."),
              "Four", "-"),
          // near miss: the harm in the second sentence of its paragraph, after another side is named
          Arguments.of(List.of(rebels, "Later the Kurdish fighters moved in. Seven men died in the attack, a resident"
              + " said."), "Seven", "-,ypg"));
    }

    @ParameterizedTest(name = "{0} [{1}]")
    @MethodSource("cases")
    void attacker(List<String> paragraphs, String count, String perpetrator) {
      Claim claim = paragraphs(paragraphs).stream().filter(c -> c.countText().equals(count)).findFirst().orElseThrow();
      assertThat(perpetrator.split(",")).contains(orNone(claim.perpetrator()));
    }
  }

  @Nested
  @DisplayName("attacker: 'by the organization' is the armed group named before")
  class OrganizationPointsBack {
    static Stream<Arguments> cases() {
      return Stream.of(
          Arguments.of("The Islamic State ran the town for three years. A landmine left behind by the organization"
              + " killed two children, the Observatory said.", "two", "isis"),
          // near miss: no armed group was named before
          Arguments.of("A landmine left behind by the organization killed two children, the Observatory said.", "two",
              "-"),
          // near miss: the sentence names its own group
          Arguments.of("The Islamic State ran the town for three years. Shells fired by Jaish al-Islam, the group that"
              + " holds the hills, killed two children.", "two", "jaish-al-islam"));
    }

    @ParameterizedTest(name = "{0} [{1}]")
    @MethodSource("cases")
    void attacker(String text, String count, String perpetrator) {
      assertThat(perpetrator.split(",")).contains(orNone(claimAt(text, count).perpetrator()));
    }
  }

  @Test
  @DisplayName("attacker: a headline restating a side's own loss is not that side's deed")
  void headlineOfOwnLoss() {
    List<Claim> claims = ExtractionFixture.claims("Russian MoD: militants' drone raid on Hmeimim repelled, 2 servicemen"
        + " wounded", "Militants in Idlib launched a raid with 10 drones on Russia's Hmeimim airbase on Sunday, the Russian"
        + " Defence Ministry said, adding that two Russian servicemen sustained light injuries. Activists claimed that"
        + " Russian warplanes had killed 19 civilians in Idlib.");
    Claim wounded = claims.stream().filter(c -> c.harm().name().equalsIgnoreCase("injured")).findFirst().orElseThrow();
    assertThat(wounded.perpetrator()).isNotEqualTo("russia");
    Claim killed = claims.stream().filter(c -> c.harm().name().equalsIgnoreCase("killed")).findFirst().orElseThrow();
    assertThat(killed.perpetrator()).isEqualTo("russia");
  }

  /** The claims of body paragraphs, each its own section, as a page's layout gives them. */
  private static List<Claim> paragraphs(List<String> paragraphs) {
    String text = String.join("\n\n", paragraphs);
    List<Section> sections = new ArrayList<>();
    int at = 0;
    for (String p : paragraphs) {
      sections.add(new Section(SectionKind.BODY, at, at + p.length()));
      at += p.length() + 2;
    }
    return ExtractionFixture.EXTRACTOR.extract(new Document("t", "test", text, null), new Layout(sections));
  }
}
