package org.tally.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tally.extract.ExtractionFixture.claims;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tally.model.Claim;

/**
 * Issue 12's claimant constructions and the actor dictionary beyond Syria, with sentences of our own and near misses.
 * A case gives the text, the count words of the claim looked at, and the expected actor ("-" for none).
 */
class ClaimantConstructionsTest {
  private static Claim claimAt(String text, String countText) {
    List<Claim> claims = claims(text);
    return claims.stream().filter(c -> c.countText().equalsIgnoreCase(countText)).findFirst()
        .orElseThrow(() -> new AssertionError("no claim of \"" + countText + "\" in: " + text + " → " + claims));
  }

  private static final String TWO_SOURCES = "The White Helmets said 5 people died in Aleppo. ";

  @Nested
  @DisplayName("claimant 1: attribution carries over the follow-on sentences of one report")
  class CarryOver {
    static Stream<Arguments> cases() {
      return Stream.of(
          Arguments.of("According to Doctors Without Borders, two clinics were hit in Idlib. Last month 200 people were wounded there.", "200", "msf"),
          Arguments.of("The Syrian Observatory for Human Rights said strikes hit a market in Douma. Among the dead were 22 children.", "22", "sohr"),
          Arguments.of("The health ministry said hospitals were overwhelmed. Another nine people were wounded.", "nine", "health-ministry"),
          // near misses: a war's total is the outlet's background; so is a sentence that names who attacked whom,
          // or one whose source Tally cannot name (two sources are named first, so that the document's one source
          // cannot take the claim either)
          Arguments.of(TWO_SOURCES + "The Syrian Observatory for Human Rights said strikes hit a market. More than 300,000 people have been killed since the war began in 2011.", "More than 300,000", "outlet"),
          Arguments.of(TWO_SOURCES + "The Syrian Observatory for Human Rights said strikes hit a market. Russian jets killed 12 people in Homs.", "12", "outlet"),
          Arguments.of(TWO_SOURCES + "The Syrian Observatory for Human Rights said strikes hit a market. Villagers said 12 people died.", "12", "outlet"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theReportGoesOnUntilTheOutletSpeaks(String text, String count, String claimant) {
      assertThat(claimAt(text, count).claimant()).isEqualTo(claimant);
    }
  }

  // two sources, then a sentence that names who attacked without a source, so that neither the document's one source
  // nor a report carrying over can give the claim its claimant
  private static final String NO_REPORT_GOING_ON = TWO_SOURCES + "Russian jets flew over Idlib. ";

  @Nested
  @DisplayName("claimant 1b: the source is named in the sentence after the bare figure")
  class SourceAfter {
    static Stream<Arguments> cases() {
      return Stream.of(
          Arguments.of(NO_REPORT_GOING_ON + "At least 17 civilians were killed in air raids on a market in Deir Ezzor on Monday. "
              + "The Syrian Observatory for Human Rights said the strikes were carried out by Russian jets.", "At least 17", "sohr"),
          Arguments.of(NO_REPORT_GOING_ON + "Eight civilians died when shells hit a school in Jobar. "
              + "The monitor said the shelling came from government positions.", "Eight", "sohr"),
          Arguments.of(NO_REPORT_GOING_ON + "Twelve people died in an explosion at a market in Azaz. "
              + "UNICEF said children were among those killed.", "Twelve", "unicef"),
          // near misses: the sentence after reports a count of its own; it is a side's account; the bare figure's
          // sentence has a source of its own; the sentence after is about something else
          Arguments.of(NO_REPORT_GOING_ON + "Eight civilians died when shells hit a school in Jobar. "
              + "The Syrian Observatory for Human Rights said 30 people were killed in Idlib.", "Eight", "outlet"),
          Arguments.of(NO_REPORT_GOING_ON + "Ten fighters were killed near Tal Rifaat. "
              + "The Kurdish YPG said the attack came from Turkish positions.", "Ten", "outlet"),
          Arguments.of(NO_REPORT_GOING_ON + "Nine people were killed in Douma, Siege Watch reported. "
              + "The Observatory said the raids went on overnight.", "Nine", "outlet"),
          Arguments.of(NO_REPORT_GOING_ON + "Nine people were killed in Douma. "
              + "The Observatory said aid convoys were waiting at the border.", "Nine", "outlet"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theSentenceAfterNamesTheSource(String text, String count, String claimant) {
      assertThat(claimAt(text, count).claimant()).isEqualTo(claimant);
    }
  }

  @Nested
  @DisplayName("claimant 1c: eyewitness journalists; background of an earlier year and sources Tally cannot name are no one's report")
  class WitnessesAndBackground {
    static Stream<Arguments> cases() {
      return Stream.of(
          Arguments.of("An AFP photographer saw the bodies of six children at a clinic in Douma.", "six", "journalists"),
          Arguments.of("A Reuters witness counted 14 bodies outside the hospital in Idlib.", "14", "journalists"),
          Arguments.of("Photographers at the scene saw at least 9 dead in the rubble.", "at least 9", "journalists"),
          // near miss: a state agency's correspondent is the agency
          Arguments.of("A SANA correspondent said 12 people were killed in the shelling.", "12", "sana"),
          // an earlier year than the document's is background: no report carries into it, no sole source takes it
          Arguments.of("Date of publication 4 April 2017. According to the Syrian Network for Human Rights, jets struck Khan "
              + "Sheikhun on Tuesday. The regime first gassed the Ghouta on August 21 2013, killing 300 people.", "300", "outlet"),
          Arguments.of("Published March 3 2017. Five civilians were killed in Idlib on Monday. In May 2015 a similar raid killed "
              + "40 people in the town. The Syrian Observatory for Human Rights said the raid on Monday hit a school.", "40", "outlet"),
          Arguments.of("Published March 3 2017. Five civilians were killed in Idlib on Monday. In May 2015 a similar raid killed "
              + "40 people in the town. The Syrian Observatory for Human Rights said the raid on Monday hit a school.", "Five", "sohr"),
          // near miss: a count of four digits is no year
          Arguments.of("Published March 3 2017. The Syrian Network for Human Rights said jets struck Saraqeb on Monday. "
              + "More than 2000 people were wounded in the town.", "More than 2000", "snhr"),
          // a figure whose own sentence has a source Tally cannot name is not the document's one source's
          Arguments.of("Twelve people were killed in a car bomb in Azaz, an official said. The Syrian Observatory for Human "
              + "Rights said the bomb went off near a mosque in the town.", "Twelve", "outlet"),
          Arguments.of("Twelve people were killed in a car bomb in Azaz on Friday. The Syrian Observatory for Human "
              + "Rights said the bomb went off near a mosque in the town.", "Twelve", "sohr"),
          Arguments.of("A security source said 4 soldiers were killed in the ambush.", "4", "syrian-government"),
          Arguments.of("Turkish security sources said 4 soldiers were killed in the ambush.", "4", "turkey"),
          Arguments.of("More than 100 civilians were killed in the shelling of Aleppo, local authorities told reporters.", "More than 100", "syrian-government"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void whoSawItOrNoOne(String text, String count, String claimant) {
      assertThat(claimAt(text, count).claimant()).isEqualTo(claimant);
    }
  }

  @Nested
  @DisplayName("claimant 2: sources of many wordings")
  class Sources {
    static Stream<Arguments> cases() {
      return Stream.of(
          Arguments.of("A police source told the state agency that 3 people were injured.", "3", "syrian-government"),
          Arguments.of("Sana reported that 12 people were killed in Homs.", "12", "sana"),
          Arguments.of("At least 30 people were killed, a watchdog said.", "At least 30", "sohr"),
          Arguments.of("At least 30 people were killed, a group tracking the violence said.", "At least 30", "sohr"),
          Arguments.of("SOHR activists documented 40 deaths in Idlib.", "40", "sohr"),
          Arguments.of("Turkish television said 5 civilians died in Afrin.", "5", "turkish-media"),
          Arguments.of("Russias Ministry of Defence said 5 soldiers died.", "5", "russia-mod"),
          Arguments.of("The interior ministry said 3 people were injured in Damascus.", "3", "syrian-government"),
          Arguments.of("Afghan forces fought the Taliban near Kunduz. The interior ministry said 12 civilians were killed.", "12", "afghan-government"),
          // a tags line glued to the sentence names no one
          Arguments.of("Tags Syria Raqqa Russia United Nations ISIS At least 30 people were killed by air strikes.", "At least 30", "outlet"),
          // near miss: "Sanaa" is Yemen's capital, no agency
          Arguments.of("Twelve people were killed in Sanaa on Friday.", "Twelve", "outlet"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theSourceIsNamed(String text, String count, String claimant) {
      assertThat(claimAt(text, count).claimant()).isEqualTo(claimant);
    }
  }

  @Nested
  @DisplayName("claimant 3: deniers, accusers, \"he said\"")
  class Roles {
    static Stream<Arguments> cases() {
      return Stream.of(
          Arguments.of("Activists said 30 civilians were killed in the strikes, but Moscow denied its jets flew there.", "30", "local-sources"),
          Arguments.of("Opposition groups accused government forces of killing 200 people.", "200", "syrian-opposition"),
          // a denial is no report that goes on into the next sentences
          Arguments.of(TWO_SOURCES + "The Syrian Observatory for Human Rights said the raids hit a hospital. Russia has denied "
              + "targeting civilians. At least 9 patients died.", "At least 9", "outlet"),
          // "said Turkish jets killed": who owns the attack is what is said, not who says it
          // (Kurdish officials speak for the YPG since attr29, count-written-8 b05; Turkey still does not speak)
          Arguments.of("Kurdish officials said Turkish jets killed 20 civilians in Afrin.", "20", "ypg"),
          Arguments.of("State Department spokesman Mark Toner spoke on Monday. The Pentagon also met. He said 30 civilians died.", "30", "us-state-department"),
          Arguments.of("The Syrian Observatory for Human Rights said 20 people died. The same source said 30 were wounded.", "30", "sohr"),
          Arguments.of("A military source told SANA that army units destroyed a tunnel in Jobar. The same source added that 20 terrorists were killed.", "20", "syrian-government"),
          // "he" when no one named has spoken yet: the person last named
          Arguments.of("Sergei Lavrov met his Turkish counterpart in Sochi. The US-led coalition struck Raqqa again. He said 30 civilians had died.", "30", "russia-mfa"),
          // the speaking person wins over a person named later who did not speak
          Arguments.of("Igor Konashenkov told reporters that the strikes hit a depot. Lavrov met Kerry in Geneva. He added that 60 militants were killed.", "60", "russia-mod"),
          // near miss: "they" is the last actor named as speaking, not a person
          Arguments.of("Mark Toner spoke on Monday. The White Helmets said rescuers were at work. They said 30 civilians died.", "30", "white-helmets"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theRoleDecidesTheClaimant(String text, String count, String claimant) {
      assertThat(claimAt(text, count).claimant()).isEqualTo(claimant);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("denials")
    void aDenialIsNotAnAdmission(String text, String count) {
      assertThat(claimAt(text, count).stance().jsonName()).isEqualTo("denied");
    }

    static Stream<Arguments> denials() {
      return Stream.of(Arguments.of("Moscow denied that 30 civilians were killed by Russian jets.", "30"),
          // the reports denied are what is denied, not a source that asserts
          Arguments.of("Turkey rejected reports that its jets had killed 20 civilians near Afrin.", "20"),
          Arguments.of("The Pentagon denied claims that its strikes killed 14 civilians in Mosul.", "14"));
    }
  }

  @Nested
  @DisplayName("claimant 4 and the dictionary: \"coalition\" is the one the document names")
  class Coalition {
    static Stream<Arguments> cases() {
      return Stream.of(
          Arguments.of("The US-led coalition struck Raqqa on Monday. The coalition said 12 civilians were killed.", "12", "us-led-coalition"),
          Arguments.of("The Saudi-led coalition struck Sanaa on Monday. The coalition said 12 civilians were killed.", "12", "saudi-led-coalition"),
          Arguments.of("ISAF said on Monday that an Afghan and coalition security force killed 3 insurgents in Helmand.", "3", "isaf"),
          // near miss: the bare word alone names no one
          Arguments.of("The coalition said 12 civilians were killed.", "12", "coalition"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theBareWordMeansTheNamedCoalition(String text, String count, String claimant) {
      assertThat(claimAt(text, count).claimant()).isEqualTo(claimant);
    }

    static Stream<Arguments> perpetrators() {
      return Stream.of(
          Arguments.of("An Afghan and coalition security force killed 3 insurgents in Helmand.", "3", "afghan-forces"),
          Arguments.of("Houthi shelling killed 5 civilians in Taiz, the Saudi-led coalition said.", "5", "houthis"),
          Arguments.of("Popular Mobilisation Forces fighters killed 12 militants near Tal Afar.", "12", "pmf"),
          Arguments.of("The Rapid Support Forces shelled El Fasher, killing 15 civilians, the Sudanese army said.", "15", "rsf"),
          Arguments.of("Israeli forces killed 12 people in Gaza, the Gaza health ministry said.", "12", "israel"),
          Arguments.of("Ukrainian shelling killed 4 people in Donetsk, Russia's Defence Ministry said.", "4", "ukraine"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("perpetrators")
    void otherWarsBelligerentsAreNamed(String text, String count, String perpetrator) {
      assertThat(claimAt(text, count).perpetrator()).isEqualTo(perpetrator);
    }
  }

  @Nested
  @DisplayName("claimant 5: outlets quoted by outlets, idioms that only look like reporting, what follows \"according to\"")
  class QuotedOutlets {
    static Stream<Arguments> cases() {
      return Stream.of(
          Arguments.of("A double attack in Homs killed 18 civilians, Lebanese TV channel Al-Mayadin reported.", "18", "al-mayadin"),
          Arguments.of("Over 50 militants were killed near Hama, AMN reported.", "Over 50", "al-masdar-news"),
          Arguments.of("Eight people were killed in the blast, a police officer told Reuters.", "Eight", "outlet"),
          // "claimed the lives of" states nothing: the dateline's agency before it is no claimant
          Arguments.of("MOSCOW (RIA Novosti) - A double attack in Homs has claimed the lives of 18 civilians.", "18", "outlet"),
          // after "according to", the topic of the source's words and the subject of the clause it reports are not it
          Arguments.of("Jets struck the hills according to information on ISIS movements, killing 50 militants.", "50", "outlet"),
          Arguments.of("According to a report ISIS has executed around 367 people in the town.", "around 367", "outlet"),
          Arguments.of("According to the Syrian Observatory, 12 people were killed in Homs.", "12", "sohr"),
          // the accuser states the figure; "it says" points at the speaker the same sentence named before it
          Arguments.of("The opposition accuses the regime of killing 200 people.", "200", "syrian-opposition"),
          Arguments.of("Washington blames the Syrian government for the attack which it says killed more than 1400 people.", "more than 1400", "united-states"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theOutletQuotedIsTheClaimant(String text, String count, String claimant) {
      assertThat(claimAt(text, count).claimant()).isEqualTo(claimant);
    }

    static Stream<Arguments> soleSources() {
      return Stream.of(
          // a side's statement is no wire's source: its only mention leaves the lead's figures the outlet's
          Arguments.of("At least five civilians were killed in the attack. The coalition said it was investigating the raid.", "At least five", "outlet"),
          Arguments.of("At least five civilians were killed in the attack. A police officer told Reuters the raid hit a market.", "At least five", "outlet"),
          Arguments.of("At least five civilians were killed in the attack. The Syrian Observatory for Human Rights said the raid hit a market.", "At least five", "sohr"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("soleSources")
    void aSoleSourceMustNotBeASide(String text, String count, String claimant) {
      assertThat(claimAt(text, count).claimant()).isEqualTo(claimant);
    }
  }

  @Nested
  @DisplayName("claimant 6: a source after its verb and modifiers, tolls given, a lead restated, the dead are not sources")
  class Restatements {
    static Stream<Arguments> cases() {
      return Stream.of(
          // an article and compound modifiers between the verb and the source
          Arguments.of("Nine people were killed in the raid, says a UK-based monitoring group.", "Nine", "sohr"),
          Arguments.of("Nine people were killed in the raid, said the so-called Syrian Observatory.", "Nine", "sohr"),
          // near miss: a clause between the verb and an actor is no source ("said on Monday that Russia…")
          Arguments.of(TWO_SOURCES + "Nine people were killed in the raid, residents said on Monday after Russian jets left.", "Nine", "local-sources"),
          // who gives or puts a toll states it; who is quoted states it, not who quotes
          Arguments.of("The Britain-based Syrian Observatory for Human Rights gave a toll of 48 dead.", "48", "sohr"),
          Arguments.of("Shaam News Network put the number at 60.", "60", "shaam-news-network"),
          Arguments.of("The Observatory says 180,000 people have died, while the United Nations puts the figure at 191,000.", "191,000", "united-nations"),
          Arguments.of("Two pilots were killed near Palmyra, the Russian military was quoted as saying by local media.", "Two", "russia-mod"),
          // a bare lead restated later with its source is the source's; so is the rest of a restating sentence (a
          // sentence naming an actor without a source comes between, so that no report carries over)
          Arguments.of(TWO_SOURCES + "Russian jets flew over Idlib. At least 19 people were killed near Damascus on Tuesday. Russian jets flew over the town. "
              + "At least 19 civilians were killed in the bombardment, a monitoring group said.", "At least 19", "sohr"),
          Arguments.of(TWO_SOURCES + "Airstrikes killed three children from one family, local sources said. Russian jets flew over the town. "
              + "Three children were killed and five others were wounded on Saturday.", "five", "local-sources"),
          // near misses: a small figure met twice with other victims, and a vague word, are not restatements
          Arguments.of(TWO_SOURCES + "Three people were wounded in Homs, local sources said. Russian jets flew over the town. "
              + "Three children were wounded and one man was killed in Hama.", "one", "outlet"),
          Arguments.of(TWO_SOURCES + "Dozens of people were killed in Homs, local sources said. Russian jets flew over the town. "
              + "Dozens of people were killed in Hama and 40 were wounded.", "40", "outlet"),
          // the dead are not the source: "24 Daesh terrorists were killed, local media reported" is local media's
          // (actor-names.tsv, attr7), never Daesh's
          Arguments.of("A total of 24 Daesh terrorists were killed near Raqqa, local media reported.", "24", "local-sources"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theSourceIsWhoStatesTheFigure(String text, String count, String claimant) {
      assertThat(claimAt(text, count).claimant()).isEqualTo(claimant);
    }
  }
}
