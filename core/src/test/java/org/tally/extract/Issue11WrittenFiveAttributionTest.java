package org.tally.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tally.extract.ExtractionFixture.claimAt;
import static org.tally.extract.ExtractionFixture.orNone;

import java.util.ArrayList;
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
import org.tally.model.Section;
import org.tally.model.SectionKind;

/**
 * Issue 11, attr21: the perpetrator constructions that the misses on count-written-2's check, attribution-written-4's
 * check and the blind pass over attribution-written-5/ grouped into (an attacker in a "when" clause after the count,
 * fire from an area a side holds, a side's losses in its fight with the other side the document names, "the initial
 * assault" of the paragraph before, "the extremists" pointing back at the group named before, a quoted name with its
 * backer). Each case gives the text, the count words of the claim looked at and the accepted actors ("-" for none,
 * alternatives comma-separated); near misses sit beside the cases they resemble. Sentences are the project's own.
 */
class Issue11WrittenFiveAttributionTest {
  static void perpetratorIs(String text, String count, String perpetrator) {
    assertThat(perpetrator.split(",")).contains(orNone(claimAt(text, count).perpetrator()));
  }

  @Nested
  @DisplayName("perpetrator: 'N were killed when X positioned in Y fired shells' — the subject after the count")
  class SubjectAfterTheCount {
    static Stream<Arguments> cases() {
      return Stream.of(
          Arguments.of("Nine civilians were killed on Thursday when terrorist groups positioned in the northern"
              + " countryside fired rocket shells at the town.", "Nine", "syrian-opposition"),
          Arguments.of("Four people died on Monday when rebels stationed in the hills shelled the market.", "Four",
              "syrian-opposition"),
          Arguments.of("Two children were wounded when Islamic State militants hiding in a school fired mortars at the"
              + " district.", "Two", "isis"),
          // near misses: the side after the count does no harm in its clause
          Arguments.of("Nine civilians were killed when a car bomb exploded near a school where rebels stationed in the"
              + " town had gathered.", "Nine", "-"),
          Arguments.of("Six people were killed in the market, where rebels based in the hills were buying food.", "Six",
              "-"),
          // near miss: a clause about the place, not about how the harm came
          Arguments.of("Nine civilians were killed in the town, where terrorist groups positioned in the hills had"
              + " fired rockets last year.", "Nine", "-"));
    }

    @ParameterizedTest(name = "{0} [{1}]")
    @MethodSource("cases")
    void perpetrator(String text, String count, String perpetrator) {
      perpetratorIs(text, count, perpetrator);
    }
  }

  @Nested
  @DisplayName("perpetrator: 'rockets fired from the rebel-held enclave' — the side holding the area fire came from")
  class FireFromAHeldArea {
    static Stream<Arguments> cases() {
      return Stream.of(
          Arguments.of("Rockets fired from the rebel-held enclave killed four people in the capital, as government"
              + " bombardment of the enclave went on.", "four", "syrian-opposition"),
          Arguments.of("Three people were killed when mortar rounds fired from government-held areas fell near a"
              + " hospital.", "Three", "syrian-government"),
          Arguments.of("Shells launched from Kurdish-held villages killed two people in the border town.", "two", "ypg"),
          // near misses: people, not fire, came from the area; the area after "on" was struck
          Arguments.of("At least 9 people were killed when a blast hit families fleeing from government-held districts.",
              "At least 9", "-"),
          Arguments.of("Shells fired from the hills on rebel-held districts killed 11 people.", "11", "syrian-government"));
    }

    @ParameterizedTest(name = "{0} [{1}]")
    @MethodSource("cases")
    void perpetrator(String text, String count, String perpetrator) {
      perpetratorIs(text, count, perpetrator);
    }
  }

  @Nested
  @DisplayName("perpetrator: a side's own losses in its fight are the other side's deed, where the document names two")
  class LossesOfOneOfTwoSides {
    static Stream<Arguments> cases() {
      return Stream.of(
          Arguments.of("Islamic State militants stormed the town, killing 30 civilians. Kurdish fighters killed 15 of"
              + " the attackers. YPG fighters lost 21 of their comrades in the fighting.", "21", "isis"),
          Arguments.of("Islamic State militants launched an attack on positions of the SDF near the town. SDF fighters"
              + " repelled the attack, killing 40 of the militants. Six SDF fighters lost their lives while confronting"
              + " the attack.", "Six", "isis"),
          // near misses: a third side in the document leaves the enemy open; a fight the sentence names between other sides
          Arguments.of("Islamic State militants stormed the town, killing 30 civilians. Russian jets struck the"
              + " village, killing 12 people. Kurdish fighters killed 15 of the attackers. YPG fighters lost 21 of"
              + " their comrades.", "21", "-"),
          Arguments.of("Islamic State militants stormed the town, killing 30 civilians. Kurdish fighters killed 15 of"
              + " the attackers. Clashes between YPG fighters and Syrian troops killed 21 YPG fighters.", "21",
              "-,syrian-government,government-forces"));
    }

    @ParameterizedTest(name = "{0} [{1}]")
    @MethodSource("cases")
    void perpetrator(String text, String count, String perpetrator) {
      perpetratorIs(text, count, perpetrator);
    }
  }

  @Nested
  @DisplayName("perpetrator: 'killed in the initial assault' — one word between 'the' and the attack told before")
  class DescribedAttackBefore {
    static Stream<Arguments> cases() {
      return Stream.of(
          Arguments.of(List.of("Hayat Tahrir al-Sham launched an attack on army positions near the town on Monday.",
              "Four soldiers were killed in the initial assault, a military source said."), "Four", "nusra"),
          Arguments.of(List.of("Rebels shelled the village on Thursday.",
              "Three civilians died in the overnight shelling, residents said."), "Three", "syrian-opposition"),
          // near miss: the attack is told anew, on a target of its own
          Arguments.of(List.of("Hayat Tahrir al-Sham launched an attack on army positions near the town on Monday.",
              "Four civilians were killed in the second assault on Hama, a military source said."), "Four", "-"));
    }

    @ParameterizedTest(name = "{0} [{1}]")
    @MethodSource("cases")
    void perpetrator(List<String> paragraphs, String count, String perpetrator) {
      Claim claim = paragraphs(paragraphs).stream().filter(c -> c.countText().equals(count)).findFirst().orElseThrow();
      assertThat(perpetrator.split(",")).contains(orNone(claim.perpetrator()));
    }
  }

  @Nested
  @DisplayName("perpetrator: 'the extremists', 'the factions' point back at the armed group named before")
  class GroupPointedBack {
    static Stream<Arguments> cases() {
      return Stream.of(
          // the group's own dead are not its deed
          Arguments.of("Islamic State militants overran army positions, killing 30 soldiers. The monitor said 18 of"
              + " the extremists were also killed in the battles.", "18", "-,syrian-government,government-forces"),
          Arguments.of("Ahrar al-Sham fighters entered the village in March. Since then more than 40 civilians have been"
              + " kidnapped by the factions, a rights group said.", "more than 40", "syrian-opposition"),
          // near miss: with no group named before, the words name no one
          Arguments.of("More than 40 civilians have been kidnapped by the factions, a rights group said.", "More than 40",
              "-"));
    }

    @ParameterizedTest(name = "{0} [{1}]")
    @MethodSource("cases")
    void perpetrator(String text, String count, String perpetrator) {
      perpetratorIs(text, count, perpetrator);
    }
  }

  @Nested
  @DisplayName("perpetrator: 'factions of the so-called \"Syrian National Army\" backed by Turkey kidnapped 12'")
  class QuotedNameWithItsBacker {
    static Stream<Arguments> cases() {
      return Stream.of(
          Arguments.of("Factions of the so-called \"Syrian National Army\" backed by the Turkish occupation kidnapped 12"
              + " civilians from the village on Monday.", "12", "syrian-opposition"),
          Arguments.of("Rebels backed by Turkey shelled the village, killing 3 people.", "3", "syrian-opposition"),
          // near miss: a holder after "held by" is no subject of the harm
          Arguments.of("Twelve civilians were kidnapped from a village held by the Syrian National Army, residents"
              + " said.", "Twelve", "-"));
    }

    @ParameterizedTest(name = "{0} [{1}]")
    @MethodSource("cases")
    void perpetrator(String text, String count, String perpetrator) {
      perpetratorIs(text, count, perpetrator);
    }
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
