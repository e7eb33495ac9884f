package org.tally.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tally.extract.ExtractionFixture.claimAt;
import static org.tally.extract.ExtractionFixture.orNone;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tally.model.Claim;

/**
 * Issue 12's constructions of perpetrator and claimant, each with sentences of our own and near misses that must not
 * fire. A case gives the text, the count words of the claim looked at, and the expected actor ("-" for none).
 */
class AttributionConstructionsTest {
  @Nested
  @DisplayName("perpetrator 1: the agent is in the sentence before")
  class AgentBefore {
    static Stream<Arguments> cases() {
      return Stream.of(
          Arguments.of("Regime helicopters dropped barrel bombs on the town. At least 50 civilians have died in the raids since Friday.", "At least 50", "syrian-government"),
          Arguments.of("A rocket fired by the rebels hit the market. It killed 14 people.", "14", "syrian-opposition"),
          Arguments.of("Russian jets pounded the eastern districts overnight. Among the dead were 22 children.", "22", "russia"),
          Arguments.of("Houthi fighters shelled Taiz on Monday. Five civilians died.", "Five", "houthis"),
          // near misses: a sentence between that names no attacker ends the carry-over (the rebels named after it keep
          // the article from having one attacker only, which would be the claim's); a target is no agent
          Arguments.of("Russian jets pounded the eastern districts. The town has been besieged for months. Five civilians died. Rebels shelled the west.", "Five", "-"),
          Arguments.of("Rebels came under fire from the air. Five civilians died.", "Five", "-"),
          Arguments.of("Strikes hit positions held by the rebels. Five civilians died.", "Five", "-"),
          // a war's total, and a deed of an earlier year, are not the attacker's before; a campaign's total is
          Arguments.of("Russian jets pounded Idlib on Monday. More than 350,000 people have been killed in the war.", "More than 350,000", "-"),
          Arguments.of("Published May 2 2016. Regime helicopters dropped barrel bombs on Daraya on Sunday. In August 2013 a gas attack "
              + "killed 300 people in Ghouta. Rebels shelled Aleppo.", "300", "-"),
          Arguments.of("Russian jets have bombed Aleppo for a month. Over 750 people have been killed in the campaign.", "Over 750", "russia"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void carriesTheAttackerOfTheSentenceBefore(String text, String count, String perpetrator) {
      assertThat(orNone(claimAt(text, count).perpetrator())).isEqualTo(perpetrator);
    }
  }

  @Nested
  @DisplayName("perpetrator 2: the agent is the main clause's subject, the count in a participle or relative clause")
  class MainClauseSubject {
    static Stream<Arguments> cases() {
      return Stream.of(
          Arguments.of("Russian forces bombed the bases, killing about 30 fighters.", "about 30", "russia"),
          Arguments.of("Daesh gunmen stormed the village, sparking clashes in which 12 people died.", "12", "isis"),
          Arguments.of("The Taliban detonated a truck bomb at a checkpoint, killing 20 soldiers.", "20", "taliban"),
          Arguments.of("Insurgents had lobbed 50 mortars into the city, killing five people.", "five", "syrian-opposition"),
          Arguments.of("Terrorist organizations positioned in the eastern districts fired rocket shells on the old city, killing 4 civilians.", "4", "syrian-opposition"),
          Arguments.of("Iraqi forces pounded the western bank of Mosul on Sunday, killing 17 militants.", "17", "iraqi-forces"),
          // a name that is also an auxiliary's spelling does not make the verb passive
          Arguments.of("Two weeks ago IS killed 270 security guards at a gas field.", "270", "isis"),
          // near misses: a passive's subject suffered it; a reporting verb ends the subject's reach
          Arguments.of("Members of the Taliban were killed when 12 people died in the blast.", "12", "-"),
          Arguments.of("Activists said that 12 people died in the blast.", "12", "-"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theSubjectOfTheAttackVerbIsTheAttacker(String text, String count, String perpetrator) {
      assertThat(orNone(claimAt(text, count).perpetrator())).isEqualTo(perpetrator);
    }
  }

  @Nested
  @DisplayName("perpetrator 3: the agent is a modifier, possessive or prepositional phrase")
  class Modifier {
    static Stream<Arguments> cases() {
      return Stream.of(
          Arguments.of("Assads jets killed 12 people in Douma.", "12", "syrian-government"),
          Arguments.of("Syrian air force raids left 15 people dead.", "15", "syrian-government"),
          Arguments.of("A Hizballah attack killed four soldiers.", "four", "hezbollah"),
          Arguments.of("Ten people died at the hands of the regime.", "Ten", "syrian-government"),
          Arguments.of("Twelve people were killed in clashes with the army near Hama.", "Twelve", "syrian-government"),
          Arguments.of("Eight children were killed by barrel bombs in Aleppo.", "Eight", "syrian-government"),
          Arguments.of("Thirteen civilians were killed due to terrorist rocket attacks on the city.", "Thirteen", "syrian-opposition"),
          // near misses: a source's report of raids names no raider; barrel-shaped words name no air force
          Arguments.of("The monitor reported the raids, and 12 people died.", "12", "-"),
          Arguments.of("Twelve people died when a gas barrel exploded in a workshop.", "Twelve", "-"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theModifierNamesTheAttacker(String text, String count, String perpetrator) {
      assertThat(orNone(claimAt(text, count).perpetrator())).isEqualTo(perpetrator);
    }
  }

  @Nested
  @DisplayName("perpetrator 4: the agent comes after")
  class AgentAfter {
    static Stream<Arguments> cases() {
      return Stream.of(
          Arguments.of("The bombing, which killed 12 people, was later claimed by Daesh.", "12", "isis"),
          Arguments.of("The blast killed 30 people; the Haqqani network is believed to be behind it.", "30", "haqqani-network"),
          Arguments.of("Residents blamed the regime for the blast that killed 9 people.", "9", "syrian-government"),
          // a monitor's hedge on whose aircraft they were is still its attribution
          Arguments.of("Eleven people were killed in raids by jets thought to be Russian on the market.", "Eleven", "russia"),
          Arguments.of("Nine civilians were killed in air strikes by planes that are widely suspected to be Turkish.", "Nine", "turkey"),
          Arguments.of("Six people were killed as a result of Turkish shelling on the village.", "Six", "turkey"),
          // near misses: "held by" names a holder, not an attacker; a hedge on who the dead were names no attacker
          Arguments.of("Twelve people were killed in a town held by Daesh.", "Twelve", "-"),
          Arguments.of("Fourteen men believed to be Russian soldiers were killed in the shelling.", "Fourteen", "-"),
          Arguments.of("Six people were killed as a result of the clashes, Russian media said.", "Six", "-"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theActorAfterTheHarmIsTheAttacker(String text, String count, String perpetrator) {
      assertThat(orNone(claimAt(text, count).perpetrator())).isEqualTo(perpetrator);
    }
  }

  @Nested
  @DisplayName("perpetrator 5: not an agent")
  class NotAnAgent {
    static Stream<Arguments> cases() {
      return Stream.of(
          Arguments.of("The fighting left 30 dead on the regime side.", "30", "-"),
          Arguments.of("Opposition groups accused government forces of killing 200 people.", "200", "syrian-government"),
          Arguments.of("Forty terrorists were killed in the countryside of Homs.", "Forty", "-"),
          Arguments.of("Five people died in an area contested by rebels and the army.", "Five", "-"),
          Arguments.of("Five people died in an area contested by rebels and the army, and 4 rebels were killed.", "4", "-"),
          Arguments.of("Tags Syria Russian Airstrikes ISIS At least 30 people were killed in Raqqa.", "At least 30", "-"),
          // the side that lost its people did not kill them
          Arguments.of("The Islamic State lost at least 28 fighters in the battle for the airport.", "at least 28", "-"),
          Arguments.of("Hezbollah lost 12 fighters near Qusayr on Sunday.", "12", "-"),
          Arguments.of("Government forces suffered 35 dead in the fighting.", "35", "-"),
          // nor is it the article's one attacker for its own dead
          Arguments.of("ISIS fighters stormed the base, killing 85 soldiers. The IS lost at least 28 fighters, the monitor said.", "at least 28", "-"),
          // fighters named in a place's description are where they are
          Arguments.of("Twelve civilians were killed in air strikes on an area under the control of Daesh militants.", "Twelve", "-"),
          Arguments.of("Twelve civilians were killed in villages where ISIS militants are based.", "Twelve", "-"),
          Arguments.of("Twelve civilians were killed in a district from which ISIS fighters withdrew last week.", "Twelve", "-"),
          // near miss: in a place's description, an attack verb after the fighters makes them the attackers
          Arguments.of("Twelve civilians were killed in villages where ISIS militants executed them.", "Twelve", "isis"));
    }

    /** What an attack verb strikes or repels is the target; its subject is the attacker. */
    static Stream<Arguments> objects() {
      return Stream.of(
          Arguments.of("Syrian jets pounded an ISIS offensive in Hama, killing 50 militants.", "50", "syrian-government"),
          Arguments.of("The army repelled a Nusra attack on the town, killing 30 militants.", "30", "syrian-government"),
          Arguments.of("Kurdish fighters thwarted an ISIS assault on Kobani, killing 25 jihadists.", "25", "ypg"),
          Arguments.of("At least 40 terrorists were killed as army units pounded their positions.", "At least 40", "syrian-government"),
          // near miss: "killed in Russian raids" is no object of "killed"
          Arguments.of("Twelve civilians were killed in Russian raids on Idlib.", "Twelve", "russia"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("objects")
    void theObjectOfAnAttackIsNoAgent(String text, String count, String perpetrator) {
      assertThat(orNone(claimAt(text, count).perpetrator())).isEqualTo(perpetrator);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void sideSourceLabelAndAreaAreNoAgents(String text, String count, String perpetrator) {
      assertThat(orNone(claimAt(text, count).perpetrator())).isEqualTo(perpetrator);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("accusers")
    void theAccuserIsTheClaimant(String text, String count, String claimant) {
      assertThat(claimAt(text, count).claimant()).isEqualTo(claimant);
    }

    static Stream<Arguments> accusers() {
      return Stream.of(
          Arguments.of("Opposition groups accused government forces of killing 200 people.", "200", "syrian-opposition"),
          Arguments.of("Activists accused Russia of killing 35 civilians in Idlib.", "35", "local-sources"));
    }
  }

  @Nested
  @DisplayName("perpetrator 5: in fighting that counts both sides' dead, each side's dead are the other's doing")
  class BothSides {
    static Stream<Arguments> cases() {
      return Stream.of(
          Arguments.of("30 regime soldiers and 39 rebel fighters had been killed in battles around the town.", "39", "syrian-government"),
          Arguments.of("30 regime soldiers and 39 rebel fighters had been killed in battles around the town.", "30", "syrian-opposition"),
          Arguments.of("Clashes left 12 Taliban fighters and 4 Afghan soldiers dead.", "4", "taliban"),
          // near miss: without fighting, two counts are no two sides
          Arguments.of("30 regime soldiers and 39 rebel fighters died of cold in the siege.", "39", "-"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theOtherSideDidIt(String text, String count, String perpetrator) {
      assertThat(orNone(claimAt(text, count).perpetrator())).isEqualTo(perpetrator);
    }
  }

  @Nested
  @DisplayName("perpetrator 6: self-claimed, stance admitted")
  class SelfClaimed {
    static Stream<Arguments> cases() {
      return Stream.of(
          Arguments.of("The Taliban said it had killed 30 soldiers in the ambush.", "30", "taliban"),
          Arguments.of("Hamas said they killed 3 soldiers near the border.", "3", "hamas"),
          Arguments.of("The Nusra Front said it was behind the bombing that killed 12 people.", "12", "nusra"),
          // a head noun after the name; the speaker's own units after "its"
          Arguments.of("The Islamic State group claimed it killed 25 Syrian soldiers near Palmyra.", "25", "isis"),
          Arguments.of("ISIS said in a statement that its fighters killed 40 Kurdish militiamen.", "40", "isis"),
          Arguments.of("Jaish al-Islam said its fighters had shot dead 7 regime soldiers in Harasta.", "7", "jaish-al-islam"));
    }

    /** A ministry speaks for its side; the side made the attack it admits. */
    static Stream<Arguments> bySpokesmen() {
      return Stream.of(
          Arguments.of("The Russian Defence Ministry said its aircraft had killed 200 militants in Idlib.", "200", "russia"),
          Arguments.of("The Russian Defence Ministrys Centre for Reconciliation said its jets killed 200 militants.", "200", "russia"),
          Arguments.of("The army said its units killed 50 terrorists near Hama.", "50", "syrian-government"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bySpokesmen")
    void aMinistrysSideIsTheAttacker(String text, String count, String actor) {
      Claim claim = claimAt(text, count);
      assertThat(List.of(orNone(claim.perpetrator()), claim.stance().jsonName())).containsExactly(actor, "admitted");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theSpeakerIsTheAttackerAndAdmitsIt(String text, String count, String actor) {
      Claim claim = claimAt(text, count);
      assertThat(List.of(orNone(claim.perpetrator()), orNone(claim.claimant()), claim.stance().jsonName()))
          .containsExactly(actor, actor, "admitted");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nearMisses")
    void anotherActorsKillingIsNoAdmission(String text, String count) {
      assertThat(claimAt(text, count).stance().jsonName()).isNotEqualTo("admitted");
    }

    static Stream<Arguments> nearMisses() {
      return Stream.of(
          Arguments.of("The Taliban said Afghan forces killed 30 civilians.", "30"),
          Arguments.of("Hamas said 3 children were killed by Israeli fire.", "3"),
          // "its" of the victims' side is no admission: the units were the ones hit
          Arguments.of("The army said its units were attacked and 12 soldiers were killed.", "12"),
          Arguments.of("The militia said its positions were shelled, killing 9 fighters.", "9"));
    }
  }

  @Nested
  @DisplayName("perpetrator 7: a group named beside a label for fighters, the bare government, the party blamed, no rebel aircraft")
  class Labels {
    static Stream<Arguments> cases() {
      return Stream.of(
          Arguments.of("Two persons were injured as the ISIS terrorist organization targeted the town with rocket shells.", "Two", "isis"),
          Arguments.of("Nine persons were injured by terrorists of the so-called Jaish al-Islam on the camp.", "Nine", "jaish-al-islam"),
          Arguments.of("Militants of the so-called Jaysh al-Islam terrorist group fired rocket shells at the town, killing 3 people.", "3", "jaish-al-islam"),
          Arguments.of("At least 18 people were killed in government air strikes on Aleppo.", "At least 18", "syrian-government"),
          Arguments.of("The gas attack, which Washington blames on the regime, killed 80 people.", "80", "syrian-government"),
          // an armed group has no aircraft: the rebels of the sentence before did not make the air strikes
          Arguments.of("Rebel shells hit the west of the city. Another 42 people were killed in strikes on the east.", "42", "-"),
          Arguments.of("Rebel shells hit the west of the city. Another 42 people were killed in shelling of the east.", "42", "syrian-opposition"),
          // "its" belongs to the side named right before it, not to whoever states the number
          Arguments.of("Moscow denied its jets flew there; activists said 40 people were killed.", "40", "russia"),
          Arguments.of("Two Turkish soldiers were killed by PKK militants.", "Two", "pkk"),
          // near miss: a label alone is the state media's word for the opposition
          Arguments.of("Nine persons were injured when terrorists fired mortar rounds on the camp.", "Nine", "syrian-opposition"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theNamedGroupIsTheAttacker(String text, String count, String perpetrator) {
      assertThat(orNone(claimAt(text, count).perpetrator())).isEqualTo(perpetrator);
    }

    @org.junit.jupiter.api.Test
    void theBareGovernmentIsNoSource() {
      assertThat(claimAt("The government said 12 people were killed in the attack.", "12").claimant()).isEqualTo("outlet");
    }
  }
}
