package org.tally.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tally.extract.ExtractionFixture.claimAt;
import static org.tally.extract.ExtractionFixture.orNone;

import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 12, sixth fresh sample (attribution-fresh-6.tsv): the constructions its errors grouped into. Each case gives
 * the text, the count words of the claim looked at and the expected actors ("-" for none, alternatives
 * comma-separated); near misses sit beside the cases they resemble. Sentences are the project's own.
 */
class Issue12SixthSampleConstructionsTest {
  @Nested
  @DisplayName("perpetrator: the side the people counted are named as did not kill them, whoever attacked before")
  class OwnSideCounted {
    static Stream<Arguments> cases() {
      return Stream.of(
          // since issue 11's count14 "nine IS members" are fighters (no longer people, "IS" read as "is"), and the
          // Kurds they fought may be named as their killers: attribution-fresh-6 judges its dev twin "ypg,-"
          Arguments.of("Islamic State fighters stormed the village at dawn. Six Kurdish fighters were killed in the battle along with nine IS members, the monitor said.",
              "nine", "-,ypg"),
          Arguments.of("Rebels shelled the army base on Monday. In the evening 14 rebel fighters died in the area, the monitor said.",
              "14", "-"),
          Arguments.of("Regime forces pounded the district with artillery. Later 20 members of the pro-regime forces were killed there, activists said.",
              "20", "-"),
          // near misses: the other side's dead stay the attacker's; civilians of a nationality name no side; a side
          // fighting itself killed its own
          Arguments.of("Islamic State fighters stormed the village at dawn. Six Kurdish fighters were killed in the battle along with nine IS members, the monitor said.",
              "Six", "isis"),
          Arguments.of("Regime jets bombed the market on Monday. At least 20 Syrian civilians were killed, the monitor said.",
              "At least 20", "syrian-government"),
          Arguments.of("Rebel factions attacked each other in the suburbs on Monday. At least 30 rebels were killed in the infighting, the monitor said.",
              "At least 30", "syrian-opposition"));
    }

    @ParameterizedTest(name = "{0} [{1}]")
    @MethodSource("cases")
    void notTheirOwnSide(String text, String count, String perpetrator) {
      assertThat(perpetrator.split(",")).contains(orNone(claimAt(text, count).perpetrator()));
    }
  }

  @Nested
  @DisplayName("perpetrator: the dead of both sides are no one side's deed (both-sides.tsv)")
  class BothSides {
    static Stream<Arguments> cases() {
      return Stream.of(
          Arguments.of("Regime jets pounded the town on Monday. Three days of fighting have killed 120 fighters on both sides, the monitor said.",
              "120", "-"),
          Arguments.of("Government troops advanced on the town. The clashes killed 45 combatants from both sides.",
              "45", "-"),
          Arguments.of("ISIS launched an assault on the border town. The battle has so far killed 70 fighters on either side.",
              "70", "-"),
          // near misses: a place on both sides of something; the words before the count; one side's dead
          Arguments.of("Regime shelling killed 12 civilians on both sides of the main road.", "12", "syrian-government"),
          Arguments.of("Jets struck villages on both sides of the border. Regime helicopters killed 9 people in the town.",
              "9", "syrian-government"),
          Arguments.of("Regime jets pounded the town on Monday. The fighting has killed 40 rebel fighters, the monitor said.",
              "40", "syrian-government"));
    }

    @ParameterizedTest(name = "{0} [{1}]")
    @MethodSource("cases")
    void noOneSide(String text, String count, String perpetrator) {
      assertThat(perpetrator.split(",")).contains(orNone(claimAt(text, count).perpetrator()));
    }
  }

  @Nested
  @DisplayName("claimant: who did the deed a source reports is not the source")
  class DoerIsNoSource {
    static Stream<Arguments> cases() {
      return Stream.of(
          Arguments.of("More than 40 rebels were killed as ISIS overran the town on Sunday, a hospital worker said.",
              "More than 40", "outlet"),
          Arguments.of("At least 25 rebels died as the Islamic State of Iraq and the Levant (ISIL) has overrun the border town, a volunteer there said.",
              "At least 25", "outlet"),
          Arguments.of("Twelve soldiers were killed as Nusra Front stormed the checkpoint, the Observatory said.",
              "Twelve", "sohr"),
          // near misses: the group speaks of its own deed; a relative clause keeps the speaker; who admits speaks
          Arguments.of("ISIS said its fighters overran the town, killing 40 soldiers.", "40", "isis"),
          Arguments.of("The Islamic State, which overran the town last week, said 40 soldiers were killed there.", "40", "isis"),
          Arguments.of("The US-led coalition admits killing 12 civilians in the raid on the village.", "12", "us-led-coalition"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theDoerDoesNotSpeak(String text, String count, String claimant) {
      assertThat(claimant.split(",")).contains(orNone(claimAt(text, count).claimant()));
    }
  }

  @Nested
  @DisplayName("claimant: a source that warns or revises its toll; a war's total ends the report before")
  class WarningsRevisionsAndTotals {
    static Stream<Arguments> cases() {
      return Stream.of(
          Arguments.of("Medics at the field hospital worked through the night. The Observatory warned that 40 more people were badly wounded.",
              "40", "sohr"),
          Arguments.of("The monitoring group updated its earlier death toll of 12 for the strike, saying two more people had died.",
              "12", "sohr"),
          Arguments.of("The Observatory raised the toll from the strike to 31 dead on Tuesday.", "31", "sohr"),
          Arguments.of("The Observatory said 14 people died in the strikes on Monday. More than 300,000 people have died in the countrys long war.",
              "More than 300,000", "outlet"),
          // near misses: a warning of a response states no toll; a follow-on toll of the same report stays the
          // source's; a war's total the source states is its own
          Arguments.of("The army warned of a harsh response after 12 soldiers were killed in the ambush.", "12", "outlet"),
          Arguments.of("The Observatory said 14 people died in the strikes on Monday. Another 20 were wounded in the shelling.",
              "20", "sohr"),
          Arguments.of("More than 300,000 people have been killed in the war since 2011, the Observatory said.",
              "More than 300,000", "sohr"));
    }

    @ParameterizedTest(name = "{0} [{1}]")
    @MethodSource("cases")
    void whoStatesIt(String text, String count, String claimant) {
      assertThat(claimant.split(",")).contains(orNone(claimAt(text, count).claimant()));
    }
  }

  @Nested
  @DisplayName("perpetrator: one aircraft of a side (attack-words.tsv)")
  class OneAircraft {
    static Stream<Arguments> cases() {
      return Stream.of(
          Arguments.of("Regime jets bombed the market. Three more civilians were killed in a separate strike carried out by a Russian plane.",
              "Three", "russia"),
          Arguments.of("A Russian plane struck a school in the village, killing 8 children.", "8", "russia"),
          // near miss: a plane that crashed is the victims' own, not an attack
          Arguments.of("Two Russian pilots were killed when their plane crashed near the base, the ministry said.", "Two", "-"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theSideOfThePlane(String text, String count, String perpetrator) {
      assertThat(perpetrator.split(",")).contains(orNone(claimAt(text, count).perpetrator()));
    }
  }

  @Nested
  @DisplayName("claimant: a person the document introduces by an actor and a title speaks for that actor (speaker-titles.tsv)")
  class IntroducedSpeakers {
    static Stream<Arguments> cases() {
      return Stream.of(
          Arguments.of("YPG spokesman Redur Xelil spoke to reporters on Sunday. Xelil said 30 jihadists were killed in the assault.",
              "30", "ypg"),
          Arguments.of("YPG spokesman Redur Xelil said the attack had been crushed. He said dozens of jihadists had been killed.",
              "dozens", "ypg"),
          Arguments.of("US-led coalition spokesman Col. Tom Gill briefed reporters. Gill added that 12 militants died in the raids.",
              "12", "us-led-coalition"),
          Arguments.of("A local civil defence official Ahmad al-Sheikho reached the market. At least 20 people were killed, al-Sheikho said.",
              "At least 20", "white-helmets"),
          // near misses: a name never introduced; a title with no name after it; a date after the title is no name
          Arguments.of("Xelil said 30 jihadists were killed in the assault.", "30", "outlet"),
          Arguments.of("A YPG spokesman spoke to reporters on Sunday. Mahmoud Xelil said 30 jihadists were killed in the assault.",
              "30", "outlet"),
          Arguments.of("A YPG spokesman Sunday January 5 denied the reports. January said 30 jihadists were killed.", "30", "outlet"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void speaksForTheActor(String text, String count, String claimant) {
      assertThat(claimant.split(",")).contains(orNone(claimAt(text, count).claimant()));
    }
  }

  @Nested
  @DisplayName("claimant: a tweet the page embeds is its author's (tweet-links.tsv)")
  class EmbeddedTweets {
    static Stream<Arguments> cases() {
      return Stream.of(
          Arguments.of("Rescuers dug through the rubble all night. 3 children killed and 5 wounded in a strike on the school pic.twitter.com/xY12 The White Helmets (SyriaCivilDef) June 3 2016",
              "3", "white-helmets"),
          Arguments.of("At least 12 children were killed in Aleppo this week https://t.co/Zz9Q UNICEF (UNICEF) August 9 2016",
              "At least 12", "unicef"),
          Arguments.of("Medics said the clinic was hit twice. 7 people killed in the raid on the clinic. httpst.coQw12 pic.twitter.comAb34 The White Helmets (SyriaCivilDef) June 3 2016",
              "7", "white-helmets"),
          // near misses: an author who is no actor; a count after the byline; a count whose sentence names its source
          Arguments.of("3 children killed and 5 wounded in a strike on the school pic.twitter.com/xY12 Joe Bloggs (jbloggs) June 3 2016",
              "3", "outlet"),
          Arguments.of("Rescue work went on pic.twitter.com/xY12 The White Helmets (SyriaCivilDef) June 3 2016 Another 4 people were killed in the shelling, the Observatory said.",
              "4", "sohr"),
          Arguments.of("The Observatory said 9 people were killed in the strike pic.twitter.com/xY12 The White Helmets (SyriaCivilDef) June 3 2016",
              "9", "sohr"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theAuthorClaims(String text, String count, String claimant) {
      assertThat(claimant.split(",")).contains(orNone(claimAt(text, count).claimant()));
    }
  }
}
