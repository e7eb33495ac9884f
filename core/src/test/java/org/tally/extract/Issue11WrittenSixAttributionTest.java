package org.tally.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tally.extract.ExtractionFixture.EXTRACTOR;
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
import org.tally.model.Document;
import org.tally.model.Layout;
import org.tally.model.Metadata;
import org.tally.model.Section;
import org.tally.model.SectionKind;

/**
 * Issue 11, attr23: the perpetrator constructions that the blind pass over attribution-written-6/ and count-written-3's
 * misses grouped into: a bare attacker word ("militants", "armed groups") said by a speaker of the government's side,
 * and active captors ("captured 12 ISIS members", "took four soldiers captive"). Sentences are the project's own.
 */
class Issue11WrittenSixAttributionTest {
  static void perpetratorIs(String text, String count, String perpetrator) {
    assertThat(perpetrator.split(",")).contains(orNone(claimAt(text, count).perpetrator()));
  }

  /** The claim of {@code count} in {@code text} printed by {@code outlet} (a dataset's code), with no headline. */
  static Claim claimPrintedBy(String outlet, String text, String count) {
    Document doc = new Document("d", "d", text, new Metadata(null, null, outlet, null));
    List<Claim> claims = EXTRACTOR.extract(doc, new Layout(List.of(new Section(SectionKind.BODY, 0, text.length()))));
    return claims.stream().filter(c -> c.countText().equals(count)).findFirst().orElseThrow();
  }

  @Nested
  @DisplayName("perpetrator: a bare attacker word in the words of the government's side is the opposition's")
  class BareLabelBySpeaker {
    static Stream<Arguments> cases() {
      return Stream.of(
          Arguments.of("Militants attacked an army checkpoint in Latakia on Tuesday, killing three soldiers, the Russian"
              + " Defence Ministry said.", "three", "syrian-opposition"),
          Arguments.of("Illegal armed groups shelled the village of Salma, wounding two civilians, the Russian"
              + " Defence Ministry said.", "two", "syrian-opposition"),
          Arguments.of("A child was killed when mortar shells fired by militants from Eastern Ghouta landed near a"
              + " school, SANA said.", "A", "syrian-opposition"),
          Arguments.of("Armed groups fired rocket shells on the city, killing four civilians, a military source said.",
              "four", "syrian-opposition"),
          // near misses: wire copy's own "militants" names no one; a named group is that group's; the dead militants
          // are not their own victims
          Arguments.of("Militants fired mortar rounds at a village, killing two people, activists said.", "two", "-"),
          Arguments.of("Unknown gunmen killed two traders in the town, SANA said.", "two", "-"),
          Arguments.of("Islamic State militants attacked the village, killing six civilians, SANA said.", "six", "isis"),
          Arguments.of("Militants attacked the checkpoint and 12 militants were killed, SANA said.", "12", "-"));
    }

    @ParameterizedTest(name = "{0} [{1}]")
    @MethodSource("cases")
    void perpetrator(String text, String count, String perpetrator) {
      perpetratorIs(text, count, perpetrator);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("outletCases")
    void byOutlet(String outlet, String text, String count, String perpetrator) {
      assertThat(perpetrator.split(",")).contains(orNone(claimPrintedBy(outlet, text, count).perpetrator()));
    }

    static Stream<Arguments> outletCases() {
      String text = "Militants fired a barrage of rockets at the western districts on Saturday killing five civilians.";
      return Stream.of(
          Arguments.of("alalam", text, "five", "syrian-opposition"),
          Arguments.of("manar", text, "five", "syrian-opposition"),
          // near misses: a wire's "militants"; an outlet no row names
          Arguments.of("reuters", text, "five", "-"),
          Arguments.of("ahram", text, "five", "-"));
    }
  }

  @Nested
  @DisplayName("perpetrator: an active captor holds the people it took")
  class ActiveCaptors {
    static Stream<Arguments> cases() {
      return Stream.of(
          Arguments.of("Russian-backed Syrian forces captured 12 ISIS members near the town.", "12", "syrian-government"),
          Arguments.of("A military source said that Nusra Front terrorists took four soldiers captive before"
              + " withdrawing.", "four", "nusra"),
          Arguments.of("The Islamic State seized the town on Sunday. The extremist group abducted at least 30"
              + " residents, activists said.", "at least 30", "isis"),
          // near miss: people taken to hospital are no one's captives
          Arguments.of("Ambulances took 12 wounded people to hospitals in the city.", "12", "-"));
    }

    @ParameterizedTest(name = "{0} [{1}]")
    @MethodSource("cases")
    void perpetrator(String text, String count, String perpetrator) {
      perpetratorIs(text, count, perpetrator);
    }
  }

  @Nested
  @DisplayName("perpetrator: a side's losses in its fight are the deed of the attacker the document names, not its allies")
  class LostToTheAttacker {
    static Stream<Arguments> cases() {
      return Stream.of(
          Arguments.of("Islamic State group fighters launched a surprise assault on government positions around Palmyra"
              + " on Saturday. Regime forces lost at least 34 soldiers in the fighting, a monitor said. The Russian"
              + " defence ministry said its aircraft had carried out 64 strikes, killing more than 300 militants.",
              "at least 34", "isis"),
          Arguments.of("Russian jets pounded the area on Monday. Islamic State fighters attacked army positions near the"
              + " base. Residents fled the village. The army lost 12 soldiers in the fighting.", "12", "isis"),
          // near misses: two attackers of the losers' enemies; civilians of the side are no fighters' losses
          Arguments.of("Nusra Front fighters shelled the area on Monday. Islamic State fighters attacked army positions near the"
              + " base. Residents fled the village. The army lost 12 soldiers in the fighting.", "12", "-"),
          Arguments.of("Islamic State fighters attacked the town on Monday. Residents fled the village. Twelve Syrian"
              + " civilians lost their lives in the fighting.", "Twelve", "-,isis"));
    }

    @ParameterizedTest(name = "{0} [{1}]")
    @MethodSource("cases")
    void perpetrator(String text, String count, String perpetrator) {
      perpetratorIs(text, count, perpetrator);
    }
  }
}
